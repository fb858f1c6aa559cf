#include "util/suggest.h"

#include <algorithm>
#include <vector>

namespace statusc {

size_t edit_distance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  std::vector<size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (size_t j = 0; j <= m; ++j) prev[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

namespace {

template <typename Candidates>
std::optional<std::string> closest(std::string_view word, const Candidates& candidates) {
  std::optional<std::string> best;
  size_t best_distance = 0;
  for (const auto& c : candidates) {
    std::string_view candidate(c);
    if (candidate == word) continue;
    size_t limit = std::max<size_t>(1, std::max(word.size(), candidate.size()) / 3);
    size_t d = edit_distance(word, candidate);
    if (d <= limit && (!best || d < best_distance)) {
      best = std::string(candidate);
      best_distance = d;
    }
  }
  return best;
}

std::string phrase(const std::optional<std::string>& match) {
  return match ? "; did you mean '" + *match + "'?" : std::string();
}

}  // namespace

std::optional<std::string> closest_match(std::string_view word, std::span<const std::string> candidates) {
  return closest(word, candidates);
}
std::optional<std::string> closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  return closest(word, candidates);
}
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
  return phrase(closest(word, candidates));
}
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  return phrase(closest(word, candidates));
}

std::string for_message(std::string_view text, size_t max) {
  std::string out;
  for (char c : text) {
    if (out.size() >= max) return out + "...";
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else out += c;
  }
  return out;
}

std::string name_list(const std::vector<std::string>& names, size_t limit) {
  std::string out;
  size_t shown = std::min(names.size(), limit);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) out += (i + 1 == shown && shown == names.size()) ? " and " : ", ";
    out += "'" + names[i] + "'";
  }
  if (names.size() > shown) out += " and " + std::to_string(names.size() - shown) + " more";
  return out;
}

}  // namespace statusc
