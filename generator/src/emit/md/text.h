#pragma once
// Pieces of the Markdown reference that are more than escaping: block-safe
// paragraphs, code spans for names, GitHub heading anchors, column labels and
// invariants in words. docs/generated/markdown.md explains each choice.

#include <map>
#include <string>
#include <string_view>

#include "expr/expr.h"

namespace statusc::md {

// User text in a table cell or a list item: escape::markdown_cell, and `{`
// as an entity so a page published through Jekyll runs no Liquid tag.
std::string cell(std::string_view text);

// A Markdown paragraph (or several, at blank lines) from free text. Each line
// goes through escape::markdown_text, loses its indentation (four spaces
// would start a code block) and has a leading `-`, `+`, `=` or `1.` / `1)`
// escaped, so user text never starts a list, a heading or a thematic break;
// `{` becomes an entity as in cell().
std::string paragraph(std::string_view text);

// `name` as a code span, safe in a table cell. Names, packages and paths
// ([A-Za-z0-9_.:/-]) qualify; anything else falls back to
// escape::markdown_cell, never a raw backtick.
std::string code(std::string_view name);

// An invariant's canonical text (expr::to_string) as a code span, for list
// items only: it may hold `||`, which would split a table cell.
std::string expression_code(std::string_view text);

// The column label of an attribute: "can_send" -> "Can send", with a "?"
// for bools ("Can send?").
std::string column_label(std::string_view attribute, bool is_bool);

// GitHub's heading anchors: lower case, punctuation dropped, spaces as '-',
// and "-1", "-2", ... for repeated headings, in document order.
class Anchors {
 public:
  // The anchor of the next heading with this text.
  std::string add(std::string_view heading);

 private:
  std::map<std::string, int, std::less<>> seen_;
};

// An invariant in words, names as code spans: `collectable -> terminal` is
// "if `collectable` then `terminal`", `exactly_one(a, b)` is "exactly one of
// `a` and `b`", `a != b` on bools is "exactly one of `a` and `b`", `a == b`
// is "`a` exactly when `b`", `tone == danger` is "`tone` is `danger`".
// Iterative, so a long `a && b && ...` chain costs no stack.
std::string prose(const expr::Expr& expr);

}  // namespace statusc::md
