#include "parse/yaml_comments.h"

#include "parse/text_checks.h"

namespace statusc {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }

// A quote opens a quoted scalar only where a value or key starts: at the
// start of a line or after an indicator (`: `, `- `, `? `, `,`, `[`, `{`).
// Elsewhere it is part of plain text, as in `description: don't`.
bool opens_quote(std::string_view text, size_t i, size_t line_start) {
  size_t j = i;
  while (j > line_start && is_blank(text[j - 1])) --j;
  if (j == line_start) return true;
  char before = text[j - 1];
  if (before == ',' || before == '[' || before == '{') return true;
  if (before == ':' || before == '-' || before == '?') return j < i;
  return false;
}

// `|` or `>` at `i` starts a block scalar when it is a whole value: after
// `: ` or `- ` (or alone on a line), followed only by chomping and
// indentation indicators, then a comment or the end of the line.
bool opens_block(std::string_view text, size_t i, size_t line_start) {
  size_t j = i;
  while (j > line_start && is_blank(text[j - 1])) --j;
  if (j < i && j > line_start && text[j - 1] != ':' && text[j - 1] != '-') return false;
  if (j == i && j != line_start) return false;
  size_t k = i + 1;
  while (k < text.size() && (text[k] == '+' || text[k] == '-' || (text[k] >= '1' && text[k] <= '9'))) ++k;
  if (k < text.size() && !is_blank(text[k]) && !is_break(text[k])) return false;
  while (k < text.size() && is_blank(text[k])) ++k;
  return k >= text.size() || is_break(text[k]) || text[k] == '#';
}

}  // namespace

std::vector<YamlComment> find_comments(const SourceFile& file) {
  std::vector<YamlComment> comments;
  const std::string_view text = file.text();
  // Linear scan over the whole text: quoted scalars may run over lines.
  int block_parent = -1;   // inside a block scalar: lines indented more than this are its text
  int pending_block = -1;  // a block scalar opens on the next line
  size_t pos = 0;
  int line = 0;
  while (pos < text.size() && line < file.line_count()) {
    std::string_view l = file.line_text(line);
    const size_t line_start = static_cast<size_t>(l.data() - text.data());
    if (pos < line_start) pos = line_start;
    const size_t line_end = line_start + l.size();
    if (block_parent >= 0) {
      size_t indent = yaml_text::indent_of(l);
      bool blank = l.find_first_not_of(" \t") == std::string_view::npos;
      if (blank || static_cast<int>(indent) > block_parent) {
        ++line;
        continue;
      }
      block_parent = -1;
    }
    size_t resume_line = static_cast<size_t>(line) + 1;
    for (size_t i = pos; i < line_end; ++i) {
      const char c = text[i];
      if ((c == '"' || c == '\'') && opens_quote(text, i, line_start)) {
        size_t e = yaml_text::quote_end(text, i);
        if (e == std::string_view::npos) return comments;
        if (e > line_end) {
          // The quote closes on a later line: go on scanning there.
          int l2 = 0, c2 = 0;
          file.position_of(e - 1, l2, c2);
          pos = e;
          resume_line = static_cast<size_t>(l2);
          break;
        }
        i = e - 1;
      } else if (c == '#' && (i == line_start || is_blank(text[i - 1]))) {
        YamlComment comment;
        comment.line = line;
        comment.column = static_cast<int>(i - line_start);
        comment.whole_line = text.substr(line_start, i - line_start).find_first_not_of(" \t") == std::string_view::npos;
        comment.text = text.substr(i, line_end - i);
        comments.push_back(comment);
        break;
      } else if ((c == '|' || c == '>') && opens_block(text, i, line_start)) {
        yaml_text::LineShape shape = yaml_text::shape_of(l);
        pending_block = static_cast<int>(shape.has_key ? shape.key_column : shape.indent);
      }
    }
    if (resume_line == static_cast<size_t>(line) + 1) {
      if (pending_block >= 0) block_parent = pending_block;
      pending_block = -1;
      ++line;
      pos = 0;
    } else {
      line = static_cast<int>(resume_line);  // pos stays just past the closing quote
    }
  }
  return comments;
}

}  // namespace statusc
