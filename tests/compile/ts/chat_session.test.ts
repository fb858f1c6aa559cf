// spec/chat_session.yaml: two machines in one module that share state names
// (connecting, ended). Expectations written out by hand from the spec.
import {
  type HandoffStatus,
  type HandoffStatusEvent,
  HandoffStatus as HandoffStatusValues,
  SessionStatus,
  type SessionStatusEvent,
  canTransitionHandoffStatus,
  canTransitionSessionStatus,
  handoffStatusEventValues,
  handoffStatusFromNumber,
  handoffStatusToProtoName,
  handoffStatusValues,
  canSendSessionStatus,
  isHandoffStatus,
  isInProgressHandoffStatus,
  isLiveAgentEngagedHandoffStatus,
  isSessionStatus,
  isTerminalHandoffStatus,
  isTerminalSessionStatus,
  nextHandoffStatus,
  nextSessionStatus,
  sessionStatusAttributes,
  sessionStatusEventValues,
  sessionStatusFromNumber,
  sessionStatusInitial,
  sessionStatusToNumber,
  sessionStatusToProtoName,
  sessionStatusValues,
  handoffStatusInitial,
} from "../gen/spec/chat_session.js";
import { check, checkEdges, equal, finish, hostileInputs, sameList, wildcard } from "./support.js";

const session = [
  "idle", "authenticating", "connecting", "ready", "submitted", "streaming", "waiting_for_tool", "uploading",
  "handoff_requested", "handoff_queued", "handoff_connected", "ended", "expired", "disconnected", "recovering",
  "error", "shutdown",
] as const satisfies readonly SessionStatus[];
const sessionTerminal: readonly SessionStatus[] = ["ended", "expired", "error", "shutdown"];

sameList(sessionStatusValues, session, "SessionStatus values");
sameList(sessionStatusInitial, ["idle"], "SessionStatus initial");
equal(SessionStatus.WaitingForTool, "waiting_for_tool", "SessionStatus.WaitingForTool");

// The "Can Send?" column: true exactly for ready and handoff_connected.
for (const s of session) {
  const expected = s === "ready" || s === "handoff_connected";
  equal(canSendSessionStatus(s), expected, `canSendSessionStatus(${s})`);
  equal(sessionStatusAttributes[s].canSend, expected, `attributes.${s}.canSend`);
  equal(isTerminalSessionStatus(s), sessionTerminal.includes(s), `isTerminalSessionStatus(${s})`);
}
session.forEach((s, i) => {
  equal(sessionStatusToNumber(s), i + 1, `toNumber(${s})`);
  equal(sessionStatusFromNumber(i + 1), s, `fromNumber(${i + 1})`);
  equal(sessionStatusToProtoName(s), `SESSION_STATUS_${s.toUpperCase()}`, `toProtoName(${s})`);
});
equal(sessionStatusFromNumber(18), undefined, "fromNumber(18)");
equal(sessionStatusFromNumber(0), undefined, "fromNumber(0)");

type E = SessionStatusEvent;
const sessionEdges: (readonly [SessionStatus, E | null, SessionStatus])[] = [
  ["idle", "start", "authenticating"],
  ["authenticating", "auth_succeeded", "connecting"],
  ["connecting", "transport_opened", "ready"],
  ["ready", "send", "submitted"],
  ["submitted", "stream_started", "streaming"],
  ["streaming", "tool_call", "waiting_for_tool"],
  ["waiting_for_tool", "tool_result", "streaming"],
  ["streaming", "stream_finished", "ready"],
  ["ready", "upload", "uploading"],
  ["uploading", "upload_finished", "ready"],
  ["ready", "request_handoff", "handoff_requested"],
  ["streaming", "request_handoff", "handoff_requested"],
  ["handoff_requested", "enqueue", "handoff_queued"],
  ["handoff_requested", "agent_joined", "handoff_connected"],
  ["handoff_queued", "agent_joined", "handoff_connected"],
  ["handoff_requested", "handoff_aborted", "ready"],
  ["handoff_queued", "handoff_aborted", "ready"],
  ["handoff_connected", "agent_left", "ready"],
  ["ready", "end", "ended"],
  ["handoff_connected", "end", "ended"],
  ...wildcard(session, sessionTerminal, "disconnect" as E, "disconnected"),
  ["disconnected", "retry", "recovering"],
  ["recovering", "resume_stream", "streaming"],
  ["recovering", "reconnect", "ready"],
  ...wildcard(session, sessionTerminal, "fail" as E, "error"),
  ...wildcard(session, sessionTerminal, "expire" as E, "expired"),
  ...wildcard(session, sessionTerminal, "shut_down" as E, "shutdown"),
];
checkEdges("SessionStatus", session, sessionEdges, canTransitionSessionStatus,
  { events: sessionStatusEventValues, fn: nextSessionStatus });
equal(canTransitionSessionStatus("disconnected", "disconnected"), false, "the '*' self-loop is dropped");
equal(nextSessionStatus("ended", "disconnect"), undefined, "a terminal state ignores disconnect");

// HandoffStatus: the second machine of the module.
const handoff = [
  "none", "requested", "queued", "connecting", "ringing", "connected", "on_hold", "ended", "failed", "cancelled",
  "completed",
] as const satisfies readonly HandoffStatus[];
sameList(handoffStatusValues, handoff, "HandoffStatus values");
sameList(handoffStatusInitial, ["none"], "HandoffStatus initial");
equal(HandoffStatusValues.OnHold, "on_hold", "HandoffStatus.OnHold");
const inProgress: readonly HandoffStatus[] = ["requested", "queued", "connecting", "ringing", "connected", "on_hold"];
for (const s of handoff) {
  equal(isInProgressHandoffStatus(s), inProgress.includes(s), `isInProgressHandoffStatus(${s})`);
  equal(isLiveAgentEngagedHandoffStatus(s), s === "connected" || s === "on_hold", `isLiveAgentEngaged(${s})`);
  equal(isTerminalHandoffStatus(s), ["ended", "failed", "cancelled", "completed"].includes(s), `terminal(${s})`);
}
handoff.forEach((s, i) => equal(handoffStatusFromNumber(i + 1), s, `handoffStatusFromNumber(${i + 1})`));
equal(handoffStatusToProtoName("on_hold"), "HANDOFF_STATUS_ON_HOLD", "HandoffStatus proto name");

type H = HandoffStatusEvent;
const early = ["requested", "queued", "connecting", "ringing"] as const;
const handoffEdges: (readonly [HandoffStatus, H | null, HandoffStatus])[] = [
  ["none", "request", "requested"],
  ["requested", "enqueue", "queued"],
  ["requested", "route", "connecting"],
  ["queued", "route", "connecting"],
  ["connecting", "alert", "ringing"],
  ["ringing", "accept", "connected"],
  ["ringing", "no_answer", "queued"],
  ["connected", "hold", "on_hold"],
  ["on_hold", "resume", "connected"],
  ["connected", "resolve", "completed"],
  ["connected", "end", "ended"],
  ["on_hold", "end", "ended"],
  ...early.map((s) => [s, "fail", "failed"] as const),
  ...early.map((s) => [s, "cancel", "cancelled"] as const),
];
checkEdges("HandoffStatus", handoff, handoffEdges, canTransitionHandoffStatus,
  { events: handoffStatusEventValues, fn: nextHandoffStatus });

// Shared names belong to both machines; the others to one.
for (const shared of ["connecting", "ended"]) {
  check(isSessionStatus(shared) && isHandoffStatus(shared), `${shared} is in both machines`);
}
check(!isSessionStatus("none") && !isSessionStatus("on_hold"), "HandoffStatus-only names are not SessionStatus");
check(!isHandoffStatus("idle") && !isHandoffStatus("ready"), "SessionStatus-only names are not HandoffStatus");
for (const x of hostileInputs("waiting_for_tool", session)) check(!isSessionStatus(x), `isSessionStatus(${String(x)})`);
for (const x of hostileInputs("on_hold", handoff)) check(!isHandoffStatus(x), `isHandoffStatus(${String(x)})`);

finish("chat_session");
