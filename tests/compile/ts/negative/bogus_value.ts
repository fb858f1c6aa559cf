// expect: TS2322
// A string that is not a state is not a SessionStatus.
import type { SessionStatus } from "../gen/spec/session_policy.js";

export const status: SessionStatus = "bogus";
