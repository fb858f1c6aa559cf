#pragma once
// "Did you mean" suggestions for misspelled keys and names, and other pieces
// of one-line messages.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace statusc {

// Damerau-Levenshtein (optimal string alignment) distance.
size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate when it is close enough to be a plausible typo
// (distance at most a third of the longer word, at least 1), else nullopt.
// Ties go to the earliest candidate, so results are deterministic.
std::optional<std::string> closest_match(std::string_view word, std::span<const std::string> candidates);
std::optional<std::string> closest_match(std::string_view word, std::span<const std::string_view> candidates);

// `text` for quoting inside a one-line message: line breaks and tabs shown
// as \n \r \t, cut to `max` characters with "...".
std::string for_message(std::string_view text, size_t max = 40);

// "'a', 'b' and 'c'" (at most `limit` names, then "and N more").
std::string name_list(const std::vector<std::string>& names, size_t limit = 8);

// "; did you mean 'X'?" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace statusc
