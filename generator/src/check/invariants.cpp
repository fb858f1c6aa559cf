// Every invariant holds for every state; a violation is reported at the
// violating state, naming the rule.
#include "check/check_internal.h"

namespace statusc {

void check_invariants(const Machine& m, DiagnosticEngine& diags) {
  std::vector<std::int64_t> slots;
  for (const Invariant& inv : m.invariants) {
    std::string rule = inv.name.empty() ? "'" + expr::to_string(inv.expr) + "'"
                                         : "'" + inv.name + "' (" + expr::to_string(inv.expr) + ")";
    for (size_t s = 0; s < m.states.size(); ++s) {
      m.symbol_slots(static_cast<int>(s), slots);
      if (expr::evaluate(inv.expr, slots)) continue;
      diags.report(DiagKind::InvariantViolated, m.states[s].loc,
                   "state '" + m.states[s].name + "' violates invariant " + rule)
          .note(inv.loc, "the invariant is declared here");
    }
  }
}

}  // namespace statusc
