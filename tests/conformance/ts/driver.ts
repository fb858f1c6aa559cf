// The TypeScript conformance driver (docs/conformance.md):
//
//   node driver.js SPEC VECTORS MODULE [SPEC VECTORS MODULE]...
//
// MODULE is the compiled module statusc generated for SPEC (or "-" when the
// spec turns the typescript target off). The module is imported as a whole
// and its API found by the names docs/generated/typescript.md gives it,
// spelled from the vectors' machine and attribute names by the documented
// rules, so a renamed export fails here as it would in a user's code.
// Prints "<spec>: N checks, M failed" per file; exits 1 on any failure.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

interface AttributeVectors {
  readonly name: string;
  readonly type: "bool" | "enum" | "string" | "int";
  readonly predicate?: string;
  readonly values?: readonly string[];
}

interface StateVectors {
  readonly name: string;
  readonly number: number;
  readonly proto_name: string | null;
  readonly initial: boolean;
  readonly terminal: boolean;
  readonly attributes: Readonly<Record<string, boolean | string | number>>;
  readonly can_transition_to: string;
  readonly successors: readonly string[];
  readonly next: Readonly<Record<string, string | null>>;
  readonly accepted_events: readonly string[];
}

interface MachineVectors {
  readonly name: string;
  readonly has_transitions: boolean;
  readonly attributes: readonly AttributeVectors[];
  readonly events: readonly string[];
  readonly states: readonly StateVectors[];
  readonly parses: readonly { readonly text: string; readonly state: string; readonly earlier: boolean }[];
  readonly proto_parses: readonly { readonly text: string; readonly state: string }[];
  readonly event_parses: readonly { readonly text: string; readonly event: string }[];
  readonly migrate_names: readonly { readonly text: string; readonly state: string }[];
  readonly migrate_numbers: readonly { readonly number: number; readonly state: string }[];
  readonly near_misses: readonly string[];
  readonly unknown_numbers: readonly number[];
}

interface VectorFile {
  readonly format: number;
  readonly spec: string;
  readonly targets: readonly string[];
  readonly machines: readonly MachineVectors[];
}

type Module = Readonly<Record<string, unknown>>;
type Fn = (...args: unknown[]) => unknown;

// --- names, as docs/spec-format.md (Names and words) and
// docs/generated/typescript.md (Names) define them ---------------------------

const isUpper = (c: string): boolean => c >= "A" && c <= "Z";
const isLower = (c: string): boolean => c >= "a" && c <= "z";
const isDigit = (c: string): boolean => c >= "0" && c <= "9";

// A word ends at '_' or '-', before a capital after a lower-case letter or a
// digit, and before the last capital of an acronym that a lower-case letter
// follows ("HTTPError" is http, error).
function words(name: string): string[] {
  const out: string[] = [];
  let word = "";
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (c === "_" || c === "-") {
      if (word !== "") out.push(word);
      word = "";
      continue;
    }
    if (isUpper(c) && i > 0) {
      const prev = name.charAt(i - 1);
      const nextLower = isLower(name.charAt(i + 1));
      if ((isLower(prev) || isDigit(prev) || (isUpper(prev) && nextLower)) && word !== "") {
        out.push(word);
        word = "";
      }
    }
    word += c.toLowerCase();
  }
  if (word !== "") out.push(word);
  return out;
}

const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const upperCamel = (name: string): string => words(name).map(capitalized).join("");
const lowerCamel = (name: string): string => words(name).map((w, i) => (i === 0 ? w : capitalized(w))).join("");

// --- checking ----------------------------------------------------------------

class Checker {
  checks = 0;
  failures = 0;

  fail(what: string): void {
    this.failures++;
    if (this.failures <= 30) console.error(`  ${what}`);
  }

  expect(ok: boolean, what: string): void {
    this.checks++;
    if (!ok) this.fail(what);
  }

  same(actual: unknown, expected: unknown, what: string): void {
    this.checks++;
    if (JSON.stringify(actual) !== JSON.stringify(expected) || (actual === undefined) !== (expected === undefined)) {
      this.fail(`${what}: got ${show(actual)}, expected ${show(expected)}`);
    }
  }
}

function show(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

// `null` in the vectors is `undefined` in the TypeScript API.
const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

function checkMachine(mod: Module, v: MachineVectors, c: Checker): void {
  const M = v.name;
  const m = lowerCamel(M);
  const names = v.states.map((s) => s.name);

  // An export that must exist: reported once when missing, then skipped.
  const value = (name: string): unknown => {
    const found = mod[name];
    c.expect(found !== undefined, `export ${name} is missing`);
    return found;
  };
  const fn = (name: string): Fn => {
    const found = value(name);
    return typeof found === "function" ? (found as Fn) : () => Symbol("missing");
  };
  const table = (name: string): Readonly<Record<string, unknown>> => {
    const found = value(name);
    return typeof found === "object" && found !== null ? (found as Readonly<Record<string, unknown>>) : {};
  };
  const absent = (name: string): void => c.expect(mod[name] === undefined, `export ${name} should not exist`);

  c.same(Object.values(table(M)), names, `${M} (const) values`);
  c.same(value(`${m}Values`), names, `${m}Values`);
  // In state order, as every target lists them.
  c.same(value(`${m}Initial`), v.states.filter((s) => s.initial).map((s) => s.name), `${m}Initial`);

  const guard = fn(`is${M}`);
  const rows = table(`${m}Attributes`);
  const numbers = table(`${m}Numbers`);
  const isTerminal = fn(`isTerminal${M}`);
  for (const s of v.states) {
    const row = rows[s.name];
    const fields: Readonly<Record<string, unknown>> =
      typeof row === "object" && row !== null ? (row as Readonly<Record<string, unknown>>) : {};
    c.same(fields["terminal"], s.terminal, `${m}Attributes[${s.name}].terminal`);
    c.same(isTerminal(s.name), s.terminal, `isTerminal${M}(${s.name})`);
    for (const a of v.attributes) {
      const expected = s.attributes[a.name];
      c.same(fields[lowerCamel(a.name)], expected, `${m}Attributes[${s.name}].${lowerCamel(a.name)}`);
      const call = a.type === "bool" ? `${lowerCamel(a.predicate ?? "")}${M}` : `${lowerCamel(a.name)}Of${M}`;
      c.same(fn(call)(s.name), expected, `${call}(${s.name})`);
    }
    c.same(numbers[s.name], s.number, `${m}Numbers[${s.name}]`);
    c.same(fn(`${m}ToNumber`)(s.name), s.number, `${m}ToNumber(${s.name})`);
    c.same(fn(`${m}FromNumber`)(s.number), s.name, `${m}FromNumber(${s.number})`);
    if (s.proto_name !== null) c.same(fn(`${m}ToProtoName`)(s.name), s.proto_name, `${m}ToProtoName(${s.name})`);

    if (v.has_transitions) {
      const canTransition = fn(`canTransition${M}`);
      for (let j = 0; j < v.states.length; j++) {
        const to = names[j] ?? "";
        c.same(canTransition(s.name, to), s.can_transition_to.charAt(j) === "1", `canTransition${M}(${s.name}, ${to})`);
      }
      c.same(table(`${m}Transitions`)[s.name], s.successors, `${m}Transitions[${s.name}]`);
    }
    if (v.events.length > 0) {
      for (const event of v.events) {
        c.same(fn(`next${M}`)(s.name, event), orUndefined(s.next[event] ?? null), `next${M}(${s.name}, ${event})`);
      }
      c.same(fn(`acceptedEventsOf${M}`)(s.name), s.accepted_events, `acceptedEventsOf${M}(${s.name})`);
      c.same(table(`${m}AcceptedEvents`)[s.name], s.accepted_events, `${m}AcceptedEvents[${s.name}]`);
    }
  }
  if (!v.has_transitions) {
    absent(`canTransition${M}`);
    absent(`${m}Transitions`);
  }

  for (const a of v.attributes) {
    if (a.type !== "enum") continue;
    const A = upperCamel(a.name);
    c.same(Object.values(table(`${M}${A}`)), a.values, `${M}${A} (const) values`);
    for (const text of a.values ?? []) {
      c.same(fn(`parse${M}${A}`)(text), text, `parse${M}${A}(${show(text)})`);
      c.expect(fn(`is${M}${A}`)(text) === true, `is${M}${A}(${show(text)})`);
    }
  }

  if (v.events.length > 0) {
    c.same(Object.values(table(`${M}Event`)), v.events, `${M}Event (const) values`);
    c.same(value(`${m}EventValues`), v.events, `${m}EventValues`);
    const eventGuard = fn(`is${M}Event`);
    for (const p of v.event_parses) c.expect(eventGuard(p.text) === true && p.text === p.event, `is${M}Event(${show(p.text)})`);
    for (const miss of v.near_misses) c.expect(eventGuard(miss) === false, `is${M}Event(${show(miss)}) of a near miss`);
  } else {
    absent(`next${M}`);
    absent(`${M}Event`);
  }

  // The guard reads today's names only; earlier names are read by migrate
  // (docs/spec-format.md, Renamed states).
  for (const p of v.parses) {
    c.expect(guard(p.text) === !p.earlier, `is${M}(${show(p.text)})${p.earlier ? " of an earlier name" : ""}`);
  }
  const fromProtoName = fn(`${m}FromProtoName`);
  for (const p of v.proto_parses) c.same(fromProtoName(p.text), p.state, `${m}FromProtoName(${show(p.text)})`);

  const migrate = fn(`migrate${M}`);
  const parsed = new Set(v.parses.map((p) => p.text));
  for (const p of v.migrate_names) {
    c.same(migrate(p.text), p.state, `migrate${M}(${show(p.text)})`);
    if (!parsed.has(p.text)) c.expect(guard(p.text) === false, `is${M}(${show(p.text)}) of a removed name`);
  }
  const fromNumber = fn(`${m}FromNumber`);
  const current = new Set(v.states.map((s) => s.number));
  for (const p of v.migrate_numbers) {
    c.same(migrate(p.number), p.state, `migrate${M}(${p.number})`);
    if (!current.has(p.number)) c.same(fromNumber(p.number), undefined, `${m}FromNumber(${p.number}) of a removed number`);
  }
  for (const miss of v.near_misses) {
    c.expect(guard(miss) === false, `is${M}(${show(miss)}) of a near miss`);
    c.same(migrate(miss), undefined, `migrate${M}(${show(miss)})`);
  }
  for (const n of v.unknown_numbers) {
    c.same(fromNumber(n), undefined, `${m}FromNumber(${n})`);
    c.same(migrate(n), undefined, `migrate${M}(${n})`);
  }
}

async function checkFile(spec: string, vectorsPath: string, modulePath: string): Promise<boolean> {
  const c = new Checker();
  let off = false;
  try {
    const vectors = JSON.parse(readFileSync(vectorsPath, "utf8")) as VectorFile;
    if (vectors.format !== 1) throw new Error(`${vectorsPath}: unknown format ${show(vectors.format)}`);
    if (vectors.spec !== spec) throw new Error(`${vectorsPath} holds the vectors of ${show(vectors.spec)}`);
    off = !vectors.targets.includes("typescript");
    if (off !== (modulePath === "-")) {
      throw new Error(off ? "a module was generated for a spec that turns typescript off" : "no module was generated");
    }
    if (!off) {
      const mod = (await import(pathToFileURL(modulePath).href)) as Module;
      for (const v of vectors.machines) {
        const before = c.failures;
        checkMachine(mod, v, c);
        if (c.failures > before) console.error(`  (in machine ${v.name})`);
      }
    }
  } catch (e) {
    c.fail(e instanceof Error ? e.message : String(e));
  }
  console.log(`${spec}: ${c.checks} checks, ${c.failures} failed${off ? " (typescript target off)" : ""}`);
  return c.failures === 0;
}

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0 || args.length % 3 !== 0) {
    console.error("usage: node driver.js SPEC VECTORS MODULE [SPEC VECTORS MODULE]...");
    return 2;
  }
  let ok = true;
  for (let i = 0; i + 2 < args.length; i += 3) {
    ok = (await checkFile(args[i] ?? "", args[i + 1] ?? "", args[i + 2] ?? "")) && ok;
  }
  return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
