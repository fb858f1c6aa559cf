// Property 3: every non-terminal state has an outgoing transition.
#include "check/check_internal.h"

namespace statusc {

void check_dead_ends(const Machine& m, const Graph& g, DiagnosticEngine& diags) {
  for (size_t s = 0; s < m.states.size(); ++s) {
    const State& st = m.states[s];
    if (st.terminal() || !g.out[s].empty()) continue;
    diags.report(DiagKind::DeadEnd, st.loc,
                 "state '" + st.name + "' has no outgoing transition but is not terminal; "
                 "add a transition out of it or mark it 'terminal: true'");
  }
}

}  // namespace statusc
