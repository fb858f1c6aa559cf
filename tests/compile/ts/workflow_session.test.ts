// spec/workflow_session.yaml: seed 004's stored spellings (IN_PROGRESS,
// COMPLETED), a removed state (PAUSED, number 2) that migrates to
// IN_PROGRESS, and wire numbers with a gap.
import {
  WorkflowSessionStatus,
  acceptedEventsOfWorkflowSessionStatus,
  canTransitionWorkflowSessionStatus,
  checkWorkflowSessionStatusInvariants,
  isResumableWorkflowSessionStatus,
  isTerminalWorkflowSessionStatus,
  isWorkflowSessionStatus,
  migrateWorkflowSessionStatus,
  nextWorkflowSessionStatus,
  workflowSessionStatusAttributes,
  workflowSessionStatusEventValues,
  workflowSessionStatusFromNumber,
  workflowSessionStatusFromProtoName,
  workflowSessionStatusToNumber,
  workflowSessionStatusToProtoName,
  workflowSessionStatusValues,
} from "../gen/spec/workflow_session.js";
import { check, checkEdges, equal, finish, hostileInputs, sameList, throws } from "./support.js";

const all = ["IN_PROGRESS", "COMPLETED"] as const;
sameList(workflowSessionStatusValues, all, "values");
equal(WorkflowSessionStatus.InProgress, "IN_PROGRESS", "WorkflowSessionStatus.InProgress");
equal(workflowSessionStatusToNumber("IN_PROGRESS"), 1, "IN_PROGRESS is 1");
equal(workflowSessionStatusToNumber("COMPLETED"), 3, "COMPLETED keeps 3");
equal(workflowSessionStatusFromNumber(1), "IN_PROGRESS", "fromNumber(1)");
equal(workflowSessionStatusFromNumber(2), undefined, "fromNumber(2): PAUSED is removed");
equal(workflowSessionStatusFromNumber(3), "COMPLETED", "fromNumber(3)");
equal(workflowSessionStatusToProtoName("COMPLETED"), "WORKFLOW_SESSION_STATUS_COMPLETED", "proto name");
equal(workflowSessionStatusFromProtoName("WORKFLOW_SESSION_STATUS_PAUSED"), undefined, "removed proto name");

// Migration of the removed status, by name and by wire number.
equal(migrateWorkflowSessionStatus("PAUSED"), "IN_PROGRESS", "migrate('PAUSED')");
equal(migrateWorkflowSessionStatus(2), "IN_PROGRESS", "migrate(2)");
// Values written by today's spec read as themselves.
equal(migrateWorkflowSessionStatus("IN_PROGRESS"), "IN_PROGRESS", "migrate('IN_PROGRESS')");
equal(migrateWorkflowSessionStatus("COMPLETED"), "COMPLETED", "migrate('COMPLETED')");
equal(migrateWorkflowSessionStatus(1), "IN_PROGRESS", "migrate(1)");
equal(migrateWorkflowSessionStatus(3), "COMPLETED", "migrate(3)");
for (const other of ["paused", "Paused", " PAUSED", "PAUSED ", "", "constructor", 0, 4, -2, "2", "in_progress",
  "IN-PROGRESS", "Completed"]) {
  equal(migrateWorkflowSessionStatus(other), undefined, `migrate(${JSON.stringify(other)})`);
}
check(!isWorkflowSessionStatus("PAUSED"), "PAUSED is not a current status");
// The spelling is the stored one: other cases and separators do not read.
for (const near of ["in_progress", "In_Progress", "IN-PROGRESS", "completed", "INPROGRESS"]) {
  check(!isWorkflowSessionStatus(near), `guard(${near})`);
}

// Reading a stored value: current names pass, legacy ones migrate.
function read(stored: unknown): WorkflowSessionStatus | undefined {
  if (isWorkflowSessionStatus(stored)) return stored;
  if (typeof stored === "number") return workflowSessionStatusFromNumber(stored) ?? migrateWorkflowSessionStatus(stored);
  return typeof stored === "string" ? migrateWorkflowSessionStatus(stored) : undefined;
}
sameList(["IN_PROGRESS", "PAUSED", "COMPLETED", 2, 3, "archived", null].map(read),
  ["IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "IN_PROGRESS", "COMPLETED", undefined, undefined], "read stored values");

equal(isResumableWorkflowSessionStatus("IN_PROGRESS"), true, "IN_PROGRESS is resumable");
equal(isResumableWorkflowSessionStatus("COMPLETED"), false, "COMPLETED is not resumable");
equal(isTerminalWorkflowSessionStatus("COMPLETED"), true, "COMPLETED is terminal");
checkEdges("WorkflowSessionStatus", all, [["IN_PROGRESS", "complete", "COMPLETED"]], canTransitionWorkflowSessionStatus,
  { events: workflowSessionStatusEventValues, fn: nextWorkflowSessionStatus });
for (const x of hostileInputs("IN_PROGRESS", all)) check(!isWorkflowSessionStatus(x), `guard(${String(x)})`);

throws(() => checkWorkflowSessionStatusInvariants({
  ...workflowSessionStatusAttributes,
  COMPLETED: { terminal: true, resumable: true },
}), ["resumable_until_completed", "COMPLETED"], "a resumable completed session breaks the invariant");

// The events each state accepts: the buttons a UI offers.
sameList(acceptedEventsOfWorkflowSessionStatus("IN_PROGRESS"), ["complete"], "IN_PROGRESS accepts complete");
sameList(acceptedEventsOfWorkflowSessionStatus("COMPLETED"), [], "COMPLETED accepts nothing");
for (const state of all) {
  for (const event of workflowSessionStatusEventValues) {
    equal(acceptedEventsOfWorkflowSessionStatus(state).includes(event),
      nextWorkflowSessionStatus(state, event) !== undefined, `accepted(${state}) agrees with next(${event})`);
  }
}

finish("workflow_session");
