#pragma once
// Reading a file as it was at a git revision, for `statusc diff
// --against-git` (internal to driver/). Runs git directly (no shell), so no
// argument is ever interpreted by one.

#include <optional>
#include <string>

namespace statusc {

struct GitFile {
  bool exists = false;  // false when the revision does not have the file
  std::string text;
};

// The contents of `path` (as given on the command line, relative to the
// current directory or absolute) at revision `ref` of the repository that
// holds it. nullopt with `error` when git cannot answer: not installed, not
// a repository, or `ref` is not a commit.
std::optional<GitFile> read_at_revision(const std::string& path, const std::string& ref, std::string& error);

}  // namespace statusc
