#include "naming/naming.h"

#include <algorithm>
#include <iterator>
#include <cctype>

namespace statusc::naming {
namespace {

bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

// Calls fn(word) with each word of `name` as it stands in `name`
// (unlowered); words() documents where a word ends.
template <typename Fn>
void for_each_word(std::string_view name, Fn fn) {
  size_t start = 0;
  auto finish = [&](size_t end) {
    if (end > start) fn(name.substr(start, end - start));
  };
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '_' || c == '-') {
      finish(i);
      start = i + 1;
      continue;
    }
    if (upper(c) && i > 0) {
      char prev = name[i - 1];
      bool next_lower = i + 1 < name.size() && lower(name[i + 1]);
      if (lower(prev) || digit(prev) || (upper(prev) && next_lower)) {
        finish(i);
        start = i;
      }
    }
  }
  finish(name.size());
}

char to_lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
char to_upper(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }

// The words joined by `separator`, each character spelled by
// spell(c, word index, index in the word). The casings run on every
// identifier of every target: spelling straight into one string spares a
// vector of words and a copy of each.
template <typename Spell>
std::string join(std::string_view name, std::string_view separator, Spell spell) {
  std::string out;
  out.reserve(name.size());
  size_t index = 0;
  for_each_word(name, [&](std::string_view word) {
    if (index > 0) out += separator;
    for (size_t k = 0; k < word.size(); ++k) out += spell(word[k], index, k);
    ++index;
  });
  return out;
}

}  // namespace

std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out;
  for_each_word(name, [&](std::string_view word) {
    std::string& lowered = out.emplace_back(word);
    for (char& c : lowered) c = to_lower(c);
  });
  return out;
}

std::string word_key(std::string_view name) { return lower_snake(name); }

std::string lower_snake(std::string_view name) {
  return join(name, "_", [](char c, size_t, size_t) { return to_lower(c); });
}

std::string upper_snake(std::string_view name) {
  return join(name, "_", [](char c, size_t, size_t) { return to_upper(c); });
}

std::string upper_camel(std::string_view name) {
  return join(name, "", [](char c, size_t, size_t k) { return k == 0 ? to_upper(c) : to_lower(c); });
}

std::string lower_camel(std::string_view name) {
  return join(name, "", [](char c, size_t i, size_t k) { return i > 0 && k == 0 ? to_upper(c) : to_lower(c); });
}

bool is_wire_name(std::string_view name) {
  if (name.empty() || !(lower(name[0]) || upper(name[0]))) return false;
  for (size_t i = 1; i < name.size(); ++i) {
    char c = name[i];
    if (c == '_' || c == '-') {
      if (i + 1 == name.size() || name[i + 1] == '_' || name[i + 1] == '-') return false;
    } else if (!lower(c) && !upper(c) && !digit(c)) {
      return false;
    }
  }
  return true;
}

unsigned spellings(std::string_view name) {
  bool has_lower = false, has_upper = false, underscore = false, dash = false;
  for (char c : name) {
    has_lower |= lower(c);
    has_upper |= upper(c);
    underscore |= c == '_';
    dash |= c == '-';
  }
  if (underscore && dash) return 0;
  unsigned set = 0;
  if (!has_upper && !dash) set |= kLowerSnake;
  if (!has_lower && !dash) set |= kUpperSnake;
  if (!has_upper && !underscore) set |= kKebab;
  if (!has_lower && !underscore) set |= kUpperKebab;
  if (!underscore && !dash && !name.empty()) {
    // An all-capital word ("PENDING") reads as UPPER_SNAKE, not as camel case.
    if (upper(name[0]) && has_lower) set |= kUpperCamel;
    if (lower(name[0])) set |= kLowerCamel;
  }
  return set;
}

const char* spelling_name(unsigned set) {
  if (set & kLowerSnake) return "lower_snake_case";
  if (set & kUpperSnake) return "UPPER_SNAKE_CASE";
  if (set & kKebab) return "kebab-case";
  if (set & kUpperKebab) return "UPPER-KEBAB-CASE";
  if (set & kUpperCamel) return "UpperCamelCase";
  if (set & kLowerCamel) return "lowerCamelCase";
  return "a mix of conventions";
}

bool is_lower_snake(std::string_view name) {
  if (name.empty() || !lower(name[0])) return false;
  for (size_t i = 1; i < name.size(); ++i) {
    char c = name[i];
    if (c == '_') {
      if (i + 1 == name.size() || name[i + 1] == '_') return false;
    } else if (!lower(c) && !digit(c)) {
      return false;
    }
  }
  return true;
}

bool is_upper_camel(std::string_view name) {
  if (name.empty() || !upper(name[0])) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return lower(c) || upper(c) || digit(c); });
}

bool is_upper_snake(std::string_view name) {
  if (name.empty() || !upper(name[0])) return false;
  for (size_t i = 1; i < name.size(); ++i) {
    char c = name[i];
    if (c == '_') {
      if (i + 1 == name.size() || name[i + 1] == '_') return false;
    } else if (!upper(c) && !digit(c)) {
      return false;
    }
  }
  return true;
}

std::string proto_value(std::string_view prefix, std::string_view state) {
  return std::string(prefix) + "_" + upper_snake(state);
}

}  // namespace statusc::naming
