// Transitions: names resolved, "*" expanded, events interned.
#include <unordered_map>

#include "model/builder_internal.h"

namespace statusc {

void build_transitions(const RawMachine& raw, Machine& m, DiagnosticEngine& diags) {
  std::unordered_map<std::string, int> events;
  for (const RawTransition& rt : raw.transitions) {
    int event = -1;
    if (rt.on) {
      auto [it, inserted] = events.emplace(rt.on->value, static_cast<int>(m.events.size()));
      if (inserted) m.events.push_back({rt.on->value, rt.on->loc});
      event = it->second;
    }
    struct Endpoint {
      int state;
      Location loc;
    };
    std::vector<Endpoint> from, to;
    const bool override_all = rt.override_all && rt.override_all->value && rt.from_wildcard;
    if (rt.from_wildcard) {
      for (size_t s = 0; s < m.states.size(); ++s)
        if (override_all || !m.states[s].terminal()) from.push_back({static_cast<int>(s), rt.from_loc});
    } else {
      for (const LString& name : rt.from) {
        if (name.value == "*") {  // reported by the parser
          m.graph_incomplete = true;
          continue;
        }
        int s = resolve_state(m, name, "source state", diags);
        if (s >= 0) from.push_back({s, name.loc});
        else m.graph_incomplete = true;
      }
    }
    if (rt.to_wildcard) {
      for (size_t s = 0; s < m.states.size(); ++s) to.push_back({static_cast<int>(s), rt.to_loc});
    }
    for (const LString& name : rt.to) {
      if (name.value == "*") {  // reported by the parser
        m.graph_incomplete = true;
        continue;
      }
      int s = resolve_state(m, name, "target state", diags);
      if (s >= 0) to.push_back({s, name.loc});
      else m.graph_incomplete = true;
    }
    for (const Endpoint& f : from) {
      for (const Endpoint& t : to) {
        // "*" means "every other state"; an explicit self loop stays.
        if ((rt.from_wildcard || rt.to_wildcard) && f.state == t.state) continue;
        Transition tr;
        tr.from = f.state;
        tr.to = t.state;
        tr.event = event;
        // An operator's override may leave a terminal state: such edges
        // are restores by declaration.
        tr.override_edge = override_all;
        tr.restore = (rt.restore && rt.restore->value) ||
                     (override_all && m.states[static_cast<size_t>(f.state)].terminal() &&
                      !m.states[static_cast<size_t>(t.state)].terminal());
        tr.from_wildcard = rt.from_wildcard;
        tr.description = rt.description ? rt.description->value : std::string();
        tr.loc = rt.loc;
        tr.from_loc = f.loc;
        tr.to_loc = t.loc;
        tr.restore_loc = rt.restore ? rt.restore->loc : rt.loc;
        m.transitions.push_back(std::move(tr));
      }
    }
  }
}

}  // namespace statusc
