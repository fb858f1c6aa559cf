#include "expr/lexer.h"

#include <cstdio>

namespace statusc::expr {
namespace {

bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Byte length of the UTF-8 sequence starting with `lead`, so that a stray
// non-ASCII character is underlined (and quoted) whole rather than cut in
// the middle of a code point.
size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF7) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

SyntaxError unexpected(std::string_view text, size_t at) {
  unsigned char c = static_cast<unsigned char>(text[at]);
  if (c >= 0x80) {
    size_t n = utf8_length(c);
    if (at + n > text.size()) n = text.size() - at;
    for (size_t i = 1; i < n; ++i)
      if ((static_cast<unsigned char>(text[at + i]) & 0xC0) != 0x80) n = 1;
    std::string quoted(text.substr(at, n));
    if (n == 1) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "0x%02X", c);
      quoted = buf;
      return {static_cast<int>(at), 1, "unexpected byte " + quoted + " in invariant expression"};
    }
    return {static_cast<int>(at), static_cast<int>(n),
            "unexpected character '" + quoted + "'; invariants use ASCII names and operators"};
  }
  if (c < 0x20 || c == 0x7F) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", c);
    return {static_cast<int>(at), 1, std::string("unexpected control character ") + buf};
  }
  auto next_is = [&](char want) { return at + 1 < text.size() && text[at + 1] == want; };
  const int offset = static_cast<int>(at);
  switch (c) {
    case '&': return {offset, 1, "expected '&&'; a single '&' is not an operator"};
    case '|': return {offset, 1, "expected '||'; a single '|' is not an operator"};
    case '-': return {offset, 1, "expected '->'; a single '-' is not an operator"};
    case '=':
      if (next_is('>')) return {offset, 2, "'=>' is not an operator; use '->' for implication"};
      return {offset, 1, "expected '=='; a single '=' is not an operator"};
    case '<':
      if (text.substr(at, 3) == "<->")
        return {offset, 3, "'<->' is not an operator; use '==' for 'if and only if'"};
      break;
    case '~': return {offset, 1, "unexpected '~'; use '!' for negation"};
    case '^': return {offset, 1, "unexpected '^'; use '!=' for exclusive or"};
    default: break;
  }
  return {offset, 1, "unexpected character '" + std::string(1, static_cast<char>(c)) + "'"};
}

}  // namespace

std::optional<SyntaxError> lex(std::string_view text, std::vector<Token>& tokens) {
  tokens.clear();
  if (text.size() > kMaxExpressionLength)
    return SyntaxError{0, 1, "invariant expression is too long"};
  size_t i = 0;
  auto push = [&](TokenKind kind, size_t length) {
    tokens.push_back({kind, static_cast<int>(i), static_cast<int>(length)});
    i += length;
  };
  while (i < text.size()) {
    char c = text[i];
    char next = i + 1 < text.size() ? text[i + 1] : '\0';
    if (is_space(c)) {
      ++i;
    } else if (is_digit(c) || (c == '-' && is_digit(next))) {
      size_t end = i + 1;
      while (end < text.size() && is_digit(text[end])) ++end;
      if (end < text.size() && is_name_start(text[end])) {
        size_t name_end = end;
        while (name_end < text.size() && is_name_char(text[name_end])) ++name_end;
        return SyntaxError{static_cast<int>(i), static_cast<int>(name_end - i),
                           "'" + std::string(text.substr(i, name_end - i)) +
                               "' is not a name or a number; names start with a letter or '_'"};
      }
      push(TokenKind::Number, end - i);
    } else if (is_name_start(c)) {
      size_t end = i + 1;
      while (end < text.size() && is_name_char(text[end])) ++end;
      push(TokenKind::Name, end - i);
    } else if (c == '(') {
      push(TokenKind::LParen, 1);
    } else if (c == ')') {
      push(TokenKind::RParen, 1);
    } else if (c == ',') {
      push(TokenKind::Comma, 1);
    } else if (c == '!') {
      if (next == '=') push(TokenKind::NotEqual, 2);
      else push(TokenKind::Not, 1);
    } else if (c == '&' && next == '&') {
      push(TokenKind::And, 2);
    } else if (c == '|' && next == '|') {
      push(TokenKind::Or, 2);
    } else if (c == '-' && next == '>') {
      push(TokenKind::Arrow, 2);
    } else if (c == '=' && next == '=') {
      push(TokenKind::Equal, 2);
    } else if (c == '<' && next == '=') {
      push(TokenKind::LessEqual, 2);
    } else if (c == '<' && !(next == '-' && i + 2 < text.size() && text[i + 2] == '>')) {
      push(TokenKind::Less, 1);
    } else if (c == '>' && next == '=') {
      push(TokenKind::GreaterEqual, 2);
    } else if (c == '>') {
      push(TokenKind::Greater, 1);
    } else {
      return unexpected(text, i);
    }
  }
  tokens.push_back({TokenKind::End, static_cast<int>(text.size()), 0});
  return std::nullopt;
}

std::string describe(std::string_view text, const Token& token) {
  if (token.kind == TokenKind::End) return "end of expression";
  std::string_view t = token_text(text, token);
  // A 100 KB name would make an unreadable message.
  if (t.size() > 40) return "'" + std::string(t.substr(0, 37)) + "...'";
  return "'" + std::string(t) + "'";
}

}  // namespace statusc::expr
