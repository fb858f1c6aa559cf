// spec/orchestrator_session.yaml: an enum attribute (phase), the restorable
// set, restore transitions out of terminal states and finalisation.
import {
  ActivityState,
  type SessionStatus,
  type SessionStatusEvent,
  type SessionStatusPhase,
  SessionStatusPhase as Phase,
  activityStateFromProtoName,
  activityStateValues,
  canTransitionActivityState,
  canTransitionSessionStatus,
  checkSessionStatusInvariants,
  isAliveActivityState,
  isAwaitingInputActivityState,
  isRestorableSessionStatus,
  isTerminalSessionStatus,
  nextSessionStatus,
  phaseOfSessionStatus,
  sessionStatusAttributes,
  sessionStatusEventValues,
  sessionStatusValues,
} from "../gen/spec/orchestrator_session.js";
import { checkEdges, equal, finish, sameList, throws, wildcard } from "./support.js";

const phase: Record<SessionStatus, SessionStatusPhase> = {
  spawning: "setup",
  working: "coding",
  pr_open: "pull_request",
  ci_failed: "pull_request",
  review_pending: "pull_request",
  changes_requested: "pull_request",
  approved: "pull_request",
  mergeable: "pull_request",
  merged: "finished",
  cleanup: "finished",
  needs_input: "blocked",
  stuck: "blocked",
  errored: "interrupted",
  killed: "interrupted",
  done: "finished",
  terminated: "interrupted",
};
const all = Object.keys(phase) as SessionStatus[];
sameList(sessionStatusValues, all, "values in spec order");
const terminal: readonly SessionStatus[] = ["merged", "cleanup", "errored", "killed", "done", "terminated"];
const restorable: readonly SessionStatus[] = ["errored", "killed", "terminated"];
for (const s of all) {
  equal(phaseOfSessionStatus(s), phase[s], `phase(${s})`);
  equal(isTerminalSessionStatus(s), terminal.includes(s), `terminal(${s})`);
  equal(isRestorableSessionStatus(s), restorable.includes(s), `restorable(${s})`);
}
equal(Phase.PullRequest, "pull_request", "SessionStatusPhase.PullRequest");
sameList(Object.values(Phase), ["setup", "coding", "pull_request", "blocked", "finished", "interrupted"], "phase values");

type E = SessionStatusEvent;
const edges: (readonly [SessionStatus, E | null, SessionStatus])[] = [
  ["spawning", "start", "working"],
  ["working", "push", "pr_open"],
  ["working", "ask", "needs_input"],
  ["needs_input", "answer", "working"],
  ["working", "block", "stuck"],
  ["stuck", "unblock", "working"],
  ["working", "finish", "done"],
  ["pr_open", "ci_fail", "ci_failed"],
  ["review_pending", "ci_fail", "ci_failed"],
  ["approved", "ci_fail", "ci_failed"],
  ["pr_open", "request_review", "review_pending"],
  ["ci_failed", "rework", "working"],
  ["changes_requested", "rework", "working"],
  ["review_pending", "request_changes", "changes_requested"],
  ["review_pending", "approve", "approved"],
  ["approved", "checks_pass", "mergeable"],
  ["mergeable", "merge", "merged"],
  ["merged", "clean_up", "cleanup"],
  ["done", "clean_up", "cleanup"],
  ...wildcard(all, terminal, "fail" as E, "errored"),
  ...wildcard(all, terminal, "kill" as E, "killed"),
  ...wildcard(all, terminal, "terminate" as E, "terminated"),
  ["errored", "restore", "spawning"],
  ["killed", "restore", "spawning"],
  ["terminated", "restore", "spawning"],
];
checkEdges("SessionStatus", all, edges, canTransitionSessionStatus,
  { events: sessionStatusEventValues, fn: nextSessionStatus });

// ActivityState: a second machine, default for awaiting_input.
sameList(activityStateValues, ["active", "ready", "idle", "waiting_input", "blocked", "exited"], "ActivityState values");
equal(ActivityState.WaitingInput, "waiting_input", "ActivityState.WaitingInput");
for (const s of activityStateValues) {
  equal(isAliveActivityState(s), s !== "exited", `alive(${s})`);
  equal(isAwaitingInputActivityState(s), s === "ready" || s === "waiting_input", `awaitingInput(${s})`);
}
equal(canTransitionActivityState("exited", "active"), true, "restore relaunches the agent");
equal(canTransitionActivityState("exited", "ready"), false, "exited -> ready");
equal(activityStateFromProtoName("ACTIVITY_STATE_WAITING_INPUT"), "waiting_input", "default proto prefix");

// The enum invariants, on tampered tables.
throws(() => checkSessionStatusInvariants({ ...sessionStatusAttributes, spawning: { ...sessionStatusAttributes.spawning, phase: "finished" } }),
  ["terminal_means_finished_or_interrupted", "spawning"], "a finished phase that is not terminal");
throws(() => checkSessionStatusInvariants({ ...sessionStatusAttributes, killed: { ...sessionStatusAttributes.killed, restorable: false } }),
  ["restorable_means_interrupted", "killed"], "an interrupted state that is not restorable");

finish("orchestrator_session");
