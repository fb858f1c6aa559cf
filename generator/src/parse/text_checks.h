#pragma once
// Byte-level checks that run before YAML parsing: encoding, control
// characters and bidirectional overrides. yaml-cpp would accept or mangle
// these silently.

#include "diag/diagnostic.h"

namespace statusc {

// Reports invalid UTF-8, UTF-16/32 files, NUL and other control characters
// (invalid-encoding / yaml-syntax) and every bidi control character
// (bidi-character). Returns false if parsing should not go on: the bytes are
// not text. Bidi characters alone do not stop parsing, so the rest of the
// file is still checked.
bool check_text(const SourceFile& file, DiagnosticEngine& diags);

}  // namespace statusc
