#include "driver/pipeline.h"

#include "check/check.h"
#include "driver/suppress.h"
#include "driver/workspace.h"
#include "emit/emitter.h"
#include "parse/raw_spec.h"

namespace statusc {

std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags) {
  std::optional<RawSpec> raw;
  return compile_spec(file, diags, raw);
}

namespace {

std::optional<Spec> compile_unfiltered(const SourceFile& file, DiagnosticEngine& diags, std::optional<RawSpec>& raw,
                                       const RawTargets* defaults, bool& checked) {
  raw = parse(file, diags, target_schemas());
  if (!raw) return std::nullopt;
  if (defaults != nullptr) merge_target_defaults(raw->targets, *defaults);
  std::optional<Spec> spec = build(*raw, diags);
  if (!spec) return std::nullopt;
  check(*spec, diags);
  check_target_settings(*spec, diags);
  checked = true;
  return spec;
}

std::optional<Spec> compile(const SourceFile& file, DiagnosticEngine& diags, std::optional<RawSpec>& raw,
                            const RawTargets* defaults) {
  // `# statusc:ignore` comments sift this file's diagnostics before the
  // caller sees them, so every command (and the language server) agrees.
  DiagnosticEngine found;
  bool checked = false;
  std::optional<Spec> spec = compile_unfiltered(file, found, raw, defaults, checked);
  apply_suppressions(file, found, diags, checked && !found.has_errors());
  return spec;
}

}  // namespace

std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags, std::optional<RawSpec>& raw) {
  return compile(file, diags, raw, nullptr);
}

std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags, const RawTargets* defaults) {
  std::optional<RawSpec> raw;
  return compile(file, diags, raw, defaults);
}

}  // namespace statusc
