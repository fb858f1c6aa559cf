// Wire numbers are unique across a machine's states and removed entries
// (range and 0 are checked when the number is read).
#include <unordered_map>

#include "check/check_internal.h"

namespace statusc {

void check_numbers(const Machine& m, DiagnosticEngine& diags) {
  struct First {
    std::string name;
    Location loc;
    bool removed;
  };
  std::unordered_map<int, First> seen;
  auto visit = [&](int number, const std::string& name, Location loc, bool removed) {
    if (number == 0) return;  // already reported
    auto [it, inserted] = seen.emplace(number, First{name, loc, removed});
    if (inserted) return;
    const First& first = it->second;
    std::string what = removed ? "removed state '" + name + "'" : "state '" + name + "'";
    std::string other = first.removed ? "removed state '" + first.name + "'" : "state '" + first.name + "'";
    diags.report(DiagKind::DuplicateNumber, loc,
                 what + " has number " + std::to_string(number) + ", already used by " + other +
                     (first.removed ? "; numbers of removed states stay reserved for ever" : ""))
        .note(first.loc, other + " has number " + std::to_string(number) + " here");
  };
  for (const State& s : m.states) visit(s.number, s.name, s.number_loc, false);
  for (const Removed& r : m.removed) visit(r.number, r.name, r.number_loc, true);
}

}  // namespace statusc
