// Property 2: terminal correctness. A lifecycle can start unfinished (some
// initial state is not terminal; others may be: a GitHub check run can be
// created already `completed`); a transition out of a terminal state leads
// to another terminal state (finalisation), says `restore: true`, or comes
// from an operator's `override: true`.
#include <map>

#include "check/check_internal.h"

namespace statusc {

namespace {

bool every_initial_terminal(const Machine& m) {
  for (int s : m.initial)
    if (!m.states[static_cast<size_t>(s)].terminal()) return false;
  return !m.initial.empty();
}

}  // namespace

void check_initial_terminal(const Machine& m, DiagnosticEngine& diags) {
  if (!every_initial_terminal(m)) return;
  for (size_t i = 0; i < m.initial.size(); ++i) {
    const State& st = m.states[static_cast<size_t>(m.initial[i])];
    if (!st.terminal()) continue;
    diags.report(DiagKind::InitialTerminal, st.values[0].loc,
                 "state '" + st.name + "' is both initial and terminal" +
                     (m.initial.size() == 1 ? std::string() : ", like every initial state of '" + m.name + "'") +
                     "; a lifecycle cannot only start finished: add a non-terminal initial state")
        .note(m.initial_locs[i], "'" + st.name + "' is listed as initial here");
  }
}

void check_terminal(const Machine& m, DiagnosticEngine& diags) {
  // `restore: true` is judged per written transition, which may expand to
  // several edges: it is useless only if none of them leaves a terminal
  // state for a non-terminal one.
  struct RestoreUse {
    Location loc;
    bool needed = false;
  };
  std::map<std::pair<int, int>, RestoreUse> restores;  // keyed by (line, column): file order
  const bool initial_terminal_reported = every_initial_terminal(m);
  for (const Transition& t : m.transitions) {
    const State& from = m.states[static_cast<size_t>(t.from)];
    const State& to = m.states[static_cast<size_t>(t.to)];
    bool leaves = from.terminal() && !to.terminal();
    if (t.restore && !t.override_edge) {  // an override's restores are implied, not written
      RestoreUse& use = restores[{t.restore_loc.line, t.restore_loc.column}];
      use.loc = t.restore_loc;
      use.needed = use.needed || leaves;
    }
    if (leaves && !t.restore && !(from.initial && initial_terminal_reported)) {  // else initial-terminal explains it
      diags.report(DiagKind::TerminalExit, t.to_loc,
                   "transition from terminal state '" + from.name + "' to non-terminal state '" + to.name +
                       "' must say 'restore: true' (or lead to another terminal state)")
          .note(from.values[0].set ? from.values[0].loc : from.loc, "'" + from.name + "' is terminal here");
    }
  }
  for (const auto& [key, use] : restores) {
    if (use.needed) continue;
    diags.report(DiagKind::UselessRestore, use.loc,
                 "'restore: true' has no effect: this transition does not leave a terminal state for a "
                 "non-terminal one");
  }
}

}  // namespace statusc
