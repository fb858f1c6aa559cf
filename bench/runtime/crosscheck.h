// Before anything is timed: every implementation must give the same answers.
#pragma once

#include <vector>

#include "peers.h"

namespace bench {

// Runs every parse implementation on every benchmark input and on near
// misses of every name against a reference scan, and every to_string,
// predicate, can_transition and iteration against statusc's. Prints the
// heap allocations per parse call of each implementation. Returns the
// number of disagreements (reported on stderr).
int cross_check(const std::vector<Machine>& machines);

}  // namespace bench
