// C++ identifier rules and the reserved words they rely on. Every target's
// list lives beside this one (naming/reserved_<target>.cpp), with its source.
#include <cctype>

#include "naming/naming.h"
#include "naming/reserved.h"

namespace statusc::naming {
namespace {

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

// Macros that are lower-case or could be spelled by a lower_snake name and
// break a declaration when a header defines them. Sources: C17 7.2 (assert),
// 7.5 (errno), 7.21 (EOF, stdin, stdout, stderr, NULL is upper-case but
// listed for completeness), POSIX <sys/sysmacros.h> via glibc (major, minor,
// makedev), and GCC's predefined system macros in gnu++ modes (linux, unix,
// i386). `cpp -dM -E -std=gnu++17 - </dev/null` shows the last group.
constexpr std::string_view kCppMacros[] = {
    "assert", "errno", "EOF", "NULL", "stdin", "stdout", "stderr", "major", "minor",
    "makedev", "linux", "unix", "i386", "offsetof", "setjmp", "va_arg", "va_start",
    "va_end", "va_copy", "alloca", "isfinite", "isnan", "isinf", "signbit",
};

// Names the generated header declares in the spec's namespace for every
// machine (docs/generated-code.md): a state or attribute must not shadow them.
constexpr std::string_view kCppGenerated[] = {
    "to_string", "values", "count", "parse", "from_number", "to_number",
    "can_transition", "successors", "next", "migrate", "is_terminal", "is_initial", "accepted_events",
};

}  // namespace

bool is_cpp_keyword(std::string_view word) {
  return contains_word(kCppKeywords, word);
}

bool is_cpp_identifier(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return !is_cpp_keyword(name);
}

std::string cpp_enumerator(std::string_view snake) { return upper_camel(snake); }

bool is_cpp_reserved(std::string_view word) { return is_cpp_keyword(word) || contains_word(kCppMacros, word); }

std::string cpp_identifier(std::string_view snake) {
  std::string out(snake);
  if (is_cpp_reserved(out) || contains_word(kCppGenerated, out)) out += '_';
  return out;
}

}  // namespace statusc::naming
