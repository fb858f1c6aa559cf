#include "parse/machine_parser.h"

namespace statusc {
namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

void read_attributes(YamlReader& r, const YamlNode& node, RawMachine& m) {
  if (!r.expect_mapping(node, "'attributes'")) return;
  for (const auto& [key, value] : node.entries) {
    if (!r.key_name(key, "attribute")) {
      m.rejected_names.push_back(key.value);
      continue;
    }
    RawAttribute a;
    a.name = {key.value, key.loc};
    a.loc = key.loc;
    std::string what = "attribute " + quoted(key.value);
    if (value.is_null()) {  // `flag:` alone declares a bool without default
      m.attributes.push_back(std::move(a));
      continue;
    }
    int errors_before = r.diags().error_count();
    if (!r.check_keys(value, what, {"type", "description", "default", "values", "predicate"}, {})) continue;
    a.malformed = r.diags().error_count() > errors_before;
    if (const YamlNode* t = value.find("type")) {
      if (auto type = r.name(*t, "'type'")) {
        a.type = *type;
        a.type_given = true;
      }
    }
    if (const YamlNode* d = value.find("description")) a.description = r.text(*d, "'description'");
    if (const YamlNode* p = value.find("predicate")) a.predicate = r.name(*p, "'predicate'");
    if (const YamlNode* v = value.find("values")) {
      a.values_given = true;
      a.values_loc = v->loc;
      // On a non-enum attribute the builder reports 'values' as a whole.
      bool enum_like = a.type_given && a.type.value == "enum";
      if (enum_like && r.expect_sequence(*v, "'values'"))
        for (const YamlNode& item : v->items)
          if (auto name = r.name(item, "an enum value")) a.values.push_back(std::move(*name));
    }
    if (const YamlNode* d = value.find("default")) a.default_value = *d;
    m.attributes.push_back(std::move(a));
  }
}

void read_states(YamlReader& r, const YamlNode& node, RawMachine& m) {
  if (!r.expect_mapping(node, "'states'")) return;
  if (node.entries.empty())
    r.diags().report(DiagKind::EmptyCollection, node.loc, "'states' must declare at least one state");
  for (const auto& [key, value] : node.entries) {
    if (!r.key_name(key, "state")) {
      m.rejected_names.push_back(key.value);
      m.transitions_malformed = true;  // references to it cannot resolve
      continue;
    }
    RawState s;
    s.name = {key.value, key.loc};
    s.loc = key.loc;
    if (!value.is_null() && !r.expect_mapping(value, "state " + quoted(key.value))) continue;
    for (const auto& [k, v] : value.entries) {
      if (k.value == "number") {
        s.number = r.integer(v, "'number'");
        s.number_invalid = !s.number;
      }
      else if (k.value == "description") s.description = r.text(v, "'description'");
      else if (k.value == "terminal") {
        s.terminal = r.boolean(v, "'terminal'");
        s.has_bad_terminal = !s.terminal;
      }
      else if (k.value == "renamed_from") s.renamed_from = r.name_list(v, "'renamed_from'");
      else s.values.emplace_back(LString{k.value, k.loc}, v);  // bound by the builder
    }
    m.states.push_back(std::move(s));
  }
}

void read_transitions(YamlReader& r, const YamlNode& node, RawMachine& m) {
  m.transitions_loc = node.loc;
  if (!r.expect_sequence(node, "'transitions'")) {
    m.transitions_given = true;
    m.transitions_malformed = true;
    return;
  }
  // An empty list declares no transitions: the machine is a vocabulary.
  m.transitions_given = !node.items.empty();
  int errors_before = r.diags().error_count();
  for (const YamlNode& item : node.items) {
    if (!r.check_keys(item, "a transition", {"from", "to", "on", "description", "restore", "override"}, {"from", "to"}))
      continue;
    RawTransition t;
    t.loc = item.loc;
    if (const YamlNode* from = item.find("from")) {
      t.from_loc = from->loc;
      if (from->is_scalar() && from->value == "*") {
        t.from_wildcard = true;
      } else {
        t.from = r.name_list(*from, "'from'");
        for (const LString& name : t.from)
          if (name.value == "*")
            r.diags().report(DiagKind::InvalidValue, name.loc,
                             "\"*\" stands for every non-terminal state and cannot be mixed with names; "
                             "write 'from: \"*\"' on its own");
      }
    }
    if (const YamlNode* to = item.find("to")) {
      t.to_loc = to->loc;
      if (to->is_scalar() && to->value == "*") {
        t.to_wildcard = true;
      } else {
        t.to = r.name_list(*to, "'to'");
        for (const LString& name : t.to)
          if (name.value == "*")
            r.diags().report(DiagKind::InvalidValue, name.loc,
                             "\"*\" stands for every state and cannot be mixed with names; write 'to: \"*\"' "
                             "on its own");
      }
    }
    if (const YamlNode* o = item.find("override")) {
      t.override_all = r.boolean(*o, "'override'");
      if (t.override_all && t.override_all->value && !t.from_wildcard)
        r.diags().report(DiagKind::InvalidValue, t.override_all->loc,
                         "'override: true' widens 'from: \"*\"' to the terminal states too, but this transition's "
                         "'from' is not \"*\"; write 'from: \"*\"', or drop 'override' and write 'restore: true' to "
                         "leave a terminal state");
    }
    if (const YamlNode* on = item.find("on")) t.on = r.name(*on, "'on'");
    if (const YamlNode* d = item.find("description")) t.description = r.text(*d, "'description'");
    if (const YamlNode* restore = item.find("restore")) t.restore = r.boolean(*restore, "'restore'");
    m.transitions.push_back(std::move(t));
  }
  // The graph's properties would report the consequences of a broken item
  // (dead ends, unreachable states) instead of the item itself.
  if (r.diags().error_count() > errors_before) m.transitions_malformed = true;
}

void read_invariants(YamlReader& r, const YamlNode& node, RawMachine& m) {
  if (!r.expect_sequence(node, "'invariants'")) return;
  for (const YamlNode& item : node.items) {
    if (!r.check_keys(item, "an invariant", {"name", "assert", "description"}, {"assert"})) continue;
    RawInvariant inv;
    inv.loc = item.loc;
    if (const YamlNode* n = item.find("name")) inv.name = r.name(*n, "'name'");
    if (const YamlNode* d = item.find("description")) inv.description = r.text(*d, "'description'");
    const YamlNode* a = item.find("assert");
    if (a == nullptr) continue;
    auto text = r.text(*a, "'assert'");
    if (!text) continue;
    inv.assert_text = *text;
    // Diagnostics inside the expression point at its characters; a quoted
    // scalar's text starts after the quote.
    inv.assert_text_start = a->loc.shifted(a->quoted ? 1 : 0, 1);
    const Location& s = inv.assert_text_start;
    std::string_view line = s.file->line_text(s.line);
    inv.assert_text_exact = !a->block && static_cast<size_t>(s.column) <= line.size() &&
                            line.substr(static_cast<size_t>(s.column), text->value.size()) == text->value;
    m.invariants.push_back(std::move(inv));
  }
}

void read_removed(YamlReader& r, const YamlNode& node, RawMachine& m) {
  if (!r.expect_mapping(node, "'removed'")) return;
  for (const auto& [key, value] : node.entries) {
    if (!r.key_name(key, "removed state")) continue;
    RawRemoved rm;
    rm.name = {key.value, key.loc};
    rm.loc = key.loc;
    std::string what = "removed state " + quoted(key.value);
    if (value.is_null()) {
      r.diags().report(DiagKind::MissingKey, key.loc, what + " is missing the required key 'number'");
      continue;
    }
    if (!r.check_keys(value, what, {"number", "replaced_by", "description", "renamed_from"}, {"number"}, key.loc))
      continue;
    if (const YamlNode* n = value.find("number")) rm.number = r.integer(*n, "'number'");
    if (const YamlNode* rb = value.find("replaced_by")) rm.replaced_by = r.name(*rb, "'replaced_by'");
    if (const YamlNode* d = value.find("description")) rm.description = r.text(*d, "'description'");
    if (const YamlNode* rf = value.find("renamed_from")) rm.renamed_from = r.name_list(*rf, "'renamed_from'");
    m.removed.push_back(std::move(rm));
  }
}

}  // namespace

std::optional<RawMachine> parse_machine(YamlReader& r, const YamlNode& key, const YamlNode& value) {
  RawMachine m;
  m.name = {key.value, key.loc};
  m.loc = key.loc;
  std::string what = "machine " + quoted(key.value);
  if (!r.check_keys(value, what,
                    {"description", "proto_prefix", "initial", "cyclic", "attributes", "states", "transitions",
                     "invariants", "removed"},
                    {"states"}, key.loc))
    return std::nullopt;
  // Without states nothing else in the machine can be bound; one error is enough.
  const YamlNode* states = value.find("states");
  if (states == nullptr) return std::nullopt;
  if (!states->is_mapping()) {
    r.expect_mapping(*states, "'states'");
    return std::nullopt;
  }
  if (const YamlNode* d = value.find("description")) m.description = r.text(*d, "'description'");
  if (const YamlNode* p = value.find("proto_prefix")) m.proto_prefix = r.name(*p, "'proto_prefix'");
  if (const YamlNode* c = value.find("cyclic")) m.cyclic = r.boolean(*c, "'cyclic'");
  if (const YamlNode* i = value.find("initial")) {
    m.initial_given = true;
    m.initial_loc = i->loc;
    m.initial = r.name_list(*i, "'initial'");
  }
  if (const YamlNode* a = value.find("attributes")) read_attributes(r, *a, m);
  if (const YamlNode* s = value.find("states")) read_states(r, *s, m);
  if (const YamlNode* t = value.find("transitions")) read_transitions(r, *t, m);
  if (const YamlNode* inv = value.find("invariants")) read_invariants(r, *inv, m);
  if (const YamlNode* rm = value.find("removed")) read_removed(r, *rm, m);
  return m;
}

}  // namespace statusc
