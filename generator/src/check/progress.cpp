// Property 4: if the machine has terminal states, every state can reach one.
// One backward search from all terminal states finds the states that cannot
// (they sit in, or lead only into, a trap cycle).
#include "check/check_internal.h"

namespace statusc {

void check_progress(const Machine& m, const Graph& g, DiagnosticEngine& diags) {
  std::vector<int> terminals;
  for (size_t s = 0; s < m.states.size(); ++s)
    if (m.states[s].terminal()) terminals.push_back(static_cast<int>(s));
  if (terminals.empty()) return;
  std::vector<bool> can_finish = g.reach(terminals, true, m);
  std::vector<size_t> trapped;
  for (size_t s = 0; s < m.states.size(); ++s) {
    // A dead end cannot finish either, but it has its own diagnostic.
    if (!can_finish[s] && !g.out[s].empty()) trapped.push_back(s);
  }
  if (trapped.empty()) return;
  std::vector<std::string> names;
  for (size_t s : trapped) names.push_back(m.states[s].name);
  const State& first = m.states[trapped.front()];
  Diagnostic& d = diags.report(
      DiagKind::TrapCycle, first.loc,
      std::string(trapped.size() == 1 ? "state " : "states ") + name_list(names, 12) +
          (trapped.size() == 1 ? " cannot" : " can never") +
          " reach a terminal state: once entered, the lifecycle cannot finish");
  for (size_t i = 1; i < trapped.size() && i < 4; ++i)
    d.note(m.states[trapped[i]].loc, "'" + m.states[trapped[i]].name + "' is trapped too");
}

}  // namespace statusc
