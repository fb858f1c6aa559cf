#pragma once
// The Language Server Protocol's wire level: Content-Length framing, the
// JSON-RPC error codes, and positions. LSP columns count UTF-16 code units
// unless the client offers UTF-8 (`general.positionEncodings`); statusc's
// Locations count bytes, so every position crossing the wire is converted
// here, on the line's text.

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diag/source_file.h"

namespace statusc::lsp {

using json = nlohmann::json;

namespace error_code {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestFailed = -32803;
}  // namespace error_code

// Messages larger than this are read and dropped with an error reply: a
// spec is at most 16 MiB, and a JSON-escaped one can double in size.
inline constexpr size_t kMaxMessageBytes = size_t{64} << 20;

enum class ReadStatus {
  Message,    // `body` holds one message
  End,        // end of input before a header
  BadHeader,  // a header block without a usable Content-Length (skipped)
  TooLarge,   // the body was read and dropped
};

// Reads one `Content-Length: N\r\n...\r\n\r\n<N bytes>` message. Header
// lines may end in \n alone; other headers (Content-Type) are ignored.
ReadStatus read_message(std::istream& in, std::string& body);
void write_message(std::ostream& out, const std::string& body);

enum class Encoding { Utf8, Utf16 };
const char* encoding_name(Encoding e);  // "utf-8" / "utf-16"

// The LSP character offset of byte column `byte_column` on `line`
// (clamped to the line), and back. Invalid UTF-8 counts one unit per byte.
int to_character(std::string_view line, int byte_column, Encoding e);
int to_byte_column(std::string_view line, int character, Encoding e);

// {"line": L, "character": C} for a byte position in `file`.
json position(const SourceFile& file, int line, int byte_column, Encoding e);
// The range a diagnostic's caret covers: `loc.length` bytes from its
// column, cut at the end of the line; an empty range at 0:0 when the
// location has no position.
json range_of(const SourceFile& file, const Location& loc, Encoding e);

// A byte position from an LSP position; nullopt when `pos` is malformed.
// Lines past the end clamp to the end of the file.
struct BytePosition {
  int line = 0;
  int column = 0;
};
std::optional<BytePosition> byte_position(const SourceFile& file, const json& pos, Encoding e);

// file:///a/b%20c.yaml -> /a/b c.yaml; "" for URIs that are not file URIs.
std::string path_from_uri(std::string_view uri);
std::string uri_from_path(std::string_view path);

}  // namespace statusc::lsp
