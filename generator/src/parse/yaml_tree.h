#pragma once
// A located YAML tree built by statusc itself from yaml-cpp's event parser.
//
// yaml-cpp's node API hides too much for a compiler (duplicate keys, shared
// aliases, YAML 1.1 booleans, missing positions), so load_yaml() drives
// `YAML::Parser` with its own EventHandler and keeps exactly what the spec
// format needs: plain or quoted scalars resolved by YAML 1.2 core-schema
// rules, sequences, mappings in source order, and a Location on every node.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace statusc {

struct YamlEntry;

struct YamlNode {
  enum class Kind { Null, Scalar, Sequence, Mapping };
  // How a scalar resolves under the YAML 1.2 core schema. Quoted scalars are
  // always String; only `true`/`false` (any case variant the schema allows)
  // are Bool, so `on`, `yes` and `no` stay strings.
  enum class ScalarType { String, Bool, Int, Float };

  Kind kind = Kind::Null;
  ScalarType scalar_type = ScalarType::String;
  Location loc;
  std::string value;    // Scalar: the text after YAML unescaping
  bool quoted = false;  // Scalar: written in quotes
  bool block = false;   // Scalar: a `|` or `>` block scalar (multi-line text)
  std::vector<YamlNode> items;                           // Sequence
  // Mapping, in order. A struct of its own, not std::pair<YamlNode,
  // YamlNode>: pair's traits need a complete YamlNode, which clang with
  // libstdc++ 12 rejects inside YamlNode's own definition.
  std::vector<YamlEntry> entries;

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_mapping() const { return kind == Kind::Mapping; }

  // Mapping lookup by key (keys are unique once loaded).
  const YamlNode* find(std::string_view key) const;
  // "a string", "an integer", "a mapping", ... for messages.
  std::string describe() const;
};

struct YamlEntry {
  YamlNode key;
  YamlNode value;
};

struct YamlLimits {
  size_t max_bytes = 16u << 20;  // 16 MiB: far beyond any real spec
  int max_depth = 64;            // the format nests 6 deep; 64 leaves room
};

// Parses `file` as a single YAML document. Reports every problem it can
// (encoding, bidi characters, syntax, duplicate keys, anchors, aliases,
// tags, merge keys, extra documents, depth) and returns nullopt if any of
// them is an error. Never throws.
std::optional<YamlNode> load_yaml(const SourceFile& file, DiagnosticEngine& diags,
                                  const YamlLimits& limits = {});

// YAML 1.2 core-schema integer: decimal, 0o octal, 0x hex, with sign.
// Returns nullopt if `text` is not such an integer or overflows int64.
std::optional<int64_t> parse_core_int(std::string_view text);

}  // namespace statusc
