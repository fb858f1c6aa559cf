// What changes behaviour without breaking the wire: attributes and their
// values, initial states, transitions, invariants.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "compat/compat_internal.h"
#include "expr/expr.h"
#include "util/suggest.h"

namespace statusc::compat::detail {
namespace {

// A value as the spec would write it: true, danger, "Waiting".
std::string shown(const Attribute& a, std::int64_t as_int, const std::string& text) {
  switch (a.type) {
    case AttrType::Bool: return as_int ? "true" : "false";
    case AttrType::Enum: return as_int >= 0 && static_cast<size_t>(as_int) < a.values.size() ? a.values[static_cast<size_t>(as_int)] : "?";
    case AttrType::String: return "\"" + text + "\"";
    case AttrType::Int: return std::to_string(as_int);
  }
  return "?";
}

std::string default_of(const Attribute& a) {
  return a.has_default ? shown(a, a.default_int, a.default_text) : std::string("none");
}

void compare_enum_values(MachinePair& p, const Attribute& was, const Attribute& now) {
  for (size_t v = 0; v < was.values.size(); ++v) {
    if (std::find(now.values.begin(), now.values.end(), was.values[v]) != now.values.end()) continue;
    p.add(ChangeKind::EnumValueRemoved, now.loc, was.value_locs[v],
          "value '" + was.values[v] + "' of enum attribute '" + now.name + "' in '" + p.after.name + "' was removed",
          "it is declared here",
          "generated code and stored data that name '" + was.values[v] + "' stop compiling or reading; keep the value");
  }
  for (size_t v = 0; v < now.values.size(); ++v) {
    if (std::find(was.values.begin(), was.values.end(), now.values[v]) != was.values.end()) continue;
    p.add(ChangeKind::EnumValueAdded, now.value_locs[v], was.loc,
          "enum attribute '" + now.name + "' in '" + p.after.name + "' gained value '" + now.values[v] + "'",
          "attribute '" + was.name + "' is declared here",
          "a switch over the attribute's values needs a case for it");
  }
}

void compare_state_values(MachinePair& p, size_t was_attr, size_t now_attr) {
  const Attribute& wa = p.before.attributes[was_attr];
  const Attribute& na = p.after.attributes[now_attr];
  for (size_t i = 0; i < p.before.states.size(); ++i) {
    if (p.state_map[i] < 0) continue;
    const State& ws = p.before.states[i];
    const State& ns = p.after.states[static_cast<size_t>(p.state_map[i])];
    const AttrValue& wv = ws.values[was_attr];
    const AttrValue& nv = ns.values[now_attr];
    std::string before = shown(wa, wv.as_int, wv.text), after = shown(na, nv.as_int, nv.text);
    if (before == after) continue;
    p.add(ChangeKind::AttributeValueChanged, nv.loc, wv.loc,
          p.state(ns.name) + ": '" + na.name + "' changed from " + before + " to " + after,
          "it was " + before + (wv.set ? " here" : " here (the default)"));
  }
}

}  // namespace

std::string quoted_list(const std::vector<std::string>& names) {
  return names.empty() ? "none" : name_list(names, names.size());
}

void compare_attributes(MachinePair& p) {
  const Machine& a = p.before;
  const Machine& b = p.after;
  for (size_t i = 0; i < a.attributes.size(); ++i) {
    const Attribute& was = a.attributes[i];
    if (was.builtin) continue;  // `terminal`: compared with the states
    int j = b.find_attribute(was.name);
    // An enum's values parse back (parse_<machine>_<attribute>), so they
    // may be stored: losing the enum loses them all, like enum-value-removed.
    if (j < 0 && was.type == AttrType::Enum) {
      p.add(ChangeKind::EnumAttributeLost, b.loc, was.loc,
            "enum attribute '" + was.name + "' of '" + b.name + "' was removed", "it is declared here",
            "its generated enum type and parse function are gone: stored or configured values (" +
                quoted_list(was.values) + ") can no longer be read, and code that names them stops compiling; "
                "keep the attribute");
      continue;
    }
    if (j < 0) {
      p.add(ChangeKind::AttributeRemoved, b.loc, was.loc,
            "attribute '" + was.name + "' of '" + b.name + "' was removed", "it is declared here",
            "its generated predicate or accessor is gone; code that calls it stops compiling");
      continue;
    }
    const Attribute& now = b.attributes[static_cast<size_t>(j)];
    if (was.type != now.type && was.type == AttrType::Enum) {
      p.add(ChangeKind::EnumAttributeLost, now.loc, was.loc,
            "attribute '" + now.name + "' of '" + b.name + "' is no longer an enum: its type changed from enum to " +
                attr_type_name(now.type),
            "it was an enum here",
            "its generated enum type and parse function are gone: stored or configured values (" +
                quoted_list(was.values) + ") can no longer be read as the enum, and code that names them stops "
                "compiling; keep it an enum, or add the new attribute under another name");
      continue;
    }
    if (was.type != now.type) {
      p.add(ChangeKind::AttributeTypeChanged, now.loc, was.loc,
            "attribute '" + now.name + "' of '" + b.name + "' changed type from " + attr_type_name(was.type) + " to " +
                attr_type_name(now.type),
            std::string("it was ") + attr_type_name(was.type) + " here");
      continue;  // values of different types do not compare
    }
    if (now.type == AttrType::Enum) compare_enum_values(p, was, now);
    if (default_of(was) != default_of(now))
      p.add(ChangeKind::AttributeDefaultChanged, now.has_default ? now.default_loc : now.loc,
            was.has_default ? was.default_loc : was.loc,
            "the default of attribute '" + now.name + "' of '" + b.name + "' changed from " + default_of(was) +
                " to " + default_of(now),
            "it was " + default_of(was) + " here");
    compare_state_values(p, i, static_cast<size_t>(j));
  }
  for (const Attribute& now : b.attributes) {
    if (now.builtin || a.find_attribute(now.name) >= 0) continue;
    p.add(ChangeKind::AttributeAdded, now.loc, a.loc, "attribute '" + now.name + "' was added to '" + b.name + "'",
          "machine '" + a.name + "' is declared here");
  }
}

void compare_initial(MachinePair& p) {
  std::set<std::string> before, after;
  std::vector<std::string> before_list, after_list;
  for (int s : p.before.initial) {
    int mapped = p.state_map[static_cast<size_t>(s)];
    const std::string& name = p.before.states[static_cast<size_t>(s)].name;
    before.insert(mapped >= 0 ? p.after.states[static_cast<size_t>(mapped)].name : "\x01" + name);
    before_list.push_back(name);
  }
  for (int s : p.after.initial) {
    after.insert(p.after.states[static_cast<size_t>(s)].name);
    after_list.push_back(p.after.states[static_cast<size_t>(s)].name);
  }
  if (before == after) return;
  p.add(ChangeKind::InitialChanged, p.after.initial_loc, p.before.initial_loc,
        "the initial states of '" + p.after.name + "' changed from " + quoted_list(before_list) + " to " +
            quoted_list(after_list),
        "they were " + quoted_list(before_list) + " here",
        "code that creates objects in " + quoted_list(before_list) + " must follow");
}

void compare_transitions(MachinePair& p) {
  using Key = std::tuple<std::string, std::string, std::string>;  // from, to, event in the new names
  auto event_of = [](const Machine& m, const Transition& t) {
    return t.event < 0 ? std::string() : m.events[static_cast<size_t>(t.event)].name;
  };
  auto describe = [](const Key& k) {
    return "'" + std::get<0>(k) + "' -> '" + std::get<1>(k) + "'" +
           (std::get<2>(k).empty() ? std::string() : " on '" + std::get<2>(k) + "'");
  };
  std::map<Key, const Transition*> before, after;
  for (const Transition& t : p.before.transitions) {
    int from = p.state_map[static_cast<size_t>(t.from)], to = p.state_map[static_cast<size_t>(t.to)];
    if (from < 0 || to < 0) continue;  // the state's own change says it
    before.emplace(Key{p.after.states[static_cast<size_t>(from)].name, p.after.states[static_cast<size_t>(to)].name,
                       event_of(p.before, t)},
                   &t);
  }
  for (const Transition& t : p.after.transitions)
    after.emplace(Key{p.after.states[static_cast<size_t>(t.from)].name, p.after.states[static_cast<size_t>(t.to)].name,
                      event_of(p.after, t)},
                  &t);
  for (const auto& [key, t] : before)
    if (!after.count(key))
      p.add(ChangeKind::TransitionRemoved, p.after.loc, t->loc,
            "transition " + describe(key) + " of '" + p.after.name + "' was removed", "it is declared here",
            "objects in '" + std::get<0>(key) + "' can no longer move this way; callers of can_transition and "
            "next get false or nothing");
  for (const Event& e : p.before.events) {
    bool kept = std::any_of(p.after.events.begin(), p.after.events.end(), [&](const Event& n) { return n.name == e.name; });
    if (!kept)
      p.add(ChangeKind::EventRemoved, p.after.loc, e.loc,
            "event '" + e.name + "' of '" + p.after.name + "' is gone: no transition uses it any more",
            "it is used here", "its generated event value is gone; code that names it stops compiling");
  }
  // States new in `after` bring their edges along; those are notes too.
  for (const auto& [key, t] : after)
    if (!before.count(key))
      p.add(ChangeKind::TransitionAdded, t->loc, p.before.loc,
            "transition " + describe(key) + " was added to '" + p.after.name + "'",
            "machine '" + p.before.name + "' is declared here");
}

void compare_invariants(MachinePair& p) {
  const expr::SymbolTable old_symbols = p.before.symbols();
  auto text_of = [](const Invariant& inv) { return expr::to_string(inv.expr); };
  auto label = [&](const Invariant& inv) {
    return (inv.name.empty() ? std::string("invariant") : "invariant '" + inv.name + "'") + " (" + text_of(inv) +
           ")";
  };
  auto find = [&](const Machine& m, const Invariant& inv) -> const Invariant* {
    for (const Invariant& other : m.invariants)
      if (inv.name.empty() ? other.name.empty() && text_of(other) == text_of(inv) : other.name == inv.name)
        return &other;
    return nullptr;
  };
  for (const Invariant& now : p.after.invariants) {
    const Invariant* was = find(p.before, now);
    if (was != nullptr && text_of(*was) == text_of(now)) continue;
    const Location old_loc = was != nullptr ? was->loc : p.before.loc;
    const std::string old_note = was != nullptr ? "it was " + text_of(*was) + " here"
                                                : "machine '" + p.before.name + "' is declared here";
    const std::string what = (was != nullptr ? "changed " : "new ") + label(now);
    DiagnosticEngine ignored;
    std::optional<expr::Expr> on_old = expr::compile(now.expr.text, old_symbols, now.loc, ignored);
    if (!on_old) {
      p.add(ChangeKind::InvariantTightened, now.loc, old_loc,
            what + " in '" + p.after.name + "' uses names or values the old spec does not have", old_note,
            "data written under the old spec was never held to it; check stored values before relying on it");
      continue;
    }
    std::vector<std::string> breaking;
    std::vector<std::int64_t> slots;
    for (size_t s = 0; s < p.before.states.size(); ++s) {
      p.before.symbol_slots(static_cast<int>(s), slots);
      if (!expr::evaluate(*on_old, slots)) breaking.push_back(p.before.states[s].name);
    }
    if (!breaking.empty()) {
      p.add(ChangeKind::InvariantTightened, now.loc, old_loc,
            what + " in '" + p.after.name + "' does not hold for " + quoted_list(breaking) + " as the old spec "
            "classified them",
            old_note, "code written against the old classification may rely on what the invariant now forbids");
      continue;
    }
    p.add(ChangeKind::InvariantAdded, now.loc, old_loc,
          what + " in '" + p.after.name + "' already held for every state of the old spec", old_note);
  }
  for (const Invariant& was : p.before.invariants) {
    if (find(p.after, was) != nullptr) continue;
    p.add(ChangeKind::InvariantRemoved, p.after.loc, was.loc,
          label(was) + " of '" + p.after.name + "' was dropped", "it is declared here");
  }
}

}  // namespace statusc::compat::detail
