// expect: TS2540
// The generated tables are read-only.
import { sessionStatusAttributes } from "../gen/spec/session_policy.js";

sessionStatusAttributes.running.active = false;
