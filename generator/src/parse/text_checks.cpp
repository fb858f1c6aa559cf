#include "parse/text_checks.h"

#include <algorithm>
#include <cstdio>

#include "util/utf8.h"

namespace statusc {
namespace {

std::string codepoint_name(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

Location at(const SourceFile& file, size_t offset, int length) {
  Location loc;
  loc.file = &file;
  file.position_of(offset, loc.line, loc.column);
  loc.length = length;
  return loc;
}

}  // namespace

bool check_text(const SourceFile& file, DiagnosticEngine& diags) {
  const std::string& s = file.text();
  auto starts_with = [&](std::string_view prefix) { return std::string_view(s).substr(0, prefix.size()) == prefix; };
  if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF") || starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    diags.report(DiagKind::InvalidEncoding, at(file, 0, 2),
                 "the file is UTF-16 or UTF-32 encoded; save it as UTF-8");
    return false;
  }
  size_t i = starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a UTF-8 BOM is harmless
  bool text_ok = true;
  while (i < s.size()) {
    uint32_t cp = 0;
    size_t len = utf8::decode(s, i, cp);
    if (len == 0) {
      diags.report(DiagKind::InvalidEncoding, at(file, i, 1),
                   "invalid UTF-8 byte sequence; spec files must be UTF-8 text");
      return false;  // positions after this point would be meaningless
    }
    if (cp == 0) {
      diags.report(DiagKind::InvalidEncoding, at(file, i, 1),
                   "NUL byte in the file; is this a binary file?");
      return false;
    }
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F ||
        (cp >= 0x80 && cp <= 0x9F)) {
      diags.report(DiagKind::YamlSyntax, at(file, i, static_cast<int>(len)),
                   "control character " + codepoint_name(cp) + " is not allowed in YAML");
      text_ok = false;
    } else if (utf8::is_bidi_control(cp)) {
      diags.report(DiagKind::BidiCharacter, at(file, i, static_cast<int>(len)),
                   "bidirectional control character " + codepoint_name(cp) +
                       " can make text display differently from what compilers read "
                       "(Trojan Source); remove it");
    }
    i += len;
  }
  return text_ok;
}

}  // namespace statusc

namespace statusc::yaml_text {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }
bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// A quote at `i` opens a quoted scalar only at the start of a token.
bool opens_quote(std::string_view text, size_t i) {
  if (text[i] != '"' && text[i] != '\'') return false;
  if (i == 0) return true;
  char before = text[i - 1];
  return is_space(before) || is_break(before) || before == ':' || before == '-' || is_flow_indicator(before);
}

// Where a comment starts on `line` at or after `from` (a '#' at the start or
// after white space, outside quotes), or the line's length.
size_t comment_start(std::string_view line, size_t from) {
  for (size_t i = from; i < line.size(); ++i) {
    if (opens_quote(line, i)) {
      size_t end = quote_end(line, i);
      if (end == std::string_view::npos) return line.size();
      i = end - 1;
    } else if (line[i] == '#' && (i == from || is_space(line[i - 1]))) {
      return i;
    }
  }
  return line.size();
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (is_space(s.back()) || is_break(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

size_t quote_end(std::string_view text, size_t open) {
  char q = text[open];
  for (size_t i = open + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
  }
  return std::string_view::npos;
}


size_t indent_of(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

bool is_content(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  return i < line.size() && line[i] != '#';
}

bool is_word(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
      return false;
  return true;
}

LineShape shape_of(std::string_view line) {
  LineShape s;
  s.indent = indent_of(line);
  size_t i = s.indent;
  while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || is_space(line[i + 1]))) {
    s.dash = true;
    ++i;
    while (i < line.size() && is_space(line[i])) ++i;
  }
  s.key_column = i;
  s.text = trim_right(line.substr(s.indent, comment_start(line, s.indent) - s.indent));
  size_t colon = std::string_view::npos;
  if (i < line.size() && opens_quote(line, i)) {
    size_t end = quote_end(line, i);
    if (end != std::string_view::npos) {
      size_t j = end;
      while (j < line.size() && is_space(line[j])) ++j;
      if (j < line.size() && line[j] == ':' && (j + 1 == line.size() || is_space(line[j + 1]))) {
        s.key = line.substr(i, end - i);
        colon = j;
      }
    }
  } else if (i < line.size() && std::string_view("{[#|>&*!%@`").find(line[i]) == std::string_view::npos) {
    for (size_t j = i; j < line.size(); ++j) {
      if (line[j] == '#' && j > i && is_space(line[j - 1])) break;
      if (line[j] == ':' && (j + 1 == line.size() || is_space(line[j + 1]))) {
        s.key = trim_right(line.substr(i, j - i));
        colon = j;
        break;
      }
    }
  }
  if (colon == std::string_view::npos || s.key.empty()) return s;
  s.has_key = true;
  size_t v = colon + 1;
  while (v < line.size() && is_space(line[v])) ++v;
  s.value_column = v;
  s.value = trim_right(line.substr(v, comment_start(line, v) - v));
  return s;
}

size_t plain_end(std::string_view text, size_t start, bool flow) {
  size_t end = start;
  for (size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    if (is_break(c)) {
      if (!flow) break;
      continue;
    }
    if (c == ':' && (i + 1 == text.size() || is_space(text[i + 1]) || is_break(text[i + 1]) ||
                     (flow && is_flow_indicator(text[i + 1]))))
      break;
    if (c == '#' && i > start && (is_space(text[i - 1]) || is_break(text[i - 1]))) break;
    if (flow && is_flow_indicator(c)) break;
    if (!is_space(c)) end = i + 1;
  }
  return end;
}

ValueStart value_start_before(std::string_view line, size_t column, bool flow) {
  ValueStart v;
  size_t i = std::min(column, line.size());
  size_t indent = indent_of(line);
  size_t start = indent;
  for (; i > indent; --i) {
    size_t p = i - 1;
    if (line[p] == ':' && p + 1 < column && is_space(line[p + 1])) {
      v.after = ValueStart::After::Colon;
      start = p + 1;
      break;
    }
    if (flow && (line[p] == '{' || line[p] == '[' || line[p] == ',')) {
      v.after = ValueStart::After::Flow;
      start = p + 1;
      break;
    }
    if (line[p] == '-' && p + 1 < line.size() && is_space(line[p + 1]) && line.substr(0, p).find_first_not_of(" -") == std::string_view::npos) {
      v.after = ValueStart::After::Dash;
      start = p + 1;
      break;
    }
  }
  while (start < column && start < line.size() && is_space(line[start])) ++start;
  v.column = start;
  return v;
}

size_t closing_bracket(std::string_view text, size_t open) {
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    char c = text[i];
    if (i > open && opens_quote(text, i)) {
      size_t end = quote_end(text, i);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end - 1;
    } else if (c == '#' && i > open && (is_space(text[i - 1]) || is_break(text[i - 1]))) {
      while (i < text.size() && !is_break(text[i])) ++i;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) return i;
    }
  }
  return std::string_view::npos;
}

std::string quoted(std::string_view text) {
  if (text.find('"') == std::string_view::npos && text.find('\\') == std::string_view::npos)
    return "\"" + std::string(text) + "\"";
  std::string out = "'";
  for (char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

std::string double_quoted(std::string_view text) {
  static const char* const kHex = "0123456789ABCDEF";
  auto hex = [](unsigned value) { return std::string("\\x") + kHex[(value >> 4) & 0xF] + kHex[value & 0xF]; };
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::string_view rest = text.substr(i);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += hex(c);
    } else if (c == 0xC2 && rest.size() >= 2 && static_cast<unsigned char>(rest[1]) >= 0x80 &&
               static_cast<unsigned char>(rest[1]) <= 0x9F) {
      // \u, not \x or \N: yaml-cpp reads "\x9F" as the byte 0x9F and "\N"
      // as the byte 0x85, not as the characters.
      out += "\\u00" + hex(static_cast<unsigned char>(rest[1])).substr(2);
      ++i;
    } else if (rest.substr(0, 3) == "\xE2\x80\xA8" || rest.substr(0, 3) == "\xE2\x80\xA9") {
      out += rest[2] == '\xA8' ? "\\L" : "\\P";
      i += 2;
    } else if (rest.substr(0, 3) == "\xEF\xBB\xBF") {
      out += "\\uFEFF";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string folded(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = i;
    while (end < text.size() && !is_break(text[end])) ++end;
    std::string_view piece = text.substr(i, end - i);
    while (!piece.empty() && is_space(piece.front())) piece.remove_prefix(1);
    piece = trim_right(piece);
    if (!piece.empty()) {
      if (!out.empty()) out += ' ';
      out += piece;
    }
    i = end;
    while (i < text.size() && is_break(text[i])) ++i;
  }
  return out;
}

}  // namespace statusc::yaml_text
