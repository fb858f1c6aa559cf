#pragma once
// Pieces of compare() (internal to compat/).

#include <string>
#include <vector>

#include "compat/compat.h"

namespace statusc::compat::detail {

// One machine present in both specs (by name, or renamed).
struct MachinePair {
  const Machine& before;
  const Machine& after;
  std::vector<Change>& out;
  // before state index -> after state index, -1 when the state is gone
  // (removed, retired or its number reused). Filled by compare_states.
  std::vector<int> state_map;
  bool proto_after = false;  // the new spec generates protobuf

  void add(ChangeKind kind, Location new_loc, Location old_loc, std::string message, std::string old_note,
           std::string help = {}) {
    out.push_back({kind, after.name, std::move(message), new_loc, old_loc, std::move(old_note), std::move(help)});
  }
  // "state 'x' of machine 'M'"
  std::string state(const std::string& name) const { return "state '" + name + "' of '" + after.name + "'"; }
};

// states.cpp: states, their numbers, renames and `removed` entries.
void compare_states(MachinePair& p);
// behaviour.cpp: attributes and their values, `terminal`, initial states,
// transitions and invariants. Needs state_map.
void compare_attributes(MachinePair& p);
void compare_initial(MachinePair& p);
void compare_transitions(MachinePair& p);
void compare_invariants(MachinePair& p);

// 'a', 'b' and 'c'
std::string quoted_list(const std::vector<std::string>& names);

}  // namespace statusc::compat::detail
