#pragma once
// UTF-8 decoding and the bidi controls, shared by the text checks, the
// diagnostic renderer and the output escapers.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace statusc::utf8 {

// Decodes the character at s[i]. Returns its length in bytes, or 0 when the
// bytes there are not valid UTF-8 (a bad lead or continuation byte, a
// truncated sequence, an overlong form, a surrogate, or past U+10FFFF).
size_t decode(std::string_view s, size_t i, uint32_t& cp);

// The same, for callers that go on after bad bytes: an invalid byte decodes
// as itself (cp = the byte) with length 1.
size_t decode_lenient(std::string_view s, size_t i, uint32_t& cp);

// The largest i' <= i that does not fall inside a character: where to cut
// `s` at about i bytes without splitting a code point.
size_t boundary_at_or_before(std::string_view s, size_t i);

// Bidirectional control characters (Trojan Source, CVE-2021-42574).
bool is_bidi_control(uint32_t cp);

}  // namespace statusc::utf8
