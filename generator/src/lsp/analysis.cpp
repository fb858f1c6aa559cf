#include "lsp/analysis.h"

#include "driver/pipeline.h"

namespace statusc::lsp {

const RawMachine* Analysis::raw_machine(std::string_view name) const {
  if (!raw) return nullptr;
  for (const RawMachine& m : raw->machines)
    if (m.name.value == name) return &m;
  return nullptr;
}

const Machine* Analysis::machine(std::string_view name) const {
  if (!spec) return nullptr;
  for (const Machine& m : spec->machines)
    if (m.name == name) return &m;
  return nullptr;
}

std::shared_ptr<const Analysis> analyze(const std::string& path, std::string text) {
  auto analysis = std::make_shared<Analysis>();
  analysis->file = std::make_unique<SourceFile>(path, std::move(text));
  analysis->spec = compile_spec(*analysis->file, analysis->diags, analysis->raw);
  if (analysis->raw) analysis->index = build_index(*analysis->raw, *analysis->file);
  return analysis;
}

}  // namespace statusc::lsp
