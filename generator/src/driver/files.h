#pragma once
// Reading spec files from disk (internal to driver/).

#include <memory>
#include <string>

#include "diag/diagnostic.h"

namespace statusc {

struct ReadResult {
  std::unique_ptr<SourceFile> file;  // always set; empty text on failure
  bool ok = false;
};

// Reads `path` into a SourceFile. On failure (missing, a directory,
// unreadable, too large) reports io-error or file-too-large, located at the
// returned (empty) file so the message names its path.
ReadResult read_spec_file(const std::string& path, DiagnosticEngine& diags);

}  // namespace statusc
