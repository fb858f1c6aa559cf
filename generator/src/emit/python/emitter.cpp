// The python target: one module per spec (templates/python/module.py.mustache),
// standard library only, Python 3.10 or later. docs/generated/python.md
// documents the generated API and its naming.
//
// Each machine is a `class X(str, enum.Enum)` whose members are the wire
// strings, with the policy as methods; events and enum attributes are enums
// of their own; the attributes are a frozen dataclass per state in a
// read-only mapping; private lookup tables follow each machine.
//
// The emitter hands the template identifiers (claimed once per module, see
// claim_names), escaped literals and ready-made lines for everything whose
// layout depends on name lengths (py::def_header and friends lay them out
// as black would); the template holds the code's shape. A section that may
// be left out opens at the end of the line before it and closes at the end
// of its own last line, as in the ts template.
#include <algorithm>

#include "emit/common.h"
#include "emit/python/names.h"
#include "emit/python/text.h"
#include "naming/naming.h"

namespace statusc {
namespace {

using py::NameTable;

// Identifiers of one machine.
struct MachineNames {
  // Module scope.
  std::string cls, event_cls, record, literal, guard, table;
  std::vector<std::string> enum_classes;  // per attribute; empty unless Enum
  std::string by_wire, by_text, numbers, by_number, proto_names, by_proto_name, legacy_names, legacy_numbers,
      values_table, initial_table, successors_table, next_table, accepted_table, event_by_wire;
  std::vector<std::string> enum_by_wire;  // per attribute; empty unless Enum
  // The state class's scope.
  std::string parse, from_number, from_proto_name, migrate, values, initial_states, to_number, proto_name,
      is_initial, attributes, can_transition, successors, next_state, accepted_events;
  std::vector<std::string> functions;  // per attribute: predicate or accessor
  std::vector<std::string> fields;     // per attribute: the record's field
  std::string enum_parse = "parse";    // events' and enum attributes' parse
};

bool has_events(const Machine& m) {
  return m.has_transitions && std::any_of(m.transitions.begin(), m.transitions.end(),
                                          [](const Transition& t) { return t.event >= 0; });
}

// Module names are claimed in tiers, so that a collision renames the less
// central name: (1) every machine's class, (2) its companions (events,
// record, Literal alias, guard, attribute table), (3) enum attribute
// classes, (4) private tables. Every enum member name is reserved first: a
// class spelled like a member would be shadowed by it inside that class.
std::vector<MachineNames> claim_names(const Spec& spec) {
  NameTable table(NameTable::Scope::Module);
  for (const Machine& m : spec.machines) {
    for (const State& s : m.states) table.reserve(py::member_name(s.name));
    for (const Event& e : m.events) table.reserve(py::member_name(e.name));
    for (const Attribute& a : m.attributes)
      for (const std::string& v : a.values) table.reserve(py::member_name(v));
  }
  std::vector<MachineNames> out(spec.machines.size());
  for (size_t i = 0; i < spec.machines.size(); ++i) out[i].cls = table.claim(spec.machines[i].name);
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    if (has_events(m)) n.event_cls = table.claim(m.name + "Event");
    n.record = table.claim(m.name + "Attributes");
    n.literal = table.claim(m.name + "Literal");
    n.guard = table.claim("is_" + py::snake_of_class(m.name));
    n.table = table.claim(naming::upper_snake(m.name) + "_ATTRIBUTES");
  }
  for (size_t i = 0; i < spec.machines.size(); ++i)
    for (const Attribute& a : spec.machines[i].attributes)
      out[i].enum_classes.push_back(a.type == AttrType::Enum
                                        ? table.claim(spec.machines[i].name + naming::upper_camel(a.name))
                                        : std::string());
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    const std::string p = "_" + naming::upper_snake(m.name) + "_";
    n.values_table = table.claim(p + "VALUES");
    n.initial_table = table.claim(p + "INITIAL");
    n.by_wire = table.claim(p + "BY_WIRE");
    n.by_text = table.claim(p + "BY_TEXT");
    n.numbers = table.claim(p + "NUMBERS");
    n.by_number = table.claim(p + "BY_NUMBER");
    n.proto_names = table.claim(p + "PROTO_NAMES");
    n.by_proto_name = table.claim(p + "BY_PROTO_NAME");
    n.legacy_names = table.claim(p + "LEGACY_NAMES");
    n.legacy_numbers = table.claim(p + "LEGACY_NUMBERS");
    n.successors_table = table.claim(p + "SUCCESSORS");
    n.next_table = table.claim(p + "NEXT");
    n.accepted_table = table.claim(p + "ACCEPTED_EVENTS");
    n.event_by_wire = table.claim(p + "EVENT_BY_WIRE");
    for (const Attribute& a : m.attributes)
      n.enum_by_wire.push_back(a.type == AttrType::Enum ? table.claim(p + naming::upper_snake(a.name) + "_BY_WIRE")
                                                        : std::string());
  }
  // Each state class: the fixed API first (whether or not this machine
  // generates every part of it, so that toggling a target never renames an
  // accessor), then predicates and accessors.
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    NameTable scope(NameTable::Scope::StrEnumClass);
    n.parse = scope.claim("parse");
    n.from_number = scope.claim("from_number");
    n.from_proto_name = scope.claim("from_proto_name");
    n.migrate = scope.claim("migrate");
    n.values = scope.claim("values");
    n.initial_states = scope.claim("initial_states");
    n.to_number = scope.claim("to_number");
    n.proto_name = scope.claim("proto_name");
    n.is_initial = scope.claim("is_initial");
    n.attributes = scope.claim("attributes");
    n.can_transition = scope.claim("can_transition");
    n.successors = scope.claim("successors");
    n.next_state = scope.claim("next_state");
    n.accepted_events = scope.claim("accepted_events");
    for (const Attribute& a : m.attributes) {
      n.functions.push_back(scope.claim(a.type == AttrType::Bool ? a.predicate : a.name));
      n.fields.push_back(naming::python_identifier(a.name));
    }
  }
  return out;
}

// --- lines -------------------------------------------------------------------

void add_lines(std::vector<std::string>& out, const std::vector<std::string>& more) {
  out.insert(out.end(), more.begin(), more.end());
}

std::string member_ref(const std::string& cls, const std::string& wire) { return cls + "." + py::member_name(wire); }

// `    NAME = "wire"` and the description's docstring, for an enum body.
void add_member(std::vector<std::string>& out, const std::string& wire, const std::string& description) {
  out.push_back(py::assignment(4, py::member_name(wire), py::string_literal(wire)));
  add_lines(out, py::docstring(description, 4));
}

// `<head>{` one `<key>: <value>,` per entry `}` at the module level. Never
// empty, so the magic trailing comma keeps one entry per line.
void add_dict(std::vector<std::string>& out, const std::string& name,
              const std::vector<std::pair<std::string, std::string>>& entries) {
  out.push_back(name + ": typing.Final = {");
  for (const auto& [key, value] : entries) out.push_back(concat({"    ", key, ": ", value, ","}));
  out.push_back("}");
}

// A tuple display that ends a line `<head>(...)<tail>` at `indent`: `()`,
// a one-tuple (inline when it fits, its comma is not a magic one), or one
// item per line. Its parentheses are real, so black never adds more.
std::string tuple_expr(size_t indent, const std::string& head, std::vector<std::string> items,
                       const std::string& tail) {
  py::Bracketed t;
  t.exploded = items.size() > 1;
  if (items.size() == 1) items[0] += ",";
  t.items = std::move(items);
  t.tail = tail;
  return py::statement(indent, head, t, false);
}

std::string method_header(const std::string& name, std::vector<std::string> params, const std::string& result) {
  return py::def_header(4, name, params, result);
}

// `return <table>.get(<arg>)` at `indent` and `        return <table>[self]<tail>`.
std::string return_get(size_t indent, const std::string& table, const std::string& arg) {
  py::Bracketed call;
  call.callee = table + ".get";
  call.items = {arg};
  return py::statement(indent, "return ", call, true);
}
std::string return_row(const std::string& table, const std::string& tail) {
  py::Bracketed row;
  row.callee = table;
  row.open = '[';
  row.items = {"self"};
  row.close = ']';
  row.tail = tail;
  return py::statement(8, "return ", row, true);
}

std::string cell_value(const Attribute& a, const AttrValue& v, const std::string& enum_class) {
  switch (a.type) {
    case AttrType::Bool: return v.as_int != 0 ? "True" : "False";
    case AttrType::Enum:
      return v.as_int >= 0 && static_cast<size_t>(v.as_int) < a.values.size()
                 ? member_ref(enum_class, a.values[static_cast<size_t>(v.as_int)])
                 : "None";
    case AttrType::String: return py::string_literal(v.text);
    case AttrType::Int: return std::to_string(v.as_int);
  }
  return "None";
}

std::string field_type(const Attribute& a, const std::string& enum_class) {
  switch (a.type) {
    case AttrType::Bool: return "bool";
    case AttrType::Enum: return enum_class;
    case AttrType::String: return "str";
    case AttrType::Int: return "int";
  }
  return "object";
}

std::string attribute_doc(const Attribute& a) {
  if (a.builtin) return "The state is final (terminal): the machine stops here unless a transition restores it.";
  return a.description;
}

// --- machine -----------------------------------------------------------------

MustacheData enums_data(const Machine& m, const MachineNames& n) {
  MustacheData enums{MustacheData::type::list};
  for (size_t i = 0; i < m.attributes.size(); ++i) {
    const Attribute& a = m.attributes[i];
    if (a.type != AttrType::Enum) continue;
    const std::string& cls = n.enum_classes[i];
    MustacheData e;
    put(e, "enum_class", cls);
    put(e, "class_header", py::class_header(cls, "str, enum.Enum"));
    std::string doc = a.description.empty() ? "The values of the " + a.name + " attribute of " + m.name + "."
                                            : a.description;
    put(e, "doc", text_list(py::docstring(doc, 4)));
    std::vector<std::string> members;
    for (const std::string& v : a.values) add_member(members, v, "");
    put(e, "members", text_list(std::move(members)));
    put(e, "parse_header", method_header(n.enum_parse, {"cls", "text: object"}, cls + " | None"));
    put(e, "parse_return", return_get(12, n.enum_by_wire[i], "text"));
    append(enums, std::move(e));
  }
  return enums;
}

MustacheData functions_data(const Machine& m, const MachineNames& n) {
  MustacheData list = list_with_capacity(m.attributes.size());
  for (size_t i = 0; i < m.attributes.size(); ++i) {
    const Attribute& a = m.attributes[i];
    MustacheData fn;
    std::string doc;
    if (a.type == AttrType::Bool) {
      doc = a.builtin ? "Whether this state is final (terminal)."
            : a.description.empty() ? "Whether this state has the " + a.name + " attribute."
                                    : a.description;
    } else {
      doc = a.description.empty() ? "The " + a.name + " attribute of this state." : a.description;
    }
    put(fn, "header", method_header(n.functions[i], {"self"}, field_type(a, n.enum_classes[i])));
    put(fn, "doc", text_list(py::docstring(doc, 8)));
    put(fn, "body", return_row(n.table, "." + n.fields[i]));
    append(list, std::move(fn));
  }
  return list;
}

std::vector<std::string> record_fields(const Machine& m, const MachineNames& n) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < m.attributes.size(); ++i) {
    const Attribute& a = m.attributes[i];
    lines.push_back("    " + n.fields[i] + ": " + field_type(a, n.enum_classes[i]));
    add_lines(lines, py::docstring(attribute_doc(a), 4));
  }
  return lines;
}

std::vector<std::string> attribute_rows(const Machine& m, const MachineNames& n) {
  std::vector<std::string> lines;
  for (const State& s : m.states) {
    lines.push_back(concat({"    ", member_ref(n.cls, s.name), ": ", n.record, "("}));
    for (size_t i = 0; i < m.attributes.size(); ++i)
      lines.push_back(
          concat({"        ", n.fields[i], "=", cell_value(m.attributes[i], s.values[i], n.enum_classes[i]), ","}));
    lines.push_back("    ),");
  }
  return lines;
}

// `<cls>.<MEMBER>` of the states at `indices`, in that order.
std::vector<std::string> state_refs(const std::vector<std::string>& refs, const std::vector<int>& indices) {
  std::vector<std::string> out;
  out.reserve(indices.size());
  for (int s : indices) out.push_back(refs[static_cast<size_t>(s)]);
  return out;
}

std::vector<std::string> tables(const Machine& m, const MachineNames& n, bool proto) {
  std::vector<std::string> out;
  // Each state's `<cls>.<MEMBER>` and wire literal, spelled once: the
  // tables name every state several times.
  std::vector<std::string> refs, wires;
  refs.reserve(m.states.size());
  wires.reserve(m.states.size());
  for (const State& s : m.states) {
    refs.push_back(member_ref(n.cls, s.name));
    wires.push_back(py::string_literal(s.name));
  }
  // `s` is an element of m.states.
  auto ref = [&](const State& s) -> const std::string& { return refs[static_cast<size_t>(&s - m.states.data())]; };
  auto wire = [&](const State& s) -> const std::string& { return wires[static_cast<size_t>(&s - m.states.data())]; };
  std::vector<int> all(m.states.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  out.push_back(tuple_expr(0, n.values_table + ": typing.Final = ", state_refs(refs, all), ""));
  out.push_back(tuple_expr(0, n.initial_table + ": typing.Final = ", state_refs(refs, m.initial), ""));
  std::vector<std::pair<std::string, std::string>> entries;
  for (const State& s : m.states) entries.emplace_back(wire(s), ref(s));
  add_dict(out, n.by_wire, entries);
  bool renamed = false;
  for (const State& s : m.states)
    for (const std::string& old : s.renamed_from) {
      entries.emplace_back(py::string_literal(old), ref(s));
      renamed = true;
    }
  if (renamed) add_dict(out, n.by_text, entries);
  entries.clear();
  for (const State& s : m.states) entries.emplace_back(ref(s), std::to_string(s.number));
  add_dict(out, n.numbers, entries);
  entries.clear();
  for (const State& s : m.states) entries.emplace_back(std::to_string(s.number), ref(s));
  add_dict(out, n.by_number, entries);
  if (proto) {
    entries.clear();
    for (const State& s : m.states)
      entries.emplace_back(ref(s), py::string_literal(naming::proto_value(m.proto_prefix, s.name)));
    add_dict(out, n.proto_names, entries);
    entries.clear();
    for (const State& s : m.states)
      entries.emplace_back(py::string_literal(naming::proto_value(m.proto_prefix, s.name)), ref(s));
    for (const State& s : m.states)
      for (const std::string& old : s.renamed_from)
        if (naming::word_key(old) != naming::word_key(s.name))  // a respelling keeps its protobuf name
          entries.emplace_back(py::string_literal(naming::proto_value(m.proto_prefix, old)), ref(s));
    add_dict(out, n.by_proto_name, entries);
  }
  // Every name and number a stored row may hold: today's, then earlier
  // names, then removed ones with the state that replaced them.
  entries.clear();
  for (const State& s : m.states) entries.emplace_back(wire(s), ref(s));
  for (const State& s : m.states)
    for (const std::string& old : s.renamed_from)
      entries.emplace_back(py::string_literal(old), ref(s));
  for (const Removed& r : m.removed) {
    if (r.replaced_by < 0) continue;
    const std::string& target = refs[static_cast<size_t>(r.replaced_by)];
    entries.emplace_back(py::string_literal(r.name), target);
    for (const std::string& old : r.renamed_from) entries.emplace_back(py::string_literal(old), target);
  }
  add_dict(out, n.legacy_names, entries);
  entries.clear();
  for (const State& s : m.states) entries.emplace_back(std::to_string(s.number), ref(s));
  for (const Removed& r : m.removed)
    if (r.replaced_by >= 0)
      entries.emplace_back(std::to_string(r.number), refs[static_cast<size_t>(r.replaced_by)]);
  add_dict(out, n.legacy_numbers, entries);
  if (m.has_transitions) {
    // Successors in wire order without repeats: each state's targets sorted
    // by index (linear in states plus transitions, up to the sort).
    std::vector<std::vector<int>> targets_of(m.states.size());
    for (const Transition& t : m.transitions) targets_of[static_cast<size_t>(t.from)].push_back(t.to);
    out.push_back(n.successors_table + ": typing.Final = {");
    for (size_t s = 0; s < m.states.size(); ++s) {
      std::vector<int>& succ = targets_of[s];
      std::sort(succ.begin(), succ.end());
      succ.erase(std::unique(succ.begin(), succ.end()), succ.end());
      out.push_back(tuple_expr(4, refs[s] + ": ", state_refs(refs, succ), ","));
    }
    out.push_back("}");
  }
  if (has_events(m)) {
    entries.clear();
    for (const Event& e : m.events) entries.emplace_back(py::string_literal(e.name), member_ref(n.event_cls, e.name));
    add_dict(out, n.event_by_wire, entries);
    // "state event" -> target, as the ts target keys it: no tuple keys whose
    // layout would depend on name lengths.
    entries.clear();
    for (const Transition& t : m.transitions)
      if (t.event >= 0)
        entries.emplace_back(py::string_literal(m.states[static_cast<size_t>(t.from)].name + " " +
                                                m.events[static_cast<size_t>(t.event)].name),
                             refs[static_cast<size_t>(t.to)]);
    add_dict(out, n.next_table, entries);
    std::vector<std::vector<int>> accepts(m.states.size());
    for (const Transition& t : m.transitions)
      if (t.event >= 0) accepts[static_cast<size_t>(t.from)].push_back(t.event);
    out.push_back(n.accepted_table + ": typing.Final = {");
    for (size_t s = 0; s < m.states.size(); ++s) {
      std::vector<int>& events = accepts[s];
      std::sort(events.begin(), events.end());
      events.erase(std::unique(events.begin(), events.end()), events.end());
      std::vector<std::string> event_refs;
      for (int e : events) event_refs.push_back(member_ref(n.event_cls, m.events[static_cast<size_t>(e)].name));
      out.push_back(tuple_expr(4, refs[s] + ": ", std::move(event_refs), ","));
    }
    out.push_back("}");
  }
  for (size_t i = 0; i < m.attributes.size(); ++i) {
    const Attribute& a = m.attributes[i];
    if (a.type != AttrType::Enum) continue;
    entries.clear();
    for (const std::string& v : a.values) entries.emplace_back(py::string_literal(v), member_ref(n.enum_classes[i], v));
    add_dict(out, n.enum_by_wire[i], entries);
  }
  return out;
}

MustacheData machine_data(const Machine& m, const MachineNames& n, bool proto) {
  MustacheData d;
  const std::string& X = n.cls;
  put(d, "name", m.name);
  put(d, "class", X);
  put(d, "class_header", py::class_header(X, "str, enum.Enum"));
  put(d, "doc", text_list(py::docstring(m.description.empty() ? "The states of " + m.name + "." : m.description, 4)));
  std::vector<std::string> members;
  for (const State& s : m.states) add_member(members, s.name, s.description);
  put(d, "members", text_list(std::move(members)));
  bool renamed = std::any_of(m.states.begin(), m.states.end(), [](const State& s) { return !s.renamed_from.empty(); });
  put(d, "has_renamed", renamed);
  put(d, "proto", proto);
  const std::string optional = X + " | None";
  put(d, "parse_header", method_header(n.parse, {"cls", "text: object"}, optional));
  put(d, "parse_return", return_get(12, renamed ? n.by_text : n.by_wire, "text"));
  put(d, "from_number_header", method_header(n.from_number, {"cls", "number: object"}, optional));
  put(d, "from_number_return", return_get(12, n.by_number, "number"));
  put(d, "from_proto_name_header", method_header(n.from_proto_name, {"cls", "name: object"}, optional));
  put(d, "from_proto_name_return", return_get(12, n.by_proto_name, "name"));
  put(d, "migrate_header", method_header(n.migrate, {"cls", "legacy: object"}, optional));
  put(d, "migrate_name_return", return_get(12, n.legacy_names, "legacy"));
  put(d, "migrate_number_return", return_get(12, n.legacy_numbers, "legacy"));
  put(d, "values_header", method_header(n.values, {"cls"}, "tuple[" + X + ", ...]"));
  put(d, "values_return", "        return " + n.values_table);
  put(d, "initial_states_header", method_header(n.initial_states, {"cls"}, "tuple[" + X + ", ...]"));
  put(d, "initial_states_return", "        return " + n.initial_table);
  put(d, "to_number_header", method_header(n.to_number, {"self"}, "int"));
  put(d, "to_number_return", return_row(n.numbers, ""));
  put(d, "proto_name_header", method_header(n.proto_name, {"self"}, "str"));
  put(d, "proto_name_return", return_row(n.proto_names, ""));
  put(d, "is_initial_header", method_header(n.is_initial, {"self"}, "bool"));
  // A vocabulary has no initial state: `self in ()` is a contains check that
  // pyright's strict mode reports as always false.
  put(d, "is_initial_return",
        m.initial.empty() ? "        return False" : "        return self in self." + n.initial_states + "()");
  put(d, "attributes_header", method_header(n.attributes, {"self"}, n.record));
  put(d, "attributes_return", return_row(n.table, ""));
  put(d, "functions", functions_data(m, n));
  if (m.has_transitions) {
    MustacheData t;
    put(t, "can_transition_header", method_header(n.can_transition, {"self", "to: " + X}, "bool"));
    put(t, "can_transition_return", "        return to in self." + n.successors + "()");
    put(t, "successors_header", method_header(n.successors, {"self"}, "tuple[" + X + ", ...]"));
    put(t, "successors_return", return_row(n.successors_table, ""));
    put(d, "transitions", std::move(t));
  } else {
    put(d, "transitions", false);
  }
  if (has_events(m)) {
    MustacheData e;
    put(e, "event_class", n.event_cls);
    put(e, "event_class_header", py::class_header(n.event_cls, "str, enum.Enum"));
    put(e, "next_state_header", method_header(n.next_state, {"self", "event: " + n.event_cls}, optional));
    put(e, "next_state_return", return_get(8, n.next_table, "f\"{self} {event}\""));
    put(e, "accepted_events_header",
          method_header(n.accepted_events, {"self"}, "tuple[" + n.event_cls + ", ...]"));
    put(e, "accepted_events_return", return_row(n.accepted_table, ""));
    std::vector<std::string> members;
    for (const Event& ev : m.events) add_member(members, ev.name, "");
    put(e, "event_members", text_list(std::move(members)));
    put(e, "event_parse_header", method_header(n.enum_parse, {"cls", "text: object"}, n.event_cls + " | None"));
    put(e, "event_parse_return", return_get(12, n.event_by_wire, "text"));
    put(d, "events", std::move(e));
  } else {
    put(d, "events", false);
  }
  put(d, "enums", enums_data(m, n));
  put(d, "record_class", n.record);
  put(d, "table", n.table);
  put(d, "fields", text_list(record_fields(m, n)));
  std::vector<std::string> wires;
  for (const State& s : m.states) wires.push_back(py::string_literal(s.name));
  py::Bracketed literal;
  literal.callee = "typing.Literal";
  literal.open = '[';
  literal.exploded = wires.size() > 1;  // one subscript item's comma is no magic one
  literal.items = std::move(wires);
  literal.close = ']';
  put(d, "literal_alias", py::statement(0, n.literal + ": typing.TypeAlias = ", literal, true));
  put(d, "guard_header", py::def_header(0, n.guard, {"value: object"}, "typing.TypeGuard[" + n.literal + "]"));
  put(d, "guard_return", py::return_comparison(8, "value", "in", n.by_wire));
  py::Bracketed proxy;
  proxy.callee = "types.MappingProxyType";
  std::string rows = "{";
  for (const std::string& row : attribute_rows(m, n)) rows += "\n" + row;
  proxy.items = {rows + "\n}"};
  put(d, "attribute_table", py::statement(0, n.table + ": typing.Final = ", proxy, true));
  put(d, "tables", text_list(tables(m, n, proto)));
  return d;
}

class PythonEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "python"; }
  std::string_view description() const override {
    return "A Python module (<stem>.py, Python 3.10+, standard library only): a str enum per machine with parsing, "
           "attributes, transitions and migrations.";
  }
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    const Spec& spec = context.spec;
    MustacheData data;
    put(data, "source", py::comment_text(context.spec_path));
    std::string doc = spec.description.empty() ? "Statuses of " + spec.package + ", generated by statusc."
                                               : spec.description;
    put(data, "module_doc", text_list(py::docstring(doc, 0)));
    const std::vector<MachineNames> names = claim_names(spec);
    MustacheData machines = list_with_capacity(spec.machines.size());
    for (size_t i = 0; i < spec.machines.size(); ++i)
      append(machines, machine_data(spec.machines[i], names[i], spec.targets.proto));
    put(data, "machines", std::move(machines));
    return single_job("python/module.py.mustache", context.stem + ".py", std::move(data));
  }
};

}  // namespace

const Emitter& python_emitter() {
  static const PythonEmitter emitter;
  return emitter;
}

}  // namespace statusc
