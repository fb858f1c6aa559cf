#pragma once
// Reading and compiling spec files from disk, and reporting the result
// (internal to driver/).

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/driver.h"
#include "model/spec.h"
#include "parse/raw_spec.h"

namespace statusc {

// The bytes of a file, or nullopt with `error` ("cannot open: ...", "read
// error") when it cannot be read.
std::optional<std::string> read_bytes(const std::string& path, std::string* error = nullptr);

// Writes `bytes` to `path`, created or truncated. On failure removes what
// it wrote and returns false.
bool write_bytes(const std::string& path, const std::string& bytes);

struct ReadResult {
  std::unique_ptr<SourceFile> file;  // always set; empty text on failure
  bool ok = false;
};

// Reads `path` into a SourceFile. On failure (missing, a directory,
// unreadable, too large) reports io-error or file-too-large, located at the
// returned (empty) file so the message names its path.
ReadResult read_spec_file(const std::string& path, DiagnosticEngine& diags);

// Spec files read and compiled in order. Diagnostics point into `files`,
// so keep this alive until they are printed.
struct LoadedSpecs {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<std::pair<std::string, Spec>> valid;  // path and model of each spec without errors
  bool io_error = false;
};
// `defaults`: a workspace's `targets:` (statusc.yaml), under each spec's own.
LoadedSpecs load_specs(const std::vector<std::string>& paths, DiagnosticEngine& diags,
                       const RawTargets* defaults = nullptr);

struct Workspace;

// Prints every diagnostic and the summary on stderr; returns the exit code
// so far: 2 after an I/O error, 1 when a spec has errors, else 0.
int report(const DiagnosticEngine& diags, const Console& console, bool io_error);
// The same for `--format`: text as above, any other format on stdout as
// one report of `command`.
int report(const DiagnosticEngine& diags, const Console& console, bool io_error, const std::string& format,
           const std::string& command);

// The inputs of check, generate and diff: the workspace (statusc.yaml named by
// --config or found upwards) and the spec files, those given or else the
// workspace's. Returns 0, or the exit code after reporting why not (in
// `format`). Lint applies once the specs are compiled: apply_lint().
struct Inputs {
  std::unique_ptr<Workspace> ws;  // null without a workspace
  std::vector<std::string> files;
  Inputs();
  ~Inputs();
};
int resolve_inputs(const std::string& config, const std::vector<std::string>& files, const std::string& command,
                   const std::string& format, DiagnosticEngine& diags, const Console& console, Inputs& inputs);

}  // namespace statusc
