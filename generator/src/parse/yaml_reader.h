#pragma once
// Typed reads from the YAML tree, each reporting a located diagnostic when
// the value has the wrong type (internal to parse/).

#include <initializer_list>
#include <optional>
#include <string_view>

#include "parse/raw_spec.h"

namespace statusc {

class YamlReader {
 public:
  explicit YamlReader(DiagnosticEngine& diags) : diags_(diags) {}

  // Reports every key of `map` that is not in `allowed` (with a suggestion)
  // and every key of `required` that is missing (at the mapping, naming
  // `what`). Returns false if `map` is not a mapping.
  // Missing keys are reported at `owner` (the name of the thing that lacks
  // them) when given, else at the mapping. A missing key that an unknown
  // key's "did you mean" already names is not reported twice.
  bool check_keys(const YamlNode& map, std::string_view what,
                  const std::vector<std::string_view>& allowed,
                  const std::vector<std::string_view>& required, Location owner = {});

  bool expect_mapping(const YamlNode& node, std::string_view what);
  bool expect_sequence(const YamlNode& node, std::string_view what);

  // A name or identifier: a non-empty plain or quoted string.
  std::optional<LString> name(const YamlNode& node, std::string_view what);
  // Any scalar, as written (strings, booleans, numbers).
  std::optional<LString> scalar(const YamlNode& node, std::string_view what);
  // Free text: strings, and numbers taken as written.
  std::optional<LString> text(const YamlNode& node, std::string_view what);
  std::optional<Located<bool>> boolean(const YamlNode& node, std::string_view what);
  std::optional<Located<int64_t>> integer(const YamlNode& node, std::string_view what);
  // A mapping key that declares a name (machine, state, attribute, removed
  // state): it must be a string, so references to it read back the same.
  bool key_name(const YamlNode& key, std::string_view what);
  // A name or a list of names (`from: a` or `from: [a, b]`).
  std::vector<LString> name_list(const YamlNode& node, std::string_view what);

  DiagnosticEngine& diags() { return diags_; }

 private:
  DiagnosticEngine& diags_;
  void wrong_type(const YamlNode& node, std::string_view what, std::string_view expected);
};

}  // namespace statusc
