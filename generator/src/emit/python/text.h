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

// `<head><open><inner><close><tail>` at `indent`, where open/close is the
// last bracket pair of the line and `inner` holds no top-level comma: one
// line when it fits, else split inside the brackets as black does.
std::string bracketed(size_t indent, std::string_view head, char open, std::string_view inner, char close,
                      std::string_view tail);

// `target = value` at `indent` for a value black cannot split (a string
// literal): black wraps the value in parentheses when the line is too long
// and the value alone fits.
std::string assignment(size_t indent, std::string_view target, std::string_view value);

// A one-tuple `(item,)` that ends a line `<head>(item,)<tail>` at `indent`:
// inline when it fits, else exploded.
std::string one_tuple(size_t indent, std::string_view head, std::string_view item, std::string_view tail);

}  // namespace statusc::py
