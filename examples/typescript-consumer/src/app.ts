// Decides what a session manager may do with each session, from statuses
// read as untrusted text (JSON from an API, a CLI argument).
import {
  canTransitionSessionStatus,
  isCollectableSessionStatus,
  isCommandableSessionStatus,
  isLiveHostEligibleSessionStatus,
  isSessionStatus,
  nextSessionStatus,
  SessionStatus,
  sessionStatusValues,
} from "./generated/session_policy.js";

export function describe(raw: unknown): string {
  if (!isSessionStatus(raw)) return `${String(raw)}: not a session status`;
  // From here on `raw` is narrowed to the SessionStatus union.
  const actions: string[] = [];
  if (isCommandableSessionStatus(raw)) actions.push("send commands");
  actions.push(isLiveHostEligibleSessionStatus(raw) ? "render from the live host" : "replay offline");
  if (isCollectableSessionStatus(raw)) actions.push("garbage-collect");
  return `${raw}: ${actions.join(", ")}`;
}

function expect(ok: boolean, what: string): number {
  if (!ok) console.log(`FAILED: ${what}`);
  return ok ? 0 : 1;
}

const args = process.argv.slice(2);
if (args.length > 0) {
  for (const arg of args) console.log(describe(arg));
} else {
  // As CI runs it: fail loudly if the generated policy disagrees with the spec.
  let failures = 0;
  failures += expect(sessionStatusValues.length === 5, "five statuses");
  failures += expect(
    sessionStatusValues.filter((s) => isCommandableSessionStatus(s)).join() === SessionStatus.Running,
    "only running sessions take commands",
  );
  failures += expect(
    sessionStatusValues.filter((s) => isCollectableSessionStatus(s)).join() === "exited,destroyed",
    "exited and destroyed sessions are collectable",
  );
  failures += expect(canTransitionSessionStatus("running", "exiting"), "running -> exiting");
  failures += expect(!canTransitionSessionStatus("destroyed", "running"), "destroyed is final");
  failures += expect(nextSessionStatus("running", "crash") === "exited", "a crash exits the session");
  failures += expect(!isSessionStatus("toString") && !isSessionStatus("__proto__"), "prototype keys are not statuses");
  console.log(describe(JSON.parse('"destroying"')));
  console.log(describe(42));
  console.log(failures === 0 ? "app: all expectations hold" : "app: FAILED");
  process.exitCode = failures === 0 ? 0 : 1;
}
