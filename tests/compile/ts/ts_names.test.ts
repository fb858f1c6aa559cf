// tests/compile/ts/specs/ts_names.yaml: names that would shadow the globals
// the module uses, a type name two machines want, and Object.prototype
// member names as states, attributes and events.
import * as names from "../gen/extra/ts_names.js";
import {
  Error_,
  Map_,
  Record_,
  ActiveStatus,
  SessionAttributes_,
  SessionEvent,
  SessionEvent_,
  SessionStatus,
  SessionStatus_,
  Set_,
  attributesOfSession,
  eventOfSession,
  isActiveStatus,
  isActiveStatus_,
  canTransitionSet,
  checkSetInvariants,
  isConstructorSet,
  isError,
  isMap,
  isProtoSet,
  isRecord,
  isSession,
  isSessionStatus,
  isSet,
  isSetEvent,
  nextSet,
  setAttributes,
  setFromProtoName,
  setValues,
  statusOfSession,
  toStringOfSet,
  valueOfOfSet,
} from "../gen/extra/ts_names.js";
import { check, equal, finish, hostileInputs, sameList, throws } from "./support.js";

// The machine declared first keeps SessionStatus; Session's enum attribute
// `status` gets SessionStatus_, and its `attributes` enum SessionAttributes_
// (the interface SessionAttributes was there first).
sameList(Object.values(SessionStatus), ["open", "closed"], "machine SessionStatus");
sameList(Object.values(SessionStatus_), ["open", "closed"], "Session's status attribute type");
sameList(Object.values(SessionAttributes_), ["some", "none"], "Session's attributes attribute type");
equal(statusOfSession("done"), "closed", "statusOfSession");
equal(attributesOfSession("live"), "none", "attributesOfSession (default)");
check(isSessionStatus("open") && !isSessionStatus("live") && isSession("live"), "the two guards");
// The fixed API outranks names made from attributes: the event type stays
// SessionEvent and the `event` attribute's type becomes SessionEvent_;
// ActiveStatus keeps its guard isActiveStatus and Status.active's
// predicate becomes isActiveStatus_.
sameList(Object.values(SessionEvent), ["finish"], "Session's events");
sameList(Object.values(SessionEvent_), ["finish", "start"], "Session's event attribute type");
equal(eventOfSession("live"), "finish", "eventOfSession");
sameList(Object.values(ActiveStatus), ["agreed", "refused"], "ActiveStatus");
check(isActiveStatus("agreed") && !isActiveStatus("lit"), "the guard of ActiveStatus");
check(isActiveStatus_("lit") && !isActiveStatus_("dark"), "the active predicate of Status");

// Machines named Set, Map, Error and Record: '_' appended, and the guards,
// which use the global Set and Map, still work.
sameList(Object.values(Set_), ["constructor", "to_string", "has_own_property", "na_n", "infinity"], "Set_");
sameList(Object.keys(Set_), ["Constructor", "ToString", "HasOwnProperty", "NaN_", "Infinity_"], "Set_ keys");
sameList(Object.values(Map_), ["set", "get", "has", "size"], "Map_");
sameList(Object.values(Error_), ["error", "message", "stack"], "Error_");
sameList(Object.values(Record_), ["keys", "record"], "Record_");
for (const s of setValues) check(isSet(s), `isSet(${s})`);
for (const x of hostileInputs("has_own_property", setValues)) check(!isSet(x), `isSet(${String(x)})`);
check(isMap("size") && isMap("has") && !isMap("delete") && !isMap("clear"), "isMap");
check(isError("message") && !isError("name"), "isError");
check(isRecord("keys") && !isRecord("values"), "isRecord");
check(typeof names.isSet === "function" && !("Set" in names) && !("Map" in names), "no export shadows a global");

// Object.prototype names as states, attributes and events.
equal(isConstructorSet("constructor"), true, "constructor attribute of the constructor state");
equal(isConstructorSet("to_string"), false, "constructor attribute elsewhere");
equal(isProtoSet("na_n"), true, "proto attribute");
equal(toStringOfSet("to_string"), "__proto__", "a string attribute holding __proto__");
equal(toStringOfSet("constructor"), "plain", "string default");
equal(valueOfOfSet("has_own_property"), "is_prototype_of", "enum attribute named value_of");
equal(Object.getPrototypeOf(setAttributes.constructor), Object.prototype, "the constructor row is a plain own object");
equal(setAttributes.constructor.constructor, true, "row field named constructor");
equal(setFromProtoName("SET_CONSTRUCTOR"), "constructor", "proto name");
equal(nextSet("constructor", "to_string"), "to_string", "event named to_string");
equal(nextSet("to_string", "constructor"), "has_own_property", "event named constructor");
equal(nextSet("na_n", "has_own_property"), "infinity", "event named has_own_property");
equal(nextSet("constructor", "constructor"), undefined, "constructor does not apply in constructor");
check(isSetEvent("value_of") && !isSetEvent("valueOf") && !isSetEvent("toString"), "isSetEvent");
equal(canTransitionSet("constructor", "to_string"), true, "canTransition");
equal(canTransitionSet("infinity", "constructor"), false, "canTransition from the terminal state");

// The invariant reads `initial`.
throws(() => checkSetInvariants({ ...setAttributes, na_n: { ...setAttributes.na_n, constructor: true } }),
  ["constructor_first", "na_n"], "constructor -> initial");

finish("ts_names");
