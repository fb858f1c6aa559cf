#include "naming/naming.h"

#include <algorithm>
#include <iterator>
#include <cctype>

namespace statusc::naming {
namespace {

bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }


}  // namespace

std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out;
  std::string word;
  auto finish = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '_' || c == '-') {
      finish();
      continue;
    }
    if (upper(c) && i > 0) {
      char prev = name[i - 1];
      bool next_lower = i + 1 < name.size() && lower(name[i + 1]);
      if (lower(prev) || digit(prev) || (upper(prev) && next_lower)) finish();
    }
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  finish();
  return out;
}

namespace {

template <typename Spell>
std::string join(std::string_view name, std::string_view separator, Spell spell) {
  std::string out;
  std::vector<std::string> ws = words(name);
  for (size_t i = 0; i < ws.size(); ++i) {
    if (i > 0) out += separator;
    out += spell(ws[i], i);
  }
  return out;
}

std::string capitalized(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

}  // namespace

std::string word_key(std::string_view name) { return lower_snake(name); }

std::string lower_snake(std::string_view name) {
  return join(name, "_", [](const std::string& w, size_t) { return w; });
}

std::string upper_snake(std::string_view name) {
  return join(name, "_", [](std::string w, size_t) {
    for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return w;
  });
}

std::string upper_camel(std::string_view name) {
  return join(name, "", [](const std::string& w, size_t) { return capitalized(w); });
}

std::string lower_camel(std::string_view name) {
  return join(name, "", [](const std::string& w, size_t i) { return i == 0 ? w : capitalized(w); });
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
