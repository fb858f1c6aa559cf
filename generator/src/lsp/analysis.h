#pragma once
// One run of the compiler over an editor buffer, with everything the
// features read: the diagnostics `statusc check` would print, the RawSpec,
// the checked model (when it could be built) and the name index.

#include <memory>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "lsp/index.h"
#include "model/spec.h"
#include "parse/raw_spec.h"

namespace statusc::lsp {

struct Analysis {
  // Locations in diags, raw and spec point into *file, so it is heap-held
  // and an Analysis is never copied.
  std::unique_ptr<SourceFile> file;
  DiagnosticEngine diags;
  std::optional<RawSpec> raw;
  std::optional<Spec> spec;
  SymbolIndex index;

  // Good enough to serve navigation: the shape could be read.
  bool navigable() const { return raw.has_value(); }
  const RawMachine* raw_machine(std::string_view name) const;
  const Machine* machine(std::string_view name) const;
};

std::shared_ptr<const Analysis> analyze(const std::string& path, std::string text);

}  // namespace statusc::lsp
