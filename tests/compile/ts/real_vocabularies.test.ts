// tests/real/*.yaml: the wire strings each system's documentation lists
// (as in tests/real/*.strings) are its values exactly, parse through the
// type guard, carry their documented numbers (EC2's codes, 0 included),
// and near misses (other case, '_' for '-' and back, a prefix, an
// extension, padding) do not parse.
import { isTaskInstanceState, taskInstanceStateFromNumber, taskInstanceStateValues } from "../gen/real/airflow_task_instance.js";
import { isTaskState, taskStateFromNumber, taskStateValues } from "../gen/real/celery_task.js";
import { instanceStateFromNumber, instanceStateValues, isInstanceState } from "../gen/real/ec2_instance_state.js";
import { checkRunConclusionFromNumber, checkRunConclusionValues, checkRunStatusFromNumber, checkRunStatusValues, isCheckRunConclusion, isCheckRunStatus } from "../gen/real/github_check_run.js";
import { containerStateFromNumber, containerStateValues, containerWaitingReasonFromNumber, containerWaitingReasonValues, isContainerState, isContainerWaitingReason, isPodPhase, podPhaseFromNumber, podPhaseValues } from "../gen/real/kubernetes_pod.js";
import { isPaymentIntentStatus, paymentIntentStatusFromNumber, paymentIntentStatusValues } from "../gen/real/stripe_payment_intent.js";
import { check, equal, finish, sameList } from "./support.js";

function roundTrip(
  machine: string,
  guard: (value: unknown) => boolean,
  fromNumber: (n: number) => string | undefined,
  values: readonly string[],
  documented: readonly (readonly [string, number | undefined])[],
): void {
  const wires = documented.map(([wire]) => wire);
  sameList([...values].sort(), [...wires].sort(), `${machine}: the documented strings are the values`);
  for (const [wire, number] of documented) {
    check(guard(wire), `${machine}: '${wire}' parses`);
    if (number !== undefined) equal(fromNumber(number), wire, `${machine}: code ${number} reads as '${wire}'`);
    const swapped = wire.replace(/[-_]/g, (c) => (c === "-" ? "_" : "-"));
    for (const near of [wire.toUpperCase(), wire.toLowerCase(), swapped, wire + "x", wire.slice(0, -1), " " + wire,
      wire + " "]) {
      if (wires.includes(near)) continue;
      check(!guard(near), `${machine}: near miss '${near}' does not parse`);
    }
  }
}

roundTrip("TaskInstanceState", isTaskInstanceState, taskInstanceStateFromNumber, taskInstanceStateValues, [["removed", undefined], ["scheduled", undefined], ["queued", undefined], ["running", undefined], ["success", undefined], ["restarting", undefined], ["failed", undefined], ["up_for_retry", undefined], ["up_for_reschedule", undefined], ["upstream_failed", undefined], ["skipped", undefined], ["deferred", undefined]]);
roundTrip("TaskState", isTaskState, taskStateFromNumber, taskStateValues, [["PENDING", undefined], ["RECEIVED", undefined], ["STARTED", undefined], ["SUCCESS", undefined], ["FAILURE", undefined], ["REVOKED", undefined], ["RETRY", undefined]]);
roundTrip("InstanceState", isInstanceState, instanceStateFromNumber, instanceStateValues, [["pending", 0], ["running", 16], ["shutting-down", 32], ["terminated", 48], ["stopping", 64], ["stopped", 80]]);
roundTrip("CheckRunStatus", isCheckRunStatus, checkRunStatusFromNumber, checkRunStatusValues, [["queued", undefined], ["in_progress", undefined], ["completed", undefined], ["waiting", undefined], ["requested", undefined], ["pending", undefined]]);
roundTrip("CheckRunConclusion", isCheckRunConclusion, checkRunConclusionFromNumber, checkRunConclusionValues, [["action_required", undefined], ["cancelled", undefined], ["failure", undefined], ["neutral", undefined], ["success", undefined], ["skipped", undefined], ["stale", undefined], ["timed_out", undefined]]);
roundTrip("PodPhase", isPodPhase, podPhaseFromNumber, podPhaseValues, [["Pending", undefined], ["Running", undefined], ["Succeeded", undefined], ["Failed", undefined], ["Unknown", undefined]]);
roundTrip("ContainerState", isContainerState, containerStateFromNumber, containerStateValues, [["Waiting", undefined], ["Running", undefined], ["Terminated", undefined]]);
roundTrip("ContainerWaitingReason", isContainerWaitingReason, containerWaitingReasonFromNumber, containerWaitingReasonValues, [["ContainerCreating", undefined], ["PodInitializing", undefined], ["ErrImagePull", undefined], ["ImagePullBackOff", undefined], ["InvalidImageName", undefined], ["CrashLoopBackOff", undefined], ["CreateContainerConfigError", undefined], ["CreateContainerError", undefined]]);
roundTrip("PaymentIntentStatus", isPaymentIntentStatus, paymentIntentStatusFromNumber, paymentIntentStatusValues, [["requires_payment_method", undefined], ["requires_confirmation", undefined], ["requires_action", undefined], ["processing", undefined], ["requires_capture", undefined], ["canceled", undefined], ["succeeded", undefined]]);

finish("real_vocabularies");
