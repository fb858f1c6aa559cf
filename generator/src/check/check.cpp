#include "check/check.h"

#include "check/check_internal.h"

namespace statusc {

Graph::Graph(const Machine& m) : out(m.states.size()), in(m.states.size()) {
  for (size_t i = 0; i < m.transitions.size(); ++i) {
    const Transition& t = m.transitions[i];
    out[static_cast<size_t>(t.from)].push_back(static_cast<int>(i));
    in[static_cast<size_t>(t.to)].push_back(static_cast<int>(i));
  }
}

std::vector<bool> Graph::reach(const std::vector<int>& sources, bool backwards, const Machine& m) const {
  std::vector<bool> seen(m.states.size(), false);
  std::vector<int> queue;
  for (int s : sources) {
    if (!seen[static_cast<size_t>(s)]) {
      seen[static_cast<size_t>(s)] = true;
      queue.push_back(s);
    }
  }
  const auto& edges = backwards ? in : out;
  for (size_t head = 0; head < queue.size(); ++head) {
    for (int t : edges[static_cast<size_t>(queue[head])]) {
      const Transition& tr = m.transitions[static_cast<size_t>(t)];
      int next = backwards ? tr.from : tr.to;
      if (!seen[static_cast<size_t>(next)]) {
        seen[static_cast<size_t>(next)] = true;
        queue.push_back(next);
      }
    }
  }
  return seen;
}

namespace {

// A lifecycle without an end is either meant (a health status, `cyclic:
// true`) or a dropped `terminal: true`, which no other property can see.
// A vocabulary has no lifecycle: there `cyclic: true` means nothing.
void check_cyclic(const Machine& m, DiagnosticEngine& diags) {
  if (!m.has_transitions) {
    if (m.cyclic)
      diags.report(DiagKind::UselessCyclic, m.cyclic_loc,
                   "machine '" + m.name + "' says 'cyclic: true' but has no transitions; remove it");
    return;
  }
  bool has_terminal = false;
  for (const State& s : m.states) has_terminal = has_terminal || s.terminal();
  if (m.cyclic && has_terminal)
    diags.report(DiagKind::UselessCyclic, m.cyclic_loc,
                 "machine '" + m.name + "' says 'cyclic: true' but has terminal states; remove 'cyclic: true', or "
                 "'terminal: true' from its states if the lifecycle really never ends");
  if (!m.cyclic && !has_terminal)
    diags.report(DiagKind::NoTerminalState, m.loc,
                 "machine '" + m.name + "' has transitions but no terminal state, so its lifecycle never ends; "
                 "mark the states where it ends 'terminal: true', or add 'cyclic: true' to the machine if it is "
                 "meant to cycle for ever");
}

}  // namespace

void check(const Spec& spec, DiagnosticEngine& diags) {
  check_names(spec, diags);
  for (const Machine& m : spec.machines) {
    check_numbers(m, spec.targets.proto, diags);
    check_exhaustiveness(m, diags);
    check_invariants(m, diags);
    if (!m.has_transitions) {  // a vocabulary: properties 1-5 do not apply
      check_cyclic(m, diags);
      continue;
    }
    check_determinism(m, diags);
    check_initial_terminal(m, diags);
    if (m.graph_incomplete) continue;  // the binding error explains it; avoid a cascade
    check_terminal(m, diags);
    Graph g(m);
    check_reachability(m, g, diags);
    check_dead_ends(m, g, diags);
    check_progress(m, g, diags);
    check_cyclic(m, diags);
  }
}

}  // namespace statusc
