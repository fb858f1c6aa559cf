#pragma once
// Finding, reading and applying statusc.yaml (internal to driver/): the spec
// list, per-target defaults and output directories, lint and accepted
// changes.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compat/compat.h"
#include "diag/diagnostic.h"
#include "driver/driver.h"
#include "parse/workspace.h"

namespace statusc {

struct Workspace {
  std::filesystem::path root;  // the folder that holds statusc.yaml, absolute
  std::unique_ptr<SourceFile> file;
  RawWorkspace raw;

  // `path` (as given, relative to the working directory) relative to the root,
  // with '/'; empty when it lies outside the root.
  std::string relative(const std::string& path) const;
  // A path relative to the root, as the working directory reaches it.
  std::string from_cwd(const std::string& relative) const;
};

// The nearest statusc.yaml from `start` upwards, stopping after the git
// work-tree root (a folder with `.git`) or at the filesystem root.
std::optional<std::filesystem::path> find_workspace_file(const std::filesystem::path& start);

// Reads the workspace: `config` when given, else the nearest one. Its
// diagnostics go to `diags`. Returns 0 (`ws` may stay empty when `config`
// is empty and there is none), 1 when the file has errors, 2 when `config`
// cannot be read.
int load_workspace(const std::string& config, DiagnosticEngine& diags, const Console& console,
                   std::optional<Workspace>& ws);

// Every spec the workspace names, sorted, as paths from the working
// directory; a pattern that matches nothing is an invalid-path error.
std::vector<std::string> workspace_specs(const Workspace& ws, DiagnosticEngine& diags);

// Fills in a spec's `targets:` from the workspace's: a target the spec does
// not mention takes the workspace's entry; one it mentions keeps its own
// `enabled` and options and takes only the ones it does not write.
void merge_target_defaults(RawTargets& spec, const RawTargets& workspace);

// The diagnostics after `lint.off` (dropped) and `lint.error` (raised); each
// rule applies to the specs its paths match (every spec without paths).
DiagnosticEngine apply_lint(const DiagnosticEngine& diags, const Workspace& ws);

// Whether lint.error raises a warning in `file` to an error.
bool raised_in(const DiagnosticEngine& diags, const Workspace& ws, const SourceFile* file);

// Removes the changes `breaking.accept` names; returns how many.
size_t remove_accepted(std::vector<compat::Change>& changes, const std::string& spec_path, const Workspace& ws);

// The folder that a target's files go to: `-o DIR` when given, else the
// target's `out`, else `generated/`, both under the root.
std::string output_dir(const Workspace* ws, const std::string& out_option, std::string_view target);

}  // namespace statusc
