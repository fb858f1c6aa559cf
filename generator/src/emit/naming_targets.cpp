// Per-target identifier rules and the reserved-word lists they rely on.
// Each list names its source; keep them here, and only here.
#include <algorithm>
#include <iterator>

#include "emit/naming.h"

namespace statusc::naming {
namespace {

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

// ECMAScript 2023 reserved words (13.1 ReservedWord), strict-mode reserved
// words, and TypeScript's type-level reserved words that cannot name a value.
constexpr std::string_view kTsReserved[] = {
    "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
    "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import",
    "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
    "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface",
    "package", "private", "protected", "public", "arguments", "eval", "undefined", "NaN", "Infinity",
    "any", "boolean", "number", "string", "symbol", "never", "unknown", "object", "bigint",
};

template <size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace

std::string cpp_enumerator(std::string_view snake) { return upper_camel(snake); }

bool is_cpp_reserved(std::string_view word) { return is_cpp_keyword(word) || contains(kCppMacros, word); }

std::string cpp_identifier(std::string_view snake) {
  std::string out(snake);
  if (is_cpp_reserved(out) || contains(kCppGenerated, out)) out += '_';
  return out;
}

bool is_ts_reserved(std::string_view word) { return contains(kTsReserved, word); }

std::string ts_identifier(std::string_view camel) {
  std::string out(camel);
  if (is_ts_reserved(out)) out += '_';
  return out;
}

std::string proto_value(std::string_view prefix, std::string_view state) {
  return std::string(prefix) + "_" + upper_snake(state);
}

}  // namespace statusc::naming
