#pragma once
// Helpers shared by the Catch2 tests.

#include <initializer_list>
#include <string>
#include <vector>

#include <memory>
#include <optional>

#include "diag/diagnostic.h"
#include "model/spec.h"

namespace statusc::test {

// Path of a file in the source tree, from the repository root.
std::string source_path(const std::string& relative);
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
// Files in `dir` (relative to the repository root) ending in `suffix`, sorted.
std::vector<std::string> list_files(const std::string& dir, const std::string& suffix);
// The valid specs of the tree: spec/, tests/valid/ and tests/generate/, then
// `extra_dirs`, as paths from the repository root. Throws when a folder has
// no spec (or does not exist).
std::vector<std::string> valid_specs(std::initializer_list<const char*> extra_dirs = {});

// Runs parse -> build -> check on `text` as if read from `path`; returns
// the rendered diagnostics and summary, exactly as `statusc check` prints
// them without color.
std::string check_text(const std::string& path, const std::string& text);
// A spec compiled from text; the SourceFile outlives the model's locations.
struct Compiled {
  std::unique_ptr<SourceFile> file;
  std::optional<Spec> spec;
};
// Parses, builds and checks `yaml` as if read from `path`, and REQUIREs that
// it has no error (the diagnostics are shown if it does).
Compiled compile_valid(const std::string& path, const std::string& yaml);

// Runs `command` through the shell; returns its exit code and fills `output`
// with stdout and stderr.
int run(const std::string& command, std::string& output);

}  // namespace statusc::test
