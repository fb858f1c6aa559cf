#pragma once
// Diagnostics and statusc diff's changes for machines: `--format json`
// (statusc's own schema, docs/formats.md), `github` (GitHub Actions
// workflow commands) and `sarif` (SARIF 2.1.0). Text stays with
// diag/render.cpp and compat/report.cpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compat/compat.h"
#include "diag/diagnostic.h"

namespace statusc {

enum class OutputFormat { Text, Json, Github, Sarif };

// "text", "json", "github" or "sarif"; nullopt for anything else.
std::optional<OutputFormat> parse_output_format(std::string_view name);

// A generated file that `statusc generate` wrote, left alone or found
// missing or different (with --check).
struct OutputFileStatus {
  std::string path;
  std::string status;  // "written", "unchanged", "missing", "differs"
};

// Everything one command reports, in one envelope.
struct MachineReport {
  std::string command;  // "check", "generate" or "diff"
  const DiagnosticEngine* diagnostics = nullptr;
  const std::vector<compat::Change>* changes = nullptr;  // diff only
  std::vector<OutputFileStatus> files;                   // generate only
};

std::string to_json_report(const MachineReport& report);
std::string to_github_report(const MachineReport& report);
std::string to_sarif_report(const MachineReport& report);
// The report in `format` (not Text).
std::string format_report(OutputFormat format, const MachineReport& report);

// --- pieces shared by the three formats (internal to driver/) ---------------

// A diagnostic or a change, seen the same way.
struct Finding {
  Severity severity = Severity::Error;
  std::string_view code;
  std::string message;
  Location loc;
  std::vector<Note> notes;
  struct Fix {
    std::string description;
    bool has_edit = false;  // replace `loc` with `text`
    Location loc;
    std::string text;
  };
  std::vector<Fix> fixes;
  const compat::Change* change = nullptr;
};

std::vector<Finding> findings_of(const MachineReport& report);

// 1-based line and column of the start and of just past the end of `loc`;
// columns count bytes, or code points with `code_points`. All 0 without a
// position.
struct Span {
  int line = 0, column = 0, end_line = 0, end_column = 0;
};
Span span_of(const Location& loc, bool code_points);

}  // namespace statusc
