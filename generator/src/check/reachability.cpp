// Property 1: every state is reachable from an initial state.
#include "check/check_internal.h"

namespace statusc {

void check_reachability(const Machine& m, const Graph& g, DiagnosticEngine& diags) {
  if (m.initial.empty()) return;  // missing-initial was reported
  std::vector<bool> reached = g.reach(m.initial, false, m);
  std::vector<std::string> initial_names;
  for (int s : m.initial) initial_names.push_back(m.states[static_cast<size_t>(s)].name);
  std::string from = (initial_names.size() == 1 ? "the initial state " : "the initial states ") +
                     name_list(initial_names);
  for (size_t s = 0; s < m.states.size(); ++s) {
    if (reached[s]) continue;
    diags.report(DiagKind::UnreachableState, m.states[s].loc,
                 "state '" + m.states[s].name + "' is not reachable from " + from +
                     "; add a transition into it or remove it");
  }
}

}  // namespace statusc
