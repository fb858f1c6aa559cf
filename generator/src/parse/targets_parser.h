#pragma once
// Reading a `targets:` mapping, shared by specs and statusc.yaml (internal to
// parse/).

#include <string_view>
#include <vector>

#include "parse/raw_spec.h"
#include "parse/yaml_reader.h"

namespace statusc {

// Reads `targets:` against the emitters' schemas. `extra_keys` are also
// accepted in each target's mapping and left for the caller (statusc.yaml's
// `out`).
void read_targets(YamlReader& r, const YamlNode& node, const std::vector<TargetSchema>& schemas,
                  RawTargets& targets, const std::vector<std::string_view>& extra_keys = {});

}  // namespace statusc
