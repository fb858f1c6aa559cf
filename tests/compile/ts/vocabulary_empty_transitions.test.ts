// tests/valid/vocabulary_empty_transitions.yaml: a machine without
// `invariants` exports no checkMInvariants. (The conformance suite,
// docs/conformance.md, checks that this vocabulary has no canTransition,
// transitions table, next or event type.)
import * as vocabulary from "../gen/valid/vocabulary_empty_transitions.js";
import { check, finish } from "./support.js";

check(!("checkJobStatusInvariants" in vocabulary), "vocabulary module has no checkJobStatusInvariants");

finish("vocabulary_empty_transitions");
