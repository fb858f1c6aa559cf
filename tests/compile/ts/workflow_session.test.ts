// spec/workflow_session.yaml: what the conformance suite
// (docs/conformance.md) does not reach: the removed PAUSED's proto name,
// migrate's string and number arguments kept apart, and the invariant on a
// tampered table.
import {
  checkWorkflowSessionStatusInvariants,
  migrateWorkflowSessionStatus,
  workflowSessionStatusAttributes,
  workflowSessionStatusFromProtoName,
} from "../gen/spec/workflow_session.js";
import { equal, finish, throws } from "./support.js";

equal(workflowSessionStatusFromProtoName("WORKFLOW_SESSION_STATUS_PAUSED"), undefined, "removed proto name");
equal(migrateWorkflowSessionStatus(2), "IN_PROGRESS", "migrate(2)");
equal(migrateWorkflowSessionStatus("2"), undefined, "migrate('2'): a text is no number");

throws(() => checkWorkflowSessionStatusInvariants({
  ...workflowSessionStatusAttributes,
  COMPLETED: { terminal: true, resumable: true },
}), ["resumable_until_completed", "COMPLETED"], "a resumable completed session breaks the invariant");

finish("workflow_session");
