#include "driver/pipeline.h"

#include "check/check.h"
#include "emit/emitter.h"
#include "parse/raw_spec.h"

namespace statusc {

std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags) {
  std::optional<RawSpec> raw;
  return compile_spec(file, diags, raw);
}

std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags, std::optional<RawSpec>& raw) {
  raw = parse(file, diags, target_schemas());
  if (!raw) return std::nullopt;
  std::optional<Spec> spec = build(*raw, diags);
  if (!spec) return std::nullopt;
  check(*spec, diags);
  check_target_settings(*spec, diags);
  return spec;
}

}  // namespace statusc
