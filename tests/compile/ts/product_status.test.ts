// spec/product_status.yaml: four machines in one module, string and enum
// attributes with defaults, and a machine named plainly Status.
import {
  type SessionStatus,
  type SessionStatusNextAction,
  SessionStatusTone,
  Status,
  canTransitionStatus,
  canTransitionUnderlayImportJobState,
  canTransitionUnderlaySourceStatus,
  guidanceOfSessionStatus,
  guidanceOfStatus,
  guidanceOfUnderlayImportJobState,
  isInProgressUnderlayImportJobState,
  isReportedStatus,
  isSessionStatusTone,
  isStatus,
  isSteadyUnderlaySourceStatus,
  isTransitionalSessionStatus,
  isTransitionalUnderlaySourceStatus,
  nextActionOfSessionStatus,
  nextStatus,
  parseSessionStatusNextAction,
  parseSessionStatusTone,
  sessionStatusValues,
  statusFromProtoName,
  statusToProtoName,
  statusValues,
  toneOfSessionStatus,
  toneOfStatus,
  toneOfUnderlaySourceStatus,
  underlayImportJobStateValues,
  underlaySourceStatusValues,
} from "../gen/spec/product_status.js";
import { check, equal, finish, sameList } from "./support.js";

// SessionStatus: [transitional, next_action, tone, guidance]
const session: Record<SessionStatus, readonly [boolean, SessionStatusNextAction, SessionStatusTone, string]> = {
  active: [false, "continue_work", "success", "Normal work can go on."],
  archiving: [true, "await_completion", "info", "Archiving is in progress; wait for it to finish."],
  archived: [false, "reactivate", "neutral", "Reactivate the session before doing interactive work."],
  hydrating: [true, "await_completion", "info", "Expect a short wait while the session is restored; this is not a failure."],
  pending_review: [false, "inspect", "warning", "Inspect the changes rather than modifying them."],
  conflict: [false, "resolve_conflict", "danger", "Resolve the conflict before promoting; show this status prominently."],
  pending_approval: [false, "await_approval", "warning", "Waiting for an explicit approval before work can continue."],
};
sameList(sessionStatusValues, Object.keys(session), "SessionStatus values");
for (const s of sessionStatusValues) {
  const [transitional, next, tone, guidance] = session[s];
  equal(isTransitionalSessionStatus(s), transitional, `transitional(${s})`);
  equal(nextActionOfSessionStatus(s), next, `nextAction(${s})`);
  equal(toneOfSessionStatus(s), tone, `tone(${s})`);
  equal(guidanceOfSessionStatus(s), guidance, `guidance(${s})`);
}
equal(SessionStatusTone.Danger, "danger", "SessionStatusTone.Danger");
// Enum attribute values parse back, and the guard narrows untrusted input.
for (const tone of ["neutral", "info", "success", "warning", "danger"] as const) {
  equal(parseSessionStatusTone(tone), tone, `parseSessionStatusTone(${tone})`);
  check(isSessionStatusTone(tone), `isSessionStatusTone(${tone})`);
}
for (const near of ["Danger", "DANGER", "dang", "danger ", "", "constructor", "toString"]) {
  equal(parseSessionStatusTone(near), undefined, `parseSessionStatusTone(${JSON.stringify(near)})`);
}
for (const other of [null, undefined, 3, ["danger"], { tone: "danger" }]) check(!isSessionStatusTone(other), "guard");
equal(parseSessionStatusNextAction("await_completion"), "await_completion", "parseSessionStatusNextAction");

// Status: named plainly, proto prefix STATUS.
sameList(statusValues, ["unknown", "passing", "failing"], "Status values");
equal(Status.Passing, "passing", "Status.Passing");
equal(statusToProtoName("failing"), "STATUS_FAILING", "Status proto name");
equal(statusFromProtoName("STATUS_PASSING"), "passing", "Status from proto name");
equal(statusFromProtoName("STATUS_UNSPECIFIED"), undefined, "STATUS_UNSPECIFIED is no status");
check(isStatus("unknown") && !isStatus("active"), "isStatus");
sameList(statusValues.map(isReportedStatus), [false, true, true], "reported");
sameList(statusValues.map(toneOfStatus), ["neutral", "success", "danger"], "Status tone (with default)");
equal(guidanceOfStatus("unknown"), "No test run has been reported yet.", "Status guidance");
equal(canTransitionStatus("passing", "unknown"), false, "health never returns to unknown");
equal(canTransitionStatus("failing", "passing"), true, "failing -> passing");
equal(nextStatus("unknown", "report_failure"), "failing", "next(unknown, report_failure)");
equal(nextStatus("failing", "report_failure"), undefined, "no self-loop on failing");

// UnderlaySourceStatus.
sameList(underlaySourceStatusValues, ["creating", "ready", "failed", "deleting"], "UnderlaySourceStatus values");
sameList(underlaySourceStatusValues.map(isSteadyUnderlaySourceStatus), [false, true, false, false], "steady");
sameList(underlaySourceStatusValues.map(isTransitionalUnderlaySourceStatus), [true, false, false, true], "transitional");
sameList(underlaySourceStatusValues.map(toneOfUnderlaySourceStatus), ["info", "success", "danger", "warning"], "tone");
for (const s of ["creating", "ready", "failed"] as const) {
  equal(canTransitionUnderlaySourceStatus(s, "deleting"), true, `${s} can be deleted`);
}
equal(canTransitionUnderlaySourceStatus("deleting", "creating"), false, "deleting is final");

// UnderlayImportJobState.
sameList(underlayImportJobStateValues, ["queued", "running", "succeeded", "failed"], "job states");
sameList(underlayImportJobStateValues.map(isInProgressUnderlayImportJobState), [true, true, false, false], "in progress");
equal(guidanceOfUnderlayImportJobState("failed"), "The job failed; check its details before retrying.", "job guidance");
equal(canTransitionUnderlayImportJobState("queued", "failed"), true, "a queued job can fail");
equal(canTransitionUnderlayImportJobState("queued", "succeeded"), false, "a queued job cannot succeed directly");

finish("product_status");
