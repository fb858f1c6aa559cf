// Attribute declarations, and the typed value of each attribute in a state.
#include <algorithm>
#include <unordered_set>

#include "model/builder_internal.h"
#include "parse/yaml_reader.h"
#include "util/suggest.h"

namespace statusc {
namespace {

// Names an attribute cannot take, and why.
struct ReservedName {
  std::string_view name;
  std::string_view reason;
};
constexpr ReservedName kReservedAttributeNames[] = {
    {"terminal", "it is the built-in bool attribute of every machine"},
    {"number", "it is a built-in key of states (the wire number)"},
    {"description", "it is a built-in key of states"},
    {"renamed_from", "it is a built-in key of states (earlier names)"},
    {"initial", "invariants use it for initial states"},
    {"restore", "it is a key of transitions"},
    {"true", "it is a literal in invariants"},
    {"false", "it is a literal in invariants"},
    {"exactly_one", "it is a function in invariants"},
    {"at_most_one", "it is a function in invariants"},
    {"at_least_one", "it is a function in invariants"},
};

// Int attribute values are exact in every target: JavaScript numbers hold
// integers exactly up to 2^53 - 1.
constexpr std::int64_t kMaxSafeInt = (std::int64_t{1} << 53) - 1;

// An attribute whose name already asks the question keeps it as its
// predicate: `can_send(s)` reads better than `is_can_send(s)`.
constexpr std::string_view kQuestionWords[] = {"is_", "has_", "can_", "should_", "needs_", "may_", "was_"};

std::string derived_predicate(const std::string& name) {
  for (std::string_view q : kQuestionWords)
    if (name.size() > q.size() && name.compare(0, q.size(), q) == 0) return name;
  return "is_" + name;
}

std::string list_values(const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + values[i];
  return out;
}

// Types `node` as a value of attribute `a`; false (with a diagnostic) if it
// is not one.
bool read_value(const Attribute& a, const YamlNode& node, std::string_view what, DiagnosticEngine& diags,
                std::int64_t& as_int, std::string& text) {
  YamlReader r(diags);
  switch (a.type) {
    case AttrType::Bool:
      if (auto b = r.boolean(node, what)) {
        as_int = b->value ? 1 : 0;
        return true;
      }
      return false;
    case AttrType::Int:
      if (auto n = r.integer(node, what)) {
        if (n->value < -kMaxSafeInt || n->value > kMaxSafeInt) {
          diags.report(DiagKind::InvalidValue, node.loc,
                       std::string(what) + " is " + std::to_string(n->value) + ", outside the int range -" +
                           std::to_string(kMaxSafeInt) + ".." + std::to_string(kMaxSafeInt) +
                           " (the integers every target, JavaScript included, holds exactly)");
          return false;
        }
        as_int = n->value;
        return true;
      }
      return false;
    case AttrType::String:
      if (auto t = r.text(node, what)) {
        text = t->value;
        return true;
      }
      return false;
    case AttrType::Enum: {
      auto n = r.name(node, what);
      if (!n) return false;
      auto it = std::find(a.values.begin(), a.values.end(), n->value);
      if (it == a.values.end()) {
        std::string hint = did_you_mean(n->value, a.values);
        if (hint.empty()) hint = "; expected one of: " + list_values(a.values);
        diags.report(DiagKind::InvalidEnumValue, node.loc,
                     "'" + n->value + "' is not a value of enum attribute '" + a.name + "'" + hint)
            .note(a.loc, "'" + a.name + "' is declared here");
        return false;
      }
      as_int = static_cast<int>(it - a.values.begin());
      return true;
    }
  }
  return false;
}

Attribute build_attribute(const RawAttribute& ra, DiagnosticEngine& diags, bool& ok) {
  Attribute a;
  a.name = ra.name.value;
  a.loc = ra.loc;
  if (ra.description) a.description = ra.description->value;
  a.malformed = ra.malformed;
  const std::string& type = ra.type.value;
  if (type == "bool") {
    a.type = AttrType::Bool;
  } else if (type == "enum") {
    a.type = AttrType::Enum;
  } else if (type == "string") {
    a.type = AttrType::String;
  } else if (type == "int") {
    a.type = AttrType::Int;
  } else {
    static const std::vector<std::string> kTypes = {"bool", "enum", "string", "int"};
    diags.report(DiagKind::InvalidValue, ra.type.loc,
                 "unknown attribute type '" + type + "'; expected bool, enum, string or int" +
                     did_you_mean(type, kTypes));
    ok = false;
    return a;
  }
  if (a.type == AttrType::Enum) {
    if (!ra.values_given) {
      diags.report(DiagKind::MissingKey, ra.loc,
                   "enum attribute '" + a.name + "' is missing the required key 'values'");
      ok = false;
    } else if (ra.values.empty()) {
      diags.report(DiagKind::EmptyCollection, ra.values_loc,
                   "enum attribute '" + a.name + "' must list at least one value");
      ok = false;
    }
    std::unordered_set<std::string> seen;
    for (const LString& v : ra.values) {
      if (!seen.insert(v.value).second) {
        diags.report(DiagKind::DuplicateName, v.loc,
                     "value '" + v.value + "' is listed twice in enum attribute '" + a.name + "'");
        continue;
      }
      a.values.push_back(v.value);
      a.value_locs.push_back(v.loc);
    }
  } else if (ra.values_given) {
    diags.report(DiagKind::InvalidValue, ra.values_loc,
                 "only enum attributes take 'values'; '" + a.name + "' is of type " + type +
                     (ra.type_given ? "" : " (add 'type: enum')"));
    // Its states' values were written for the attribute the user meant;
    // checking them against this one would only repeat the mistake.
    a.malformed = true;
  }
  if (ra.predicate) {
    a.predicate_given = true;
    a.predicate_loc = ra.predicate->loc;
    if (a.type == AttrType::Bool) {
      a.predicate = ra.predicate->value;
    } else {
      diags.report(DiagKind::InvalidValue, ra.predicate->loc,
                   "only bool attributes have a predicate; '" + a.name + "' is of type " + type +
                       ", so remove 'predicate'");
    }
  } else if (a.type == AttrType::Bool) {
    a.predicate = derived_predicate(a.name);
  }
  if (ra.default_value && ok && !a.malformed) {
    a.has_default = read_value(a, *ra.default_value, "the default of '" + a.name + "'", diags, a.default_int,
                               a.default_text);
    a.default_loc = ra.default_value->loc;
    // A bad default is reported; treat the attribute as defaulted anyway so
    // every state does not also get a missing-attribute error.
    if (!a.has_default) a.has_default = true;
  }
  if (a.malformed) a.has_default = true;  // e.g. `defualt: false`: no cascade of missing-attribute
  return a;
}

}  // namespace

const char* attr_type_name(AttrType t) {
  switch (t) {
    case AttrType::Bool: return "bool";
    case AttrType::Enum: return "enum";
    case AttrType::String: return "string";
    case AttrType::Int: return "int";
  }
  return "bool";
}

void build_attributes(const RawMachine& raw, Machine& m, DiagnosticEngine& diags) {
  Attribute terminal;
  terminal.name = "terminal";
  terminal.loc = raw.loc;
  terminal.builtin = true;
  terminal.has_default = true;
  terminal.description = "The state is final: the lifecycle has ended.";
  terminal.predicate = "is_terminal";
  m.attributes.push_back(std::move(terminal));

  for (const RawAttribute& ra : raw.attributes) {
    const ReservedName* reserved = nullptr;
    for (const ReservedName& r : kReservedAttributeNames)
      if (r.name == ra.name.value) reserved = &r;
    if (reserved != nullptr) {
      diags.report(DiagKind::ReservedName, ra.name.loc,
                   "'" + ra.name.value + "' cannot be declared as an attribute: " + std::string(reserved->reason));
      m.rejected_names.push_back(ra.name.value);
      continue;
    }
    bool ok = true;
    Attribute a = build_attribute(ra, diags, ok);
    if (ok) m.attributes.push_back(std::move(a));
    else m.rejected_names.push_back(ra.name.value);
  }
  m.attribute_index.rebuild(m.attributes);
}

void build_state_values(const RawState& raw, Machine& m, State& state, DiagnosticEngine& diags) {
  state.values.resize(m.attributes.size());
  for (size_t i = 0; i < m.attributes.size(); ++i) {
    const Attribute& a = m.attributes[i];
    AttrValue& v = state.values[i];
    v.loc = raw.loc;
    v.as_int = a.default_int;
    v.text = a.default_text;
  }
  if (raw.has_bad_terminal) m.graph_incomplete = true;
  if (raw.terminal) {
    state.values[0].set = true;
    state.values[0].as_int = raw.terminal->value ? 1 : 0;
    state.values[0].loc = raw.terminal->loc;
  }
  for (const auto& [key, node] : raw.values) {
    int index = m.find_attribute(key.value);
    if (index < 0 && std::find(m.rejected_names.begin(), m.rejected_names.end(), key.value) !=
                         m.rejected_names.end())
      continue;  // its declaration was already reported
    if (index < 0) {
      std::vector<std::string> candidates = {"number", "description"};
      for (const Attribute& a : m.attributes) candidates.push_back(a.name);
      std::optional<std::string> guess = closest_match(key.value, candidates);
      diags.report(DiagKind::UnknownAttribute, key.loc,
                   "state '" + state.name + "' sets '" + key.value + "', which is not an attribute of machine '" +
                       m.name + "'" + (guess ? "; did you mean '" + *guess + "'?" : std::string()));
      // A misspelled attribute is not also a missing one: one mistake, one error.
      if (int meant = guess ? m.find_attribute(*guess) : -1; meant >= 0)
        state.values[static_cast<size_t>(meant)].set = true;
      continue;
    }
    const Attribute& a = m.attributes[static_cast<size_t>(index)];
    AttrValue& v = state.values[static_cast<size_t>(index)];
    v.set = true;  // even when mistyped: the error is the type, not a gap
    v.loc = node.loc;
    if (a.malformed) continue;  // its declaration's error says what is wrong
    read_value(a, node, "attribute '" + a.name + "'", diags, v.as_int, v.text);
  }
}

}  // namespace statusc
