#pragma once
// The bound model: what checks prove and emitters generate from.
//
// Everything is in declaration order (vectors), names are resolved to
// indices, defaults are applied and `from: "*"` is expanded. Every node keeps
// the Location of the text it came from.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/source_file.h"
#include "expr/expr.h"

namespace statusc {

// Name -> index lookup for declarations kept in a vector. Owning keys, so
// copies stay valid; the transparent hash lets string_views look up without
// allocating.
class NameIndex {
 public:
  template <typename T>
  void rebuild(const std::vector<T>& items) {
    index_.clear();
    index_.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) index_.emplace(items[i].name, static_cast<int>(i));
  }
  int find(std::string_view name) const {
    auto it = index_.find(name);
    return it == index_.end() ? -1 : it->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, Hash, std::equal_to<>> index_;
};

enum class AttrType { Bool, Enum, String, Int };
// "bool", "enum", "string" or "int", as the spec's `type:` writes it.
const char* attr_type_name(AttrType t);

struct Attribute {
  std::string name;
  Location loc;
  AttrType type = AttrType::Bool;
  bool builtin = false;          // `terminal`
  bool malformed = false;        // its declaration had an error; values are not checked
  std::string description;
  std::vector<std::string> values;  // Enum: allowed values in order
  std::vector<Location> value_locs;
  // The predicate of a bool attribute (`is_active`, `can_send`): the
  // attribute's own name when it starts with a question word, else is_ +
  // its name; `predicate:` overrides it. Empty for other types.
  std::string predicate;
  bool predicate_given = false;
  Location predicate_loc;
  bool has_default = false;
  std::int64_t default_int = 0;  // Bool: 0/1; Enum: value index; Int: the value
  std::string default_text;      // String
  Location default_loc;
};

// One state's value of one attribute.
struct AttrValue {
  bool set = false;   // written in the state (not taken from the default)
  std::int64_t as_int = 0;  // Bool: 0/1; Enum: value index; Int: the value
  std::string text;   // String
  Location loc;       // the value in the state, or the state name if unset
};

struct State {
  std::string name;
  Location loc;
  int number = 0;
  bool number_known = false;  // false after a rejected number (and the implicit ones after it)
  bool number_given = false;
  Location number_loc;
  std::string description;
  bool initial = false;
  std::vector<AttrValue> values;  // one per Machine::attributes entry
  // Names this state had in earlier versions (`renamed_from`): same state,
  // same number; generated parse and migrate functions still accept them.
  std::vector<std::string> renamed_from;
  std::vector<Location> renamed_from_locs;

  bool terminal() const { return values[0].as_int != 0; }  // attribute 0 is `terminal`
};

struct Event {
  std::string name;
  Location loc;  // first use
};

// One edge after expansion: `from: [a, b]`, `to: [c, d]` gives four.
struct Transition {
  int from = -1;
  int to = -1;
  int event = -1;           // index into Machine::events, -1 when unnamed
  bool restore = false;
  bool from_wildcard = false;
  bool override_edge = false;  // from an `override: true` wildcard
  std::string description;
  Location loc;             // the transition's list item
  Location from_loc;        // the name in `from` (or the "*")
  Location to_loc;          // the name in `to`
  Location restore_loc;
};

struct Invariant {
  std::string name;  // may be empty
  Location loc;
  Location name_loc;
  std::string description;
  expr::Expr expr;   // bound; slots as described by Machine::symbol_slots
};

struct Removed {
  std::string name;
  Location loc;
  int number = 0;
  bool number_known = false;
  Location number_loc;
  int replaced_by = -1;  // state index, -1 when not given
  Location replaced_by_loc;
  std::string description;
  // Names the state had before it was removed (`renamed_from`): stored
  // values in those spellings migrate like the removed name itself.
  std::vector<std::string> renamed_from;
  std::vector<Location> renamed_from_locs;
};

struct Machine {
  std::string name;
  Location loc;
  std::string description;
  std::string proto_prefix;     // explicit or UPPER_SNAKE of the name
  bool proto_prefix_given = false;
  Location proto_prefix_loc;
  std::vector<int> initial;     // state indices
  std::vector<Location> initial_locs;  // each name in `initial`
  Location initial_loc;
  bool has_transitions = false; // a vocabulary when false
  bool cyclic = false;          // `cyclic: true`: meant to have no terminal state
  Location cyclic_loc;
  // Set when a state name in `initial`/`from`/`to` did not resolve or a
  // `terminal` value was mistyped: the graph is then partly unknown, and its
  // properties are not checked, so one mistake gives one error.
  bool graph_incomplete = false;
  std::vector<Attribute> attributes;  // [0] is the built-in `terminal`
  std::vector<State> states;
  std::vector<Event> events;
  std::vector<Transition> transitions;
  std::vector<Invariant> invariants;
  std::vector<Removed> removed;
  // Declared names that were refused (reserved or bad attributes, state and
  // attribute keys that are not strings): using them is not another error.
  std::vector<std::string> rejected_names;

  // Invariant evaluation: slot i is attribute i, slot attributes.size() is
  // `initial`. Fills `slots` for state `s`.
  void symbol_slots(int s, std::vector<std::int64_t>& slots) const;
  // The names invariants may use: every attribute (slot = its index), then
  // `initial`.
  expr::SymbolTable symbols() const;
  // -1 when absent; O(1). Valid once the builder has indexed the vector.
  int find_state(std::string_view name) const { return state_index.find(name); }
  int find_attribute(std::string_view name) const { return attribute_index.find(name); }

  NameIndex state_index;      // rebuilt by the builder after `states` is filled
  NameIndex attribute_index;  // likewise for `attributes`
};

// One option of a target under `targets:`, as written (`enabled` aside).
struct TargetOption {
  std::string name;
  Location loc;           // the option's key
  std::string value;      // a name or text option
  Location value_loc;
  std::vector<std::pair<std::string, std::string>> entries;  // a map option, in file order
  std::vector<Location> entry_locs;                         // each entry's key
};

// One entry of `targets:`. Each emitter declares the options it reads.
struct TargetSettings {
  std::string key;        // "cpp", "typescript", ...
  Location loc;           // the key
  bool enabled = true;
  Location enabled_loc;   // `enabled`'s value, else the key
  std::vector<TargetOption> options;
  const TargetOption* option(std::string_view name) const;
};

struct Targets {
  std::vector<TargetSettings> given;  // the `targets:` entries, in file order
  // A target is on unless its entry says `enabled: false`.
  bool enabled(std::string_view key) const;
  const TargetSettings* find(std::string_view key) const;
  // A name or text option's value; nullptr when not given.
  const TargetOption* option(std::string_view key, std::string_view name) const;

  // The settings the checks and `statusc diff` depend on, resolved with
  // their defaults (from the spec's package) by the builder.
  bool cpp = true, proto = true;
  std::string cpp_namespace;   // "acme::sessions"
  bool cpp_namespace_given = false;
  Location cpp_namespace_loc;
  std::string proto_package;   // "acme.sessions.v1"
  bool proto_package_given = false;
  Location proto_package_loc;
  std::vector<std::pair<std::string, std::string>> proto_options;
  std::vector<Location> proto_option_locs;
};

struct Spec {
  const SourceFile* file = nullptr;
  std::string package;
  Location package_loc;
  std::string description;
  Targets targets;
  Location machines_loc;  // the `machines` key
  std::vector<Machine> machines;
};

struct RawSpec;
class DiagnosticEngine;

// Binds a RawSpec: resolves state, attribute and event names, types
// attribute values, applies defaults, expands "*", compiles invariants.
// Reports unknown-state, unknown-attribute, invalid-enum-value, wrong-type,
// invalid-value, reserved-name and the expression diagnostics. Returns
// nullopt only when a machine cannot be modelled at all; the checks run on
// whatever was built.
std::optional<Spec> build(const RawSpec& raw, DiagnosticEngine& diags);

}  // namespace statusc
