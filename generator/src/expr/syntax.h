#pragma once
// The unbound syntax tree the parser produces and the binder consumes.
// Internal to src/expr/.

#include <optional>
#include <string_view>
#include <vector>

#include "expr/lexer.h"

namespace statusc::expr {

enum class SyntaxKind {
  Name,      // any NAME that is not a keyword: `name_offset`, `name_length`
  True,
  False,
  Not,       // children[0]
  And,       // children[0], children[1]
  Or,
  Implies,
  Equal,     // `==`, operands not yet typed
  NotEqual,  // `!=`
  Less,      // `<`, `<=`, `>`, `>=`: ints only
  LessEqual,
  Greater,
  GreaterEqual,
  Number,    // an integer literal: `name_offset`, `name_length`
  Call,      // `function`, children: the arguments (one or more)
};

enum class Function { ExactlyOne, AtMostOne, AtLeastOne, Unknown };

struct SyntaxNode {
  SyntaxKind kind = SyntaxKind::Name;
  Function function = Function::Unknown;  // Call only
  // Name, Number: the token. Call: the function name. Comparisons: the operator.
  int name_offset = 0;
  int name_length = 0;
  // The whole subexpression, including any parentheses written around it.
  int begin = 0;
  int end = 0;
  std::vector<int> children;  // indices into SyntaxTree::nodes
};

struct SyntaxTree {
  std::vector<SyntaxNode> nodes;  // children always precede their parent
  int root = -1;
};

// Nesting limit for parentheses, `!` and function calls together: deep
// enough for any real invariant, shallow enough for the recursive descent
// to stay far from the stack limit.
inline constexpr int kMaxDepth = 256;

// Parses a token list from lex(). On success `tree` holds the whole
// expression; otherwise the first syntax error is returned.
std::optional<SyntaxError> parse(std::string_view text, const std::vector<Token>& tokens, SyntaxTree& tree);

}  // namespace statusc::expr
