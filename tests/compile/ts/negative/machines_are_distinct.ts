// expect: TS2345
// Two machines in one module stay apart even where their state names meet
// (chat SessionStatus and HandoffStatus both have "connecting" and "ended").
import { type HandoffStatus, isTerminalSessionStatus } from "../gen/spec/chat_session.js";

export function f(h: HandoffStatus): boolean {
  return isTerminalSessionStatus(h);
}
