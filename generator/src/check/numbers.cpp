// Wire numbers are unique across a machine's states and removed entries,
// and 0 is free only while no protobuf enum needs it for UNSPECIFIED (the
// range is checked when the number is read).
#include <unordered_map>

#include "check/check_internal.h"

namespace statusc {

void check_numbers(const Machine& m, bool proto, DiagnosticEngine& diags) {
  struct First {
    std::string what;
    Location loc;
    bool removed;
  };
  std::unordered_map<int, First> seen;
  auto visit = [&](bool known, int number, const std::string& what, Location loc, bool removed, bool implicit) {
    if (!known) return;  // already reported
    if (number == 0 && proto) {
      diags.report(DiagKind::InvalidNumber, loc,
                   what + (implicit ? " gets number 0 implicitly (previous + 1)" : " cannot have number 0") +
                       " while the proto target is on: protobuf reserves 0 for the generated " + m.proto_prefix +
                       "_UNSPECIFIED value; give it another number, or turn the proto target off "
                       "('targets: {proto: {enabled: false}}') to keep 0");
      return;
    }
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
  for (const Removed& r : m.removed)
    visit(r.number_known, r.number, "removed state '" + r.name + "'", r.number_loc, true, false);
  // After a refused 0, the implicit numbers that follow it sit out too: one
  // mistake, one error.
  bool after_refused_zero = false;
  for (const State& s : m.states) {
    if (s.number_given) after_refused_zero = false;
    if (after_refused_zero) continue;
    visit(s.number_known, s.number, "state '" + s.name + "'", s.number_loc, false, !s.number_given);
    after_refused_zero = proto && s.number_known && s.number == 0;
  }
}

}  // namespace statusc
