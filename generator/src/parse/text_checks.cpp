#include "parse/text_checks.h"

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
