#pragma once
// Byte-level checks that run before YAML parsing: encoding, control
// characters and bidirectional overrides. yaml-cpp would accept or mangle
// these silently. Also small readers of YAML source text (yaml_text), used
// to explain a YAML slip in the user's terms.

#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace statusc {

// Reports invalid UTF-8, UTF-16/32 files, NUL and other control characters
// (invalid-encoding / yaml-syntax) and every bidi control character
// (bidi-character). Returns false if parsing should not go on: the bytes are
// not text. Bidi characters alone do not stop parsing, so the rest of the
// file is still checked.
bool check_text(const SourceFile& file, DiagnosticEngine& diags);

// --- YAML source text -------------------------------------------------------
// Small readers of the raw text that the YAML loader uses to explain a slip
// in the user's terms (internal to parse/). They know just enough YAML to
// find where a plain value starts and ends on a line; they never decide
// whether a file is valid, only what a broken or surprising one meant.
namespace yaml_text {

// The spaces before the first other character of `line`.
size_t indent_of(std::string_view line);
// Not blank and not a comment.
bool is_content(std::string_view line);
// Only letters, digits, '_' and '-', and not empty: a word that could be a
// name or key in a spec.
bool is_word(std::string_view s);

// One line of block YAML read as `[- ]key: value`.
struct LineShape {
  size_t indent = 0;        // column of the first character
  size_t key_column = 0;    // after any "- " item markers
  bool dash = false;        // starts with "- "
  bool has_key = false;     // `key:` (plain or quoted key) on this line
  std::string_view key;     // the key as written (quotes included)
  std::string_view value;   // after ": ", up to a comment, trimmed
  size_t value_column = 0;  // where `value` starts
  std::string_view text;    // the line from its first character, comment and trailing spaces cut
};
LineShape shape_of(std::string_view line);

// The end (exclusive, trailing white space excluded) of the plain scalar
// that starts at `start`. In flow context (`flow`) it may run over line
// breaks and ends at , [ ] { }; in block context it ends at the line break.
// Both end at ": " (or ':' before a break or flow indicator) and " #".
size_t plain_end(std::string_view text, size_t start, bool flow);

// Where the value that holds column `column` of `line` starts, scanning
// back to a ": ", a flow indicator ('{', '[', ','), a "- " item marker or
// the line's indentation. Flow indicators count only when `flow`.
struct ValueStart {
  enum class After { Colon, Flow, Dash, Indent } after = After::Indent;
  size_t column = 0;
};
ValueStart value_start_before(std::string_view line, size_t column, bool flow);

// The end of the quoted scalar that opens at `open` (just past the closing
// quote, '' and \" included), or npos if it is not closed.
size_t quote_end(std::string_view text, size_t open);

// The offset of the ']' or '}' that closes the '[' or '{' at `open`,
// skipping quoted text, comments and nested brackets; npos if none does.
size_t closing_bracket(std::string_view text, size_t open);

// `text` written as a YAML quoted scalar that reads back as `text`: double
// quotes, or single quotes when the text holds '"' or '\'.
std::string quoted(std::string_view text);

// `text` as a YAML double-quoted scalar that reads back as `text`: '"' and
// '\' escaped, and the characters YAML does not take literally in quotes
// (C0 and C1 controls, DEL, U+2028, U+2029, a byte-order mark) as escapes.
std::string double_quoted(std::string_view text);

// `text` with each line break and the white space around it folded into one
// space, as YAML folds a plain scalar that spans lines.
std::string folded(std::string_view text);

}  // namespace yaml_text

}  // namespace statusc
