// spec/chat_session.yaml: two machines in one module that share state names
// (connecting, ended). The conformance suite (docs/conformance.md) checks
// each machine's own names; this checks that neither guard reads the
// other's.
import { isHandoffStatus, isSessionStatus } from "../gen/spec/chat_session.js";
import { check, finish } from "./support.js";

for (const shared of ["connecting", "ended"]) {
  check(isSessionStatus(shared) && isHandoffStatus(shared), `${shared} is in both machines`);
}
check(!isSessionStatus("none") && !isSessionStatus("on_hold"), "HandoffStatus-only names are not SessionStatus");
check(!isHandoffStatus("idle") && !isHandoffStatus("ready"), "SessionStatus-only names are not HandoffStatus");

finish("chat_session");
