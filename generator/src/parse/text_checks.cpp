#include "parse/text_checks.h"

#include <cstdio>

namespace statusc {
namespace {

std::string codepoint_name(uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

// Decodes one UTF-8 sequence at `i`; returns its length, or 0 if invalid
// (overlong forms, surrogates and values past U+10FFFF are invalid).
size_t decode(const std::string& s, size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { cp = c; return 1; }
  size_t len;
  uint32_t min;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool is_bidi_control(uint32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
         cp == 0x200E || cp == 0x200F || cp == 0x061C;
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
    size_t len = decode(s, i, cp);
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
    } else if (is_bidi_control(cp)) {
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
