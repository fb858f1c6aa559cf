#pragma once
// Tokens of invariant expressions. Internal to src/expr/, and read by the
// language server for semantic tokens (lsp/semantic_tokens.cpp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statusc::expr {

enum class TokenKind {
  Name,      // [a-zA-Z_][a-zA-Z0-9_]*, keywords included
  LParen,    // (
  RParen,    // )
  Comma,     // ,
  Not,       // !
  And,       // &&
  Or,        // ||
  Arrow,     // ->
  Equal,     // ==
  NotEqual,  // !=
  Less,      // <
  LessEqual, // <=
  Greater,   // >
  GreaterEqual,  // >=
  Number,    // -?[0-9]+
  End,       // end of the text (length 0, offset = text size)
};

struct Token {
  TokenKind kind = TokenKind::End;
  int offset = 0;  // bytes from the start of the expression text
  int length = 0;
};

// A syntax problem at a byte range of the expression text; the caller turns
// it into an expr-syntax diagnostic.
struct SyntaxError {
  int offset = 0;
  int length = 1;
  std::string message;
};

// Texts longer than this are rejected up front so that every offset fits in
// an int (Location columns are ints).
inline constexpr size_t kMaxExpressionLength = size_t{16} << 20;

// Splits `text` into tokens, always ending with one End token. Stops at the
// first character that cannot start a token.
std::optional<SyntaxError> lex(std::string_view text, std::vector<Token>& tokens);

inline std::string_view token_text(std::string_view text, const Token& token) {
  return text.substr(static_cast<size_t>(token.offset), static_cast<size_t>(token.length));
}

// "'&&'" or "end of expression", for messages.
std::string describe(std::string_view text, const Token& token);

}  // namespace statusc::expr
