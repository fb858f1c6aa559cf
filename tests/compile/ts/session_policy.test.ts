// spec/session_policy.yaml: what the conformance suite (docs/conformance.md)
// does not reach: narrowing by predicates and exhaustive switches, the
// names of the const object's keys and of a row's fields, untyped callers
// (plain JavaScript) passing prototype keys and non-integers, proto-name
// lookups that must fail, and the invariants on tampered tables.
import {
  SessionStatus,
  type SessionStatusAttributes,
  canTransitionSessionStatus,
  checkSessionStatusInvariants,
  isCommandableSessionStatus,
  isLiveHostEligibleSessionStatus,
  isSessionStatus,
  isSessionStatusEvent,
  isTerminalSessionStatus,
  nextSessionStatus,
  sessionStatusAttributes,
  sessionStatusFromNumber,
  sessionStatusFromProtoName,
} from "../gen/spec/session_policy.js";
import { check, doesNotThrow, equal, finish, sameList, throws } from "./support.js";

sameList(Object.keys(SessionStatus), ["Running", "Exiting", "Exited", "Destroying", "Destroyed"], "const object keys");
// The built-in terminal first, then the spec's order.
for (const s of Object.values(SessionStatus)) {
  sameList(Object.keys(sessionStatusAttributes[s]), ["terminal", "active", "commandable", "liveHostEligible",
    "offlineReplayEligible", "collectable", "destroyed"], `fields of ${s}`);
}

// Predicates narrow: in the true branch of isCommandable only "running" is left.
function onlyRunning(s: SessionStatus): "running" | undefined {
  return isCommandableSessionStatus(s) ? s : undefined;
}
equal(onlyRunning("running"), "running", "narrowing predicate");
function notTerminal(s: SessionStatus): "running" | "exiting" | "destroying" | undefined {
  return isTerminalSessionStatus(s) ? undefined : s;
}
equal(notTerminal("exiting"), "exiting", "narrowing in the false branch");

// An exhaustive switch compiles: the union has exactly the five members.
function describe(s: SessionStatus): string {
  switch (s) {
    case "running":
    case "exiting":
    case "exited":
    case "destroying":
    case "destroyed":
      return s;
    default: {
      const never: never = s;
      return never;
    }
  }
}
equal(describe("exited"), "exited", "exhaustive switch");

const parsed: unknown = JSON.parse('{"status":"exiting","bogus":"constructor"}');
if (typeof parsed === "object" && parsed !== null && "status" in parsed && isSessionStatus(parsed.status)) {
  equal(isLiveHostEligibleSessionStatus(parsed.status), true, "guard narrows JSON input");
} else {
  check(false, "guard accepts a status read from JSON");
}

// Untyped callers (plain JavaScript) get answers, not exceptions.
const untyped = canTransitionSessionStatus as (from: unknown, to: unknown) => boolean;
equal(untyped("constructor", "running"), false, "canTransition with a prototype key");
equal(untyped("__proto__", "__proto__"), false, "canTransition with __proto__");
const untypedNext = nextSessionStatus as (state: unknown, event: unknown) => unknown;
equal(untypedNext("running", "constructor"), undefined, "next with a prototype key");
equal(untypedNext("running begin_exit", ""), undefined, "next cannot be fooled by the key separator");
check(!isSessionStatusEvent("running") && !isSessionStatusEvent("toString"), "event guard");

// Numbers that are no int32 state number, and proto names that are no state's.
for (const n of [1.5, NaN, Infinity, -Infinity, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
  equal(sessionStatusFromNumber(n), undefined, `fromNumber(${n})`);
}
equal(sessionStatusFromNumber(-0), undefined, "fromNumber(-0) is unspecified");
equal((sessionStatusFromNumber as (n: unknown) => unknown)("1"), undefined, "fromNumber('1')");
for (const name of ["SESSION_STATUS_UNSPECIFIED", "session_status_running", "RUNNING", "running", "constructor"]) {
  equal(sessionStatusFromProtoName(name), undefined, `fromProtoName(${name})`);
}

// The invariants checked at module load: the real table passes; a table
// broken in one place fails, naming the invariant and the state.
doesNotThrow(() => checkSessionStatusInvariants(sessionStatusAttributes), "invariants hold for the generated table");
type Table = Record<SessionStatus, SessionStatusAttributes>;
function tampered(state: SessionStatus, change: Partial<SessionStatusAttributes>): Table {
  return { ...sessionStatusAttributes, [state]: { ...sessionStatusAttributes[state], ...change } };
}
throws(() => checkSessionStatusInvariants(tampered("running", { terminal: true })),
  ["active_xor_terminal", "running"], "active and terminal");
throws(() => checkSessionStatusInvariants(tampered("exited", { terminal: false })),
  ["active_xor_terminal", "exited"], "neither active nor terminal");
throws(() => checkSessionStatusInvariants(tampered("destroying", { collectable: true })),
  ["collectable_means_terminal", "destroying"], "collectable but not terminal");
doesNotThrow(() => checkSessionStatusInvariants(tampered("exiting", { commandable: true })),
  "a commandable exiting session breaks no invariant");
throws(() => checkSessionStatusInvariants(tampered("destroyed", { commandable: true })),
  ["commandable_means_active", "destroyed"], "commandable but not active");
throws(() => checkSessionStatusInvariants(tampered("exiting", { offlineReplayEligible: true })),
  ["one_renderer_source", "exiting"], "two renderer sources");
throws(() => checkSessionStatusInvariants(tampered("exited", { offlineReplayEligible: false })),
  ["one_renderer_source", "exited"], "no renderer source");

finish("session_policy");
