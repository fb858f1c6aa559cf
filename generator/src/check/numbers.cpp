// Wire numbers are unique across a machine's states and removed entries
// (range and 0 are checked when the number is read).
#include <unordered_map>

#include "check/check_internal.h"

namespace statusc {

void check_numbers(const Machine& m, DiagnosticEngine& diags) {
  struct First {
    std::string what;
    Location loc;
    bool removed;
  };
  std::unordered_map<int, First> seen;
  auto visit = [&](int number, const std::string& what, Location loc, bool removed, bool implicit) {
    if (number == 0) return;  // unknown: already reported
    auto [it, inserted] = seen.emplace(number, First{what, loc, removed});
    if (inserted) return;
    const First& first = it->second;
    std::string n = std::to_string(number);
    diags.report(DiagKind::DuplicateNumber, loc,
                 what + (implicit ? " gets number " + n + " implicitly (previous + 1)" : " has number " + n) +
                     ", already used by " + first.what +
                     (first.removed ? "; numbers of removed states stay reserved for ever" : "") +
                     (implicit ? "; give it a number of its own" : ""))
        .note(first.loc, first.what + " has number " + n + " here");
  };
  for (const Removed& r : m.removed) visit(r.number, "removed state '" + r.name + "'", r.number_loc, true, false);
  for (const State& s : m.states)
    visit(s.number, "state '" + s.name + "'", s.number_loc, false, !s.number_given);
}

}  // namespace statusc
