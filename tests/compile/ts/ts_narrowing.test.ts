// tests/compile/ts/specs/ts_narrowing.yaml: invariants whose translation
// needs widening casts, literals, `initial` and counting operators. The
// module loading at all shows they hold for the spec's table; the tampered
// tables show each translated rule still rejects what statusc rejects.
import {
  type Signal,
  type SignalAttributes,
  checkSignalInvariants,
  signalAttributes,
  signalValues,
} from "../gen/extra/ts_narrowing.js";
import { doesNotThrow, finish, sameList, throws } from "./support.js";

sameList(signalValues, ["idle", "blaring", "hushed", "done"], "values");
doesNotThrow(() => checkSignalInvariants(signalAttributes), "the spec's table passes");

function with_(state: Signal, change: Partial<SignalAttributes>): Record<Signal, SignalAttributes> {
  return { ...signalAttributes, [state]: { ...signalAttributes[state], ...change } };
}
// idle is initial and flagged; initial_is_flagged pins flag to initial.
throws(() => checkSignalInvariants(with_("blaring", { flag: true, other: true })), ["initial_is_flagged", "blaring"], "flag off initial");
throws(() => checkSignalInvariants(with_("idle", { flag: false })), ["initial_is_flagged", "idle"], "initial not flagged");
throws(() => checkSignalInvariants(with_("idle", { other: false })), ["both_or_neither", "idle"], "flag && !other");
throws(() => checkSignalInvariants(with_("idle", { terminal: true })), ["initial_is_flagged", "idle"], "initial terminal");
throws(() => checkSignalInvariants(with_("done", { tone: "loud", flag: false, other: true })),
  ["at_most", "done"], "two of three at_most_one terms");
doesNotThrow(() => checkSignalInvariants(with_("done", { tone: "loud" })), "one at_most_one term is fine");
doesNotThrow(() => checkSignalInvariants(with_("hushed", { tone: "loud" })),
  "tone == loud -> tone != quiet holds for loud");

finish("ts_narrowing");
