// spec/session_policy.yaml: the policy seed (002). The expectations are
// written out by hand from the seed PR's truth table, not derived from the
// generated tables, so a generator bug cannot agree with itself.
import {
  SessionStatus,
  type SessionStatusAttributes,
  SessionStatusEvent,
  canTransitionSessionStatus,
  checkSessionStatusInvariants,
  isActiveSessionStatus,
  isCollectableSessionStatus,
  isCommandableSessionStatus,
  isDestroyedSessionStatus,
  isLiveHostEligibleSessionStatus,
  isOfflineReplayEligibleSessionStatus,
  isSessionStatus,
  isSessionStatusEvent,
  isTerminalSessionStatus,
  migrateSessionStatus,
  nextSessionStatus,
  sessionStatusAttributes,
  sessionStatusEventValues,
  sessionStatusFromNumber,
  sessionStatusFromProtoName,
  sessionStatusInitial,
  sessionStatusToNumber,
  sessionStatusToProtoName,
  sessionStatusTransitions,
  sessionStatusValues,
} from "../gen/spec/session_policy.js";
import { check, doesNotThrow, equal, finish, hostileInputs, sameList, throws } from "./support.js";

// status: [active, terminal, commandable, liveHost, offlineReplay, collectable, destroyed]
const truth: Record<SessionStatus, readonly [boolean, boolean, boolean, boolean, boolean, boolean, boolean]> = {
  running: [true, false, true, true, false, false, false],
  exiting: [true, false, false, true, false, false, false],
  exited: [false, true, false, false, true, true, false],
  destroying: [true, false, false, false, true, false, false],
  destroyed: [false, true, false, false, true, true, true],
};
const all = ["running", "exiting", "exited", "destroying", "destroyed"] as const;

sameList(sessionStatusValues, all, "values in wire order");
sameList(sessionStatusInitial, ["running"], "initial states");
equal(SessionStatus.Running, "running", "SessionStatus.Running");
equal(SessionStatus.Destroying, "destroying", "SessionStatus.Destroying");
sameList(Object.keys(SessionStatus), ["Running", "Exiting", "Exited", "Destroying", "Destroyed"], "const object keys");

// The truth table, through the named predicates and through the table.
const predicates = [
  isActiveSessionStatus,
  isTerminalSessionStatus,
  isCommandableSessionStatus,
  isLiveHostEligibleSessionStatus,
  isOfflineReplayEligibleSessionStatus,
  isCollectableSessionStatus,
  isDestroyedSessionStatus,
] as const;
const fields = [
  "active",
  "terminal",
  "commandable",
  "liveHostEligible",
  "offlineReplayEligible",
  "collectable",
  "destroyed",
] as const satisfies readonly (keyof SessionStatusAttributes)[];
for (const s of all) {
  const row = truth[s];
  predicates.forEach((p, i) => equal(p(s), row[i], `${p.name}(${s})`));
  fields.forEach((f, i) => equal(sessionStatusAttributes[s][f], row[i], `sessionStatusAttributes.${s}.${f}`));
  // The built-in terminal first, then the spec's order.
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

// The guard: every value, and nothing else.
for (const s of all) check(isSessionStatus(s), `isSessionStatus(${s})`);
for (const x of hostileInputs("destroying", all)) check(!isSessionStatus(x), `isSessionStatus(${String(x)}) is false`);
const parsed: unknown = JSON.parse('{"status":"exiting","bogus":"constructor"}');
if (typeof parsed === "object" && parsed !== null && "status" in parsed && isSessionStatus(parsed.status)) {
  equal(isLiveHostEligibleSessionStatus(parsed.status), true, "guard narrows JSON input");
} else {
  check(false, "guard accepts a status read from JSON");
}

// Transitions, by hand from the spec.
const edges: readonly [SessionStatus, SessionStatusEvent, SessionStatus][] = [
  ["running", "begin_exit", "exiting"],
  ["exiting", "finish_exit", "exited"],
  ["running", "crash", "exited"],
  ["running", "destroy", "destroying"],
  ["exiting", "destroy", "destroying"],
  ["destroying", "finish_destroy", "destroyed"],
  ["exited", "destroy", "destroyed"],
];
for (const from of all) {
  for (const to of all) {
    const expected = edges.some(([f, , t]) => f === from && t === to);
    equal(canTransitionSessionStatus(from, to), expected, `canTransition(${from}, ${to})`);
    equal(sessionStatusTransitions[from].some((x) => x === to), expected, `transitions table ${from} -> ${to}`);
  }
  for (const event of sessionStatusEventValues) {
    const edge = edges.find(([f, e]) => f === from && e === event);
    equal(nextSessionStatus(from, event), edge?.[2], `next(${from}, ${event})`);
  }
}
sameList(sessionStatusEventValues, ["begin_exit", "finish_exit", "crash", "destroy", "finish_destroy"], "events");
equal(SessionStatusEvent.FinishDestroy, "finish_destroy", "SessionStatusEvent.FinishDestroy");
check(isSessionStatusEvent("crash") && !isSessionStatusEvent("running") && !isSessionStatusEvent("toString"), "event guard");
// Untyped callers (plain JavaScript) get answers, not exceptions.
const untyped = canTransitionSessionStatus as (from: unknown, to: unknown) => boolean;
equal(untyped("constructor", "running"), false, "canTransition with a prototype key");
equal(untyped("__proto__", "__proto__"), false, "canTransition with __proto__");
const untypedNext = nextSessionStatus as (state: unknown, event: unknown) => unknown;
equal(untypedNext("running", "constructor"), undefined, "next with a prototype key");
equal(untypedNext("running begin_exit", ""), undefined, "next cannot be fooled by the key separator");

// Wire numbers and proto names.
all.forEach((s, i) => {
  equal(sessionStatusToNumber(s), i + 1, `toNumber(${s})`);
  equal(sessionStatusFromNumber(i + 1), s, `fromNumber(${i + 1})`);
  const proto = `SESSION_STATUS_${s.toUpperCase()}`;
  equal(sessionStatusToProtoName(s), proto, `toProtoName(${s})`);
  equal(sessionStatusFromProtoName(proto), s, `fromProtoName(${proto})`);
});
for (const n of [0, 6, 7, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
  equal(sessionStatusFromNumber(n), undefined, `fromNumber(${n})`);
}
equal(sessionStatusFromNumber(-0), undefined, "fromNumber(-0) is unspecified");
equal((sessionStatusFromNumber as (n: unknown) => unknown)("1"), undefined, "fromNumber('1')");
for (const name of ["SESSION_STATUS_UNSPECIFIED", "session_status_running", "RUNNING", "running", "constructor"]) {
  equal(sessionStatusFromProtoName(name), undefined, `fromProtoName(${name})`);
}
// No removed states: current names and numbers read as themselves, nothing else migrates.
equal(migrateSessionStatus("running"), "running", "migrate('running')");
equal(migrateSessionStatus(1), "running", "migrate(1)");
for (const legacy of ["paused", 0, 6, "constructor", "RUNNING"]) {
  equal(migrateSessionStatus(legacy), undefined, `migrate(${String(legacy)})`);
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
