#include "driver/driver.h"

#include <cstdlib>
#include <memory>
#include <ostream>

#include "driver/files.h"
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
  LoadedSpecs loaded = load_specs(options.files, diags);
  int code = report(diags, console, loaded.io_error);
  if (options.quiet) return code;
  auto count = [](size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); };
  for (const auto& [path, spec] : loaded.valid) {
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

int run_explain(const std::string& code, const Console& console) {
  if (code.empty()) {
    for (const KindInfo& info : all_kinds())
      console.out << info.code << std::string(info.code.size() < 24 ? 24 - info.code.size() : 1, ' ')
                  << info.summary << '\n';
    return 0;
  }
  std::optional<DiagKind> kind = find_kind(code);
  if (!kind) {
    std::vector<std::string_view> codes;
    for (const KindInfo& info : all_kinds()) codes.push_back(info.code);
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
