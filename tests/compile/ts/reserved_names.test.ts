// tests/generate/reserved_names.yaml: states, attributes, enum values and
// events named like JavaScript/TypeScript keywords, C macros and statusc's
// own generated names.
import * as reserved from "../gen/generate/reserved_names.js";
import {
  Keyword,
  KeywordClass,
  type KeywordEvent,
  Macro,
  assertOfKeyword,
  canTransitionKeyword,
  canTransitionMacro,
  classOfKeyword,
  isDefaultKeyword,
  isKeyword,
  isKeywordEvent,
  isMacro,
  isTerminalKeyword,
  keywordAttributes,
  keywordEventValues,
  keywordFromProtoName,
  keywordValues,
  macroFromNumber,
  macroToNumber,
  macroValues,
  nextKeyword,
} from "../gen/generate/reserved_names.js";
import { check, checkEdges, equal, finish, hostileInputs, sameList } from "./support.js";

const keywords = ["new", "delete", "class", "default", "namespace", "null", "this", "typeof"] as const;
sameList(keywordValues, keywords, "Keyword values");
sameList(Object.keys(Keyword), ["New", "Delete", "Class", "Default", "Namespace", "Null", "This", "Typeof"], "keys");
equal(Keyword.Null, "null", "Keyword.Null");
equal(Keyword.Default, "default", "Keyword.Default");
for (const k of keywords) check(isKeyword(k), `isKeyword(${k})`);
for (const x of hostileInputs("namespace", keywords)) check(!isKeyword(x), `isKeyword(${String(x)})`);
check(!isKeyword(null) && !isKeyword(undefined), "the values null and undefined are not the states");

const expected = {
  new: [true, "delete", "ok"],
  delete: [false, "null", "ok"],
  class: [false, "namespace", "ok"],
  default: [true, "delete", "macro"],
  namespace: [false, "delete", "ok"],
  null: [false, "this", "ok"],
  this: [false, "delete", "ok"],
  typeof: [false, "delete", "ok"],
} as const;
for (const k of keywords) {
  const [dflt, cls, assert] = expected[k];
  equal(isDefaultKeyword(k), dflt, `default(${k})`);
  equal(keywordAttributes[k].default, dflt, `attributes.${k}.default`);
  equal(classOfKeyword(k), cls, `class(${k})`);
  equal(assertOfKeyword(k), assert, `assert(${k})`);
  equal(isTerminalKeyword(k), k === "typeof", `terminal(${k})`);
}
sameList(Object.values(KeywordClass), ["delete", "null", "namespace", "this"], "KeywordClass values");
equal(KeywordClass.Null, "null", "KeywordClass.Null");
equal(keywordFromProtoName("KEYWORD_NULL"), "null", "proto name of null");

type E = KeywordEvent;
checkEdges("Keyword", keywords, [
  ["new", null, "delete"], ["new", null, "class"], ["new", null, "default"],
  ["delete", "return" as E, "namespace"], ["class", "return" as E, "namespace"], ["default", "return" as E, "namespace"],
  ["namespace", null, "null"], ["null", "typeof" as E, "this"], ["this", "void" as E, "typeof"],
], canTransitionKeyword, { events: keywordEventValues, fn: nextKeyword });
sameList(keywordEventValues, ["return", "typeof", "void"], "events");
check(isKeywordEvent("void") && !isKeywordEvent("new"), "isKeywordEvent");

const macros = ["assert", "errno", "eof", "linux", "unix", "major", "to_string", "values", "count", "parse", "stdin"] as const;
sameList(macroValues, macros, "Macro values");
equal(Macro.ToString, "to_string", "Macro.ToString");
check(isMacro("to_string") && !isMacro("toString") && !isMacro("ToString"), "to_string is a state, toString is not");
macros.forEach((m, i) => {
  equal(macroToNumber(m), i + 1, `macroToNumber(${m})`);
  equal(macroFromNumber(i + 1), m, `macroFromNumber(${i + 1})`);
  if (i + 1 < macros.length) equal(canTransitionMacro(m, macros[i + 1] ?? m), true, `${m} -> next`);
});
check(!("nextMacro" in reserved) && !("MacroEvent" in reserved), "a machine without events has no event API");

finish("reserved_names");
