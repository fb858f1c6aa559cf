#include "emit/go/text.h"

#include <cstdio>

#include "emit/escape.h"
#include "util/utf8.h"

namespace statusc::go {
namespace {

// White space by Go's unicode.IsSpace that is not a hazard: what
// strings.TrimSpace removes where go/doc/comment looks for blank lines and
// headings, and what go/printer trims at the end of a comment line.
bool is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

std::string format(const char* pattern, unsigned value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, pattern, value);
  return buf;
}

// `line` without white space (is_space) at either end.
std::string trimmed(std::string_view line) {
  size_t begin = 0, end = line.size();
  while (begin < end) {
    uint32_t cp;
    size_t n = utf8::decode(line, begin, cp);
    if (n == 0 || !is_space(cp)) break;
    begin += n;
  }
  while (end > begin) {
    size_t start = utf8::boundary_at_or_before(line, end - 1);
    uint32_t cp;
    size_t n = utf8::decode(line, start, cp);
    if (n == 0 || start + n != end || !is_space(cp)) break;
    end = start;
  }
  return std::string(line.substr(begin, end - begin));
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alnum(char c) { return is_upper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// A line go/doc/comment may take for a heading when it stands alone between
// blank lines: "# text", or an old-style heading (isOldHeading in
// go/doc/comment/parse.go: starts with an upper-case letter, ends with a
// letter or digit, none of ";:!?+*/=[]{}_^&~%#@<\">\\"). Non-ASCII counts as
// a possible letter, so this says yes at least whenever Go would.
bool may_be_heading(const std::string& line) {
  if (line.empty()) return false;
  if (line[0] == '#') return true;
  const unsigned char first = static_cast<unsigned char>(line.front());
  const unsigned char last = static_cast<unsigned char>(line.back());
  if (!(is_upper(line.front()) || first >= 0x80)) return false;
  if (!(is_alnum(line.back()) || last >= 0x80)) return false;
  return line.find_first_of(";:!?+*/=[]{}_^&~%#@<\">\\") == std::string::npos;
}

// A line go/doc/comment may take for a link definition ("[text]: URL").
bool may_be_link_definition(const std::string& line) {
  return !line.empty() && line[0] == '[' && line.find("]:") != std::string::npos;
}

using Paragraph = std::vector<std::string>;

// Appends the paragraphs of `text` (split at blank lines) to `out`.
void add_paragraphs(std::string_view text, size_t width, std::vector<Paragraph>& out) {
  Paragraph current;
  auto flush = [&] {
    if (!current.empty()) out.push_back(std::move(current));
    current.clear();
  };
  for (const std::string& raw : escape::lines(text)) {
    std::string line = trimmed(comment_text(raw));
    if (line.empty()) {
      flush();
      continue;
    }
    for (const std::string& piece : escape::wrap(line, width)) {
      std::string cut = trimmed(piece);
      if (!cut.empty()) current.push_back(std::move(cut));
    }
  }
  flush();
}

}  // namespace

std::string string_literal(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  size_t i = 0;
  while (i < text.size()) {
    i = escape::copy_plain(text, i, out, [](char c) { return c == '"' || c == '\\'; });
    if (i == text.size()) break;
    uint32_t cp;
    size_t n = utf8::decode(text, i, cp);
    if (n == 0) {
      out += format("\\x%02x", static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (cp < 0x80 && escape::is_hazard(cp)) out += format("\\x%02x", cp);
        else if (escape::is_hazard(cp)) out += format("\\u%04x", cp);
        else out.append(text.substr(i, n));
    }
    i += n;
  }
  return out + "\"";
}

std::string comment_text(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  size_t i = 0;
  while (i < line.size()) {
    i = escape::copy_plain(line, i, out, [](char) { return false; });
    if (i == line.size()) break;
    uint32_t cp;
    size_t n = utf8::decode(line, i, cp);
    if (n == 0) {
      out += format("<0x%02X>", static_cast<unsigned char>(line[i]));
      ++i;
      continue;
    }
    if (escape::is_hazard(cp)) out += format("<U+%04X>", cp);
    else out.append(line.substr(i, n));
    i += n;
  }
  replace_all(out, "+build", "<U+002B>build");
  replace_all(out, "go:build", "go<U+003A>build");
  return out;
}

std::vector<std::string> doc_lines(std::string_view summary, std::string_view description, size_t width) {
  std::vector<Paragraph> paragraphs;
  add_paragraphs(summary, width, paragraphs);
  const size_t own = paragraphs.size();
  add_paragraphs(description, width, paragraphs);
  // Description paragraphs Go would reformat join the paragraph before.
  std::vector<Paragraph> kept;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    Paragraph& para = paragraphs[p];
    bool heading = para.size() == 1 && may_be_heading(para[0]);
    bool links = true;
    for (const std::string& line : para) links = links && may_be_link_definition(line);
    if (p >= own && !kept.empty() && (heading || links)) {
      for (std::string& line : para) kept.back().push_back(std::move(line));
    } else {
      kept.push_back(std::move(para));
    }
  }
  std::vector<std::string> out;
  for (Paragraph& para : kept) {
    if (!out.empty()) out.emplace_back();
    for (std::string& line : para) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace statusc::go
