// TypeScript identifier rules and the reserved words they rely on.
#include "naming/naming.h"
#include "naming/reserved.h"

namespace statusc::naming {
namespace {

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

}  // namespace

bool is_ts_reserved(std::string_view word) { return contains_word(kTsReserved, word); }

std::string ts_identifier(std::string_view camel) {
  std::string out(camel);
  if (is_ts_reserved(out)) out += '_';
  return out;
}

}  // namespace statusc::naming
