#include "parse/yaml_reader.h"

#include <algorithm>
#include <string>
#include <vector>

#include "util/suggest.h"

namespace statusc {

void YamlReader::wrong_type(const YamlNode& node, std::string_view what, std::string_view expected) {
  std::string found = node.describe();
  if (node.is_scalar()) found += " '" + for_message(node.value) + "'";
  diags_.report(DiagKind::WrongType, node.loc,
                std::string(what) + " must be " + std::string(expected) + ", found " + found);
}

bool YamlReader::expect_mapping(const YamlNode& node, std::string_view what) {
  if (node.is_mapping()) return true;
  wrong_type(node, what, "a mapping");
  return false;
}

bool YamlReader::expect_sequence(const YamlNode& node, std::string_view what) {
  if (node.is_sequence()) return true;
  wrong_type(node, what, "a list");
  return false;
}

bool YamlReader::check_keys(const YamlNode& map, std::string_view what,
                            const std::vector<std::string_view>& allowed,
                            const std::vector<std::string_view>& required, Location owner) {
  if (!expect_mapping(map, what)) return false;
  const std::vector<std::string_view>& candidates = allowed;
  std::vector<std::string> suggested;
  for (const auto& [key, value] : map.entries) {
    bool known = false;
    for (std::string_view a : allowed) known = known || key.value == a;
    if (!known) {
      std::optional<std::string> guess = closest_match(key.value, candidates);
      std::string hint;
      if (guess) {
        hint = "; did you mean '" + *guess + "'?";
      } else {
        hint = "; expected one of: ";
        for (size_t i = 0; i < candidates.size(); ++i) hint += (i ? ", " : "") + std::string(candidates[i]);
      }
      diags_.report(DiagKind::UnknownKey, key.loc, "unknown key '" + key.value + "' in " + std::string(what) + hint);
      if (guess) suggested.push_back(*guess);
    }
  }
  for (std::string_view r : required) {
    if (map.find(r) != nullptr) continue;
    if (std::find(suggested.begin(), suggested.end(), r) != suggested.end()) continue;
    diags_.report(DiagKind::MissingKey, owner.has_position() ? owner : map.loc,
                  std::string(what) + " is missing the required key '" + std::string(r) + "'");
  }
  return true;
}

std::optional<LString> YamlReader::name(const YamlNode& node, std::string_view what) {
  if (!node.is_scalar() || node.scalar_type != YamlNode::ScalarType::String || node.block) {
    wrong_type(node, what, "a name");
    return std::nullopt;
  }
  return LString{node.value, node.loc};
}

std::optional<LString> YamlReader::scalar(const YamlNode& node, std::string_view what) {
  if (!node.is_scalar()) {
    wrong_type(node, what, "a string, boolean or number");
    return std::nullopt;
  }
  return LString{node.value, node.loc};
}

std::optional<LString> YamlReader::text(const YamlNode& node, std::string_view what) {
  if (!node.is_scalar() || node.scalar_type == YamlNode::ScalarType::Bool) {
    wrong_type(node, what, node.is_scalar() ? "text (quote it if you mean the word)" : "text");
    return std::nullopt;
  }
  return LString{node.value, node.loc};
}

std::optional<Located<bool>> YamlReader::boolean(const YamlNode& node, std::string_view what) {
  if (node.is_scalar() && node.scalar_type == YamlNode::ScalarType::Bool && !node.quoted)
    return Located<bool>{node.value[0] == 't' || node.value[0] == 'T', node.loc};
  std::string expected = "true or false";
  if (node.is_scalar() && !node.quoted) {
    std::string v = node.value;
    if (v == "yes" || v == "no" || v == "on" || v == "off" || v == "y" || v == "n" ||
        v == "Yes" || v == "No" || v == "On" || v == "Off")
      expected += " (YAML 1.2 reads '" + v + "' as a string, not a boolean)";
  }
  wrong_type(node, what, expected);
  return std::nullopt;
}

std::optional<Located<int64_t>> YamlReader::integer(const YamlNode& node, std::string_view what) {
  if (!node.is_scalar() || node.quoted || node.scalar_type != YamlNode::ScalarType::Int) {
    wrong_type(node, what, "an integer");
    return std::nullopt;
  }
  std::string_view digits = node.value;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.remove_prefix(1);
  if (digits.size() > 1 && digits[0] == '0' && digits[1] >= '0' && digits[1] <= '9') {
    diags_.report(DiagKind::InvalidNumber, node.loc,
                  "'" + node.value + "' has a leading zero, which YAML 1.1 tools read as octal; write " +
                      std::to_string(*parse_core_int(node.value)) + " (or 0o" +
                      std::string(digits.substr(1)) + " for octal)");
    return std::nullopt;
  }
  std::optional<int64_t> value = parse_core_int(node.value);
  if (!value) {
    diags_.report(DiagKind::InvalidNumber, node.loc, "'" + node.value + "' is too large for " + std::string(what));
    return std::nullopt;
  }
  return Located<int64_t>{*value, node.loc};
}

bool YamlReader::key_name(const YamlNode& key, std::string_view what) {
  if (key.is_scalar() && key.scalar_type == YamlNode::ScalarType::String) return true;
  diags_.report(DiagKind::InvalidName, key.loc,
                std::string(what) + " name '" + key.value + "' reads as " + key.describe() +
                    " in YAML, so references to it would not match; choose another name");
  return false;
}

std::vector<LString> YamlReader::name_list(const YamlNode& node, std::string_view what) {
  std::vector<LString> out;
  if (node.is_sequence()) {
    if (node.items.empty())
      diags_.report(DiagKind::EmptyCollection, node.loc, std::string(what) + " must not be an empty list");
    for (const YamlNode& item : node.items)
      if (auto n = name(item, what)) out.push_back(std::move(*n));
  } else if (auto n = name(node, what)) {
    out.push_back(std::move(*n));
  }
  return out;
}

}  // namespace statusc
