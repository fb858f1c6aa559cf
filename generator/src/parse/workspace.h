#pragma once
// statusc.yaml, the workspace file: which specs a repository has, where each
// target's code goes and with which options, lint and breaking-change
// settings. Parsed in the same YAML dialect and with the same located
// diagnostics as specs; no I/O here (driver/workspace.cpp finds and reads it).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/raw_spec.h"

namespace statusc {

// A lint rule: a warning code, and the paths (globs relative to the
// workspace root) it applies to; no paths means everywhere.
struct LintRule {
  LString code;
  std::vector<LString> paths;
};

// A change `statusc diff` accepts on purpose: its code and spec path (a
// glob), optionally narrowed to one machine and one state.
struct AcceptedChange {
  LString code;
  LString path;
  std::optional<LString> machine;
  std::optional<LString> state;
};

struct WorkspaceOut {
  std::string target;  // the spec key: "cpp", "typescript", ...
  LString dir;         // relative to the workspace root
};

struct RawWorkspace {
  const SourceFile* file = nullptr;
  std::vector<LString> specs;       // paths and globs, relative to the root
  RawTargets targets;               // defaults for every spec's `targets:`
  std::vector<WorkspaceOut> outs;
  std::vector<LintRule> lint_off;   // warnings silenced
  std::vector<LintRule> lint_error; // warnings raised to errors
  std::optional<LString> against;   // `breaking.against`: the default revision
  std::vector<AcceptedChange> accepted;

  const LString* out_of(std::string_view target) const;
};

// Parses statusc.yaml. `targets` are the emitters' schemas (as for specs);
// lint may name the warnings of kinds.def; `change_codes` are the codes
// `breaking.accept` may name (statusc diff's). Returns nullopt when the file
// cannot be used.
std::optional<RawWorkspace> parse_workspace(const SourceFile& file, DiagnosticEngine& diags,
                                            const std::vector<TargetSchema>& targets,
                                            const std::vector<std::string_view>& change_codes);

// Workspace path patterns: `*` and `?` within one path segment, `**` for
// any number of segments. `problem` describes a pattern that is malformed
// or leaves the root (absolute, `..`); empty when it is fine.
std::string glob_problem(std::string_view pattern);
bool glob_match(std::string_view pattern, std::string_view path);
bool has_glob(std::string_view pattern);

}  // namespace statusc
