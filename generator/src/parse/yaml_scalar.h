#pragma once
// YAML 1.2 core-schema scalar resolution (internal to parse/).

#include <optional>
#include <string_view>

#include "parse/yaml_tree.h"

namespace statusc {

bool is_core_null(std::string_view s);
std::optional<bool> core_bool(std::string_view s);
bool is_core_float(std::string_view s);
// Matches the core-schema integer forms, whatever the magnitude.
bool is_core_int_syntax(std::string_view s);
YamlNode::ScalarType resolve_plain(std::string_view s);

}  // namespace statusc
