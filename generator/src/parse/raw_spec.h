#pragma once
// RawSpec: the spec file's contents after the shape check, before binding.
//
// The parser guarantees only shape: known keys, required keys present,
// values of the right YAML type. Names are not yet resolved (a transition's
// `from` may name a state that does not exist); model/ binds them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include <utility>

#include "diag/source_file.h"
#include "parse/yaml_tree.h"

namespace statusc {

template <typename T>
struct Located {
  T value{};
  Location loc;
};
using LString = Located<std::string>;

// What `targets:` may hold. The code generators declare it (each emitter
// lists its options, emit/emitter.h) and the driver hands it to the parser,
// so a new target needs no parser code. Every target also takes `enabled`.
struct TargetOptionSchema {
  enum class Kind { Name, Text, Map };  // a name, free text, a mapping of scalars
  // `description` and `example` are for people: `statusc schema` shows them
  // in editors. `example` is a value as written after the key (for a Map, one
  // `key: value` entry).
  TargetOptionSchema(std::string name_, Kind kind_, std::string description_ = {}, std::string example_ = {})
      : name(std::move(name_)), kind(kind_), description(std::move(description_)), example(std::move(example_)) {}
  std::string name;
  Kind kind = Kind::Name;
  std::string description;
  std::string example;
  std::vector<std::string> choices;  // for a Name: the values it may take (none: any name)
};
struct TargetSchema {
  std::string key;   // as `targets:` spells it: "cpp", "typescript", ...
  std::vector<TargetOptionSchema> options;
  std::string description;  // what the target generates (emit/emitter.h)
};

struct RawTargetOption {
  LString name;
  std::optional<LString> value;                        // Name and Text options
  std::vector<std::pair<LString, LString>> entries;    // Map options, in file order
};

struct RawTarget {
  LString key;
  Located<bool> enabled{true, {}};
  bool enabled_given = false;            // `enabled:` written (a workspace default yields to it)
  std::vector<RawTargetOption> options;  // in file order, `enabled` excluded
};

struct RawTargets {
  bool present = false;
  std::vector<RawTarget> targets;  // in file order
};

struct RawAttribute {
  LString name;
  Location loc;                   // the attribute's mapping
  LString type{"bool", {}};       // bool | enum | string | int (checked by the builder)
  bool type_given = false;
  std::optional<LString> description;
  std::optional<LString> predicate;  // the predicate's name, when not derived
  std::vector<LString> values;    // enum only
  bool values_given = false;
  Location values_loc;
  std::optional<YamlNode> default_value;  // typed by the builder
  bool malformed = false;  // its declaration had an error (e.g. a misspelled key)
};

struct RawState {
  LString name;
  Location loc;
  std::optional<Located<int64_t>> number;
  bool number_invalid = false;  // `number:` was written but could not be read
  std::optional<LString> description;
  std::optional<Located<bool>> terminal;
  bool has_bad_terminal = false;  // `terminal:` was given but is not a bool
  std::vector<LString> renamed_from;  // earlier names of this state
  std::vector<std::pair<LString, YamlNode>> values;  // every other key, in order
};

struct RawTransition {
  Location loc;                 // the list item
  bool from_wildcard = false;   // from: "*"
  Location from_loc;
  std::vector<LString> from;
  Location to_loc;
  bool to_wildcard = false;     // to: "*"
  std::vector<LString> to;
  std::optional<LString> on;
  std::optional<LString> description;
  std::optional<Located<bool>> restore;
  std::optional<Located<bool>> override_all;  // `override: true`: "*" covers terminal states too
};

struct RawInvariant {
  Location loc;
  std::optional<LString> name;
  LString assert_text;
  Location assert_text_start;  // where the expression's first character is
  // The text appears verbatim on one line from assert_text_start, so an
  // offset into it is a column. Multi-line and escaped scalars are not.
  bool assert_text_exact = false;
  std::optional<LString> description;
};

struct RawRemoved {
  LString name;
  Location loc;
  std::optional<Located<int64_t>> number;
  std::optional<LString> replaced_by;
  std::optional<LString> description;
  std::vector<LString> renamed_from;  // earlier names of the state before it was removed
};

struct RawMachine {
  LString name;
  Location loc;
  std::optional<LString> description;
  std::optional<LString> proto_prefix;
  std::optional<Located<bool>> cyclic;
  bool initial_given = false;
  Location initial_loc;
  std::vector<LString> initial;
  std::vector<RawAttribute> attributes;
  std::vector<RawState> states;
  bool transitions_given = false;
  bool transitions_malformed = false;  // an item could not be read in full
  Location transitions_loc;
  std::vector<RawTransition> transitions;
  std::vector<RawInvariant> invariants;
  std::vector<RawRemoved> removed;
  std::vector<std::string> rejected_names;  // state/attribute keys refused by the parser
};

struct RawSpec {
  const SourceFile* file = nullptr;
  Located<int64_t> version;
  LString package;
  std::optional<LString> description;
  RawTargets targets;
  Location machines_loc;  // the `machines` key
  std::vector<RawMachine> machines;
};

// Checks the shape of a loaded YAML tree and returns the RawSpec. Reports
// every shape problem (unknown-key with suggestions, missing-key, wrong-type,
// unsupported-version, empty-collection); returns nullopt if the tree is too
// broken to bind (for instance no `machines` mapping at all).
std::optional<RawSpec> parse_spec(const YamlNode& root, const SourceFile& file, DiagnosticEngine& diags,
                                  const std::vector<TargetSchema>& targets);

// Loads and shape-checks a file: load_yaml + parse_spec.
std::optional<RawSpec> parse(const SourceFile& file, DiagnosticEngine& diags,
                             const std::vector<TargetSchema>& targets);

}  // namespace statusc
