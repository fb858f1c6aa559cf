#pragma once
// The compiler pipeline on one in-memory file: parse -> build -> check.
// No I/O here, so tests run it directly.

#include <optional>

#include "model/spec.h"
#include "parse/raw_spec.h"

namespace statusc {

// Returns the checked model, or nullopt if the spec could not be modelled.
// A returned Spec may still have errors: look at `diags`.
std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags);
// The same, also keeping the parser's RawSpec (the language server indexes
// names from it, even when binding fails).
std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags, std::optional<RawSpec>& raw);
// With a workspace's `targets:` as defaults for the spec's own (statusc.yaml;
// the spec's settings take precedence).
std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags, const RawTargets* defaults);

}  // namespace statusc
