// States across two versions: matched by name, else through `renamed_from`,
// else through a `removed` entry; numbers compared on every path.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "compat/compat_internal.h"
#include "emit/naming.h"

namespace statusc::compat::detail {
namespace {

// A machine's `removed` entries by name (names are unique in a valid spec).
class RemovedByName {
 public:
  explicit RemovedByName(const Machine& m) {
    for (const Removed& r : m.removed) by_name_.emplace(r.name, &r);
  }
  const Removed* find(const std::string& name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : it->second;
  }

 private:
  std::unordered_map<std::string_view, const Removed*> by_name_;
};

std::string replacement(const Machine& m, const Removed& r) {
  return r.replaced_by < 0 ? std::string() : m.states[static_cast<size_t>(r.replaced_by)].name;
}

// Old states matched by name, then through the new spec's renamed_from.
// Returns after -> before (-1 for states new in `after`); sets renamed[j].
std::vector<int> match_states(MachinePair& p, std::vector<bool>& renamed) {
  const Machine& a = p.before;
  const Machine& b = p.after;
  p.state_map.assign(a.states.size(), -1);
  std::vector<int> from(b.states.size(), -1);
  renamed.assign(b.states.size(), false);
  for (size_t i = 0; i < a.states.size(); ++i) {
    int j = b.find_state(a.states[i].name);
    if (j < 0) continue;
    p.state_map[i] = j;
    from[static_cast<size_t>(j)] = static_cast<int>(i);
  }
  // Earlier names are unique within a valid spec (check/names.cpp).
  std::unordered_map<std::string_view, size_t> renamed_to;
  for (size_t j = 0; j < b.states.size(); ++j)
    for (const std::string& earlier : b.states[j].renamed_from) renamed_to.emplace(earlier, j);
  for (size_t i = 0; i < a.states.size(); ++i) {
    if (p.state_map[i] >= 0) continue;
    auto it = renamed_to.find(a.states[i].name);
    if (it == renamed_to.end() || from[it->second] >= 0) continue;
    p.state_map[i] = static_cast<int>(it->second);
    from[it->second] = static_cast<int>(i);
    renamed[it->second] = true;
  }
  return from;
}

void compare_pair(MachinePair& p, const State& was, const State& now, bool renamed) {
  if (renamed && naming::word_key(was.name) == naming::word_key(now.name)) {
    p.add(ChangeKind::StateRenamed, now.loc, was.loc,
          p.state(was.name) + " is now spelled '" + now.name + "'",
          "'" + was.name + "' is declared here",
          "the number " + std::to_string(now.number) + " and the protobuf name stay; generated code now writes '" +
              now.name + "', and parse and migrate still read '" + was.name +
              "', but readers built from the old spec cannot parse the new spelling");
  } else if (renamed) {
    p.add(ChangeKind::StateRenamed, now.loc, was.loc,
          p.state(was.name) + " is now named '" + now.name + "'",
          "'" + was.name + "' is declared here",
          "the number stays " + std::to_string(now.number) +
              ", so stored numbers and binary protobuf keep their meaning; stored names and protobuf "
              "JSON/text now spell it '" + now.name + "', and generated parse and migrate functions still "
              "read '" + was.name + "'");
  }
  if (was.number != now.number) {
    p.add(ChangeKind::NumberChanged, now.number_loc, was.number_loc,
          p.state(now.name) + " changed its wire number from " + std::to_string(was.number) + " to " +
              std::to_string(now.number),
          "it was " + std::to_string(was.number) + " here",
          "stored " + std::to_string(was.number) + "s would no longer read as '" + now.name + "'; give it " +
              std::to_string(was.number) + " again");
  }
  if (was.terminal() != now.terminal()) {
    p.add(ChangeKind::TerminalChanged, now.values[0].loc, was.values[0].loc,
          p.state(now.name) + (now.terminal() ? " is now terminal" : " is no longer terminal"),
          std::string("it was ") + (was.terminal() ? "terminal" : "not terminal") + " here",
          now.terminal() ? "objects in this state can no longer move on; code that waits for the end now stops here"
                         : "objects in this state used to be finished; code that treated them as done will not");
  }
}

// Who had a number in the old spec: "state 'x'" or "removed state 'x'".
struct OldOwner {
  std::string what;
  Location loc;
};

}  // namespace

void compare_states(MachinePair& p) {
  const Machine& a = p.before;
  const Machine& b = p.after;
  std::vector<bool> renamed;
  std::vector<int> from = match_states(p, renamed);
  for (size_t j = 0; j < b.states.size(); ++j)
    if (from[j] >= 0) compare_pair(p, a.states[static_cast<size_t>(from[j])], b.states[j], renamed[j]);

  std::unordered_map<int, OldOwner> old_numbers;
  for (const State& s : a.states) old_numbers.emplace(s.number, OldOwner{"state '" + s.name + "'", s.number_loc});
  for (const Removed& r : a.removed) old_numbers.emplace(r.number, OldOwner{"removed state '" + r.name + "'", r.number_loc});
  std::vector<bool> reported(b.states.size(), false);  // a new state already named by a change
  const RemovedByName removed_before(a), removed_after(b);
  std::unordered_map<int, size_t> new_by_number;  // numbers are unique in a valid spec
  for (size_t j = 0; j < b.states.size(); ++j) new_by_number.emplace(b.states[j].number, j);

  // Old states that are gone: retired through `removed`, or not.
  for (size_t i = 0; i < a.states.size(); ++i) {
    if (p.state_map[i] >= 0) continue;
    const State& was = a.states[i];
    const std::string number = std::to_string(was.number);
    if (const Removed* r = removed_after.find(was.name)) {
      if (r->number != was.number) {
        p.add(ChangeKind::NumberChanged, r->number_loc, was.number_loc,
              "removed " + p.state(was.name) + " reserves number " + std::to_string(r->number) +
                  ", but the state had number " + number,
              "it was " + number + " here", "reserve the number the state had: 'number: " + number + "'");
        continue;
      }
      std::string to = replacement(b, *r);
      size_t edges = std::count_if(a.transitions.begin(), a.transitions.end(), [&](const Transition& t) {
        return t.from == static_cast<int>(i) || t.to == static_cast<int>(i);
      });
      std::string help;
      if (to.empty())
        help = "code reading stored '" + was.name + "' values gets an empty result from the migrate functions; "
               "add 'replaced_by' if they should read as a current state";
      if (edges > 0)
        help += std::string(help.empty() ? "its " : "; its ") + std::to_string(edges) + " transition" +
                (edges == 1 ? "" : "s") + " went with it";
      p.add(ChangeKind::StateRetired, r->loc, was.loc,
            p.state(was.name) + " was removed; number " + number + " stays reserved and " +
                (to.empty() ? "old values have no replacement" : "old values migrate to '" + to + "'"),
            "'" + was.name + "' is declared here", help);
      continue;
    }
    // A new state with the old number: a respelling or a rename without
    // renamed_from, or a reuse.
    auto taker = new_by_number.find(was.number);
    if (taker != new_by_number.end() && from[taker->second] < 0 &&
        naming::word_key(b.states[taker->second].name) == naming::word_key(was.name)) {
      const State& now = b.states[taker->second];
      reported[taker->second] = true;
      p.add(ChangeKind::StateRespelled, now.loc, was.loc,
            p.state(was.name) + " is now spelled '" + now.name + "' (same words, number " + number +
                " unchanged); stored '" + was.name + "' strings no longer parse",
            "'" + was.name + "' is declared here",
            "numbers and protobuf names still read; to keep reading stored '" + was.name + "' strings, add "
            "'renamed_from: " + was.name + "' to '" + now.name + "'");
      continue;
    }
    if (taker != new_by_number.end() && from[taker->second] < 0) {
      const State* reuser = &b.states[taker->second];
      reported[taker->second] = true;
      p.add(ChangeKind::NumberReused, reuser->number_loc, was.loc,
            p.state(reuser->name) + " takes number " + number + ", which was state '" + was.name +
                "' in the old spec",
            "'" + was.name + "' had number " + number + " here",
            "stored " + number + "s would silently read as '" + reuser->name + "'. If '" + reuser->name +
                "' is '" + was.name + "' renamed, add 'renamed_from: " + was.name + "' to it; otherwise give '" +
                reuser->name + "' a new number and move '" + was.name + "' to 'removed'");
      continue;
    }
    p.add(ChangeKind::StateRemoved, b.loc, was.loc,
          p.state(was.name) + " was removed without a 'removed' entry",
          "'" + was.name + "' had number " + number + " here",
          "keep its number reserved: add '" + was.name + ": {number: " + number +
              "}' under 'removed:' (with 'replaced_by:' where old values should go), or, if it was renamed, "
              "add 'renamed_from: " + was.name + "' to its new name");
  }

  // New states: added, or taking a number that meant something else.
  for (size_t j = 0; j < b.states.size(); ++j) {
    if (from[j] >= 0 || reported[j]) continue;
    const State& now = b.states[j];
    const Removed* back = removed_before.find(now.name);
    auto owner = old_numbers.find(now.number);
    bool same_state_back = back != nullptr && back->number == now.number;
    if (owner != old_numbers.end() && !same_state_back) {
      p.add(ChangeKind::NumberReused, now.number_loc, owner->second.loc,
            p.state(now.name) + " takes number " + std::to_string(now.number) + ", which was " +
                owner->second.what + " in the old spec",
            owner->second.what + " had it here",
            "stored " + std::to_string(now.number) + "s would read as '" + now.name + "'; give it an unused number");
      continue;
    }
    p.add(ChangeKind::StateAdded, now.loc, a.loc,
          p.state(now.name) + " was added with number " + std::to_string(now.number) +
              (same_state_back ? " (it returns from 'removed')" : ""),
          "machine '" + a.name + "' is declared here");
  }

  // `removed` entries of the old spec stay, with their numbers.
  for (const Removed& r : a.removed) {
    if (const Removed* now = removed_after.find(r.name)) {
      if (now->number != r.number) {
        p.add(ChangeKind::NumberChanged, now->number_loc, r.number_loc,
              "removed " + p.state(r.name) + " changed its reserved number from " + std::to_string(r.number) +
                  " to " + std::to_string(now->number),
              "it was " + std::to_string(r.number) + " here",
              "stored " + std::to_string(r.number) + "s no longer migrate; reserve " + std::to_string(r.number) + " again");
      }
      std::string was_to = replacement(a, r), now_to = replacement(b, *now);
      if (was_to != now_to) {
        auto say = [](const std::string& s) { return s.empty() ? std::string("nothing") : "'" + s + "'"; };
        p.add(ChangeKind::ReplacementChanged, now->replaced_by >= 0 ? now->replaced_by_loc : now->loc,
              r.replaced_by >= 0 ? r.replaced_by_loc : r.loc,
              "removed " + p.state(r.name) + " now migrates to " + say(now_to) + " instead of " + say(was_to),
              "it migrated to " + say(was_to) + " here");
      }
      continue;
    }
    int j = b.find_state(r.name);
    if (j >= 0 && b.states[static_cast<size_t>(j)].number == r.number) continue;  // back as a state: noted above
    p.add(ChangeKind::RemovedEntryDropped, b.loc, r.loc,
          "the 'removed' entry for '" + r.name + "' (number " + std::to_string(r.number) + ") in '" + b.name +
              "' was dropped",
          "'" + r.name + "' is reserved here",
          "put the entry back: without it the number " + std::to_string(r.number) + " and the name '" + r.name +
              "' can be reused, and stored values stop migrating");
  }
  for (const Removed& r : b.removed) {
    if (removed_before.find(r.name) != nullptr || a.find_state(r.name) >= 0) continue;
    p.add(ChangeKind::RemovedEntryAdded, r.loc, a.loc,
          "removed " + p.state(r.name) + " (number " + std::to_string(r.number) + ") is now recorded",
          "machine '" + a.name + "' is declared here");
  }
}

}  // namespace statusc::compat::detail
