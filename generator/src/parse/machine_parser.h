#pragma once
// Shape check of one machine (internal to parse/).

#include "parse/raw_spec.h"
#include "parse/yaml_reader.h"

namespace statusc {

std::optional<RawMachine> parse_machine(YamlReader& r, const YamlNode& key, const YamlNode& value);

}  // namespace statusc
