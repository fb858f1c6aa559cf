// Property 5: no duplicate edges, and an event leads from a state to one
// target only. Hash maps keep this linear in the number of edges.
#include <unordered_map>

#include "check/check_internal.h"

namespace statusc {

void check_determinism(const Machine& m, DiagnosticEngine& diags) {
  const uint64_t n = m.states.size() + 1;
  const uint64_t e = m.events.size() + 1;
  std::unordered_map<uint64_t, const Transition*> edges;    // (from, to, event)
  std::unordered_map<uint64_t, const Transition*> by_event; // (from, event)
  edges.reserve(m.transitions.size());
  auto name = [&](int s) { return m.states[static_cast<size_t>(s)].name; };
  for (const Transition& t : m.transitions) {
    uint64_t ev = static_cast<uint64_t>(t.event + 1);
    uint64_t edge_key = (static_cast<uint64_t>(t.from) * n + static_cast<uint64_t>(t.to)) * e + ev;
    auto [it, inserted] = edges.emplace(edge_key, &t);
    if (!inserted) {
      const Transition& first = *it->second;
      std::string label = t.event >= 0 ? " on '" + m.events[static_cast<size_t>(t.event)].name + "'" : "";
      // Blame the endpoint that repeats: `to` normally, `from` when both
      // edges share one `to` list entry (from: [a, a]).
      bool same_to = t.to_loc.line == first.to_loc.line && t.to_loc.column == first.to_loc.column;
      Diagnostic& d = diags.report(DiagKind::DuplicateTransition, same_to ? t.from_loc : t.to_loc,
                                   "duplicate transition '" + name(t.from) + "' -> '" + name(t.to) + "'" + label +
                                       (t.from_wildcard ? " (from \"*\")" : ""));
      d.note(same_to ? first.from_loc : first.to_loc,
             std::string("first declared here") + (first.from_wildcard ? " (from \"*\")" : ""));
      continue;
    }
    if (t.event < 0) continue;
    auto [eit, fresh] = by_event.emplace(static_cast<uint64_t>(t.from) * e + ev, &t);
    if (fresh || eit->second->to == t.to) continue;
    const Transition& first = *eit->second;
    const std::string& event = m.events[static_cast<size_t>(t.event)].name;
    diags.report(DiagKind::Nondeterministic, t.to_loc,
                 "event '" + event + "' from state '" + name(t.from) + "' leads to both '" + name(first.to) +
                     "' and '" + name(t.to) + "'; give one of the transitions another event name")
        .note(first.to_loc, "'" + name(t.from) + "' -> '" + name(first.to) + "' on '" + event + "' is declared here");
  }
}

}  // namespace statusc
