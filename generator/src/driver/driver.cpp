#include "driver/driver.h"

#include <cstdlib>
#include <memory>
#include <ostream>

#include "compat/compat.h"
#include "driver/files.h"
#include "driver/workspace.h"
#include "util/suggest.h"

namespace statusc {

bool Console::use_color_on(bool terminal) const {
  switch (color) {
    case ColorMode::Always: return true;
    case ColorMode::Never: return false;
    case ColorMode::Auto: break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string(term) == "dumb") return false;
  return terminal;
}

int run_check(const CheckOptions& options, const Console& console) {
  DiagnosticEngine diags;
  Inputs inputs;
  if (int code = resolve_inputs(options.config, options.files, "check", options.format, diags, console, inputs);
      code != 0)
    return code;
  LoadedSpecs loaded = load_specs(inputs.files, diags, inputs.ws ? &inputs.ws->raw.targets : nullptr);
  if (inputs.ws) diags = apply_lint(diags, *inputs.ws);
  int code = report(diags, console, loaded.io_error, options.format, "check");
  if (options.quiet || options.format != "text") return code;
  auto count = [](size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); };
  for (const auto& [path, spec] : loaded.valid) {
    if (inputs.ws && raised_in(diags, *inputs.ws, spec.file)) continue;  // lint.error made it fail
    size_t states = 0, transitions = 0;
    for (const Machine& m : spec.machines) {
      states += m.states.size();
      transitions += m.transitions.size();
    }
    console.out << path << ": ok (" << count(spec.machines.size(), "machine") << ", " << count(states, "state")
                << ", " << count(transitions, "transition") << ")\n";
  }
  return code;
}

namespace {

void list_code(std::ostream& out, std::string_view code, std::string_view summary) {
  out << code << std::string(code.size() < 26 ? 26 - code.size() : 1, ' ') << summary << '\n';
}

const char* severity_meaning(Severity s) {
  switch (s) {
    case Severity::Error: return "error: wire-breaking";
    case Severity::Warning: return "warning: behaviour changes";
    case Severity::Note: return "note: safe";
  }
  return "";
}

}  // namespace

int run_explain(const std::string& code, const Console& console) {
  if (code.empty()) {
    console.out << "Diagnostics (statusc check, generate, graph):\n";
    for (const KindInfo& info : all_kinds()) list_code(console.out, info.code, info.summary);
    console.out << "\nChanges (statusc diff):\n";
    for (const compat::ChangeInfo& info : compat::all_changes()) list_code(console.out, info.code, info.summary);
    return 0;
  }
  if (std::optional<compat::ChangeKind> change = compat::find_change(code)) {
    const compat::ChangeInfo& info = compat::change_info(*change);
    console.out << info.code << ": " << info.summary << "\n\nReported by 'statusc diff' as "
                << severity_meaning(info.severity) << ".\nWhat it means and how to make the change safe: "
                << "docs/diff.md#" << info.code << "\n";
    return 0;
  }
  std::optional<DiagKind> kind = find_kind(code);
  if (!kind) {
    std::vector<std::string_view> codes;
    for (const KindInfo& info : all_kinds()) codes.push_back(info.code);
    for (const compat::ChangeInfo& info : compat::all_changes()) codes.push_back(info.code);
    std::string hint = did_you_mean(code, codes);
    if (hint.empty()) {
      std::vector<std::string_view> starting;
      for (std::string_view c : codes)
        if (c.rfind(code, 0) == 0) starting.push_back(c);
      if (!starting.empty()) {
        hint = "; codes starting with it:";
        for (std::string_view c : starting) hint += " " + std::string(c);
      }
    }
    console.err << "statusc: error: unknown diagnostic code '" << code << "'" << hint
                << "\n(run 'statusc explain' to list every code)\n";
    return 2;
  }
  const KindInfo& info = kind_info(*kind);
  console.out << info.code << ": " << info.summary << "\n\n" << explanation(*kind);
  return 0;
}

}  // namespace statusc
