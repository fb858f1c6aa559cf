#pragma once
// The compiler pipeline on one in-memory file: parse -> build -> check.
// No I/O here, so tests run it directly.

#include <optional>

#include "model/spec.h"

namespace statusc {

// Returns the checked model, or nullopt if the spec could not be modelled.
// A returned Spec may still have errors: look at `diags`.
std::optional<Spec> compile_spec(const SourceFile& file, DiagnosticEngine& diags);

}  // namespace statusc
