#pragma once
// Escaping user text for each output context, in one place.
//
// Spec text can hold any Unicode: YAML double-quoted escapes ("\0", "\u202e",
// "\r") produce characters the raw-byte checks never see. So every function
// here treats control characters, bidi controls (Trojan Source), line and
// paragraph separators, and the context's own terminators explicitly. No user
// text reaches generated output except through these functions.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace statusc::escape {

// Characters that must never appear raw in any output: controls but tab,
// DEL and C1, bidi controls (Trojan Source), U+2028/U+2029 (they end a line
// in some targets) and U+FEFF (rejected mid-file by some compilers).
bool is_hazard(uint32_t cp);

// Splits text into lines at LF, CR LF, lone CR, NEL, U+2028 and U+2029 (each
// ends a line or a comment in some target), dropping trailing empty lines.
std::vector<std::string> lines(std::string_view text);

// Word-wraps one line to `width` columns for a comment: breaks at spaces
// (the spaces at a break are dropped, runs inside a line are kept), keeps
// the line's leading indentation on every piece, and leaves a word longer
// than `width` whole on its own line. An empty line stays one empty line.
std::vector<std::string> wrap(std::string_view line, size_t width);

// One line of a comment in C++, protobuf or TypeScript: control and bidi
// characters become a visible "<U+XXXX>", `*/` becomes `*\/` (so block
// comments cannot be closed), and a backslash that ends the line is shown as
// "<U+005C>" so no line splice can swallow the next line.
std::string comment_line(std::string_view line);
// comment_line for C++, where `??/` is also written `?\?/`: at the end of a
// line it is a trigraph line splice to compilers that honour trigraphs, and
// g++ -Wall (-Wtrigraphs) rejects it under -Werror even in C++17.
std::string cpp_comment_line(std::string_view line);

// A C++ string literal, quotes included. Non-ASCII and control bytes are
// octal escapes (never \x, which would absorb following hex digits), and `?`
// is escaped against trigraphs.
std::string cpp_string(std::string_view text);
// A protobuf string literal (file options), quotes included.
std::string proto_string(std::string_view text);
// A TypeScript/JavaScript string literal in double quotes: JSON escapes,
// plus \u escapes for U+2028, U+2029 and bidi controls.
std::string ts_string(std::string_view text);

// Text inside a Markdown table cell: `|`, backticks, `\` and Markdown
// punctuation are backslash-escaped, `<`, `>` and `&` become entities, line
// breaks become <br>, control and bidi characters become "<U+XXXX>".
std::string markdown_cell(std::string_view text);
// A Markdown paragraph: the same, but line breaks stay line breaks.
std::string markdown_text(std::string_view text);

// Appends to `out` the run of printable ASCII (U+0020 to U+007E) at `i` in
// which `special` is false, and returns where the run ends. Every escaper
// copies such characters unchanged; copying the run at once spares decoding
// and appending them one by one, which was most of the cost of escaping.
template <typename Special>
size_t copy_plain(std::string_view text, size_t i, std::string& out, Special special) {
  size_t end = i;
  while (end < text.size()) {
    const auto c = static_cast<unsigned char>(text[end]);
    if (c < 0x20 || c >= 0x7F || special(static_cast<char>(c))) break;
    ++end;
  }
  out.append(text.data() + i, end - i);
  return end;
}

}  // namespace statusc::escape
