#pragma once
// Python source text for the python emitter: user text escaped for each
// context (string literals, docstrings, comments), and the few statement
// shapes whose layout depends on the length of generated names, laid out
// the way black (the formatter, default 88 columns) would, so the module
// passes `black --check` as generated. docs/generated/python.md describes
// the rules; tests/unit/python_emit_test.cpp pins them.

#include <string>
#include <string_view>
#include <vector>

namespace statusc::py {

constexpr size_t kLineLength = 88;  // black's default

// A str literal of `text`, quoted as black normalises it: double quotes,
// unless the text holds more double than single quotes. Backslashes, the
// quote, line breaks (\n, \r, NEL, U+2028, U+2029), other control
// characters, bidi controls and U+FEFF become escapes; so do surrogates that
// YAML escapes can produce (never valid in UTF-8 source).
std::string string_literal(std::string_view text);

// The lines of a docstring for `text` at `indent` columns, quotes included:
// `"""One line."""`, or the text wrapped to 79 columns after `"""` with the
// closing quotes on a line of their own. The body is escaped so that its
// value is the text (lines re-joined with \n): backslashes doubled (so
// `\N{...}` stays literal), quotes escaped wherever they could close or
// open the string, line separators as line breaks, control characters,
// bidi controls and Unicode spaces other than U+0020 as \x/\u escapes, and
// whitespace black would strip or re-indent (trailing spaces, a common
// indentation) kept out. Empty text gives no lines.
std::vector<std::string> docstring(std::string_view text, size_t indent);

// Text for a `#` comment: control, bidi and line-breaking characters shown
// as "<U+XXXX>", trailing whitespace dropped.
std::string comment_text(std::string_view text);

// `def name(params) -> result:` at `indent`, one line when it fits, else
// one parameter per line with a trailing comma (black keeps that layout).
std::string def_header(size_t indent, std::string_view name, const std::vector<std::string>& params,
                       std::string_view result);

// An expression that ends in one bracket pair: `<callee><open><items><close>
// <tail>`, such as `TABLE.get(text)`, `TABLE[self].field` or
// `typing.Literal["a", "b"]`. An item may span lines (a nested literal,
// indented relative to its first line). `exploded`: the items end with a
// magic trailing comma, so black keeps one per line.
struct Bracketed {
  std::string callee;
  char open = '(';
  std::vector<std::string> items;
  bool exploded = false;
  char close = ')';
  std::string tail;
};

// `<prefix><expression>` at `indent` as black lays it out: on one line when
// it fits (and is not exploded); else split inside the last bracket pair;
// and where the statement has black's invisible parentheses (`return x`,
// `name = x`: `optional_parens`) and that split's first line is still too
// long, wrapped in parentheses when every line then fits.
std::string statement(size_t indent, std::string_view prefix, const Bracketed& expression, bool optional_parens);

// `return <left> <op> <right>` at `indent`, a comparison black wraps in
// parentheses (and then splits before the operator) when it is too long.
std::string return_comparison(size_t indent, std::string_view left, std::string_view op, std::string_view right);

// `class <name>(<bases>):` at the module level, split inside the
// parentheses when it is too long.
std::string class_header(std::string_view name, std::string_view bases);

// `target = value` at `indent` for a value black cannot split (a string
// literal): black wraps the value in parentheses when the line is too long
// and the value alone fits.
std::string assignment(size_t indent, std::string_view target, std::string_view value);

}  // namespace statusc::py
