// spec/product_status.yaml: what the conformance suite (docs/conformance.md)
// does not reach: an enum attribute's parse and guard on texts and values
// that are none of its values, and a proto name that is no state's.
import { isSessionStatusTone, parseSessionStatusTone, statusFromProtoName } from "../gen/spec/product_status.js";
import { check, equal, finish } from "./support.js";

for (const near of ["Danger", "DANGER", "dang", "danger ", "", "constructor", "toString"]) {
  equal(parseSessionStatusTone(near), undefined, `parseSessionStatusTone(${JSON.stringify(near)})`);
}
for (const other of [null, undefined, 3, ["danger"], { tone: "danger" }]) check(!isSessionStatusTone(other), "guard");
equal(statusFromProtoName("STATUS_UNSPECIFIED"), undefined, "STATUS_UNSPECIFIED is no status");

finish("product_status");
