// A tiny assertion helper for the node tests of the generated TypeScript
// (no dependencies: the generated modules promise none, and neither do
// their tests). Failures are collected; finish() throws when there were
// any, so node exits non-zero and prints them all.

const failures: string[] = [];
let checks = 0;

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "[function]";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function check(condition: boolean, what: string): void {
  checks++;
  if (!condition) failures.push(what);
}

export function equal(actual: unknown, expected: unknown, what: string): void {
  checks++;
  if (!Object.is(actual, expected)) failures.push(`${what}: got ${show(actual)}, expected ${show(expected)}`);
}

// Element-wise equality of two arrays (order matters).
export function sameList(actual: readonly unknown[], expected: readonly unknown[], what: string): void {
  checks++;
  const same = actual.length === expected.length && actual.every((x, i) => Object.is(x, expected[i]));
  if (!same) failures.push(`${what}: got ${show(actual)}, expected ${show(expected)}`);
}

// `fn` must throw an Error whose message contains every one of `parts`.
export function throws(fn: () => unknown, parts: readonly string[], what: string): void {
  checks++;
  try {
    fn();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const missing = parts.filter((p) => !message.includes(p));
    if (missing.length > 0) failures.push(`${what}: message ${show(message)} lacks ${show(missing)}`);
    return;
  }
  failures.push(`${what}: did not throw`);
}

export function doesNotThrow(fn: () => unknown, what: string): void {
  checks++;
  try {
    fn();
  } catch (e) {
    failures.push(`${what}: threw ${e instanceof Error ? e.message : String(e)}`);
  }
}

// Inputs a type guard must reject: wrong types, prototype keys and near
// misses of `near` (a real value), minus the machine's real `values`.
export function hostileInputs(near: string, values: readonly string[]): unknown[] {
  const inputs: unknown[] = [
    undefined, null, 0, 1, -1, NaN, true, false, {}, [], [near], { [near]: true }, () => near,
    new String(near), Symbol(near), BigInt(1),
    "", " ", near.toUpperCase(), ` ${near}`, `${near} `, `${near}\n`, `${near}\u0000`, near.slice(0, -1), `${near}x`,
    near.replace(/_/g, "-"), near.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()),
    "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf",
    "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupGetter__", "length", "size", "has",
    "undefined", "null", "NaN",
  ];
  return inputs.filter((x) => typeof x !== "string" || !values.includes(x));
}

export function finish(name: string): void {
  if (failures.length > 0) {
    throw new Error(`${name}: ${failures.length} of ${checks} checks failed:\n  ${failures.join("\n  ")}`);
  }
  console.log(`${name}: ${checks} checks passed`);
}
