#pragma once
// Semantic checks over the bound model. Each property lives in its own file
// (names, numbers, exhaustiveness, reachability, terminal, dead_ends,
// progress, determinism, invariants); check() runs them all and reports
// every finding. Every check is linear or near-linear in the spec's size.

#include "model/spec.h"

namespace statusc {

void check(const Spec& spec, DiagnosticEngine& diags);

}  // namespace statusc
