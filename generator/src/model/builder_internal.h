#pragma once
// Pieces of build() (internal to model/).

#include "model/spec.h"
#include "parse/raw_spec.h"

namespace statusc {

Machine build_machine(const RawMachine& raw, DiagnosticEngine& diags);

// Attribute declarations and their values in states (attributes.cpp).
void build_attributes(const RawMachine& raw, Machine& m, DiagnosticEngine& diags);
void build_state_values(const RawState& raw, Machine& m, State& state, DiagnosticEngine& diags);

// Transitions with "*" expanded and events interned (transitions.cpp).
void build_transitions(const RawMachine& raw, Machine& m, DiagnosticEngine& diags);

// Resolves a state name or reports unknown-state with a suggestion.
// Names the parser already refused (e.g. `true:` as a state) resolve to -1
// silently.
int resolve_state(const Machine& m, const LString& name, std::string_view role, DiagnosticEngine& diags);

}  // namespace statusc
