// The spec format as a JSON Schema. Each key's description is the short
// form of its row in docs/spec-format.md; types follow what parse/ reads
// (YAML 1.2 core schema, as yaml-language-server's YAML parser also reads):
// a *name* is a string, *text* is a string or a number taken as written, a
// bool is true/false. Where the checks hold names to a spelling, a pattern
// says so, copied from naming/ (schema_test.cpp compares them). The schema
// never rejects what statusc accepts; it may accept some of what statusc
// rejects (unknown states in `from`, duplicate numbers): those need the
// model, and `statusc check` reports them.
#include "schema/spec_schema.h"

#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

namespace statusc {
namespace {

using Json = nlohmann::ordered_json;

// naming::is_lower_snake, is_upper_snake, is_upper_camel, is_wire_name, and
// check/names.cpp's package rule.
constexpr std::string_view kLowerSnake = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";
constexpr std::string_view kUpperSnake = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";
constexpr std::string_view kUpperCamel = "^[A-Z][A-Za-z0-9]*$";
constexpr std::string_view kWireName = "^[A-Za-z][A-Za-z0-9]*([_-][A-Za-z0-9]+)*$";
constexpr std::string_view kPackage = "^[a-z][a-z0-9]*(_[a-z0-9]+)*(\\.[a-z][a-z0-9]*(_[a-z0-9]+)*)*$";

// model/attributes.cpp's kReservedAttributeNames.
constexpr std::string_view kReservedAttributeNames[] = {
    "terminal", "number", "description", "renamed_from", "initial", "restore",
    "true", "false", "exactly_one", "at_most_one", "at_least_one"};

// Wire numbers are protobuf int32; int attribute values are what a
// JavaScript number holds exactly.
constexpr std::int64_t kMinNumber = -2147483648LL;
constexpr std::int64_t kMaxNumber = 2147483647LL;
constexpr std::int64_t kMaxSafeInt = (std::int64_t{1} << 53) - 1;

Json key(std::string_view description) {
  Json j = Json::object();
  j["description"] = description;
  return j;
}

Json with_examples(Json j, Json examples) {
  j["examples"] = std::move(examples);
  return j;
}

Json types(std::initializer_list<const char*> names) {
  Json list = Json::array();
  for (const char* n : names) list.push_back(n);
  return list.size() == 1 ? list[0] : list;
}

// Free text: strings, and numbers taken as written (`label: 0x10`).
Json text(std::string_view description, Json examples) {
  Json j = key(description);
  j["type"] = types({"string", "number"});
  return with_examples(std::move(j), std::move(examples));
}

Json name_schema(std::string_view pattern) {
  Json j = Json::object();
  j["type"] = "string";
  if (!pattern.empty()) j["pattern"] = pattern;
  return j;
}

Json name(std::string_view description, std::string_view pattern, Json examples) {
  Json j = key(description);
  j.update(name_schema(pattern));
  return with_examples(std::move(j), std::move(examples));
}

// A name or a non-empty list of distinct names (`initial: a`, `initial: [a, b]`).
Json name_or_list(std::string_view description, Json examples, bool wildcard = false) {
  Json j = key(description);
  Json list = Json::object();
  list["type"] = "array";
  list["items"] = name_schema(kWireName);
  list["minItems"] = 1;
  if (!wildcard) list["uniqueItems"] = true;  // a list repeating a state in from/to is reported later
  Json any = Json::array();
  if (wildcard) any.push_back(Json{{"const", "*"}});
  any.push_back(name_schema(kWireName));
  any.push_back(std::move(list));
  j["anyOf"] = std::move(any);
  return with_examples(std::move(j), std::move(examples));
}

Json boolean(std::string_view description, bool fallback) {
  Json j = key(description);
  j["type"] = "boolean";
  j["default"] = fallback;
  return with_examples(std::move(j), Json::array({!fallback}));
}

Json wire_number(std::string_view description, Json examples) {
  Json j = key(description);
  j["type"] = "integer";
  j["minimum"] = kMinNumber;
  j["maximum"] = kMaxNumber;
  return with_examples(std::move(j), std::move(examples));
}

// An object with exactly `properties`; `nullable` when an empty value
// (`queued:`) is allowed too.
Json object(std::string_view description, Json properties, bool nullable = false) {
  Json j = key(description);
  j["type"] = nullable ? types({"object", "null"}) : Json("object");
  j["additionalProperties"] = false;
  j["properties"] = std::move(properties);
  return j;
}

Json ref(std::string_view definition) { return Json{{"$ref", "#/definitions/" + std::string(definition)}}; }

// `targets.<key>.<option>`, from the emitter's declaration.
Json target_option(const TargetOptionSchema& option) {
  Json j = key(option.description);
  switch (option.kind) {
    case TargetOptionSchema::Kind::Name:
      j["type"] = "string";
      if (!option.choices.empty()) j["enum"] = option.choices;
      j["examples"] = Json::array({option.example});
      break;
    case TargetOptionSchema::Kind::Text:
      j["type"] = types({"string", "number"});
      j["examples"] = Json::array({option.example});
      break;
    case TargetOptionSchema::Kind::Map: {
      j["type"] = "object";
      j["additionalProperties"] = Json{{"type", types({"string", "boolean", "number"})}};
      // The example is one `key: value` entry.
      const size_t colon = option.example.find(": ");
      Json entry = Json::object();
      if (colon != std::string::npos) entry[option.example.substr(0, colon)] = option.example.substr(colon + 2);
      j["examples"] = Json::array({std::move(entry)});
      break;
    }
  }
  return j;
}

Json target(const TargetSchema& t) {
  Json properties = Json::object();
  properties["enabled"] = boolean("Generate this target. 'enabled: false' turns it off; nothing else does.", true);
  Json example = Json::object();
  for (const TargetOptionSchema& option : t.options) {
    properties[option.name] = target_option(option);
    example[option.name] = properties[option.name]["examples"][0];
  }
  Json j = object(t.description + " On unless its entry says 'enabled: false'; an empty entry ('" + t.key +
                      ":') or {} means on.",
                  std::move(properties), true);
  j["examples"] = Json::array({Json::object(), Json{{"enabled", false}}});
  if (!example.empty()) j["examples"].push_back(std::move(example));
  return j;
}

Json targets(const std::vector<TargetSchema>& schemas) {
  Json properties = Json::object();
  for (const TargetSchema& t : schemas) properties[t.key] = target(t);
  Json j = object("Which outputs to generate, and their settings. Every target is on unless its own entry says "
                  "'enabled: false', with or without this section; listing one target does not turn the others "
                  "off.",
                  std::move(properties));
  j["examples"] = Json::array({Json{{"proto", Json{{"enabled", false}}}}});
  return j;
}

Json machine() {
  Json p = Json::object();
  p["description"] = text("What the status means.", Json::array({"Lifecycle of a workspace session."}));
  p["proto_prefix"] = name("Prefix of the protobuf value names (SESSION_STATUS_WORKING), UPPER_SNAKE_CASE. "
                           "Default: the machine name in UPPER_SNAKE_CASE (SessionStatus: SESSION_STATUS).",
                           kUpperSnake, Json::array({"SESSION_STATUS"}));
  p["initial"] = name_or_list("The state, or the list of states, a lifecycle starts in. Required when the machine "
                              "has transitions. A terminal state may be initial next to a non-terminal one.",
                              Json::array({"queued", Json::array({"queued", "completed"})}));
  p["cyclic"] = boolean("The lifecycle never ends, on purpose: the machine has transitions and no terminal state "
                        "(a health status). Without it, such a machine gets the warning no-terminal-state.",
                        false);
  Json attributes = key("Typed per-state attributes, in order, keyed by lower_snake_case name. 'flag:' alone "
                        "declares a bool attribute without a default, which every state must set.");
  attributes["type"] = "object";
  attributes["propertyNames"] = name_schema(kLowerSnake);
  Json reserved = Json::array();
  for (std::string_view r : kReservedAttributeNames) reserved.push_back(r);
  attributes["propertyNames"]["not"] = Json{{"enum", std::move(reserved)}};
  attributes["additionalProperties"] = ref("attribute");
  attributes["examples"] = Json::array({Json{
      {"active", Json{{"description", "The session holds live resources."}}},
      {"tone", Json{{"type", "enum"}, {"values", Json::array({"neutral", "info", "danger"})}, {"default", "neutral"}}},
  }});
  p["attributes"] = std::move(attributes);
  Json states = key("The states, in wire order, keyed by their wire string as the system spells it (in_progress, "
                    "IN_PROGRESS, shutting-down, CrashLoopBackOff). At least one.");
  states["type"] = "object";
  states["minProperties"] = 1;
  states["propertyNames"] = name_schema(kWireName);
  states["additionalProperties"] = ref("state");
  states["examples"] = Json::array({Json{{"queued", Json::object()}, {"done", Json{{"terminal", true}}}}});
  p["states"] = std::move(states);
  Json transitions = key("The allowed state changes. With at least one the machine is a state machine, whose "
                         "lifecycle statusc proves; without (or with []) it is a vocabulary, a plain enum.");
  transitions["type"] = "array";
  transitions["items"] = ref("transition");
  transitions["examples"] = Json::array({Json::array({Json{{"from", "queued"}, {"to", "done"}, {"on", "finish"}}})});
  p["transitions"] = std::move(transitions);
  Json invariants = key("Rules that every state must satisfy, over its bool, enum and int attributes.");
  invariants["type"] = "array";
  invariants["items"] = ref("invariant");
  invariants["examples"] = Json::array({Json::array({Json{{"assert", "collectable -> terminal"}}})});
  p["invariants"] = std::move(invariants);
  Json removed = key("States of earlier versions, keyed by their old name: the names and numbers stay reserved, "
                     "and stored values migrate to replaced_by.");
  removed["type"] = "object";
  removed["propertyNames"] = name_schema(kWireName);
  removed["additionalProperties"] = ref("removed");
  removed["examples"] = Json::array({Json{{"paused", Json{{"number", 5}, {"replaced_by", "working"}}}}});
  p["removed"] = std::move(removed);

  Json j = object("A machine: one status enum. With transitions it is a state machine; without, a vocabulary.",
                  std::move(p));
  j["required"] = Json::array({"states"});
  // missing-initial: a machine with transitions says where it starts.
  Json has_transitions = Json{{"required", Json::array({"transitions"})},
                              {"properties", Json{{"transitions", Json{{"type", "array"}, {"minItems", 1}}}}}};
  j["if"] = std::move(has_transitions);
  j["then"] = Json{{"required", Json::array({"initial"})}};
  return j;
}

// One branch of the attribute's type-dependent rules: when `type` is
// `type_name` (or, for bool, left out), `then` applies.
Json when_type(std::string_view type_name, Json then, Json otherwise = nullptr) {
  Json condition = Json{{"properties", Json{{"type", Json{{"const", type_name}}}}}};
  if (type_name != "bool") condition["required"] = Json::array({"type"});
  Json j = Json{{"if", std::move(condition)}, {"then", std::move(then)}};
  if (!otherwise.is_null()) j["else"] = std::move(otherwise);
  return j;
}

Json default_of_type(Json type) { return Json{{"properties", Json{{"default", std::move(type)}}}}; }

Json attribute() {
  Json p = Json::object();
  Json type = key("The attribute's type: bool (true/false), enum (one of 'values'), string (text) or int (an "
                  "integer).");
  type["type"] = "string";
  type["enum"] = Json::array({"bool", "enum", "string", "int"});
  type["default"] = "bool";
  type["examples"] = Json::array({"enum", "string", "int"});
  p["type"] = std::move(type);
  p["description"] = text("What the attribute means.", Json::array({"The session holds live resources."}));
  Json fallback = key("The value of every state that does not set the attribute, of the attribute's type. "
                      "Without a default, every state must set it (missing-attribute).");
  fallback["type"] = types({"boolean", "string", "number"});
  fallback["examples"] = Json::array({false, "neutral", 200});
  p["default"] = std::move(fallback);
  Json values = key("The values of an enum attribute, in order, each lower_snake_case and listed once. Required "
                    "for type: enum; not allowed otherwise.");
  values["type"] = "array";
  values["items"] = name_schema(kLowerSnake);
  values["minItems"] = 1;
  values["uniqueItems"] = true;
  values["examples"] = Json::array({Json::array({"neutral", "info", "success", "warning", "danger"})});
  p["values"] = std::move(values);
  p["predicate"] = name("The name of the generated predicate of a bool attribute, lower_snake_case. Default: the "
                        "attribute's name when it starts with is_, has_, can_, should_, needs_, may_ or was_, "
                        "else is_<name>.",
                        kLowerSnake, Json::array({"is_failed"}));

  Json j = object("An attribute declaration. Empty ('flag:') declares a bool attribute without a default.",
                  std::move(p), true);
  Json int_default = Json{{"type", "integer"}, {"minimum", -kMaxSafeInt}, {"maximum", kMaxSafeInt}};
  Json no_values = Json{{"properties", Json{{"values", false}}}};
  Json no_predicate = Json{{"properties", Json{{"predicate", false}}}};
  Json enum_then = default_of_type(Json{{"type", "string"}});
  enum_then["required"] = Json::array({"values"});
  j["allOf"] = Json::array({
      when_type("enum", std::move(enum_then), no_values),
      when_type("bool", default_of_type(Json{{"type", "boolean"}}), no_predicate),
      when_type("int", default_of_type(std::move(int_default))),
      when_type("string", default_of_type(Json{{"type", types({"string", "number"})}})),
  });
  return j;
}

Json state() {
  Json p = Json::object();
  p["number"] = wire_number("Wire number, unique across the machine's states and removed entries, within "
                            "-2147483648..2147483647; 0 only while the proto target is off. Default: the previous "
                            "state's number + 1; the first state gets 1.",
                            Json::array({1, 16}));
  p["description"] = text("What the state means.", Json::array({"Session is being created."}));
  p["terminal"] = boolean("The lifecycle has ended in this state: a transition out of it leads to a terminal state "
                          "or says restore: true.",
                          false);
  p["renamed_from"] = name_or_list("The state's earlier name(s): the same state with the same number; stored values "
                                   "under an old name keep parsing.",
                                   Json::array({"running", Json::array({"running", "busy"})}));
  Json j = object("A state. Its key is its wire string. Besides the keys below it sets the machine's attributes by "
                  "name; empty ('queued:') or {} sets none.",
                  std::move(p), true);
  Json value = key("The state's value of a declared attribute: true or false (bool), one of its values (enum), "
                   "text (string) or an integer (int).");
  value["type"] = types({"boolean", "string", "number"});
  j["additionalProperties"] = std::move(value);
  return j;
}

Json transition() {
  Json p = Json::object();
  p["from"] = name_or_list("Source state(s): a name, a list of names, or \"*\" (quoted) for every non-terminal "
                           "state; with override: true, every state.",
                           Json::array({"queued", Json::array({"queued", "running"}), "*"}), true);
  p["to"] = name_or_list("Target state(s): a name, a list of names, or \"*\" (quoted) for every state.",
                         Json::array({"running", Json::array({"succeeded", "failed"}), "*"}), true);
  p["on"] = name("The event that triggers the change, spelled like a state name. From one state, one event leads "
                 "to one target.",
                 kWireName, Json::array({"start"}));
  p["description"] = text("Why or when the change happens.", Json::array({"Workspace is ready."}));
  p["restore"] = boolean("Allows leaving a terminal state for a non-terminal one (terminal-exit otherwise).", false);
  p["override"] = boolean("Only with from: \"*\": the wildcard also covers the terminal states (an operator "
                          "forcing a status from anywhere).",
                          false);
  Json j = object("A transition: an edge from each state in 'from' to each state in 'to'.", std::move(p));
  j["required"] = Json::array({"from", "to"});
  j["if"] = Json{{"properties", Json{{"override", Json{{"const", true}}}}}, {"required", Json::array({"override"})}};
  j["then"] = Json{{"properties", Json{{"from", Json{{"const", "*"}}}}}};
  return j;
}

Json invariant() {
  Json p = Json::object();
  p["name"] = name("Identifier of the rule, lower_snake_case, unique within the machine; used in messages.",
                   kLowerSnake, Json::array({"collectable_means_terminal"}));
  p["assert"] = text("The rule, checked for every state: bool attributes, terminal and initial combined with !, "
                     "&&, ||, -> and ( ), enum tests (tone == danger), int comparisons (http_status >= 400), "
                     "exactly_one(...), at_most_one(...), at_least_one(...). Quote it when it starts with !.",
                     Json::array({"collectable -> terminal", "exactly_one(active, terminal)"}));
  p["description"] = text("Why the rule exists.", Json::array({"Only finished sessions may be garbage collected."}));
  Json j = object("An invariant: a rule over a state's attribute values that every state satisfies.", std::move(p));
  j["required"] = Json::array({"assert"});
  return j;
}

Json removed() {
  Json p = Json::object();
  p["number"] = wire_number("The number the state had; it stays reserved.", Json::array({5}));
  p["replaced_by"] = name("The current state that stored values of the removed state migrate to.", kWireName,
                          Json::array({"working"}));
  p["description"] = text("Why the state went away.", Json::array({"Pausing was folded into working."}));
  p["renamed_from"] = name_or_list("The names the state had before it was removed; values stored under them "
                                   "migrate like the removed name.",
                                   Json::array({"running"}));
  Json j = object("A removed state: its name and number stay reserved.", std::move(p));
  j["required"] = Json::array({"number"});
  return j;
}

}  // namespace

std::string spec_schema_text(const std::vector<TargetSchema>& target_schemas) {
  Json p = Json::object();
  Json version = key("Format version. Must be 1, written as a plain integer.");
  version["type"] = "integer";
  version["enum"] = Json::array({1});
  version["examples"] = Json::array({1});
  p["statusc"] = std::move(version);
  p["package"] = name("Dot-separated lower_snake_case segments (acme.sessions): the namespace of everything in the "
                      "file, and the default C++ namespace and protobuf package.",
                      kPackage, Json::array({"acme.sessions", "jobs"}));
  p["description"] = text("What the file is about. May span several lines.", Json::array({"Session lifecycle."}));
  p["targets"] = targets(target_schemas);
  Json machines = key("The machines (status enums), keyed by UpperCamelCase name, in declaration order. At least "
                      "one.");
  machines["type"] = "object";
  machines["minProperties"] = 1;
  machines["propertyNames"] = name_schema(kUpperCamel);
  machines["additionalProperties"] = ref("machine");
  Json job_states = Json{{"queued", nullptr}, {"done", nullptr}};
  machines["examples"] = Json::array({Json{{"JobStatus", Json{{"states", std::move(job_states)}}}}});
  p["machines"] = std::move(machines);

  Json schema = Json::object();
  schema["$schema"] = "http://json-schema.org/draft-07/schema#";
  schema["title"] = "statusc spec (format version 1)";
  schema.update(object("A status specification for statusc: status enums (machines), their states and wire "
                       "numbers, typed attributes, transitions and invariants. Reference: docs/spec-format.md. "
                       "Generated by 'statusc schema'.",
                       std::move(p)));
  schema["required"] = Json::array({"statusc", "package", "machines"});
  schema["definitions"] = Json{{"machine", machine()},     {"attribute", attribute()}, {"state", state()},
                               {"transition", transition()}, {"invariant", invariant()}, {"removed", removed()}};
  return schema.dump(2) + "\n";
}

}  // namespace statusc
