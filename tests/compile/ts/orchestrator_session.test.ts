// spec/orchestrator_session.yaml: the enum invariants on tampered tables
// (the values, phases and transitions are the conformance suite's,
// docs/conformance.md).
import { checkSessionStatusInvariants, sessionStatusAttributes } from "../gen/spec/orchestrator_session.js";
import { finish, throws } from "./support.js";

throws(() => checkSessionStatusInvariants({ ...sessionStatusAttributes, spawning: { ...sessionStatusAttributes.spawning, phase: "finished" } }),
  ["terminal_means_finished_or_interrupted", "spawning"], "a finished phase that is not terminal");
throws(() => checkSessionStatusInvariants({ ...sessionStatusAttributes, killed: { ...sessionStatusAttributes.killed, restorable: false } }),
  ["restorable_means_interrupted", "killed"], "an interrupted state that is not restorable");

finish("orchestrator_session");
