#include "emit/escape.h"

#include <algorithm>
#include <cstdio>

#include "util/utf8.h"

namespace statusc::escape {
namespace {

// Decodes the character at `i` and moves past it. The spec was validated,
// but YAML escapes can still produce anything; a bad byte stands for itself.
uint32_t decode(std::string_view s, size_t& i) {
  uint32_t cp;
  i += utf8::decode_lenient(s, i, cp);
  return cp;
}

bool is_line_break(uint32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029; }

std::string visible(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned>(cp));
  return buf;
}

std::string hex4(uint32_t cp) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
  return buf;
}

std::string octal(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned>(c));
  return buf;
}

// C-family string literal shared by C++ and protobuf.
std::string c_string(std::string_view text, bool escape_question) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  for (size_t i = 0; i < text.size(); ++i) {
    i = copy_plain(text, i, out, [](char c) { return c == '"' || c == '\\' || c == '?'; });
    if (i == text.size()) break;
    const char ch = text[i];
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '?': out += escape_question ? "\\?" : "?"; break;
      default:
        if (c < 0x20 || c >= 0x7F) out += octal(c);
        else out += ch;
    }
  }
  return out + "\"";
}

std::string markdown(std::string_view text, bool cell) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    i = copy_plain(text, i, out, [](char c) {
      return c == '<' || c == '>' || c == '&' || c == '|' || c == '`' || c == '\\' || c == '*' || c == '_' ||
             c == '[' || c == ']' || c == '#' || c == '~';
    });
    if (i == text.size()) break;
    size_t start = i;
    uint32_t cp = decode(text, i);
    if (cp == '\r' && i < text.size() && text[i] == '\n') ++i;  // CR LF is one break
    if (is_line_break(cp)) {
      out += cell ? "<br>" : "\n";
      continue;
    }
    if (is_hazard(cp)) {
      out += visible(cp);
      continue;
    }
    switch (cp) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '|': case '`': case '\\': case '*': case '_': case '[': case ']': case '#': case '~':
        out += '\\';
        out += static_cast<char>(cp);
        break;
      default: out.append(text.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace

bool is_hazard(uint32_t cp) {
  if (cp < 0x80) return (cp < 0x20 && cp != '\t') || cp == 0x7F;  // spares the out-of-line bidi check
  return cp <= 0x9F || utf8::is_bidi_control(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
}

std::vector<std::string> lines(std::string_view text) {
  std::vector<std::string> out(1);
  size_t i = 0;
  while (i < text.size()) {
    i = copy_plain(text, i, out.back(), [](char) { return false; });
    if (i == text.size()) break;
    size_t start = i;
    uint32_t cp = decode(text, i);
    if (cp == '\r' && i < text.size() && text[i] == '\n') ++i;
    if (is_line_break(cp)) {
      out.emplace_back();
    } else {
      out.back().append(text.substr(start, i - start));
    }
  }
  while (out.size() > 1 && out.back().empty()) out.pop_back();
  return out;
}

std::vector<std::string> wrap(std::string_view line, size_t width) {
  size_t indent = line.find_first_not_of(' ');
  std::vector<std::string> out;
  if (line.size() <= width || indent == std::string_view::npos) {
    out.emplace_back(line);  // a braced {std::string(line)} would copy it once more
    return out;
  }
  const std::string lead(line.substr(0, indent));
  std::string current = lead;
  auto flush = [&] {
    while (current.size() > lead.size() && current.back() == ' ') current.pop_back();
    out.push_back(current);
    current = lead;
  };
  size_t i = indent;
  while (i < line.size()) {
    size_t end = std::min(line.find(' ', i), line.size());
    size_t next = std::min(line.find_first_not_of(' ', end), line.size());
    std::string_view word = line.substr(i, end - i);
    if (current.size() > lead.size() && current.size() + word.size() > width) flush();
    current.append(word);
    current.append(line.substr(end, next - end));
    i = next;
  }
  flush();
  return out;
}

std::string comment_line(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  size_t i = 0;
  while (i < line.size()) {
    i = copy_plain(line, i, out, [](char c) { return c == '*'; });
    if (i == line.size()) break;
    size_t start = i;
    uint32_t cp = decode(line, i);
    if (is_hazard(cp) || is_line_break(cp)) {
      out += visible(cp);
    } else if (cp == '*' && i < line.size() && line[i] == '/') {
      out += "*\\/";
      ++i;
    } else {
      out.append(line.substr(start, i - start));
    }
  }
  // A backslash before the newline splices the next line into a // comment
  // (even with spaces between, in GCC). Never end a line with one.
  size_t end = out.find_last_not_of(" \t");
  if (end != std::string::npos && out[end] == '\\') out.replace(end, 1, "<U+005C>");
  return out;
}

std::string cpp_comment_line(std::string_view line) {
  std::string out = comment_line(line);
  for (size_t at = out.find("?\?/"); at != std::string::npos; at = out.find("?\?/", at + 4))
    out.insert(at + 1, 1, '\\');
  return out;
}

std::string cpp_string(std::string_view text) { return c_string(text, true); }
std::string proto_string(std::string_view text) { return c_string(text, false); }

std::string ts_string(std::string_view text) {
  std::string out = "\"";
  out.reserve(text.size() + 2);
  size_t i = 0;
  while (i < text.size()) {
    i = copy_plain(text, i, out, [](char c) { return c == '"' || c == '\\'; });
    if (i == text.size()) break;
    size_t start = i;
    uint32_t cp = decode(text, i);
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (is_hazard(cp)) out += hex4(cp);
        else out.append(text.substr(start, i - start));
    }
  }
  return out + "\"";
}

std::string markdown_cell(std::string_view text) { return markdown(text, true); }
std::string markdown_text(std::string_view text) { return markdown(text, false); }

}  // namespace statusc::escape
