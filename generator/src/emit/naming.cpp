#include "emit/naming.h"

#include <algorithm>
#include <iterator>
#include <cctype>

namespace statusc::naming {
namespace {

bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

// C++20 keywords and alternative tokens ([lex.key], [lex.digraph]).
constexpr std::string_view kCppKeywords[] = {
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break",
    "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept",
    "const", "consteval", "constexpr", "constinit", "const_cast", "continue", "co_await",
    "co_return", "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast",
    "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto",
    "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
    "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register",
    "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
    "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local",
    "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using",
    "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq", "final", "override",
    "import", "module"};

}  // namespace

std::string upper_snake(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (upper(c) && i > 0) {
      char prev = name[i - 1];
      bool next_lower = i + 1 < name.size() && lower(name[i + 1]);
      // A word starts at an upper-case letter after a lower-case letter or
      // digit ("httpStatus"), or at the last capital of an acronym followed
      // by lower case ("HTTPStatus" -> HTTP_STATUS).
      if (lower(prev) || digit(prev) || (upper(prev) && next_lower)) {
        if (out.empty() || out.back() != '_') out += '_';
      }
    }
    if (c == '_') {
      if (!out.empty() && out.back() != '_') out += '_';
      continue;
    }
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string upper_camel(std::string_view snake) {
  std::string out;
  bool start = true;
  for (char c : snake) {
    if (c == '_') {
      start = true;
      continue;
    }
    out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = false;
  }
  return out;
}

std::string lower_camel(std::string_view snake) {
  std::string out = upper_camel(snake);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
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

bool is_cpp_keyword(std::string_view word) {
  return std::find(std::begin(kCppKeywords), std::end(kCppKeywords), word) != std::end(kCppKeywords);
}

bool is_cpp_identifier(std::string_view name) {
  if (name.empty() || digit(name[0])) return false;
  for (char c : name)
    if (!lower(c) && !upper(c) && !digit(c) && c != '_') return false;
  return !is_cpp_keyword(name);
}

}  // namespace statusc::naming
