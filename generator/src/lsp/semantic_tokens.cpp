// Semantic tokens: every indexed name, typed (machine, state, attribute,
// enum value, event), declarations marked, and in invariants the
// expression's operators, numbers, `true`/`false` and the counting
// functions, from expr/'s lexer. Positions are relative, in the negotiated
// encoding, as LSP encodes them.
#include <algorithm>

#include "expr/lexer.h"
#include "lsp/features.h"

namespace statusc::lsp {
namespace {

// Indices into the legend below.
enum TokenType { Type, EnumMember, Property, Enum, Event, Label, Operator, Number, Keyword, Function };

int token_type(SymKind kind) {
  switch (kind) {
    case SymKind::Machine: return Type;
    case SymKind::State:
    case SymKind::Removed:
    case SymKind::EarlierName: return EnumMember;
    case SymKind::Attribute: return Property;
    case SymKind::EnumValue: return Enum;
    case SymKind::Event: return Event;
    case SymKind::Invariant:
    case SymKind::Target: return Label;
  }
  return Label;
}

struct Token {
  int line = 0;
  int column = 0;  // bytes
  int length = 0;
  int type = Label;
  bool declaration = false;
};

// The tokens of an expression written verbatim on one line that no name
// covers: operators, numbers, literals, functions. Names are in the index.
void expression_tokens(const RawInvariant& inv, std::vector<Token>& out) {
  const std::string& text = inv.assert_text.value;
  std::vector<expr::Token> tokens;
  expr::lex(text, tokens);  // a syntax error ends the list there: the tokens before it still count
  for (const expr::Token& t : tokens) {
    int type = -1;
    switch (t.kind) {
      case expr::TokenKind::Not:
      case expr::TokenKind::And:
      case expr::TokenKind::Or:
      case expr::TokenKind::Arrow:
      case expr::TokenKind::Equal:
      case expr::TokenKind::NotEqual:
      case expr::TokenKind::Less:
      case expr::TokenKind::LessEqual:
      case expr::TokenKind::Greater:
      case expr::TokenKind::GreaterEqual: type = Operator; break;
      case expr::TokenKind::Number: type = Number; break;
      case expr::TokenKind::Name: {
        std::string_view word = expr::token_text(text, t);
        if (word == "true" || word == "false") type = Keyword;
        else if (word == "exactly_one" || word == "at_most_one" || word == "at_least_one") type = Function;
        break;
      }
      default: break;
    }
    if (type >= 0 && t.length > 0)
      out.push_back({inv.assert_text_start.line, inv.assert_text_start.column + t.offset, t.length, type, false});
  }
}

}  // namespace

json semantic_token_legend() {
  return {{"tokenTypes", {"type", "enumMember", "property", "enum", "event", "label", "operator", "number", "keyword",
                          "function"}},
          {"tokenModifiers", {"declaration"}}};
}

json semantic_tokens(const Context& ctx) {
  std::vector<Token> tokens;
  for (const Occurrence& o : ctx.analysis.index.occurrences)
    tokens.push_back({o.line, o.column, o.length, token_type(o.key.kind), o.definition});
  if (ctx.analysis.raw)
    for (const RawMachine& m : ctx.analysis.raw->machines)
      for (const RawInvariant& inv : m.invariants)
        if (inv.assert_text_exact && inv.assert_text_start.has_position()) expression_tokens(inv, tokens);
  std::stable_sort(tokens.begin(), tokens.end(), [](const Token& a, const Token& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });

  json data = json::array();
  int previous_line = 0, previous_end = 0, previous_start = 0;
  for (const Token& t : tokens) {
    std::string_view line = ctx.file().line_text(t.line);
    int start = to_character(line, t.column, ctx.encoding);
    int length = to_character(line, t.column + t.length, ctx.encoding) - start;
    if (length <= 0) continue;
    int delta_line = t.line - previous_line;
    if (delta_line == 0 && !data.empty() && start < previous_end) continue;  // overlapping: keep the first
    data.push_back(delta_line);
    data.push_back(delta_line == 0 ? start - previous_start : start);
    data.push_back(length);
    data.push_back(t.type);
    data.push_back(t.declaration ? 1 : 0);
    previous_line = t.line;
    previous_start = start;
    previous_end = start + length;
  }
  return {{"data", std::move(data)}};
}

}  // namespace statusc::lsp
