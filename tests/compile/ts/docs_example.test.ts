// The application example of docs/generated/typescript.md, kept here so it
// is type-checked and run: keep the two in step.
import {
  type SessionStatus,
  canTransitionSessionStatus,
  isCollectableSessionStatus,
  isCommandableSessionStatus,
  isDestroyedSessionStatus,
  isSessionStatus,
  nextSessionStatus,
  sessionStatusFromNumber,
  sessionStatusToNumber,
} from "../gen/spec/session_policy.js";
import { equal, finish, sameList } from "./support.js";

interface Session {
  id: string;
  status: SessionStatus;
}

// Untrusted input (JSON from disk or the network) is narrowed by the guard.
function parseSession(json: string): Session | undefined {
  const raw: unknown = JSON.parse(json);
  if (typeof raw !== "object" || raw === null) return undefined;
  const { id, status } = raw as { id?: unknown; status?: unknown };
  if (typeof id !== "string" || !isSessionStatus(status)) return undefined;
  return { id, status }; // status: SessionStatus here
}

// Policy questions are named predicates instead of comparisons with single
// status values; the predicates narrow, too.
function sendCommand(session: Session, command: string): string {
  if (isDestroyedSessionStatus(session.status)) return `session ${session.id} was destroyed`;
  if (!isCommandableSessionStatus(session.status)) return `session ${session.id} is ${session.status}`;
  const running: "running" = session.status; // the only commandable status
  return `${command} -> ${session.id} (${running})`;
}

function collectGarbage(sessions: readonly Session[]): Session[] {
  return sessions.filter((s) => isCollectableSessionStatus(s.status));
}

// Transitions are checked against the spec before they are recorded.
function move(session: Session, to: SessionStatus): Session {
  if (!canTransitionSessionStatus(session.status, to)) {
    throw new Error(`${session.id}: ${session.status} -> ${to} is not allowed`);
  }
  return { ...session, status: to };
}

// Events name the edges; next answers undefined where an event does not apply.
function destroy(session: Session): Session | undefined {
  const to = nextSessionStatus(session.status, "destroy");
  return to === undefined ? undefined : { ...session, status: to };
}

// Wire numbers for protobuf or compact storage; unknown numbers (from a newer
// version) come back as undefined rather than as a wrong status.
const stored = sessionStatusToNumber("exiting"); // 2
const loaded = sessionStatusFromNumber(stored); // "exiting"
const future = sessionStatusFromNumber(42); // undefined

// --- checks ------------------------------------------------------------------
const s = parseSession('{"id": "s1", "status": "running"}');
equal(s?.status, "running", "parseSession");
equal(parseSession('{"id": "s1", "status": "paused"}'), undefined, "parseSession rejects unknown statuses");
equal(parseSession('{"id": "s1", "status": "toString"}'), undefined, "parseSession rejects prototype keys");
if (s !== undefined) {
  equal(sendCommand(s, "type"), "type -> s1 (running)", "sendCommand");
  equal(sendCommand({ id: "s2", status: "exiting" }, "type"), "session s2 is exiting", "sendCommand exiting");
  equal(sendCommand({ id: "s3", status: "destroyed" }, "type"), "session s3 was destroyed", "sendCommand destroyed");
  equal(move(s, "exiting").status, "exiting", "move");
  equal(destroy(s)?.status, "destroying", "destroy a running session");
  equal(destroy({ id: "s4", status: "destroyed" }), undefined, "destroy a destroyed session");
  let threw = false;
  try {
    move(s, "destroyed");
  } catch {
    threw = true;
  }
  equal(threw, true, "running -> destroyed is refused");
}
sameList(collectGarbage([{ id: "a", status: "exited" }, { id: "b", status: "destroying" }]).map((x) => x.id), ["a"], "gc");
equal(stored, 2, "stored");
equal(loaded, "exiting", "loaded");
equal(future, undefined, "future");

finish("docs_example");
