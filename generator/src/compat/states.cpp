// States across two versions: matched by name, else through `renamed_from`,
// else through a `removed` entry; numbers compared on every path. Then every
// other name the old spec read (earlier names, and the names of removed
// entries that are gone) is read with the new spec: a name that reads as
// nothing any more was dropped, a name that reads as something else was
// reused.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "compat/compat_internal.h"
#include "naming/naming.h"

namespace statusc::compat::detail {
namespace {

// What a machine makes of a stored name: nothing, a state (by its name or
// an earlier one), or a removed entry (likewise).
struct Reading {
  enum class Kind { None, State, Removed };
  Kind kind = Kind::None;
  int index = -1;        // into Machine::states or Machine::removed
  bool earlier = false;  // through `renamed_from`
  Location loc;          // where the name is declared
};

class Reader {
 public:
  explicit Reader(const Machine& m) : m_(m) {
    for (size_t i = 0; i < m.states.size(); ++i) {
      const State& s = m.states[i];
      add(s.name, {Reading::Kind::State, static_cast<int>(i), false, s.loc});
      for (size_t e = 0; e < s.renamed_from.size(); ++e)
        add(s.renamed_from[e], {Reading::Kind::State, static_cast<int>(i), true, s.renamed_from_locs[e]});
    }
    for (size_t k = 0; k < m.removed.size(); ++k) {
      const Removed& r = m.removed[k];
      add(r.name, {Reading::Kind::Removed, static_cast<int>(k), false, r.loc});
      for (size_t e = 0; e < r.renamed_from.size(); ++e)
        add(r.renamed_from[e], {Reading::Kind::Removed, static_cast<int>(k), true, r.renamed_from_locs[e]});
    }
  }
  Reading read(std::string_view name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? Reading{} : it->second;
  }
  // A removed entry by its name, else by one of its earlier names; -1.
  int removed(std::string_view name) const {
    Reading r = read(name);
    return r.kind == Reading::Kind::Removed ? r.index : -1;
  }
  // The state a reading migrates to: the state itself, or a removed
  // entry's replacement; -1 for none.
  int target(const Reading& r) const {
    if (r.kind == Reading::Kind::State) return r.index;
    if (r.kind == Reading::Kind::Removed) return m_.removed[static_cast<size_t>(r.index)].replaced_by;
    return -1;
  }
  // "state 'running' (number 4)", "removed state 'paused' (number 6, which
  // migrates to 'running')", with ", by an earlier name" where it applies.
  std::string describe(const Reading& r) const {
    if (r.kind == Reading::Kind::State) {
      const State& s = m_.states[static_cast<size_t>(r.index)];
      return "state '" + s.name + "' (number " + std::to_string(s.number) + (r.earlier ? ", as an earlier name)" : ")");
    }
    if (r.kind == Reading::Kind::Removed) {
      const Removed& e = m_.removed[static_cast<size_t>(r.index)];
      return "removed state '" + e.name + "' (number " + std::to_string(e.number) +
             (r.earlier ? ", as an earlier name" : "") + ", " +
             (e.replaced_by < 0 ? std::string("with no replacement)")
                                : "which migrates to '" + m_.states[static_cast<size_t>(e.replaced_by)].name + "')");
    }
    return "nothing";
  }
  // The name of the state `r` migrates to, quoted, or "nothing".
  std::string target_name(const Reading& r) const {
    int t = target(r);
    return t < 0 ? std::string("nothing") : "'" + m_.states[static_cast<size_t>(t)].name + "'";
  }

 private:
  void add(std::string_view name, Reading r) { by_name_.emplace(name, r); }
  const Machine& m_;
  std::unordered_map<std::string_view, Reading> by_name_;
};

// What an old name should read as in the new spec: its owner's counterpart
// (kind None when the owner is gone, which its own change reports), and
// the state old values of the owner read as now (-1 for none, kGone when
// unknown). A name reads as before when it reaches the same counterpart,
// or the same state.
constexpr int kGone = -2;
struct Expected {
  Reading::Kind kind = Reading::Kind::None;
  int index = -1;
  int target = kGone;
};

bool reads_as_expected(const Reader& now, const Reading& n, const Expected& e) {
  if (n.kind == Reading::Kind::None) return false;
  if (n.kind == e.kind && n.index == e.index) return true;
  return e.target != kGone && now.target(n) == e.target;
}

std::string replacement(const Machine& m, const Removed& r) {
  return r.replaced_by < 0 ? std::string() : m.states[static_cast<size_t>(r.replaced_by)].name;
}

// "2, 'in_progress' or 'running'"
std::string or_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + items[i];
  return out;
}

// `renamed_from: x` or `renamed_from: [x, y]`, for a help line.
std::string renamed_from_text(const std::vector<std::string>& names) {
  if (names.size() == 1) return "renamed_from: " + names[0];
  std::string out = "renamed_from: [";
  for (size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : ", ") + names[i];
  return out + "]";
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

// Everything compare_states works out, shared by its steps.
class StateComparison {
 public:
  explicit StateComparison(MachinePair& p)
      : p_(p), a_(p.before), b_(p.after), old_names_(a_), new_names_(b_) {}

  void run() {
    std::vector<bool> renamed;
    from_ = match_states(p_, renamed);
    for (size_t j = 0; j < b_.states.size(); ++j)
      if (from_[j] >= 0) compare_pair(p_, a_.states[static_cast<size_t>(from_[j])], b_.states[j], renamed[j]);
    retired_.assign(a_.states.size(), -1);
    taken_.assign(a_.states.size(), -1);
    reported_.assign(b_.states.size(), false);
    name_taken_.assign(b_.states.size(), false);
    new_removed_matched_.assign(b_.removed.size(), false);
    for (const State& s : a_.states) old_numbers_.emplace(s.number, OldOwner{"state '" + s.name + "'", s.number_loc});
    for (const Removed& r : a_.removed)
      old_numbers_.emplace(r.number, OldOwner{"removed state '" + r.name + "'", r.number_loc});
    for (size_t j = 0; j < b_.states.size(); ++j) new_by_number_.emplace(b_.states[j].number, j);

    match_removed();
    gone_states();
    earlier_names();
    new_states();
    old_removed();
    new_removed();
  }

 private:
  // What old state i's values read as in the new spec.
  Expected expect_state(int i) const {
    const size_t u = static_cast<size_t>(i);
    if (p_.state_map[u] >= 0) return {Reading::Kind::State, p_.state_map[u], p_.state_map[u]};
    if (retired_[u] >= 0)
      return {Reading::Kind::Removed, retired_[u], b_.removed[static_cast<size_t>(retired_[u])].replaced_by};
    if (taken_[u] >= 0) return {Reading::Kind::State, taken_[u], taken_[u]};
    return {};
  }
  // What old removed entry k's values read as in the new spec.
  Expected expect_removed(size_t k) const {
    const Removed& r = a_.removed[k];
    Expected e;
    e.target = r.replaced_by < 0 ? -1 : expect_state(r.replaced_by).target;
    if (removed_match_[k] >= 0) {
      e.kind = Reading::Kind::Removed;
      e.index = removed_match_[k];
    } else if (restored_[k] >= 0) {
      e.kind = Reading::Kind::State;
      e.index = restored_[k];
    }
    return e;
  }
  Location counterpart_loc(const Expected& e) const {
    return e.kind == Reading::Kind::State ? b_.states[static_cast<size_t>(e.index)].loc
                                          : b_.removed[static_cast<size_t>(e.index)].loc;
  }
  std::string counterpart_name(const Expected& e) const {
    return e.kind == Reading::Kind::State ? b_.states[static_cast<size_t>(e.index)].name
                                          : b_.removed[static_cast<size_t>(e.index)].name;
  }

  // Old states that are gone: retired through `removed`, or not.
  void gone_states() {
    for (size_t i = 0; i < a_.states.size(); ++i) {
      if (p_.state_map[i] >= 0) continue;
      const State& was = a_.states[i];
      const std::string number = std::to_string(was.number);
      if (int k = new_names_.removed(was.name); k >= 0) {
        retired_[i] = k;
        new_removed_matched_[static_cast<size_t>(k)] = true;
        retire(i, b_.removed[static_cast<size_t>(k)]);
        continue;
      }
      // A new state with the old number: a respelling or a rename without
      // renamed_from, or a reuse.
      auto taker = new_by_number_.find(was.number);
      if (taker != new_by_number_.end() && from_[taker->second] < 0 &&
          naming::word_key(b_.states[taker->second].name) == naming::word_key(was.name)) {
        const State& now = b_.states[taker->second];
        reported_[taker->second] = true;
        taken_[i] = static_cast<int>(taker->second);
        p_.add(ChangeKind::StateRespelled, now.loc, was.loc,
               p_.state(was.name) + " is now spelled '" + now.name + "' (same words, number " + number +
                   " unchanged); stored '" + was.name + "' strings no longer parse",
               "'" + was.name + "' is declared here",
               "numbers and protobuf names still read; to keep reading stored '" + was.name + "' strings, add "
               "'renamed_from: " + was.name + "' to '" + now.name + "'");
        continue;
      }
      if (taker != new_by_number_.end() && from_[taker->second] < 0) {
        const State* reuser = &b_.states[taker->second];
        reported_[taker->second] = true;
        taken_[i] = static_cast<int>(taker->second);
        p_.add(ChangeKind::NumberReused, reuser->number_loc, was.loc,
               p_.state(reuser->name) + " takes number " + number + ", which was state '" + was.name +
                   "' in the old spec",
               "'" + was.name + "' had number " + number + " here",
               "stored " + number + "s would silently read as '" + reuser->name + "'. If '" + reuser->name +
                   "' is '" + was.name + "' renamed, add 'renamed_from: " + was.name + "' to it; otherwise give '" +
                   reuser->name + "' a new number and move '" + was.name + "' to 'removed'");
        continue;
      }
      // Its name now reads as something else: one error for both.
      if (Reading n = new_names_.read(was.name); n.kind != Reading::Kind::None) {
        reused(was.name, n, {Reading::Kind::State, static_cast<int>(i), false, was.loc}, true);
        continue;
      }
      std::string entry = "number: " + number;
      if (!was.renamed_from.empty()) entry += ", " + renamed_from_text(was.renamed_from);
      p_.add(ChangeKind::StateRemoved, b_.loc, was.loc,
             p_.state(was.name) + " was removed without a 'removed' entry",
             "'" + was.name + "' had number " + number + " here",
             "keep its number reserved: add '" + was.name + ": {" + entry +
                 "}' under 'removed:' (with 'replaced_by:' where old values should go), or, if it was renamed, "
                 "add 'renamed_from: " + was.name + "' to its new name");
    }
  }

  void retire(size_t i, const Removed& r) {
    const State& was = a_.states[i];
    const std::string number = std::to_string(was.number);
    if (r.number != was.number) {
      p_.add(ChangeKind::NumberChanged, r.number_loc, was.number_loc,
             "removed " + p_.state(was.name) + " reserves number " + std::to_string(r.number) +
                 ", but the state had number " + number,
             "it was " + number + " here", "reserve the number the state had: 'number: " + number + "'");
      return;
    }
    std::string to = replacement(b_, r);
    size_t edges = std::count_if(a_.transitions.begin(), a_.transitions.end(), [&](const Transition& t) {
      return t.from == static_cast<int>(i) || t.to == static_cast<int>(i);
    });
    std::string help;
    if (to.empty())
      help = "code reading stored '" + was.name + "' values gets an empty result from the migrate functions; "
             "add 'replaced_by' if they should read as a current state";
    if (edges > 0)
      help += std::string(help.empty() ? "its " : "; its ") + std::to_string(edges) + " transition" +
              (edges == 1 ? "" : "s") + " went with it";
    // Say exactly which stored values migrate: earlier names that were not
    // kept are reported on their own (earlier-name-dropped).
    std::string what = "old values";
    if (!was.renamed_from.empty()) {
      std::vector<std::string> kept{number, "'" + was.name + "'"};
      const Expected e = expect_state(static_cast<int>(i));
      for (const std::string& old : was.renamed_from)
        if (reads_as_expected(new_names_, new_names_.read(old), e)) kept.push_back("'" + old + "'");
      what = "values stored as " + or_list(kept);
    }
    p_.add(ChangeKind::StateRetired, r.loc, was.loc,
           p_.state(was.name) + " was removed" + (r.name != was.name ? " (as '" + r.name + "')" : "") +
               "; number " + number + " stays reserved and " +
               (to.empty() ? "old values have no replacement" : what + " migrate to '" + to + "'"),
           "'" + was.name + "' is declared here", help);
  }

  // Old removed entries: kept (by name, or under a new name that lists
  // the old one in `renamed_from`), or back as the state they were.
  void match_removed() {
    removed_match_.assign(a_.removed.size(), -1);
    restored_.assign(a_.removed.size(), -1);
    removed_reused_.assign(a_.removed.size(), false);
    for (size_t k = 0; k < a_.removed.size(); ++k) {
      const Removed& r = a_.removed[k];
      if (int m = new_names_.removed(r.name); m >= 0) {
        removed_match_[k] = m;
        new_removed_matched_[static_cast<size_t>(m)] = true;
        continue;
      }
      int j = b_.find_state(r.name);
      if (j >= 0 && b_.states[static_cast<size_t>(j)].number == r.number && from_[static_cast<size_t>(j)] < 0)
        restored_[k] = j;
    }
  }

  // `old_name` read as `was` in the old spec and as `now` in the new one,
  // which differ: a stored string silently changes meaning.
  // `number_too`: the name's own state or entry is gone, and with it the
  // reservation of its number (said here instead of in a second error).
  void reused(const std::string& old_name, const Reading& now, const Reading& was, bool number_too) {
    const bool new_state = now.kind == Reading::Kind::State && !now.earlier && from_[static_cast<size_t>(now.index)] < 0;
    if (new_state) name_taken_[static_cast<size_t>(now.index)] = true;
    std::string fix;
    if (new_state)
      fix = "name the new state differently";
    else if (now.kind == Reading::Kind::State && !now.earlier)
      fix = "rename state '" + old_name + "'";
    else
      fix = "remove '" + old_name + "' from the 'renamed_from' of " +
            (now.kind == Reading::Kind::State ? "'" + b_.states[static_cast<size_t>(now.index)].name + "'"
                                              : "removed '" + b_.removed[static_cast<size_t>(now.index)].name + "'");
    if (number_too && was.kind == Reading::Kind::State) {
      const State& s = a_.states[static_cast<size_t>(was.index)];
      fix += ", and keep '" + s.name + ": {number: " + std::to_string(s.number) +
             "}' under 'removed:' so that its number stays reserved";
    } else if (number_too) {
      const Removed& r = a_.removed[static_cast<size_t>(was.index)];
      fix += ", and put back the 'removed' entry for '" + r.name + "', which also reserves number " +
             std::to_string(r.number);
    } else if (was.earlier) {
      const Expected e = was.kind == Reading::Kind::State ? expect_state(was.index)
                                                          : expect_removed(static_cast<size_t>(was.index));
      if (e.kind != Reading::Kind::None)
        fix += ", and keep 'renamed_from: " + old_name + "' on " +
               (e.kind == Reading::Kind::Removed ? "removed '" : "'") + counterpart_name(e) + "'";
    }
    p_.add(ChangeKind::NameReused, now.loc, was.loc,
           "'" + old_name + "' now reads as " + new_names_.describe(now) + " in '" + b_.name +
               "'; the old spec read it as " + old_names_.describe(was),
           "it read as " + old_names_.target_name(was) + " here",
           "stored '" + old_name + "' strings would silently read as " + new_names_.target_name(now) + " instead of " +
               old_names_.target_name(was) + "; " + fix);
  }

  // `old_name`, an earlier name of the old spec's `owner`, reads as
  // nothing any more although its owner is still there (as `e`).
  void dropped(const std::string& old_name, Location old_loc, const std::string& owner, bool owner_removed,
               const Expected& e) {
    const std::string now = counterpart_name(e);
    const bool removed_now = e.kind == Reading::Kind::Removed;
    const int target = e.target;  // what the name read as, in the new spec's states
    std::string when;
    if (removed_now && !owner_removed)
      when = " when the state was removed";
    else if (now != owner)
      when = std::string(" when the ") + (owner_removed ? "entry" : "state") + " was renamed to '" + now + "'";
    std::string loses;
    if (target >= 0)
      loses = std::string(owner_removed || removed_now ? "no longer migrate to '" : "no longer read as '") +
              b_.states[static_cast<size_t>(target)].name + "'";
    else
      loses = owner_removed || removed_now ? "are no longer reserved" : "no longer read";
    const std::string proto_name = naming::proto_value(b_.proto_prefix, old_name);
    const bool reserved = p_.proto_after && proto_name != naming::proto_value(b_.proto_prefix, now);
    p_.add(ChangeKind::EarlierNameDropped, counterpart_loc(e), old_loc,
           "earlier name '" + old_name + "' of " + (owner_removed ? "removed " : "") + p_.state(owner) +
               " was dropped" + when + ": stored '" + old_name + "' strings " + loses,
           "'" + old_name + "' was an earlier name here",
           std::string(removed_now ? "migrate now returns" : "parse and migrate now return") + " nothing for '" +
               old_name + "'" +
               (reserved ? " and the protobuf enum no longer reserves " + proto_name : std::string()) +
               "; keep 'renamed_from: " + old_name + "' on " + (removed_now ? "removed '" : "'") + now +
               "' while stored data may hold it, and drop it once that data is migrated");
  }

  // Every earlier name of the old spec, and the name of every removed
  // entry that is gone, read with the new spec.
  void earlier_names() {
    for (size_t i = 0; i < a_.states.size(); ++i) {
      const State& was = a_.states[i];
      const Expected e = expect_state(static_cast<int>(i));
      for (size_t n = 0; n < was.renamed_from.size(); ++n) {
        const std::string& old = was.renamed_from[n];
        Reading now = new_names_.read(old);
        if (now.kind == Reading::Kind::None) {
          if (e.kind != Reading::Kind::None) dropped(old, was.renamed_from_locs[n], was.name, false, e);
        } else if (!reads_as_expected(new_names_, now, e)) {
          reused(old, now, old_names_.read(old), false);
        }
      }
    }
    for (size_t k = 0; k < a_.removed.size(); ++k) {
      const Removed& r = a_.removed[k];
      const Expected e = expect_removed(k);
      for (size_t n = 0; n < r.renamed_from.size(); ++n) {
        const std::string& old = r.renamed_from[n];
        Reading now = new_names_.read(old);
        if (now.kind == Reading::Kind::None) {
          if (e.kind != Reading::Kind::None) dropped(old, r.renamed_from_locs[n], r.name, true, e);
        } else if (!reads_as_expected(new_names_, now, e)) {
          reused(old, now, old_names_.read(old), false);
        }
      }
      if (e.kind != Reading::Kind::None) continue;
      // The entry is gone: its name may now mean something else.
      Reading now = new_names_.read(r.name);
      if (now.kind != Reading::Kind::None && !reads_as_expected(new_names_, now, e)) {
        removed_reused_[k] = true;
        reused(r.name, now, old_names_.read(r.name), true);
      }
    }
  }

  // New states: added, back from `removed`, or taking a number that meant
  // something else.
  void new_states() {
    std::unordered_map<int, size_t> restored_from;  // new state -> old removed entry
    for (size_t k = 0; k < restored_.size(); ++k)
      if (restored_[k] >= 0) restored_from.emplace(restored_[k], k);
    for (size_t j = 0; j < b_.states.size(); ++j) {
      if (from_[j] >= 0 || reported_[j]) continue;
      const State& now = b_.states[j];
      const std::string number = std::to_string(now.number);
      if (auto back = restored_from.find(static_cast<int>(j)); back != restored_from.end()) {
        const Removed& r = a_.removed[back->second];
        const std::string to = replacement(a_, r);
        p_.add(ChangeKind::StateRestored, now.loc, r.loc,
               "removed " + p_.state(now.name) + " is a state again, with its reserved number " + number,
               "'" + r.name + "' was removed here, " +
                   (to.empty() ? std::string("with no replacement") : "migrating to '" + to + "'"),
               "stored " + number + "s and '" + now.name + "' strings " +
                   (to.empty() ? std::string("used to migrate to nothing")
                               : "used to migrate to '" + to + "'") +
                   " and now read as '" + now.name + "': code that reads old data meets a state it did not see "
                   "before. If that is not wanted, keep '" + now.name + "' removed and add a state with a new name "
                   "and number");
        continue;
      }
      auto owner = old_numbers_.find(now.number);
      if (owner != old_numbers_.end()) {
        p_.add(ChangeKind::NumberReused, now.number_loc, owner->second.loc,
               p_.state(now.name) + " takes number " + number + ", which was " + owner->second.what +
                   " in the old spec",
               owner->second.what + " had it here",
               "stored " + number + "s would read as '" + now.name + "'; give it an unused number");
        continue;
      }
      if (name_taken_[j]) continue;  // name-reused says it
      p_.add(ChangeKind::StateAdded, now.loc, a_.loc, p_.state(now.name) + " was added with number " + number,
             "machine '" + a_.name + "' is declared here");
    }
  }

  // `removed` entries of the old spec stay, with their numbers.
  void old_removed() {
    for (size_t k = 0; k < a_.removed.size(); ++k) {
      const Removed& r = a_.removed[k];
      if (removed_match_[k] >= 0) {
        const Removed& now = b_.removed[static_cast<size_t>(removed_match_[k])];
        if (now.number != r.number) {
          p_.add(ChangeKind::NumberChanged, now.number_loc, r.number_loc,
                 "removed " + p_.state(r.name) + " changed its reserved number from " + std::to_string(r.number) +
                     " to " + std::to_string(now.number),
                 "it was " + std::to_string(r.number) + " here",
                 "stored " + std::to_string(r.number) + "s no longer migrate; reserve " + std::to_string(r.number) +
                     " again");
        }
        // The same state under a new name (`renamed_from`) is the same replacement.
        const bool same = r.replaced_by < 0 ? now.replaced_by < 0
                                            : p_.state_map[static_cast<size_t>(r.replaced_by)] == now.replaced_by &&
                                                  now.replaced_by >= 0;
        if (!same) {
          std::string was_to = replacement(a_, r), now_to = replacement(b_, now);
          auto say = [](const std::string& s) { return s.empty() ? std::string("nothing") : "'" + s + "'"; };
          p_.add(ChangeKind::ReplacementChanged, now.replaced_by >= 0 ? now.replaced_by_loc : now.loc,
                 r.replaced_by >= 0 ? r.replaced_by_loc : r.loc,
                 "removed " + p_.state(r.name) + " now migrates to " + say(now_to) + " instead of " + say(was_to),
                 "it migrated to " + say(was_to) + " here");
        }
        continue;
      }
      if (restored_[k] >= 0 || removed_reused_[k]) continue;  // state-restored, name-reused
      p_.add(ChangeKind::RemovedEntryDropped, b_.loc, r.loc,
             "the 'removed' entry for '" + r.name + "' (number " + std::to_string(r.number) + ") in '" + b_.name +
                 "' was dropped",
             "'" + r.name + "' is reserved here",
             "put the entry back: without it the number " + std::to_string(r.number) + " and the name '" + r.name +
                 "' can be reused, and stored values stop migrating");
    }
  }

  void new_removed() {
    for (size_t k = 0; k < b_.removed.size(); ++k) {
      if (new_removed_matched_[k]) continue;
      const Removed& r = b_.removed[k];
      p_.add(ChangeKind::RemovedEntryAdded, r.loc, a_.loc,
             "removed " + p_.state(r.name) + " (number " + std::to_string(r.number) + ") is now recorded",
             "machine '" + a_.name + "' is declared here");
    }
  }

  MachinePair& p_;
  const Machine& a_;
  const Machine& b_;
  const Reader old_names_, new_names_;
  std::vector<int> from_;      // new state -> old state, -1 when new
  std::vector<int> retired_;   // old state -> new removed entry it was retired into
  std::vector<int> taken_;     // old state -> new state that took its number (respelled, number-reused)
  std::vector<bool> reported_;    // a new state already named by a change
  std::vector<bool> name_taken_;  // a new state whose name the old spec read as something else
  std::vector<bool> new_removed_matched_;
  std::vector<int> removed_match_;     // old removed entry -> new removed entry
  std::vector<int> restored_;          // old removed entry -> new state it came back as
  std::vector<bool> removed_reused_;   // old removed entry whose name now means something else
  std::unordered_map<int, OldOwner> old_numbers_;
  std::unordered_map<int, size_t> new_by_number_;  // numbers are unique in a valid spec
};

}  // namespace

void compare_states(MachinePair& p) { StateComparison(p).run(); }

}  // namespace statusc::compat::detail
