#include <array>

#include "diag/diagnostic.h"

namespace statusc {
namespace {

constexpr KindInfo kKinds[] = {
#define DIAG(id, severity, code, summary) {DiagKind::id, Severity::severity, code, summary},
#include "diag/kinds.def"
#undef DIAG
};

struct Explanation {
  std::string_view code;
  std::string_view text;
};

constexpr Explanation kExplanations[] = {
#define EXPLAIN(code, text) {code, text},
#include "diag/explain.def"
#undef EXPLAIN
};

}  // namespace

const KindInfo& kind_info(DiagKind kind) { return kKinds[static_cast<size_t>(kind)]; }

std::span<const KindInfo> all_kinds() { return kKinds; }

std::optional<DiagKind> find_kind(std::string_view code) {
  for (const KindInfo& info : kKinds)
    if (info.code == code) return info.kind;
  return std::nullopt;
}

std::string_view explanation(DiagKind kind) {
  std::string_view code = kind_info(kind).code;
  for (const Explanation& e : kExplanations)
    if (e.code == code) return e.text;
  return {};
}

Diagnostic& DiagnosticEngine::add(Diagnostic diag) {
  diags_.push_back(std::move(diag));
  switch (diags_.back().severity()) {
    case Severity::Error: ++errors_; break;
    case Severity::Warning: ++warnings_; break;
    case Severity::Note: break;
  }
  return diags_.back();
}

Diagnostic& DiagnosticEngine::report(DiagKind kind, Location loc, std::string message) {
  return add(Diagnostic{kind, loc, std::move(message), {}});
}

}  // namespace statusc
