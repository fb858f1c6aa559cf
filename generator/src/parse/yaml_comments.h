#pragma once
// Where the comments of a YAML file are. yaml-cpp drops comments without a
// trace, so they are found in the text: a '#' at the start of a line or
// after white space, outside quoted scalars (which may span lines) and
// outside block scalars (`|`, `>`). Used for `# statusc:ignore` suppressions.

#include <string_view>
#include <vector>

#include "diag/source_file.h"

namespace statusc {

struct YamlComment {
  int line = 0;              // 0-based
  int column = 0;            // byte column of the '#'
  bool whole_line = false;   // nothing but white space before it on its line
  std::string_view text;     // from the '#' to the end of the line
};

// Every comment of `file`, in order. Meant for well-formed YAML; on broken
// YAML (an unclosed quote) it stops where the text stops making sense.
std::vector<YamlComment> find_comments(const SourceFile& file);

}  // namespace statusc
