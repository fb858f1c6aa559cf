// expect: TS2345
// Events are a union too: a state name is not an event.
import { nextSessionStatus } from "../gen/spec/session_policy.js";

export const next = nextSessionStatus("running", "running");
