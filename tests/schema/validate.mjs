// Validates specs against statusc's JSON Schema with ajv, reading the YAML
// with the `yaml` package (YAML 1.2 core schema, the parser inside
// yaml-language-server). Every valid spec of the repository must pass; every
// file under --invalid must fail with the error its `# expect:` lines name
// (instancePath and keyword), and `statusc check` must reject it with the
// code its `# statusc:` line names: the schema refuses it for the reason
// statusc does.
//
//   node validate.mjs TOOLS_DIR SCHEMA STATUSC --valid FILE... --invalid FILE...
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [toolsDir, schemaPath, statusc, ...rest] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(toolsDir), "package.json"));
const Ajv = require("ajv").default;
const YAML = require("yaml");

const valid = [];
const invalid = [];
let list = null;
for (const arg of rest) {
  if (arg === "--valid") list = valid;
  else if (arg === "--invalid") list = invalid;
  else if (list) list.push(arg);
  else throw new Error(`unexpected argument ${arg}`);
}

// strict: unknown keywords, ignored keywords and type mistakes in the schema
// itself are errors, not warnings. strictRequired would also refuse
// `if`/`then` requiring a key that the enclosing schema declares.
const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
ajv.addSchema(schema, "statusc");
const validate = ajv.getSchema("statusc");

function load(file) {
  return YAML.parse(readFileSync(file, "utf8"), { version: "1.2", schema: "core", merge: false, uniqueKeys: true });
}

function describe(errors) {
  return (errors ?? []).map((e) => `    ${e.instancePath || "/"} ${e.keyword}: ${e.message}`).join("\n");
}

let passed = 0;
let failed = 0;
function fail(file, why) {
  failed++;
  console.log(`FAIL ${file}: ${why}`);
}

if (valid.length === 0 || invalid.length === 0) throw new Error("no valid or no invalid specs given");

// Editors offer `examples` and `default` as completions: each must be valid
// where it stands.
function checkExamples(node, pointer) {
  if (typeof node !== "object" || node === null) return;
  const values = [...(node.examples ?? []), ...("default" in node ? [node.default] : [])];
  if (values.length > 0) {
    const at = ajv.getSchema(`statusc#${pointer}`);
    const bad = values.filter((v) => !at(v));
    if (bad.length === 0) passed++;
    else fail(`schema${pointer}`, `examples or default not valid there: ${JSON.stringify(bad)}`);
  }
  const escape = (key) => key.replaceAll("~", "~0").replaceAll("/", "~1");
  for (const map of ["properties", "definitions"])
    for (const [key, child] of Object.entries(node[map] ?? {})) checkExamples(child, `${pointer}/${map}/${escape(key)}`);
  for (const key of ["additionalProperties", "items", "propertyNames", "if", "then", "else", "not"])
    checkExamples(node[key], `${pointer}/${key}`);
  for (const key of ["allOf", "anyOf", "oneOf"]) (node[key] ?? []).forEach((c, i) => checkExamples(c, `${pointer}/${key}/${i}`));
}
checkExamples(schema, "");

for (const file of valid) {
  if (validate(load(file))) passed++;
  else fail(file, `a valid spec is rejected by the schema:\n${describe(validate.errors)}`);
}

for (const file of invalid) {
  const text = readFileSync(file, "utf8");
  const expected = [...text.matchAll(/^# expect: (\S+) (.+)$/gm)].map((m) => ({ path: m[1], keyword: m[2] }));
  const code = text.match(/^# statusc: (\S+)$/m)?.[1];
  if (expected.length === 0 || !code) {
    fail(file, "no '# expect: INSTANCE_PATH KEYWORD' or no '# statusc: CODE' line");
    continue;
  }
  const check = spawnSync(statusc, ["check", "--color", "never", file], { encoding: "utf8" });
  if (check.status !== 1 || !check.stderr.includes(`error[${code}]`)) {
    fail(file, `statusc check should exit 1 with error[${code}]; it exited ${check.status}:\n${check.stderr}`);
    continue;
  }
  if (validate(load(file))) {
    fail(file, "the schema accepts it");
    continue;
  }
  const missing = expected.filter(
    (x) => !validate.errors.some((e) => (e.instancePath || "/") === x.path && e.keyword === x.keyword),
  );
  if (missing.length === 0) passed++;
  else
    fail(
      file,
      `expected ${missing.map((x) => `${x.path} ${x.keyword}`).join(", ")}; the schema reported:\n` +
        describe(validate.errors),
    );
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
