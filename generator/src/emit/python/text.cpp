#include "emit/python/text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "emit/escape.h"
#include "util/utf8.h"

namespace statusc::py {
namespace {

std::string spaces(size_t n) { return std::string(n, ' '); }

std::string hex_escape(uint32_t cp) {
  char buf[16];
  if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
  else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
  else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
  return buf;
}

std::string visible(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned>(cp));
  return buf;
}

// Decodes the character at `i` and moves past it. The spec is valid UTF-8,
// but a YAML escape such as "\ud800" gives a surrogate (encoded as three
// bytes, which Python's decoder refuses): it is decoded here so that it can
// be written as an escape. Any other bad byte becomes U+FFFD.
uint32_t next_char(std::string_view s, size_t& i, bool& valid) {
  uint32_t cp = 0;
  size_t n = utf8::decode(s, i, cp);
  valid = n != 0;
  if (valid) {
    i += n;
    return cp;
  }
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 2 < s.size() && byte(i) == 0xED && byte(i + 1) >= 0xA0 && byte(i + 1) <= 0xBF && (byte(i + 2) & 0xC0) == 0x80) {
    cp = 0xD000u | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu);
    i += 3;
    return cp;
  }
  i += 1;
  return 0xFFFD;
}

bool is_control(uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }
bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// Characters that never appear raw in a string literal or a docstring.
bool needs_escape(uint32_t cp, bool valid) {
  return !valid || is_control(cp) || is_surrogate(cp) || utf8::is_bidi_control(cp) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0xFEFF;
}

// Whitespace str.strip() and str.splitlines() see besides ' ' (black strips
// and re-indents docstring lines with them): escaped in docstrings.
bool is_unicode_space(uint32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

// One docstring line's body. `first_of_body`: a quote here would follow the
// opening `"""`.
std::string docstring_line(std::string_view line, bool first_of_body) {
  std::string out;
  out.reserve(line.size());
  bool after_quote = first_of_body;  // the previous character written is a raw quote (or the opening)
  size_t i = 0;
  while (i < line.size()) {
    const size_t plain = escape::copy_plain(line, i, out, [](char c) { return c == '\\' || c == '"'; });
    if (plain != i) after_quote = false;
    i = plain;
    if (i == line.size()) break;
    size_t start = i;
    bool valid = true;
    uint32_t cp = next_char(line, i, valid);
    bool quote = false;
    if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '"') {
      if (after_quote) {
        out += "\\\"";
      } else {
        out += '"';
        quote = true;
      }
    } else if (cp == '\t') {
      out += "\\t";
    } else if (needs_escape(cp, valid) || is_unicode_space(cp)) {
      out += hex_escape(cp);
    } else {
      out.append(line.substr(start, i - start));
    }
    after_quote = quote;
  }
  return out;
}

}  // namespace

std::string string_literal(std::string_view text) {
  const auto doubles = std::count(text.begin(), text.end(), '"');
  const auto singles = std::count(text.begin(), text.end(), '\'');
  const char quote = doubles > singles ? '\'' : '"';
  std::string out(1, quote);
  out.reserve(text.size() + 2);
  size_t i = 0;
  while (i < text.size()) {
    i = escape::copy_plain(text, i, out, [quote](char c) { return c == quote || c == '\\'; });
    if (i == text.size()) break;
    size_t start = i;
    bool valid = true;
    uint32_t cp = next_char(text, i, valid);
    if (cp == static_cast<uint32_t>(quote)) {
      out += '\\';
      out += quote;
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (needs_escape(cp, valid)) {
      out += hex_escape(cp);
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out + quote;
}

std::vector<std::string> docstring(std::string_view text, size_t indent) {
  std::vector<std::string> raw;
  const size_t width = indent + 40 < 79 ? 79 - indent : 40;
  for (const std::string& line : escape::lines(text)) {
    for (std::string& piece : escape::wrap(line, width)) {
      while (!piece.empty() && piece.back() == ' ') piece.pop_back();
      raw.push_back(std::move(piece));
    }
  }
  while (!raw.empty() && raw.front().find_first_not_of(' ') == std::string::npos) raw.erase(raw.begin());
  if (raw.empty()) return {};
  raw.front().erase(0, raw.front().find_first_not_of(' '));
  std::vector<std::string> body;
  for (size_t k = 0; k < raw.size(); ++k) body.push_back(docstring_line(raw[k], k == 0));
  const std::string in = spaces(indent);
  if (body.size() == 1 && body[0].back() != '"' && indent + body[0].size() + 6 <= kLineLength)
    return {in + "\"\"\"" + body[0] + "\"\"\""};
  // black re-indents the lines after the first by their common indentation
  // (PEP 257): when every one is indented, the first space of one of them is
  // written as an escape so that the common indentation is none.
  bool all_indented = true, any = false;
  for (size_t k = 1; k < body.size(); ++k) {
    if (body[k].empty()) continue;
    any = true;
    all_indented = all_indented && body[k][0] == ' ';
  }
  if (any && all_indented) {
    for (size_t k = 1; k < body.size(); ++k)
      if (!body[k].empty()) {
        body[k].replace(0, 1, "\\x20");
        break;
      }
  }
  std::vector<std::string> out;
  out.push_back(in + "\"\"\"" + body[0]);
  for (size_t k = 1; k < body.size(); ++k) out.push_back(body[k].empty() ? std::string() : in + body[k]);
  out.push_back(in + "\"\"\"");
  return out;
}

std::string comment_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    i = escape::copy_plain(text, i, out, [](char) { return false; });
    if (i == text.size()) break;
    size_t start = i;
    bool valid = true;
    uint32_t cp = next_char(text, i, valid);
    if (needs_escape(cp, valid) && cp != '\t') out += visible(cp);
    else out.append(text.substr(start, i - start));
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  return out;
}

std::string def_header(size_t indent, std::string_view name, const std::vector<std::string>& params,
                       std::string_view result) {
  const std::string in = spaces(indent);
  std::string joined;
  for (const std::string& p : params) {
    if (!joined.empty()) joined += ", ";
    joined += p;
  }
  std::string one = in + "def " + std::string(name) + "(" + joined + ") -> " + std::string(result) + ":";
  if (one.size() <= kLineLength) return one;
  std::string out = in + "def " + std::string(name) + "(\n";
  for (const std::string& p : params) out += in + "    " + p + ",\n";
  std::string tail = in + ") -> " + std::string(result) + ":";
  if (tail.size() <= kLineLength) return out + tail;
  // A return annotation too long for its line goes in parentheses, split
  // before `|` when it still does not fit.
  std::string annotation = in + "    " + std::string(result);
  size_t bar = result.rfind(" | ");
  if (annotation.size() > kLineLength) {
    if (bar == std::string_view::npos) return out + tail;  // parentheses would not help
    annotation = in + "    " + std::string(result.substr(0, bar)) + "\n" + in + "    |" + std::string(result.substr(bar + 2));
  }
  return out + in + ") -> (\n" + annotation + "\n" + in + "):";
}

namespace {

bool fits(const std::vector<std::string>& lines) {
  return std::all_of(lines.begin(), lines.end(), [](const std::string& l) { return l.size() <= kLineLength; });
}

// `block`'s lines, each prefixed with `indent` spaces (empty lines stay
// empty), and `suffix` after the last. Each line is built in place: the
// tables of a large machine lay out thousands of items.
void add_indented(std::vector<std::string>& out, std::string_view block, size_t indent, std::string_view suffix) {
  for (size_t start = 0;;) {
    size_t end = block.find('\n', start);
    std::string_view line = block.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    const std::string_view tail = end == std::string_view::npos ? suffix : std::string_view();
    std::string& added = out.emplace_back();
    if (!line.empty() || !tail.empty()) {
      added.reserve(indent + line.size() + tail.size());
      added.append(indent, ' ');
      added.append(line);
      added.append(tail);
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

std::string joined(const std::vector<std::string>& lines) {
  size_t size = lines.size();
  for (const std::string& l : lines) size += l.size();
  std::string out;
  out.reserve(size);
  for (const std::string& l : lines) {
    if (!out.empty()) out += '\n';
    out += l;
  }
  return out;
}

std::vector<std::string> layout(size_t indent, std::string_view prefix, const Bracketed& e, bool optional_parens) {
  const std::string in = spaces(indent);
  const bool multiline = std::any_of(e.items.begin(), e.items.end(),
                                     [](const std::string& item) { return item.find('\n') != std::string::npos; });
  if (e.items.empty() || (!e.exploded && !multiline)) {
    std::string flat = in + std::string(prefix) + e.callee + e.open;
    for (size_t k = 0; k < e.items.size(); ++k) {
      if (k) flat += ", ";
      flat += e.items[k];
    }
    flat += e.close + e.tail;
    if (flat.size() <= kLineLength || e.items.empty()) return {flat};
  }
  std::vector<std::string> split{in + std::string(prefix) + e.callee + e.open};
  for (const std::string& item : e.items) add_indented(split, item, indent + 4, e.exploded ? "," : "");
  split.push_back(in + e.close + e.tail);
  if (!optional_parens || split.front().size() <= kLineLength) return split;
  std::vector<std::string> wrapped{in + std::string(prefix) + "("};
  for (std::string& line : layout(indent + 4, "", e, false)) wrapped.push_back(std::move(line));
  wrapped.push_back(in + ")");
  return fits(wrapped) ? wrapped : split;
}

}  // namespace

std::string statement(size_t indent, std::string_view prefix, const Bracketed& expression, bool optional_parens) {
  return joined(layout(indent, prefix, expression, optional_parens));
}

std::string return_comparison(size_t indent, std::string_view left, std::string_view op, std::string_view right) {
  const std::string in = spaces(indent);
  const std::string body = std::string(left) + " " + std::string(op) + " " + std::string(right);
  if (indent + 7 + body.size() <= kLineLength) return in + "return " + body;
  if (indent + 4 + body.size() <= kLineLength) return in + "return (\n" + in + "    " + body + "\n" + in + ")";
  return in + "return (\n" + in + "    " + std::string(left) + "\n" + in + "    " + std::string(op) + " " +
         std::string(right) + "\n" + in + ")";
}

std::string class_header(std::string_view name, std::string_view bases) {
  std::string one = "class " + std::string(name) + "(" + std::string(bases) + "):";
  if (one.size() <= kLineLength) return one;
  return "class " + std::string(name) + "(\n    " + std::string(bases) + "\n):";
}

std::string assignment(size_t indent, std::string_view target, std::string_view value) {
  const std::string in = spaces(indent);
  std::string one = in + std::string(target) + " = " + std::string(value);
  if (one.size() <= kLineLength || indent + 4 + value.size() > kLineLength) return one;
  return in + std::string(target) + " = (\n" + in + "    " + std::string(value) + "\n" + in + ")";
}

}  // namespace statusc::py
