// spec/workflow_session.yaml: a removed state (paused, number 2) that
// migrates to in_progress, and wire numbers with a gap.
import {
  WorkflowSessionStatus,
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

const all = ["in_progress", "completed"] as const;
sameList(workflowSessionStatusValues, all, "values");
equal(WorkflowSessionStatus.InProgress, "in_progress", "WorkflowSessionStatus.InProgress");
equal(workflowSessionStatusToNumber("in_progress"), 1, "in_progress is 1");
equal(workflowSessionStatusToNumber("completed"), 3, "completed keeps 3");
equal(workflowSessionStatusFromNumber(1), "in_progress", "fromNumber(1)");
equal(workflowSessionStatusFromNumber(2), undefined, "fromNumber(2): paused is removed");
equal(workflowSessionStatusFromNumber(3), "completed", "fromNumber(3)");
equal(workflowSessionStatusToProtoName("completed"), "WORKFLOW_SESSION_STATUS_COMPLETED", "proto name");
equal(workflowSessionStatusFromProtoName("WORKFLOW_SESSION_STATUS_PAUSED"), undefined, "removed proto name");

// Migration of the removed status, by name and by wire number.
equal(migrateWorkflowSessionStatus("paused"), "in_progress", "migrate('paused')");
equal(migrateWorkflowSessionStatus(2), "in_progress", "migrate(2)");
// Values written by today's spec read as themselves.
equal(migrateWorkflowSessionStatus("in_progress"), "in_progress", "migrate('in_progress')");
equal(migrateWorkflowSessionStatus("completed"), "completed", "migrate('completed')");
equal(migrateWorkflowSessionStatus(1), "in_progress", "migrate(1)");
equal(migrateWorkflowSessionStatus(3), "completed", "migrate(3)");
for (const other of ["PAUSED", "Paused", " paused", "paused ", "", "constructor", 0, 4, -2, "2"]) {
  equal(migrateWorkflowSessionStatus(other), undefined, `migrate(${JSON.stringify(other)})`);
}
check(!isWorkflowSessionStatus("paused"), "paused is not a current status");

// Reading a stored value: current names pass, legacy ones migrate.
function read(stored: unknown): WorkflowSessionStatus | undefined {
  if (isWorkflowSessionStatus(stored)) return stored;
  if (typeof stored === "number") return workflowSessionStatusFromNumber(stored) ?? migrateWorkflowSessionStatus(stored);
  return typeof stored === "string" ? migrateWorkflowSessionStatus(stored) : undefined;
}
sameList(["in_progress", "paused", "completed", 2, 3, "archived", null].map(read),
  ["in_progress", "in_progress", "completed", "in_progress", "completed", undefined, undefined], "read stored values");

equal(isResumableWorkflowSessionStatus("in_progress"), true, "in_progress is resumable");
equal(isResumableWorkflowSessionStatus("completed"), false, "completed is not resumable");
equal(isTerminalWorkflowSessionStatus("completed"), true, "completed is terminal");
checkEdges("WorkflowSessionStatus", all, [["in_progress", "complete", "completed"]], canTransitionWorkflowSessionStatus,
  { events: workflowSessionStatusEventValues, fn: nextWorkflowSessionStatus });
for (const x of hostileInputs("in_progress", all)) check(!isWorkflowSessionStatus(x), `guard(${String(x)})`);

throws(() => checkWorkflowSessionStatusInvariants({
  ...workflowSessionStatusAttributes,
  completed: { terminal: true, resumable: true },
}), ["resumable_until_completed", "completed"], "a resumable completed session breaks the invariant");

finish("workflow_session");
