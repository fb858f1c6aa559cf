// Recursive descent for the grammar in expr.h. Recursion only happens
// through parentheses, `!` and function calls, all counted against
// kMaxDepth; chains of binary operators are parsed with loops so that a long
// flat expression never deepens the stack.

#include <string>
#include <utility>

#include "expr/syntax.h"

namespace statusc::expr {
namespace {

Function function_named(std::string_view name) {
  if (name == "exactly_one") return Function::ExactlyOne;
  if (name == "at_most_one") return Function::AtMostOne;
  if (name == "at_least_one") return Function::AtLeastOne;
  return Function::Unknown;
}

class Parser {
 public:
  Parser(std::string_view text, const std::vector<Token>& tokens, SyntaxTree& tree)
      : text_(text), tokens_(tokens), tree_(tree) {}

  std::optional<SyntaxError> run() {
    tree_.nodes.clear();
    tree_.root = -1;
    if (peek().kind == TokenKind::End) {
      fail(0, static_cast<int>(text_.size()), "empty invariant expression");
      return std::move(error_);
    }
    int root = parse_implies();
    if (root >= 0 && peek().kind != TokenKind::End) trailing_token();
    if (error_) return std::move(error_);
    tree_.root = root;
    return std::nullopt;
  }

 private:
  const Token& peek() const { return tokens_[pos_]; }
  const Token& previous() const { return tokens_[pos_ - 1]; }
  const Token& advance() { return tokens_[pos_++]; }
  std::string found() const { return describe(text_, peek()); }

  int fail(int offset, int length, std::string message) {
    if (!error_) error_ = SyntaxError{offset, length < 1 ? 1 : length, std::move(message)};
    return -1;
  }
  int fail_at(const Token& token, std::string message) {
    return fail(token.offset, token.length, std::move(message));
  }

  int add(SyntaxNode node) {
    tree_.nodes.push_back(std::move(node));
    return static_cast<int>(tree_.nodes.size()) - 1;
  }
  int add_binary(SyntaxKind kind, int left, int right) {
    SyntaxNode node;
    node.kind = kind;
    node.begin = tree_.nodes[static_cast<size_t>(left)].begin;
    node.end = tree_.nodes[static_cast<size_t>(right)].end;
    node.children = {left, right};
    return add(std::move(node));
  }

  bool enter(const Token& token) {
    if (++depth_ > kMaxDepth) {
      fail_at(token, "invariant expression nests too deeply (more than " + std::to_string(kMaxDepth) +
                         " levels of parentheses, '!' and function calls)");
      return false;
    }
    return true;
  }

  // implies := or [ "->" implies ], folded to the right after a loop.
  int parse_implies() {
    std::vector<int> operands;
    for (;;) {
      int operand = parse_or();
      if (operand < 0) return -1;
      operands.push_back(operand);
      if (peek().kind != TokenKind::Arrow) break;
      advance();
    }
    int result = operands.back();
    for (size_t i = operands.size() - 1; i-- > 0;) result = add_binary(SyntaxKind::Implies, operands[i], result);
    return result;
  }

  int parse_or() {
    int left = parse_and();
    while (left >= 0 && peek().kind == TokenKind::Or) {
      advance();
      int right = parse_and();
      if (right < 0) return -1;
      left = add_binary(SyntaxKind::Or, left, right);
    }
    return left;
  }

  int parse_and() {
    int left = parse_unary();
    while (left >= 0 && peek().kind == TokenKind::And) {
      advance();
      int right = parse_unary();
      if (right < 0) return -1;
      left = add_binary(SyntaxKind::And, left, right);
    }
    return left;
  }

  // unary := "!" unary | compare, with the `!` run consumed in a loop.
  int parse_unary() {
    std::vector<int> bangs;
    const int saved_depth = depth_;
    while (peek().kind == TokenKind::Not) {
      if (!enter(peek())) return -1;
      bangs.push_back(advance().offset);
    }
    int result = parse_compare();
    depth_ = saved_depth;
    if (result < 0) return -1;
    for (size_t i = bangs.size(); i-- > 0;) {
      SyntaxNode node;
      node.kind = SyntaxKind::Not;
      node.begin = bangs[i];
      node.end = tree_.nodes[static_cast<size_t>(result)].end;
      node.children = {result};
      result = add(std::move(node));
    }
    return result;
  }

  static std::optional<SyntaxKind> comparison(TokenKind kind) {
    switch (kind) {
      case TokenKind::Equal: return SyntaxKind::Equal;
      case TokenKind::NotEqual: return SyntaxKind::NotEqual;
      case TokenKind::Less: return SyntaxKind::Less;
      case TokenKind::LessEqual: return SyntaxKind::LessEqual;
      case TokenKind::Greater: return SyntaxKind::Greater;
      case TokenKind::GreaterEqual: return SyntaxKind::GreaterEqual;
      default: return std::nullopt;
    }
  }

  int parse_compare() {
    int left = parse_primary();
    if (left < 0) return -1;
    std::optional<SyntaxKind> kind = comparison(peek().kind);
    if (!kind) return left;
    const Token op = advance();
    if (peek().kind == TokenKind::Not)
      return fail_at(peek(), "'!' after '" + std::string(token_text(text_, op)) +
                                 "' needs parentheses, e.g. a " + std::string(token_text(text_, op)) + " (!b)");
    int right = parse_primary();
    if (right < 0) return -1;
    if (comparison(peek().kind)) {
      return fail_at(peek(), "comparisons cannot be chained; add parentheses, e.g. (a == b) " +
                                 std::string(token_text(text_, peek())) + " c, or join them with &&");
    }
    int node = add_binary(*kind, left, right);
    tree_.nodes[static_cast<size_t>(node)].name_offset = op.offset;
    tree_.nodes[static_cast<size_t>(node)].name_length = op.length;
    return node;
  }

  int parse_primary() {
    const Token& token = peek();
    switch (token.kind) {
      case TokenKind::Name: return parse_name();
      case TokenKind::Number: {
        const Token number = advance();
        SyntaxNode node;
        node.kind = SyntaxKind::Number;
        node.name_offset = node.begin = number.offset;
        node.name_length = number.length;
        node.end = number.offset + number.length;
        return add(std::move(node));
      }
      case TokenKind::LParen: {
        if (!enter(token)) return -1;
        const Token open = advance();
        int inner = parse_implies();
        if (inner < 0) return -1;
        if (peek().kind != TokenKind::RParen) {
          if (peek().kind == TokenKind::End) return fail_at(open, "unclosed '('; expected ')' before the end of the expression");
          if (peek().kind == TokenKind::Comma)
            return fail_at(peek(), "',' is only allowed between the arguments of exactly_one, at_most_one or at_least_one");
          return fail_at(peek(), "expected ')' or an operator, found " + found());
        }
        const Token close = advance();
        --depth_;
        SyntaxNode& node = tree_.nodes[static_cast<size_t>(inner)];
        node.begin = open.offset;
        node.end = close.offset + close.length;
        return inner;
      }
      case TokenKind::End:
        if (pos_ > 0) return fail_at(token, "expected an operand after " + describe(text_, previous()) + ", found end of expression");
        return fail_at(token, "expected an operand, found end of expression");
      case TokenKind::RParen:
        if (pos_ > 0 && previous().kind == TokenKind::LParen) return fail_at(token, "empty parentheses");
        [[fallthrough]];
      default:
        return fail_at(token, "expected a name, a number, 'true', 'false', '(' or a function call, found " + found());
    }
  }

  int parse_name() {
    const Token token = advance();
    std::string_view name = token_text(text_, token);
    SyntaxNode node;
    node.name_offset = token.offset;
    node.name_length = token.length;
    node.begin = token.offset;
    node.end = token.offset + token.length;
    if (name == "true" || name == "false") {
      node.kind = name == "true" ? SyntaxKind::True : SyntaxKind::False;
      return add(std::move(node));
    }
    Function function = function_named(name);
    if (peek().kind != TokenKind::LParen) {
      if (function != Function::Unknown)
        return fail_at(token, "'" + std::string(name) + "' is a function; call it with arguments, e.g. " +
                                  std::string(name) + "(a, b)");
      node.kind = SyntaxKind::Name;
      return add(std::move(node));
    }
    // An unknown function is still parsed as a call, so that the binder can
    // report it by name and go on checking its arguments.
    node.kind = SyntaxKind::Call;
    node.function = function;
    if (!enter(peek())) return -1;
    const Token open = advance();
    if (peek().kind == TokenKind::RParen) {
      // `initial()`: the name, not the empty list, is the likely mistake.
      if (function == Function::Unknown) {
        const Token close = advance();
        --depth_;
        node.end = close.offset + close.length;
        return add(std::move(node));
      }
      return fail(token.offset, peek().offset + 1 - token.offset,
                  "'" + std::string(name) + "' needs at least one argument");
    }
    for (;;) {
      int argument = parse_implies();
      if (argument < 0) return -1;
      node.children.push_back(argument);
      if (peek().kind == TokenKind::Comma) {
        advance();
        continue;
      }
      if (peek().kind == TokenKind::RParen) break;
      if (peek().kind == TokenKind::End)
        return fail(token.offset, open.offset + 1 - token.offset, "unclosed call to '" + std::string(name) + "'; expected ')'");
      return fail_at(peek(), "expected ',' or ')' in the call to '" + std::string(name) + "', found " + found());
    }
    const Token close = advance();
    --depth_;
    node.end = close.offset + close.length;
    return add(std::move(node));
  }

  void trailing_token() {
    const Token& token = peek();
    switch (token.kind) {
      case TokenKind::RParen: fail_at(token, "unmatched ')'"); return;
      case TokenKind::Comma:
        fail_at(token, "',' is only allowed between the arguments of exactly_one, at_most_one or at_least_one");
        return;
      default: break;
    }
    std::string message = "expected an operator after " + describe(text_, previous()) + ", found " + found();
    std::string_view word = token.kind == TokenKind::Name ? token_text(text_, token) : std::string_view();
    std::string_view before = previous().kind == TokenKind::Name ? token_text(text_, previous()) : std::string_view();
    if (word == "and") message += "; use '&&' for 'and'";
    else if (word == "or") message += "; use '||' for 'or'";
    else if (word == "implies") message += "; use '->' for 'implies'";
    else if (before == "not") message += "; use '!' for 'not'";
    fail_at(token, std::move(message));
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  SyntaxTree& tree_;
  size_t pos_ = 0;
  int depth_ = 0;
  std::optional<SyntaxError> error_;
};

}  // namespace

std::optional<SyntaxError> parse(std::string_view text, const std::vector<Token>& tokens, SyntaxTree& tree) {
  return Parser(text, tokens, tree).run();
}

}  // namespace statusc::expr
