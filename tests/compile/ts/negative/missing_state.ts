// expect: TS1360
// The seed's pattern: a policy table that leaves out a state (destroyed)
// does not satisfy Record<SessionStatus, SessionStatusAttributes>.
import type { SessionStatus, SessionStatusAttributes } from "../gen/spec/session_policy.js";

const row: SessionStatusAttributes = {
  terminal: false,
  active: true,
  commandable: false,
  liveHostEligible: false,
  offlineReplayEligible: true,
  collectable: false,
  destroyed: false,
};

export const policy = {
  running: row,
  exiting: row,
  exited: row,
  destroying: row,
} satisfies Record<SessionStatus, SessionStatusAttributes>;
