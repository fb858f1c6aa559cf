// expect: TS2305
// A vocabulary (a machine without transitions) gets no transition API.
import { canTransitionJobStatus } from "../gen/valid/vocabulary_empty_transitions.js";

export const f = canTransitionJobStatus;
