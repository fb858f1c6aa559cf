#pragma once
// `# statusc:ignore CODE[, CODE...] -- reason` comments: a warning on the
// comment's line (or, for a comment on a line of its own, on the next line
// that is not a comment) with one of the codes is silenced. Errors cannot
// be. A suppression that silences nothing, names an unknown code or an
// error is itself reported (unused-suppression, invalid-suppression).

#include "diag/diagnostic.h"

namespace statusc {

// Moves the diagnostics of compiling `file` from `found` into `out`, except
// the warnings its suppressions silence, and adds the suppressions' own
// warnings. `report_unused`: the file went through every check without an
// error, so a suppression that silenced nothing is really stale.
void apply_suppressions(const SourceFile& file, DiagnosticEngine& found, DiagnosticEngine& out, bool report_unused);

}  // namespace statusc
