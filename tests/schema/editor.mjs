// A session with yaml-language-server, the YAML language service behind VS
// Code's YAML extension and most editors' YAML support, over statusc's JSON
// Schema, named in each document the way docs/editors.md tells users to:
// a `# yaml-language-server: $schema=<relative path>` first line.
//  - every valid spec of the repository gets no diagnostic;
//  - every spec in invalid/ gets one on the line where `statusc check`
//    reports its error;
//  - hover shows a key's description, and completion offers the keys,
//    targets and values that the schema lists at that place.
// Expectations come from the schema file and from statusc, not from lists here.
//
//   node editor.mjs TOOLS_DIR SCHEMA STATUSC --valid FILE... --invalid FILE...
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [toolsDir, schemaPath, statusc, ...rest] = process.argv.slice(2);
const tools = createRequire(path.join(path.resolve(toolsDir), "package.json"));
const servicePath = tools.resolve("yaml-language-server/lib/umd/languageservice/yamlLanguageService.js");
const { getLanguageService } = tools(servicePath);
const { TextDocument } = createRequire(servicePath)("vscode-languageserver-textdocument");

const valid = [];
const invalid = [];
let list = null;
for (const arg of rest) {
  if (arg === "--valid") list = valid;
  else if (arg === "--invalid") list = invalid;
  else if (list) list.push(path.resolve(arg));
  else throw new Error(`unexpected argument ${arg}`);
}
if (valid.length === 0 || invalid.length === 0) throw new Error("no valid or no invalid specs given");

const schemaFile = path.resolve(schemaPath);
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const service = getLanguageService({
  // The modeline's path is resolved against the document, as the server does for editors.
  schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), "utf8"),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
});
service.configure({ validate: true, hover: true, completion: true, yamlVersion: "1.2" });

let version = 0;
// `text` as the file `file`, with the modeline on top (one line more).
function open(file, text) {
  const relative = path.relative(path.dirname(file), schemaFile);
  const modeline = `# yaml-language-server: $schema=${relative}\n`;
  // The service caches a parsed document by URI and version.
  return TextDocument.create(pathToFileURL(file).toString(), "yaml", ++version, modeline + text);
}

let passed = 0;
let failed = 0;
function check(ok, what, detail = "") {
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL ${what}${detail ? `:\n${detail}` : ""}`);
  }
}
const show = (diagnostics) => diagnostics.map((d) => `    ${d.range.start.line}: ${d.message}`).join("\n");

for (const file of valid) {
  const diagnostics = await service.doValidation(open(file, readFileSync(file, "utf8")), false);
  check(diagnostics.length === 0, `${file}: a valid spec gets diagnostics`, show(diagnostics));
}

for (const file of invalid) {
  const run = spawnSync(statusc, ["check", "--color", "never", file], { encoding: "utf8" });
  const reported = run.stderr.match(/:(\d+):\d+: error\[/);
  if (!reported) {
    check(false, `${file}: statusc check reports no error`, run.stderr);
    continue;
  }
  const line = Number(reported[1]); // 1-based in the file; 0-based + the modeline in the document
  const diagnostics = await service.doValidation(open(file, readFileSync(file, "utf8")), false);
  check(
    diagnostics.some((d) => d.range.start.line === line),
    `${file}: no diagnostic on line ${line} of the file, where statusc reports its error`,
    show(diagnostics),
  );
}

// Completion and hover at the `|` in `text`, in a document next to spec/.
const here = path.resolve(path.dirname(schemaFile), "..", "spec", "editor_session.yaml");
async function at(text, ask) {
  const cursor = text.indexOf("|");
  const document = open(here, text.replace("|", ""));
  return ask(document, document.positionAt(cursor + document.getText().indexOf("\n") + 1));
}
const complete = (text) => at(text, async (d, p) => (await service.doComplete(d, p, false)).items.map((i) => i.label));
const hover = (text) => at(text, (d, p) => service.doHover(d, p));
const keys = (object) => Object.keys(object.properties);
const includesAll = (labels, wanted) => wanted.every((w) => labels.includes(w));

const top = "statusc: 1\npackage: acme.jobs\n";
const machine = schema.definitions.machine;
const cases = [
  ["the top-level keys", "|", keys(schema)],
  ["the targets", `${top}targets:\n  |\nmachines:\n  JobStatus:\n    states: {queued: {}}\n`, keys(schema.properties.targets)],
  [
    "a machine's keys",
    `${top}machines:\n  JobStatus:\n    |\n    states: {queued: {}}\n`,
    keys(machine).filter((k) => k !== "states"),
  ],
  ["a state's keys", `${top}machines:\n  JobStatus:\n    states:\n      queued:\n        |\n`, keys(schema.definitions.state)],
  [
    "attribute types",
    `${top}machines:\n  JobStatus:\n    attributes:\n      tone:\n        type: |\n    states: {queued: {}}\n`,
    schema.definitions.attribute.properties.type.enum,
  ],
  [
    "a transition's keys",
    `${top}machines:\n  JobStatus:\n    initial: queued\n    states: {queued: {}}\n    transitions:\n      - from: queued\n        |\n`,
    keys(schema.definitions.transition).filter((k) => k !== "from"),
  ],
];
for (const target of keys(schema.properties.targets))
  cases.push([
    `the options of target ${target}`,
    `${top}targets:\n  ${target}:\n    |\nmachines:\n  JobStatus:\n    states: {queued: {}}\n`,
    keys(schema.properties.targets.properties[target]),
  ]);
for (const [what, text, wanted] of cases) {
  const labels = await complete(text);
  check(includesAll(labels, wanted), `completion of ${what}`, `    wanted ${wanted}\n    offered ${labels}`);
}

const shown = await hover(`${top}machines:\n  JobStatus:\n    cyc|lic: true\n    states: {queued: {}}\n`);
check(
  shown?.contents?.value?.includes(machine.properties.cyclic.description),
  "hover on 'cyclic' shows its description",
  JSON.stringify(shown),
);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
