// The ts target: one ES module per spec (templates/ts/module.ts.mustache).
// docs/generated/typescript.md documents the generated API and its naming.
//
// The emitter hands the template identifiers (claimed once per module, see
// claim_names), escaped literals and ready-made JSDoc lines; the template
// holds the code's shape. In the template, a section that may be left out
// opens at the end of the line before it and closes at the end of its own
// last line ("...;{{#x}}" ... "...;{{/x}}"), because kainjow's mustache
// leaves an empty line behind for a skipped section that stands alone on
// its lines; lists that are never empty may stand alone.
#include <algorithm>
#include <cstdint>

#include "emit/common.h"
#include "emit/escape.h"
#include "naming/naming.h"
#include "emit/ts/support.h"

namespace statusc {
namespace {

using ts::NameTable;

MustacheData doc_list(std::string_view text, std::string_view indent) {
  return list_of(ts::jsdoc(text, indent), [](const std::string& line) {
    MustacheData item;
    put(item, "text", line);
    return item;
  });
}

// The member key of a state, enum value or event in a const object:
// UpperCamel, with '_' appended to reserved words.
std::string member_key(std::string_view snake) {
  return ts::property_key(naming::ts_identifier(naming::upper_camel(snake)));
}

template <typename Names>
std::string join_strings(const Names& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += escape::ts_string(n);
  }
  return out;
}

// `["a", "b"]`, broken over lines when it would pass 100 columns.
// `indent` is that of the line the literal starts on.
std::string array_literal(const std::vector<std::string>& names, size_t used_columns, std::string_view indent) {
  std::string one_line = "[" + join_strings(names) + "]";
  if (used_columns + one_line.size() + 1 <= 100) return one_line;
  std::string out = "[\n";
  for (const std::string& n : names) out += std::string(indent) + "  " + escape::ts_string(n) + ",\n";
  return out + std::string(indent) + "]";
}

// `export function f(state: T): state is "a" | "b"`, broken the way
// Prettier would when it passes 100 columns: the parameter on its own line,
// then, if still too long, one union member per line.
std::string predicate_signature(const std::string& name, const std::string& type,
                                const std::vector<std::string>& states) {
  std::string result = "never";
  if (!states.empty()) {
    result.clear();
    for (const std::string& s : states) result += (result.empty() ? "" : " | ") + escape::ts_string(s);
  }
  std::string one_line = "export function " + name + "(state: " + type + "): state is " + result;
  if (one_line.size() + 2 <= 100) return one_line;
  std::string head = "export function " + name + "(\n  state: " + type + ",\n): state is ";
  if (12 + result.size() + 2 <= 100) return head + result;  // "): state is " ... " {"
  std::string lines;
  for (const std::string& s : states) lines += "\n  | " + escape::ts_string(s);
  return head.substr(0, head.size() - 1) + lines;
}

// "SessionStatus" -> "sessionStatus", "HTTPStatus" -> "httpStatus".
std::string lower_camel_of(std::string_view upper_camel) {
  std::string snake = naming::upper_snake(upper_camel);
  std::transform(snake.begin(), snake.end(), snake.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return naming::lower_camel(snake);
}

// Identifiers of one machine, claimed from the module's NameTable.
struct MachineNames {
  std::string type, values, set, guard, initial, interface, attributes_table;
  std::vector<std::string> enum_types;  // per attribute; empty unless Enum
  std::vector<std::string> enum_guards, enum_parses, enum_sets;  // per attribute; empty unless Enum
  std::vector<std::string> functions;   // per attribute: predicate or accessor
  std::string transitions_table, successor_sets, can_transition;
  std::string event_type, event_values, event_set, event_guard, next_map, next, accepted_table, accepted;
  std::string numbers, proto_names, by_number, by_proto_name, to_number, from_number, to_proto_name,
      from_proto_name, migrations, migrate, check;
};

bool has_events(const Machine& m) {
  return m.has_transitions && std::any_of(m.transitions.begin(), m.transitions.end(),
                                          [](const Transition& t) { return t.event >= 0; });
}

// Names are claimed in tiers, so that a collision renames the less central
// name: (1) every machine's type, (2) the fixed API of every machine
// (values, guard, tables, conversions, ...), (3) names derived from
// attributes (enum types, predicates, accessors), (4) module-private
// helpers. Within a tier, machines go in declaration order.
std::vector<MachineNames> claim_names(const Spec& spec) {
  NameTable table;
  std::vector<MachineNames> out(spec.machines.size());
  for (size_t i = 0; i < spec.machines.size(); ++i) out[i].type = table.claim(spec.machines[i].name);
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    const std::string& M = m.name;
    const std::string lm = lower_camel_of(M);
    n.values = table.claim(lm + "Values");
    n.guard = table.claim("is" + M);
    n.initial = table.claim(lm + "Initial");
    n.interface = table.claim(M + "Attributes");
    n.attributes_table = table.claim(lm + "Attributes");
    if (m.has_transitions) {
      n.transitions_table = table.claim(lm + "Transitions");
      n.can_transition = table.claim("canTransition" + M);
    }
    if (has_events(m)) {
      n.event_type = table.claim(M + "Event");
      n.event_values = table.claim(lm + "EventValues");
      n.event_guard = table.claim("is" + M + "Event");
      n.next = table.claim("next" + M);
      n.accepted_table = table.claim(lm + "AcceptedEvents");
      n.accepted = table.claim("acceptedEventsOf" + M);
    }
    n.numbers = table.claim(lm + "Numbers");
    n.proto_names = table.claim(lm + "ProtoNames");
    n.to_number = table.claim(lm + "ToNumber");
    n.from_number = table.claim(lm + "FromNumber");
    n.to_proto_name = table.claim(lm + "ToProtoName");
    n.from_proto_name = table.claim(lm + "FromProtoName");
    n.migrate = table.claim("migrate" + M);
    if (!m.invariants.empty()) n.check = table.claim("check" + M + "Invariants");
  }
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    const std::string& M = m.name;
    for (const Attribute& a : m.attributes) {
      const std::string A = naming::upper_camel(a.name);
      const bool is_enum = a.type == AttrType::Enum;
      n.enum_types.push_back(is_enum ? table.claim(M + A) : std::string());
      n.enum_guards.push_back(is_enum ? table.claim("is" + M + A) : std::string());
      n.enum_parses.push_back(is_enum ? table.claim("parse" + M + A) : std::string());
      n.functions.push_back(a.type == AttrType::Bool ? table.claim(naming::lower_camel(a.predicate) + M)
                                                     : table.claim(naming::lower_camel(a.name) + "Of" + M));
    }
  }
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    const std::string lm = lower_camel_of(m.name);
    n.set = table.claim(lm + "Set");
    if (m.has_transitions) n.successor_sets = table.claim(lm + "SuccessorSets");
    if (has_events(m)) {
      n.event_set = table.claim(lm + "EventSet");
      n.next_map = table.claim(lm + "NextMap");
    }
    n.by_number = table.claim(lm + "ByNumber");
    n.by_proto_name = table.claim(lm + "ByProtoName");
    n.migrations = table.claim(lm + "Migrations");
    for (const Attribute& a : m.attributes)
      n.enum_sets.push_back(a.type == AttrType::Enum ? table.claim(lm + naming::upper_camel(a.name) + "Set")
                                                     : std::string());
  }
  return out;
}

std::string field_type(const Attribute& a, const std::string& enum_type) {
  switch (a.type) {
    case AttrType::Bool: return "boolean";
    case AttrType::Enum: return enum_type;
    case AttrType::String: return "string";
    case AttrType::Int: return "number";
  }
  return "unknown";
}

std::string cell_value(const Attribute& a, const AttrValue& v) {
  switch (a.type) {
    case AttrType::Bool: return v.as_int != 0 ? "true" : "false";
    case AttrType::Enum:
      return escape::ts_string(v.as_int >= 0 && static_cast<size_t>(v.as_int) < a.values.size()
                                   ? a.values[static_cast<size_t>(v.as_int)]
                                   : std::string());
    case AttrType::String: return escape::ts_string(v.text);
    case AttrType::Int: return std::to_string(v.as_int);
  }
  return "undefined";
}

std::string attribute_doc(const Attribute& a) {
  if (a.builtin) return "The state is final (terminal): the machine stops here unless a transition finalises or restores it.";
  return a.description;
}

// `keys`: each state's property key (ts::property_key), spelled once for
// the several tables keyed by state.
MustacheData states_data(const Machine& m, const std::vector<std::string>& keys) {
  MustacheData list = list_with_capacity(m.states.size());
  for (size_t i = 0; i < m.states.size(); ++i) {
    const State& s = m.states[i];
    MustacheData d;
    put(d, "doc", doc_list(s.description, "  "));
    put(d, "key", member_key(s.name));
    put(d, "wire", escape::ts_string(s.name));
    put(d, "table_key", keys[i]);
    put(d, "number", std::to_string(s.number));
    put(d, "proto_name", escape::ts_string(naming::proto_value(m.proto_prefix, s.name)));
    append(list, std::move(d));
  }
  return list;
}

void set_attributes(const Machine& m, const MachineNames& n, const std::vector<std::string>& keys, MustacheData& d) {
  const ts::ExprContext ctx = ts::expr_context(m);
  MustacheData enums{MustacheData::type::list}, fields = list_with_capacity(m.attributes.size());
  MustacheData predicates{MustacheData::type::list}, accessors{MustacheData::type::list};
  for (size_t i = 0; i < m.attributes.size(); ++i) {
    const Attribute& a = m.attributes[i];
    const std::string& field = ctx.fields[i];
    const std::string access = ts::member(n.attributes_table + "[state]", field);
    MustacheData f;
    put(f, "doc", doc_list(attribute_doc(a), "  "));
    put(f, "key", ts::property_key(field));
    put(f, "field_type", field_type(a, n.enum_types[i]));
    append(fields, std::move(f));
    if (a.type == AttrType::Enum) {
      MustacheData e;
      std::string doc = a.description.empty() ? "The values of the " + a.name + " attribute of " + m.name + "."
                                              : a.description;
      put(e, "doc", doc_list(doc, ""));
      put(e, "enum_type", n.enum_types[i]);
      put(e, "enum_guard", n.enum_guards[i]);
      put(e, "enum_parse", n.enum_parses[i]);
      put(e, "enum_set", n.enum_sets[i]);
      put(e, "enum_values_list", array_literal(a.values, 51 + n.enum_sets[i].size(), ""));
      put(e, "members", list_of(a.values, [](const std::string& v) {
            MustacheData item;
            put(item, "key", member_key(v));
            put(item, "wire", escape::ts_string(v));
            return item;
          }));
      append(enums, std::move(e));
    }
    MustacheData fn;
    put(fn, "function", n.functions[i]);
    put(fn, "access", access);
    if (a.type == AttrType::Bool) {
      std::vector<std::string> yes;
      for (const State& s : m.states)
        if (s.values[i].as_int != 0) yes.push_back(s.name);
      std::string doc = a.builtin ? "Whether `state` is final (terminal)."
                        : a.description.empty() ? "Whether `state` has the " + a.name + " attribute."
                                                : a.description;
      put(fn, "doc", doc_list(doc, ""));
      put(fn, "signature", predicate_signature(n.functions[i], n.type, yes));
      append(predicates, std::move(fn));
    } else {
      std::string doc = a.description.empty() ? "The " + a.name + " attribute of `state`." : a.description;
      put(fn, "doc", doc_list(doc, ""));
      put(fn, "result_type", field_type(a, n.enum_types[i]));
      append(accessors, std::move(fn));
    }
  }
  put(d, "enums", std::move(enums));
  put(d, "fields", std::move(fields));
  put(d, "predicates", std::move(predicates));
  put(d, "accessors", std::move(accessors));
  // Spelled once per attribute, not once per cell.
  std::vector<std::string> cell_keys;
  for (const std::string& field : ctx.fields) cell_keys.push_back(ts::property_key(field));
  MustacheData rows = list_with_capacity(m.states.size());
  for (size_t s = 0; s < m.states.size(); ++s) {
    MustacheData row;
    put(row, "key", keys[s]);
    MustacheData cells = list_with_capacity(m.attributes.size());
    for (size_t i = 0; i < m.attributes.size(); ++i) {
      MustacheData cell;
      put(cell, "key", cell_keys[i]);
      put(cell, "cell", cell_value(m.attributes[i], m.states[s].values[i]));
      append(cells, std::move(cell));
    }
    put(row, "cells", std::move(cells));
    append(rows, std::move(row));
  }
  put(d, "attribute_rows", std::move(rows));
}

// One `KEY: [...]` row of a table with a list per state.
MustacheData state_row(const std::string& key, const char* list_key, const std::vector<std::string>& names) {
  MustacheData row;
  put(row, list_key, array_literal(names, 4 + key.size(), "  "));
  put(row, "key", key);
  return row;
}

MustacheData transitions_data(const Machine& m, const MachineNames& n, const std::vector<std::string>& keys) {
  if (!m.has_transitions) return MustacheData(false);
  MustacheData t;
  put(t, "transitions_table", n.transitions_table);
  put(t, "sets", n.successor_sets);
  put(t, "can", n.can_transition);
  // The targets of each state in state order (as C++ successors() and every
  // other target list them), without repeats. Transitions are bucketed by
  // source once and each bucket sorted; then, per state, a stamp on each
  // target marks it as listed for that state.
  std::vector<std::vector<int>> targets_of(m.states.size());
  for (const Transition& tr : m.transitions) targets_of[static_cast<size_t>(tr.from)].push_back(tr.to);
  for (std::vector<int>& targets : targets_of) std::sort(targets.begin(), targets.end());
  std::vector<size_t> listed_for(m.states.size(), SIZE_MAX);
  MustacheData rows = list_with_capacity(m.states.size());
  std::vector<std::string> names;
  for (size_t s = 0; s < m.states.size(); ++s) {
    names.clear();
    for (int to : targets_of[s]) {
      if (listed_for[static_cast<size_t>(to)] == s) continue;
      listed_for[static_cast<size_t>(to)] = s;
      names.push_back(m.states[static_cast<size_t>(to)].name);
    }
    append(rows, state_row(keys[s], "targets", names));
  }
  put(t, "transition_rows", std::move(rows));
  return t;
}

MustacheData events_data(const Machine& m, const MachineNames& n, const std::vector<std::string>& keys) {
  if (!has_events(m)) return MustacheData(false);
  MustacheData e;
  put(e, "event_type", n.event_type);
  put(e, "event_values", n.event_values);
  put(e, "event_set", n.event_set);
  put(e, "event_guard", n.event_guard);
  put(e, "next_map", n.next_map);
  put(e, "next", n.next);
  std::vector<std::string> names;
  for (const Event& ev : m.events) names.push_back(ev.name);
  put(e, "event_list", array_literal(names, 33 + n.event_values.size() + n.event_type.size(), ""));
  put(e, "members", list_of(m.events, [](const Event& ev) {
        MustacheData item;
        put(item, "key", member_key(ev.name));
        put(item, "wire", escape::ts_string(ev.name));
        return item;
      }));
  MustacheData edges = list_with_capacity(m.transitions.size());
  for (const Transition& tr : m.transitions) {
    if (tr.event < 0) continue;
    MustacheData edge;
    put(edge, "edge_key", escape::ts_string(m.states[static_cast<size_t>(tr.from)].name + " " +
                                           m.events[static_cast<size_t>(tr.event)].name));
    put(edge, "edge_target", escape::ts_string(m.states[static_cast<size_t>(tr.to)].name));
    append(edges, std::move(edge));
  }
  put(e, "edges", std::move(edges));
  put(e, "accepted_table", n.accepted_table);
  put(e, "accepted", n.accepted);
  // Per state, the events `next` accepts there, in event order: each
  // state's events sorted, linear in states plus transitions (up to the sort).
  std::vector<std::vector<int>> accepts(m.states.size());
  for (const Transition& tr : m.transitions)
    if (tr.event >= 0) accepts[static_cast<size_t>(tr.from)].push_back(tr.event);
  MustacheData rows = list_with_capacity(m.states.size());
  std::vector<std::string> accepted;
  for (size_t s = 0; s < m.states.size(); ++s) {
    std::vector<int>& events = accepts[s];
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    accepted.clear();
    for (int ev : events) accepted.push_back(m.events[static_cast<size_t>(ev)].name);
    append(rows, state_row(keys[s], "accepted_events", accepted));
  }
  put(e, "accepted_rows", std::move(rows));
  return e;
}

MustacheData invariants_data(const Machine& m, const MachineNames& n) {
  if (m.invariants.empty()) return MustacheData(false);
  const ts::ExprContext ctx = ts::expr_context(m);
  const int initial_slot = static_cast<int>(m.attributes.size());
  MustacheData inv;
  put(inv, "check", n.check);
  bool uses_initial = false;
  MustacheData rules{MustacheData::type::list};
  for (size_t i = 0; i < m.invariants.size(); ++i) {
    const Invariant& rule = m.invariants[i];
    uses_initial = uses_initial || ts::uses_slot(rule.expr, initial_slot);
    const std::string text = expr::to_string(rule.expr);
    const std::string label = rule.name.empty() ? "#" + std::to_string(i + 1) : rule.name;
    std::string comment = label + ": " + text;
    if (!rule.description.empty()) comment += "\n" + rule.description;
    MustacheData r;
    put(r, "comment", comment_lines(comment));
    put(r, "violated", ts::negated_expression(rule.expr, ctx));
    put(r, "message", escape::ts_string(m.name + " invariant " + label + " (" + text + ") does not hold for state "));
    append(rules, std::move(r));
  }
  put(inv, "uses_initial", uses_initial);
  put(inv, "rules", std::move(rules));
  return inv;
}

MustacheData machine_data(const Machine& m, const MachineNames& n) {
  MustacheData d;
  put(d, "name", m.name);
  put(d, "rule", std::string(m.name.size() + 8 < 79 ? 79 - 8 - m.name.size() : 3, '-'));
  put(d, "doc", doc_list(m.description, ""));
  put(d, "type", n.type);
  std::vector<std::string> keys;
  keys.reserve(m.states.size());
  for (const State& s : m.states) keys.push_back(ts::property_key(s.name));
  put(d, "states", states_data(m, keys));
  put(d, "first_key", member_key(m.states.front().name));
  put(d, "first_wire", escape::ts_string(m.states.front().name));
  put(d, "values", n.values);
  std::vector<std::string> names, initial;
  for (const State& s : m.states) names.push_back(s.name);
  std::vector<int> initial_states = m.initial;  // in state order, as the other targets list them
  std::sort(initial_states.begin(), initial_states.end());
  for (int s : initial_states) initial.push_back(m.states[static_cast<size_t>(s)].name);
  // `export const <values>: readonly <type>[] = ` precedes the list.
  put(d, "values_list", array_literal(names, 33 + n.values.size() + n.type.size(), ""));
  put(d, "set", n.set);
  put(d, "guard", n.guard);
  put(d, "initial", n.initial);
  put(d, "initial_list", array_literal(initial, 33 + n.initial.size() + n.type.size(), ""));
  put(d, "interface", n.interface);
  put(d, "attributes_table", n.attributes_table);
  set_attributes(m, n, keys, d);
  put(d, "transitions", transitions_data(m, n, keys));
  put(d, "events", events_data(m, n, keys));
  put(d, "unspecified", m.proto_prefix + "_UNSPECIFIED");
  // A real code 0 (the proto target off) is a state, not UNSPECIFIED.
  put(d, "zero_is_state", std::any_of(m.states.begin(), m.states.end(), [](const State& s) { return s.number == 0; }));
  put(d, "numbers", n.numbers);
  put(d, "proto_names", n.proto_names);
  put(d, "by_number", n.by_number);
  put(d, "by_proto_name", n.by_proto_name);
  put(d, "to_number", n.to_number);
  put(d, "from_number", n.from_number);
  put(d, "to_proto_name", n.to_proto_name);
  put(d, "from_proto_name", n.from_proto_name);
  put(d, "migrations", n.migrations);
  put(d, "migrate", n.migrate);
  MustacheData removed{MustacheData::type::list};
  for (const Removed& r : m.removed) {
    if (r.replaced_by < 0) continue;
    MustacheData item;
    put(item, "removed_name", escape::ts_string(r.name));
    put(item, "removed_number", std::to_string(r.number));
    put(item, "removed_target", escape::ts_string(m.states[static_cast<size_t>(r.replaced_by)].name));
    // The state's names before it was removed migrate the same way: one
    // more removed name each (removed_target comes from the entry).
    put(item, "removed_earlier", list_of(r.renamed_from, [](const std::string& old) {
          MustacheData e;
          put(e, "removed_name", escape::ts_string(old));
          return e;
        }));
    append(removed, std::move(item));
  }
  MustacheData renamed{MustacheData::type::list};
  for (const State& s : m.states)
    for (const std::string& old : s.renamed_from) {
      MustacheData item;
      put(item, "renamed_name", escape::ts_string(old));
      put(item, "renamed_proto_name", escape::ts_string(naming::proto_value(m.proto_prefix, old)));
      put(item, "renamed_target", escape::ts_string(s.name));
      append(renamed, std::move(item));
    }
  put(d, "has_renamed", !renamed.is_empty_list());
  put(d, "has_migrations", !removed.is_empty_list() || !renamed.is_empty_list());
  put(d, "renamed", std::move(renamed));
  put(d, "removed", std::move(removed));
  put(d, "invariants", invariants_data(m, n));
  return d;
}

class TsEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "ts"; }
  std::string_view spec_key() const override { return "typescript"; }
  std::string_view description() const override {
    return "A TypeScript module (<stem>.ts): a const object and a union type per machine, with parsing, "
           "attributes, transitions and migrations.";
  }
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    MustacheData data = base_data(context);
    const std::vector<MachineNames> names = claim_names(context.spec);
    MustacheData machines = list_with_capacity(context.spec.machines.size());
    for (size_t i = 0; i < context.spec.machines.size(); ++i)
      append(machines, machine_data(context.spec.machines[i], names[i]));
    put(data, "machines", std::move(machines));
    return single_job("ts/module.ts.mustache", context.stem + ".ts", std::move(data));
  }
};

}  // namespace

const Emitter& ts_emitter() {
  static const TsEmitter emitter;
  return emitter;
}

}  // namespace statusc
