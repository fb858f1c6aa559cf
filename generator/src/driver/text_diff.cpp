#include "driver/text_diff.h"

#include <algorithm>
#include <vector>

namespace statusc {
namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

struct Edit {
  char op;  // ' ', '-', '+'
  std::string line;
};

// LCS over the lines between the common prefix and suffix: generated files
// change in a few places, so the middle is small.
std::vector<Edit> edits(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  size_t n = a.size() - prefix - suffix, m = b.size() - prefix - suffix;
  std::vector<Edit> out;
  for (size_t i = 0; i < prefix; ++i) out.push_back({' ', a[i]});
  if (n * m > 4'000'000) {  // too big for a table: show it as replaced
    for (size_t i = 0; i < n; ++i) out.push_back({'-', a[prefix + i]});
    for (size_t j = 0; j < m; ++j) out.push_back({'+', b[prefix + j]});
  } else {
    std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
        out.push_back({' ', a[prefix + i]});
        ++i, ++j;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        // On a tie the old line goes first, as unified diffs read: a
        // replaced run shows its '-' lines, then its '+' lines.
        out.push_back({'-', a[prefix + i++]});
      } else {
        out.push_back({'+', b[prefix + j++]});
      }
    }
  }
  for (size_t i = a.size() - suffix; i < a.size(); ++i) out.push_back({' ', a[i]});
  return out;
}

}  // namespace

std::string unified_diff(const std::string& before, const std::string& after, const std::string& label,
                         size_t max_lines) {
  std::vector<Edit> e = edits(split(before), split(after));
  std::string out = "--- " + label + " (on disk)\n+++ " + label + " (generated)\n";
  size_t shown = 0;
  size_t i = 0;
  while (i < e.size()) {
    if (e[i].op == ' ') {
      ++i;
      continue;
    }
    // A hunk: 3 lines of context around a run of changes.
    size_t begin = i >= 3 ? i - 3 : 0;
    size_t end = i;
    size_t quiet = 0;
    while (end < e.size() && quiet <= 6) {
      quiet = e[end].op == ' ' ? quiet + 1 : 0;
      ++end;
    }
    end = std::min(e.size(), end - (quiet > 3 ? quiet - 3 : 0));
    size_t old_line = 1, new_line = 1;
    for (size_t k = 0; k < begin; ++k) {
      if (e[k].op != '+') ++old_line;
      if (e[k].op != '-') ++new_line;
    }
    size_t old_count = 0, new_count = 0;
    for (size_t k = begin; k < end; ++k) {
      if (e[k].op != '+') ++old_count;
      if (e[k].op != '-') ++new_count;
    }
    out += "@@ -" + std::to_string(old_line) + "," + std::to_string(old_count) + " +" + std::to_string(new_line) +
           "," + std::to_string(new_count) + " @@\n";
    for (size_t k = begin; k < end; ++k) {
      if (++shown > max_lines) return out + "...\n";
      out += e[k].op + e[k].line + "\n";
    }
    i = end;
  }
  return out;
}

}  // namespace statusc
