#pragma once
// A short unified diff for `statusc generate --check` (internal to driver/).

#include <string>

namespace statusc {

// Unified diff of `before` -> `after` with 3 lines of context, at most
// `max_lines` lines of output ("..." marks a cut). Files of more than a few
// thousand lines fall back to showing the first difference only.
std::string unified_diff(const std::string& before, const std::string& after, const std::string& label,
                         size_t max_lines = 40);

}  // namespace statusc
