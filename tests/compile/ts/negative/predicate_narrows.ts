// expect: TS2322
// isCommandableSessionStatus narrows to "running": "exiting" cannot be left.
import { type SessionStatus, isCommandableSessionStatus } from "../gen/spec/session_policy.js";

export function f(s: SessionStatus): "exiting" | undefined {
  if (isCommandableSessionStatus(s)) {
    const exiting: "exiting" = s;
    return exiting;
  }
  return undefined;
}
