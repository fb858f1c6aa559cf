// tests/valid/spec_format_example.yaml (the format's own example) and
// tests/valid/vocabulary_empty_transitions.yaml (a vocabulary).
import * as vocabulary from "../gen/valid/vocabulary_empty_transitions.js";
import {
  type SessionStatusEvent,
  canTransitionSessionStatus,
  isActiveSessionStatus,
  isCollectableSessionStatus,
  isSessionStatus,
  labelOfSessionStatus,
  migrateSessionStatus,
  nextSessionStatus,
  sessionStatusEventValues,
  sessionStatusFromNumber,
  sessionStatusFromProtoName,
  sessionStatusValues,
  toneOfSessionStatus,
} from "../gen/valid/spec_format_example.js";
import { check, checkEdges, equal, finish, sameList } from "./support.js";

const all = ["spawning", "working", "errored", "merged"] as const;
sameList(sessionStatusValues, all, "values");
sameList(all.map(isActiveSessionStatus), [true, true, false, false], "active");
sameList(all.map(isCollectableSessionStatus), [false, false, true, true], "collectable (default false)");
sameList(all.map(toneOfSessionStatus), ["info", "neutral", "danger", "success"], "tone (default neutral)");
sameList(all.map(labelOfSessionStatus), ["Spawning", "Working", "Errored", "Merged"], "label");
type E = SessionStatusEvent;
checkEdges("SessionStatus", all, [
  ["spawning", "start" as E, "working"],
  ["spawning", "fail" as E, "errored"],
  ["working", "fail" as E, "errored"],
  ["working", "merge" as E, "merged"],
  ["errored", "restore" as E, "spawning"],
], canTransitionSessionStatus, { events: sessionStatusEventValues, fn: nextSessionStatus });
equal(migrateSessionStatus("paused"), "working", "migrate('paused')");
equal(migrateSessionStatus(5), "working", "migrate(5)");
// `working` was called `running`: the earlier name and wire name still read.
equal(migrateSessionStatus("running"), "working", "migrate('running')");
equal(sessionStatusFromProtoName("SESSION_STATUS_RUNNING"), "working", "fromProtoName(earlier name)");
equal(sessionStatusFromProtoName("SESSION_STATUS_WORKING"), "working", "fromProtoName(current name)");
equal(migrateSessionStatus("Running"), undefined, "migrate('Running')");
check(!isSessionStatus("running"), "an earlier name is not a current status");
equal(sessionStatusFromNumber(5), undefined, "5 is reserved");

// The vocabulary: values, guard and attributes, but no transition API.
sameList(vocabulary.jobStatusValues, ["queued", "done"], "JobStatus values");
check(vocabulary.isJobStatus("done") && !vocabulary.isJobStatus("running"), "isJobStatus");
equal(vocabulary.isTerminalJobStatus("done"), true, "done is terminal");
sameList(vocabulary.jobStatusInitial, [], "a vocabulary may have no initial state");
for (const name of ["canTransitionJobStatus", "jobStatusTransitions", "nextJobStatus", "JobStatusEvent", "checkJobStatusInvariants"]) {
  check(!(name in vocabulary), `vocabulary module has no ${name}`);
}

finish("spec_format_example");
