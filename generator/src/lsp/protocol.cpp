#include "lsp/protocol.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <istream>
#include <ostream>

#include "util/utf8.h"

namespace statusc::lsp {
namespace {

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

ReadStatus read_message(std::istream& in, std::string& body) {
  std::optional<size_t> length;
  bool bad = false;
  bool any_header = false;
  std::string line;
  while (true) {
    if (!std::getline(in, line)) return any_header ? ReadStatus::BadHeader : ReadStatus::End;
    std::string_view header = trim(line);
    if (header.empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    if (starts_with_ci(header, "content-length:")) {
      std::string_view number = trim(header.substr(15));
      size_t value = 0;
      auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
      if (ec != std::errc() || end != number.data() + number.size()) bad = true;
      else length = value;
    }
  }
  if (bad || !length) return ReadStatus::BadHeader;
  if (*length > kMaxMessageBytes) {
    in.ignore(static_cast<std::streamsize>(*length));
    return ReadStatus::TooLarge;
  }
  body.assign(*length, '\0');
  in.read(body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<size_t>(in.gcount()) != *length) return ReadStatus::End;
  return ReadStatus::Message;
}

void write_message(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

const char* encoding_name(Encoding e) { return e == Encoding::Utf8 ? "utf-8" : "utf-16"; }

int to_character(std::string_view line, int byte_column, Encoding e) {
  size_t end = std::min(line.size(), static_cast<size_t>(std::max(byte_column, 0)));
  if (e == Encoding::Utf8) return static_cast<int>(end);
  int units = 0;
  size_t i = 0;
  while (i < end) {
    uint32_t cp = 0;
    size_t n = utf8::decode_lenient(line, i, cp);
    units += cp >= 0x10000 ? 2 : 1;
    i += n;
  }
  return units;
}

int to_byte_column(std::string_view line, int character, Encoding e) {
  if (character <= 0) return 0;
  if (e == Encoding::Utf8) return static_cast<int>(utf8::boundary_at_or_before(line, std::min(line.size(), static_cast<size_t>(character))));
  int units = 0;
  size_t i = 0;
  while (i < line.size()) {
    uint32_t cp = 0;
    size_t n = utf8::decode_lenient(line, i, cp);
    int width = cp >= 0x10000 ? 2 : 1;
    // A position inside a surrogate pair stays before the character.
    if (units + width > character) break;
    units += width;
    i += n;
  }
  return static_cast<int>(i);
}

json position(const SourceFile& file, int line, int byte_column, Encoding e) {
  if (line < 0) return {{"line", 0}, {"character", 0}};
  return {{"line", line}, {"character", to_character(file.line_text(line), byte_column, e)}};
}

json range_of(const SourceFile& file, const Location& loc, Encoding e) {
  if (!loc.has_position()) return {{"start", position(file, 0, 0, e)}, {"end", position(file, 0, 0, e)}};
  std::string_view text = file.line_text(loc.line);
  int end = loc.column + std::max(loc.length, 1);
  if (static_cast<size_t>(end) > text.size()) end = static_cast<int>(std::max(text.size(), static_cast<size_t>(loc.column)));
  return {{"start", position(file, loc.line, loc.column, e)}, {"end", position(file, loc.line, end, e)}};
}

std::optional<BytePosition> byte_position(const SourceFile& file, const json& pos, Encoding e) {
  if (!pos.is_object()) return std::nullopt;
  auto line = pos.find("line");
  auto character = pos.find("character");
  if (line == pos.end() || character == pos.end() || !line->is_number_integer() || !character->is_number_integer())
    return std::nullopt;
  long long l = line->get<long long>();
  long long c = character->get<long long>();
  if (l < 0 || c < 0) return std::nullopt;
  BytePosition result;
  if (l >= file.line_count()) {
    result.line = file.line_count() - 1;
    result.column = static_cast<int>(file.line_text(result.line).size());
    return result;
  }
  result.line = static_cast<int>(l);
  result.column = to_byte_column(file.line_text(result.line), static_cast<int>(std::min<long long>(c, 1 << 30)), e);
  return result;
}

std::string path_from_uri(std::string_view uri) {
  constexpr std::string_view scheme = "file://";
  if (uri.substr(0, scheme.size()) != scheme) return {};
  uri.remove_prefix(scheme.size());
  size_t slash = uri.find('/');  // skip an authority ("localhost")
  if (slash == std::string_view::npos) return {};
  uri.remove_prefix(slash);
  std::string path;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && hex_value(uri[i + 1]) >= 0 && hex_value(uri[i + 2]) >= 0) {
      path += static_cast<char>(hex_value(uri[i + 1]) * 16 + hex_value(uri[i + 2]));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

std::string uri_from_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri;
}

}  // namespace statusc::lsp
