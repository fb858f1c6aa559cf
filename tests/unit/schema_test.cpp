// The JSON Schema of the spec format (`statusc schema`, committed as
// schema/statusc.schema.json) against the parser and the checks:
//  - the committed file is the command's output (UPDATE_GOLDEN=1 rewrites it);
//  - at every mapping of the format, the keys the parser accepts are the
//    keys the schema lists: the parser's own list comes from its unknown-key
//    diagnostic ("expected one of: ..."), so a key added to the parser and
//    not to the schema, or the reverse, fails here;
//  - the name patterns are the checks' naming rules;
//  - every key has a description and examples, and targets come from the
//    emitter registry.
// tests/schema/ validates the specs of the repository with ajv.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <functional>
#include <regex>
#include <set>
#include <sstream>

#include "diag/diagnostic.h"
#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "naming/naming.h"
#include "schema/spec_schema.h"
#include "test_support.h"

using namespace statusc;
using Json = nlohmann::json;
using Pointer = Json::json_pointer;

namespace {

const Json& schema() {
  static const Json parsed = Json::parse(spec_schema_text(target_schemas()));
  return parsed;
}

// A valid spec with one of each mapping the format has, as JSON, which is
// also YAML (flow style).
Json base_spec() {
  return Json::parse(R"({
    "statusc": 1,
    "package": "acme.jobs",
    "targets": {},
    "machines": {
      "JobStatus": {
        "initial": "queued",
        "attributes": {"flag": {"default": false}},
        "states": {"queued": {}, "done": {"terminal": true}},
        "transitions": [{"from": "queued", "to": "done", "on": "finish"}],
        "invariants": [{"assert": "flag -> terminal"}],
        "removed": {"paused": {"number": 5, "replaced_by": "queued"}}
      }
    }
  })");
}

struct Compiled {
  std::vector<Diagnostic> diags;
  std::string shown;
  std::vector<const Diagnostic*> of(DiagKind kind) const {
    std::vector<const Diagnostic*> out;
    for (const Diagnostic& d : diags)
      if (d.kind == kind) out.push_back(&d);
    return out;
  }
};

Compiled compile(const Json& spec) {
  SourceFile file("schema_test.yaml", spec.dump(2) + "\n");
  DiagnosticEngine engine;
  compile_spec(file, engine);
  std::ostringstream shown;
  render(shown, engine, RenderOptions{false});
  return Compiled{{engine.diagnostics().begin(), engine.diagnostics().end()}, shown.str()};
}

// A mapping of the format: where it sits in a spec, and its schema.
struct Mapping {
  std::string spec;    // JSON pointer into base_spec()
  std::string schema;  // JSON pointer into the schema, to an object schema with `properties`
};

std::vector<Mapping> mappings() {
  std::vector<Mapping> out = {
      {"", ""},
      {"/targets", "/properties/targets"},
      {"/machines/JobStatus", "/definitions/machine"},
      {"/machines/JobStatus/attributes/flag", "/definitions/attribute"},
      {"/machines/JobStatus/transitions/0", "/definitions/transition"},
      {"/machines/JobStatus/invariants/0", "/definitions/invariant"},
      {"/machines/JobStatus/removed/paused", "/definitions/removed"},
  };
  for (const TargetSchema& t : target_schemas())
    out.push_back({"/targets/" + t.key, "/properties/targets/properties/" + t.key});
  return out;
}
// States take their machine's attributes as keys besides their own, so an
// unknown key there is unknown-attribute (from the model), not unknown-key.
const Mapping kState{"/machines/JobStatus/states/queued", "/definitions/state"};

std::set<std::string> schema_keys(const std::string& pointer) {
  std::set<std::string> keys;
  for (const auto& [key, value] : schema().at(Pointer(pointer)).at("properties").items()) keys.insert(key);
  return keys;
}

// Every object schema with `properties`, outside conditions (if/then/else,
// allOf), with the pointer to it: the mappings a spec can hold.
void object_schemas(const Json& node, const std::string& pointer, std::set<std::string>& out) {
  if (!node.is_object()) return;
  if (node.contains("properties")) {
    out.insert(pointer);
    for (const auto& [key, value] : node["properties"].items())
      object_schemas(value, pointer + "/properties/" + key, out);
  }
  for (const char* child : {"additionalProperties", "items"})
    if (node.contains(child)) object_schemas(node[child], pointer + "/" + child, out);
  if (node.contains("definitions"))
    for (const auto& [key, value] : node["definitions"].items())
      object_schemas(value, pointer + "/definitions/" + key, out);
}

// The keys the parser lists when it meets a key it does not know.
std::set<std::string> parser_keys(const Mapping& m) {
  Json spec = base_spec();
  spec[Pointer(m.spec)]["qqqqqqqqqqqq"] = 1;
  Compiled c = compile(spec);
  INFO(c.shown);
  auto unknown = c.of(DiagKind::UnknownKey);
  REQUIRE(unknown.size() == 1);
  const std::string& message = unknown[0]->message;
  const std::string marker = "; expected one of: ";
  size_t at = message.find(marker);
  REQUIRE(at != std::string::npos);
  std::set<std::string> keys;
  std::istringstream list(message.substr(at + marker.size()));
  for (std::string key; std::getline(list, key, ',');) keys.insert(key.substr(key.find_first_not_of(' ')));
  return keys;
}

Json first_example(const std::string& schema_pointer, const std::string& key) {
  const Json& property = schema().at(Pointer(schema_pointer)).at("properties").at(key);
  REQUIRE(property.contains("examples"));
  return property["examples"][0];
}

}  // namespace

TEST_CASE("schema/statusc.schema.json is the output of 'statusc schema'", "[schema][golden]") {
  std::string out;
  REQUIRE(test::run(std::string(STATUSC_BINARY) + " schema 2>&1", out) == 0);
  CHECK(out == spec_schema_text(target_schemas()));
  const std::string path = test::source_path("schema/statusc.schema.json");
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") test::write_file(path, out);
  INFO("run 'statusc schema > schema/statusc.schema.json' (or UPDATE_GOLDEN=1) and review the diff");
  CHECK(test::read_file(path) == out);
}

TEST_CASE("the base spec of the schema tests is valid", "[schema]") {
  Compiled c = compile(base_spec());
  INFO(c.shown);
  CHECK(c.diags.empty());
}

TEST_CASE("the schema describes every mapping of the format", "[schema]") {
  std::set<std::string> found;
  object_schemas(schema(), "", found);
  std::set<std::string> expected{kState.schema};
  for (const Mapping& m : mappings()) expected.insert(m.schema);
  CHECK(found == expected);
}

TEST_CASE("at every mapping, the parser accepts exactly the keys of the schema", "[schema]") {
  for (const Mapping& m : mappings()) {
    DYNAMIC_SECTION(m.schema) {
      CHECK(parser_keys(m) == schema_keys(m.schema));
      for (const std::string& key : schema_keys(m.schema)) {
        INFO("key '" << key << "' with its first example");
        Json spec = base_spec();
        spec[Pointer(m.spec)][key] = first_example(m.schema, key);
        Compiled c = compile(spec);
        INFO(c.shown);
        CHECK(c.of(DiagKind::UnknownKey).empty());
        CHECK(c.of(DiagKind::WrongType).empty());
      }
    }
  }
}

TEST_CASE("a state accepts exactly the schema's state keys besides attributes", "[schema]") {
  const std::set<std::string> own = schema_keys(kState.schema);
  // Every key the format uses anywhere, and every reserved attribute name:
  // none of them may be a built-in state key unless the schema says so.
  std::set<std::string> candidates{"qqqqqqqqqqqq"};
  std::set<std::string> objects;
  object_schemas(schema(), "", objects);
  for (const std::string& pointer : objects)
    for (const std::string& key : schema_keys(pointer)) candidates.insert(key);
  for (const Json& name : schema().at(Pointer("/definitions/machine/properties/attributes/propertyNames/not/enum")))
    candidates.insert(name.get<std::string>());
  for (const std::string& key : candidates) {
    INFO("state key '" << key << "'");
    Json spec = base_spec();
    const bool built_in = own.count(key) != 0;
    spec[Pointer(kState.spec)][key] = built_in ? first_example(kState.schema, key) : Json(true);
    Compiled c = compile(spec);
    INFO(c.shown);
    CHECK(c.of(DiagKind::UnknownKey).empty());
    if (built_in) {
      CHECK(c.of(DiagKind::UnknownAttribute).empty());
      CHECK(c.of(DiagKind::WrongType).empty());
    } else {
      CHECK(c.of(DiagKind::UnknownAttribute).size() == 1);
    }
  }
}

TEST_CASE("the schema's reserved attribute names are the model's", "[schema]") {
  std::set<std::string> reserved;
  for (const Json& name : schema().at(Pointer("/definitions/machine/properties/attributes/propertyNames/not/enum")))
    reserved.insert(name.get<std::string>());
  std::set<std::string> candidates = reserved;
  for (const char* other : {"active", "tone", "enabled", "states", "label", "on", "from", "to", "override", "name",
                            "assert", "values", "default", "type", "predicate", "package", "replaced_by"})
    candidates.insert(other);
  for (const std::string& name : candidates) {
    INFO("attribute '" << name << "'");
    Json spec = base_spec();
    spec[Pointer("/machines/JobStatus/attributes")][name] = Json::object({{"default", false}});
    Compiled c = compile(spec);
    INFO(c.shown);
    CHECK(c.of(DiagKind::ReservedName).size() == reserved.count(name));
  }
}

TEST_CASE("the schema's name patterns are the naming rules of the checks", "[schema]") {
  auto pattern = [](const std::string& pointer) {
    return std::regex(schema().at(Pointer(pointer)).get<std::string>());
  };
  auto package = [](const std::string& p) {
    if (p.empty() || p.back() == '.') return false;
    std::istringstream segments(p);
    for (std::string s; std::getline(segments, s, '.');)
      if (!naming::is_lower_snake(s)) return false;
    return true;
  };
  struct Rule {
    std::string pointer;
    std::function<bool(const std::string&)> accepts;
  };
  const std::vector<Rule> rules = {
      {"/properties/package/pattern", package},
      {"/properties/machines/propertyNames/pattern", [](const std::string& s) { return naming::is_upper_camel(s); }},
      {"/definitions/machine/properties/proto_prefix/pattern",
       [](const std::string& s) { return naming::is_upper_snake(s); }},
      {"/definitions/machine/properties/attributes/propertyNames/pattern",
       [](const std::string& s) { return naming::is_lower_snake(s); }},
      {"/definitions/machine/properties/states/propertyNames/pattern",
       [](const std::string& s) { return naming::is_wire_name(s); }},
  };
  // Every string of up to four characters from an alphabet that hits each
  // rule's corners, and a few real names.
  const std::string alphabet = "aZ0_-.";
  std::vector<std::string> samples{"in_progress", "IN_PROGRESS", "CrashLoopBackOff", "shutting-down", "acme.sessions",
                                   "SESSION_STATUS", "HTTPStatus", "v2Api", "a__b", "a--b", "a_-b", "_a", "a_"};
  std::vector<std::string> level{""};
  for (int length = 1; length <= 4; ++length) {
    std::vector<std::string> next;
    for (const std::string& s : level)
      for (char c : alphabet) next.push_back(s + c);
    samples.insert(samples.end(), next.begin(), next.end());
    level = std::move(next);
  }
  for (const Rule& rule : rules) {
    std::regex re = pattern(rule.pointer);
    for (const std::string& s : samples) {
      INFO(rule.pointer << " on '" << s << "'");
      CHECK(std::regex_search(s, re) == rule.accepts(s));
    }
  }
  // Every other pattern in the schema is one of these.
  std::set<std::string> known;
  for (const Rule& rule : rules) known.insert(schema().at(Pointer(rule.pointer)).get<std::string>());
  std::function<void(const Json&)> walk = [&](const Json& node) {
    if (node.is_object() && node.contains("pattern")) CHECK(known.count(node["pattern"].get<std::string>()) == 1);
    if (node.is_structured())
      for (const Json& child : node) walk(child);
  };
  walk(schema());
}

TEST_CASE("every key of the schema has a description and examples", "[schema]") {
  std::set<std::string> objects;
  object_schemas(schema(), "", objects);
  for (const std::string& pointer : objects) {
    const Json& object = schema().at(Pointer(pointer));
    INFO(pointer);
    CHECK(!object.value("description", "").empty());
    for (const auto& [key, property] : object.at("properties").items()) {
      INFO("key '" << key << "'");
      CHECK(!property.value("description", "").empty());
      CHECK(property.contains("examples"));
      CHECK(!property.value("examples", Json::array()).empty());
      if (property.value("type", Json()) == "boolean") CHECK(property.contains("default"));
    }
  }
}

TEST_CASE("the schema's targets are the emitter registry's", "[schema]") {
  std::set<std::string> registered;
  for (const TargetSchema& t : target_schemas()) {
    registered.insert(t.key);
    INFO("target '" << t.key << "': give its emitter a description() and each option a description and example");
    CHECK(!t.description.empty());
    for (const TargetOptionSchema& option : t.options) {
      INFO("option '" << option.name << "'");
      CHECK(!option.description.empty());
      CHECK(!option.example.empty());
    }
  }
  CHECK(schema_keys("/properties/targets") == registered);

  // A target the registry does not have yet appears with its options.
  std::vector<TargetSchema> more = target_schemas();
  more.push_back(TargetSchema{"cobol",
                              {{"division", TargetOptionSchema::Kind::Name, "The division.", "DATA"},
                               {"banner", TargetOptionSchema::Kind::Text, "A banner.", "Hello"},
                               {"flags", TargetOptionSchema::Kind::Map, "Flags.", "free_format: true"}},
                              "A COBOL copybook."});
  const Json extended = Json::parse(spec_schema_text(more));
  const Json& cobol = extended.at(Pointer("/properties/targets/properties/cobol"));
  CHECK(cobol["description"].get<std::string>().rfind("A COBOL copybook.", 0) == 0);
  CHECK(cobol["properties"]["enabled"]["default"] == true);
  CHECK(cobol["properties"]["division"]["type"] == "string");
  CHECK(cobol["properties"]["banner"]["type"] == Json::array({"string", "number"}));
  CHECK(cobol["properties"]["flags"]["examples"][0] == Json::object({{"free_format", "true"}}));
}
