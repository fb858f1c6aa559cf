// The go target: one Go file per spec in a package of its own
// (templates/go/package.go.mustache), written to <package>/<stem>.go.
// docs/generated/go.md documents the generated API and its naming.
//
// The emitter hands the template identifiers (go/names.h), Go literals and
// doc comment lines (go/text.h); the template holds the code's shape. All
// lookups are switch statements: no package-level variables, no init work,
// and no lower-case package-level names that user-derived code could meet.
// In the template, a section that may be skipped opens and closes inside
// lines, never alone on one (kainjow's mustache would leave an empty line).
#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "diag/diagnostic.h"
#include "emit/common.h"
#include "emit/go/names.h"
#include "emit/go/text.h"
#include "naming/naming.h"

namespace statusc {
namespace {

constexpr size_t kTopWidth = 77;    // "// " + 77 columns
constexpr size_t kBlockWidth = 73;  // "\t// " inside const ( ... )

// {line} items of a doc comment; blank lines have no `line`, so the
// template's `//{{#line}} {{line}}{{/line}}` leaves no trailing space.
MustacheData doc(std::string_view summary, std::string_view description, size_t width = kTopWidth) {
  return list_of(go::doc_lines(summary, description, width), [](const std::string& line) {
    MustacheData item;
    if (!line.empty()) put(item, "line", line);
    return item;
  });
}

// Sets `key` to the doc comment of a generated declaration with statusc's
// own text only.
void set_doc(MustacheData& d, const char* key, const std::string& text) { put(d, key, doc(text, "")); }

std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// "a" or "an", for the doc sentences that name a declaration.
std::string article(std::string_view word) {
  return !word.empty() && std::string_view("AEIOUaeiou").find(word[0]) != std::string_view::npos ? "an" : "a";
}

// One `case A, B:` group: `cases` the constants, `result` what it returns.
MustacheData case_group(const std::vector<std::string>& cases, std::string result) {
  MustacheData g;
  put(g, "cases", joined(cases));
  put(g, "result", std::move(result));
  return g;
}

// `[]T{A, B}`: a slice literal, so each call returns a new slice.
std::string slice_literal(const std::string& type, const std::vector<std::string>& items) {
  return "[]" + type + "{" + joined(items) + "}";
}

std::string attribute_value(const Attribute& a, const AttrValue& v, const std::vector<std::string>& enum_constants) {
  switch (a.type) {
    case AttrType::Bool: return v.as_int != 0 ? "true" : "false";
    case AttrType::Enum: {
      size_t i = static_cast<size_t>(v.as_int);
      return v.as_int >= 0 && i < enum_constants.size() ? enum_constants[i] : "\"\"";
    }
    case AttrType::String: return go::string_literal(v.text);
    case AttrType::Int: return std::to_string(v.as_int);
  }
  return "";
}

// The groups of a `switch s` that returns each state's value of attribute
// `a`: states with one value share a case, in order of first appearance.
MustacheData value_groups(const Machine& m, size_t a, const go::MachineNames& n) {
  std::vector<std::string> results;
  std::vector<std::vector<std::string>> members;
  std::unordered_map<std::string, size_t> index;
  for (size_t s = 0; s < m.states.size(); ++s) {
    std::string value = attribute_value(m.attributes[a], m.states[s].values[a], n.enum_constants[a]);
    auto [it, fresh] = index.emplace(value, results.size());
    if (fresh) {
      results.push_back(value);
      members.emplace_back();
    }
    members[it->second].push_back(n.states[s]);
  }
  MustacheData groups = list_with_capacity(results.size());
  for (size_t g = 0; g < results.size(); ++g) append(groups, case_group(members[g], results[g]));
  return groups;
}

std::string zero_value(AttrType type) { return type == AttrType::Int ? "0" : "\"\""; }

std::string result_type(const Attribute& a, const std::string& enum_type) {
  switch (a.type) {
    case AttrType::Bool: return "bool";
    case AttrType::Enum: return enum_type;
    case AttrType::String: return "string";
    case AttrType::Int: return "int64";
  }
  return "";
}

void set_attributes(const Machine& m, const go::MachineNames& n, const std::string& package, MustacheData& d) {
  MustacheData predicates{MustacheData::type::list}, accessors{MustacheData::type::list};
  MustacheData enums{MustacheData::type::list};
  for (size_t i = 0; i < m.attributes.size(); ++i) {
    const Attribute& a = m.attributes[i];
    const std::string& method = n.methods[i];
    MustacheData f;
    put(f, "method", method);
    if (a.type == AttrType::Bool) {
      std::vector<std::string> yes;
      for (size_t s = 0; s < m.states.size(); ++s)
        if (m.states[s].values[i].as_int != 0) yes.push_back(n.states[s]);
      std::string summary = a.builtin ? method + " reports whether s is final (terminal): the machine stops here "
                                                 "unless a transition finalises or restores it."
                                      : method + " reports whether the " + a.name + " attribute holds for s.";
      put(f, "doc", doc(summary, a.builtin ? "" : a.description));
      put(f, "has_true_cases", !yes.empty());
      put(f, "true_cases", joined(yes));
      append(predicates, std::move(f));
      continue;
    }
    std::string zero = zero_value(a.type);
    put(f, "doc", doc(method + " returns the " + a.name + " attribute of s, and " + zero + " when s is no state.",
                      a.description));
    put(f, "result_type", result_type(a, n.enum_types[i]));
    put(f, "groups", value_groups(m, i, n));
    put(f, "zero", zero);
    append(accessors, std::move(f));
    if (a.type != AttrType::Enum) continue;
    const std::string& type = n.enum_types[i];
    MustacheData e;
    put(e, "enum_type", type);
    put(e, "type_doc", doc(type + " is a value of the " + a.name + " attribute of " + m.name + ".", a.description));
    put(e, "enum_parse", n.enum_parses[i]);
    put(e, "enum_values", n.enum_values[i]);
    put(e, "enum_error", go::string_literal(package + ": %q is not a valid " + type));
    set_doc(e, "values_doc", n.enum_values[i] + " returns every " + type + " in spec order, in a new slice.");
    set_doc(e, "parse_doc", n.enum_parses[i] + " returns the " + type + " spelled exactly text, and false for any other text.");
    set_doc(e, "marshal_doc", "MarshalText encodes v as its name; a value that is no " + type + " is an error.");
    set_doc(e, "unmarshal_doc", "UnmarshalText sets v to the value named text; any other text is an error that quotes it.");
    MustacheData constants = list_with_capacity(a.values.size());
    for (size_t v = 0; v < a.values.size(); ++v) {
      MustacheData c;
      const std::string& constant = n.enum_constants[i][v];
      put(c, "doc", doc(constant + " is " + go::string_literal(a.values[v]) + ".", "", kBlockWidth));
      put(c, "constant", constant);
      put(c, "wire", go::string_literal(a.values[v]));
      append(constants, std::move(c));
    }
    put(e, "constants", std::move(constants));
    append(enums, std::move(e));
  }
  put(d, "predicates", std::move(predicates));
  put(d, "accessors", std::move(accessors));
  put(d, "enums", std::move(enums));
}

// The distinct targets of each state, in state order (as C++ successors()
// and every list of states): `targets[s]`. Linear in states plus
// transitions, up to the sort of each state's few targets.
std::vector<std::vector<int>> successors_of(const Machine& m) {
  std::vector<std::vector<int>> targets(m.states.size());
  std::vector<size_t> listed_for(m.states.size(), SIZE_MAX);
  std::vector<std::vector<int>> by_source(m.states.size());
  for (const Transition& t : m.transitions) by_source[static_cast<size_t>(t.from)].push_back(t.to);
  for (size_t s = 0; s < m.states.size(); ++s)
    for (int to : by_source[s]) {
      if (listed_for[static_cast<size_t>(to)] == s) continue;
      listed_for[static_cast<size_t>(to)] = s;
      targets[s].push_back(to);
    }
  for (std::vector<int>& list : targets) std::sort(list.begin(), list.end());
  return targets;
}

MustacheData transitions_data(const Machine& m, const go::MachineNames& n) {
  if (!m.has_transitions) return MustacheData(false);
  const std::vector<std::vector<int>> targets = successors_of(m);
  MustacheData rows = list_with_capacity(m.states.size());  // a reallocation copies the rows (common.h)
  for (size_t s = 0; s < m.states.size(); ++s) {
    if (targets[s].empty()) continue;
    std::vector<std::string> names;
    for (int to : targets[s]) names.push_back(n.states[static_cast<size_t>(to)]);
    MustacheData row = case_group({n.states[s]}, joined(names));
    put(row, "literal", slice_literal(n.type, names));
    append(rows, std::move(row));
  }
  MustacheData t;
  set_doc(t, "can_transition_doc", "CanTransition reports whether the spec allows moving from s to to.");
  set_doc(t, "successors_doc", "Successors returns the states s can move to, in state order, in a new slice.");
  put(t, "has_successors", !rows.is_empty_list());
  put(t, "successor_rows", std::move(rows));
  return t;
}

MustacheData events_data(const Machine& m, const go::MachineNames& n, const std::string& package) {
  if (!go::has_events(m)) return MustacheData(false);
  MustacheData e;
  put(e, "event_type", n.event_type);
  put(e, "type_doc", doc(n.event_type + " is an event that moves " + article(m.name) + " " + m.name +
                             "; its values are the event names, which Parse" + n.event_type +
                             " and UnmarshalText read.", ""));
  put(e, "parse_event", n.parse_event);
  put(e, "event_values", n.event_values);
  put(e, "event_error", go::string_literal(package + ": %q is not a valid " + n.event_type));
  set_doc(e, "values_doc", n.event_values + " returns every " + n.event_type + " in spec order, in a new slice.");
  set_doc(e, "parse_doc", n.parse_event + " returns the " + n.event_type + " named exactly text, and false for any other text.");
  set_doc(e, "marshal_doc", "MarshalText encodes e as its name; a value that is no " + n.event_type + " is an error.");
  set_doc(e, "unmarshal_doc", "UnmarshalText sets e to the event named text; any other text is an error that quotes it.");
  set_doc(e, "next_doc", "Next returns the state event moves s to, and false when event does not apply in s.");
  set_doc(e, "accepted_doc", "AcceptedEvents returns the events that move s (those Next accepts there), in event order, "
                             "in a new slice: the actions a user interface should offer.");
  MustacheData constants = list_with_capacity(m.events.size());
  for (size_t i = 0; i < m.events.size(); ++i) {
    MustacheData c;
    put(c, "doc", doc(n.events[i] + " is the event " + go::string_literal(m.events[i].name) + ".", "", kBlockWidth));
    put(c, "constant", n.events[i]);
    put(c, "wire", go::string_literal(m.events[i].name));
    append(constants, std::move(c));
  }
  put(e, "constants", std::move(constants));
  // Per state, the (event, target) pairs in event order, each event once
  // (the checks allow one target per event): bucketed by source, then sorted.
  std::vector<std::vector<std::pair<int, int>>> moves(m.states.size());
  for (const Transition& t : m.transitions)
    if (t.event >= 0) moves[static_cast<size_t>(t.from)].emplace_back(t.event, t.to);
  // Reserved: a reallocation copies every row (common.h).
  MustacheData next_rows = list_with_capacity(m.states.size()), accepted_rows = list_with_capacity(m.states.size());
  for (size_t s = 0; s < m.states.size(); ++s) {
    auto& list = moves[s];
    if (list.empty()) continue;
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }),
               list.end());
    MustacheData row;
    put(row, "state", n.states[s]);
    std::vector<std::string> accepted;
    MustacheData edges = list_with_capacity(list.size());
    for (const auto& [event, to] : list) {
      accepted.push_back(n.events[static_cast<size_t>(event)]);
      append(edges, case_group({accepted.back()}, n.states[static_cast<size_t>(to)]));
    }
    put(row, "edges", std::move(edges));
    append(next_rows, std::move(row));
    MustacheData accepted_row = case_group({n.states[s]}, joined(accepted));
    put(accepted_row, "literal", slice_literal(n.event_type, accepted));
    append(accepted_rows, std::move(accepted_row));
  }
  put(e, "has_next", !next_rows.is_empty_list());
  put(e, "next_rows", std::move(next_rows));
  put(e, "accepted_rows", std::move(accepted_rows));
  return e;
}

void set_migrations(const Machine& m, const go::MachineNames& n, MustacheData& d) {
  MustacheData names{MustacheData::type::list}, numbers{MustacheData::type::list};
  std::string example;
  for (const Removed& r : m.removed) {
    if (r.replaced_by < 0) continue;
    const std::string& target = n.states[static_cast<size_t>(r.replaced_by)];
    std::vector<std::string> texts{go::string_literal(r.name)};
    for (const std::string& old : r.renamed_from) texts.push_back(go::string_literal(old));
    if (example.empty()) example = texts.front() + " reads as " + target;
    append(names, case_group(texts, target));
    append(numbers, case_group({std::to_string(r.number)}, target));
  }
  std::string summary = n.migrate + " reads a stored name, today's or a legacy one, as today's state: what " +
                        n.parse + " accepts, and the names of removed states that have a replacement" +
                        (example.empty() ? " (" + m.name + " has none)" : " (" + example + ")") +
                        ". False for any other text: the way to read old rows.";
  put(d, "migrate_doc", doc(summary, ""));
  put(d, "migrate_number_doc",
      doc(n.migrate_number + " is " + n.migrate + " for a stored wire number: today's numbers and those of removed "
                                                  "states that have a replacement.",
          ""));
  put(d, "has_removed", !names.is_empty_list());
  put(d, "removed_names", std::move(names));
  put(d, "removed_numbers", std::move(numbers));
}

MustacheData machine_data(const Spec& spec, const Machine& m, const go::MachineNames& n, const std::string& package) {
  MustacheData d;
  const std::string& X = n.type;
  put(d, "type", X);
  put(d, "type_doc",
      doc(X + " is a status of the " + m.name + " machine; its constants carry the wire numbers, and it reads "
                                                 "and writes its wire names as text (JSON, YAML).",
          m.description));
  put(d, "values", n.values);
  put(d, "parse", n.parse);
  put(d, "from_number", n.from_number);
  put(d, "migrate", n.migrate);
  put(d, "migrate_number", n.migrate_number);
  put(d, "unknown_format", go::string_literal(X + "(%d)"));
  put(d, "number_error", go::string_literal(package + ": %d is not a " + X + " wire number"));
  put(d, "text_error", go::string_literal(package + ": %q is not a valid " + X));
  const std::string first_wire = go::string_literal(m.states.front().name);
  set_doc(d, "values_doc", n.values + " returns every " + X + " in spec order, in a new slice.");
  set_doc(d, "parse_doc", n.parse + " returns the " + X + " whose wire name is exactly text (a state's earlier "
                                     "names, from renamed_from, included), and false for any other text.");
  set_doc(d, "from_number_doc", n.from_number + " returns the " + X + " whose wire number is n, and false when no "
                                                 "state has it.");
  set_doc(d, "string_doc", "String returns the wire name of s (" + first_wire + "), or " + X + "(n) for a number n "
                                                                                "that is no state.");
  set_doc(d, "marshal_doc", "MarshalText encodes s as its wire name, so encoding/json and YAML encoders write " +
                                first_wire + "; a number that is no state is an error.");
  set_doc(d, "unmarshal_doc", "UnmarshalText sets s to the state named text, as " + n.parse +
                                  " reads it; any other text is an error that quotes it.");
  set_doc(d, "initial_doc", "IsInitial reports whether s is an initial state, where " + article(X) + " " + X +
                                " starts.");
  set_doc(d, "proto_doc", "ProtoName returns the protobuf enum value name of s, and \"\" when s is no state.");
  MustacheData states = list_with_capacity(m.states.size());
  std::vector<std::string> initial;
  for (size_t s = 0; s < m.states.size(); ++s) {
    const State& st = m.states[s];
    MustacheData c;
    std::string wire = go::string_literal(st.name);
    put(c, "doc", doc(n.states[s] + " is " + wire + " (wire number " + std::to_string(st.number) + ").",
                      st.description, kBlockWidth));
    put(c, "constant", n.states[s]);
    put(c, "number", std::to_string(st.number));
    put(c, "wire", wire);
    std::vector<std::string> names{wire};
    for (const std::string& old : st.renamed_from) names.push_back(go::string_literal(old));
    put(c, "names", joined(names));
    if (spec.targets.proto) put(c, "proto_name", go::string_literal(naming::proto_value(m.proto_prefix, st.name)));
    append(states, std::move(c));
    if (st.initial) initial.push_back(n.states[s]);
  }
  put(d, "states", std::move(states));
  put(d, "has_initial", !initial.empty());  // vocabularies have none
  put(d, "initial_cases", joined(initial));
  put(d, "proto", spec.targets.proto);
  set_attributes(m, n, package, d);
  put(d, "transitions", transitions_data(m, n));
  put(d, "events", events_data(m, n, package));
  set_migrations(m, n, d);
  return d;
}

class GoEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "go"; }
  std::string_view description() const override {
    return "A Go package (<package>/<stem>.go): an int32 type per machine, its wire numbers, with parsing, "
           "attributes, transitions and migrations.";
  }
  std::vector<TargetOptionSchema> options() const override {
    return {{"package", TargetOptionSchema::Kind::Name,
             "Go package name and the directory of the generated file: lower-case ASCII letters and digits, "
             "starting with a letter, not a Go keyword, predeclared identifier or main. Default: the spec file's "
             "stem, lower-cased, letters and digits only.",
             "sessions"},
            {"import_path", TargetOptionSchema::Kind::Name,
             "The package's import path, written as the import comment of the package clause: '/'-separated "
             "elements of ASCII letters, digits and -._~+.",
             "example.com/app/status/sessions"}};
  }
  // `package` and `import_path` end up in Go source: a package clause and
  // the import comment after it.
  void check_settings(const Spec& spec, DiagnosticEngine& diags) const override {
    if (const TargetOption* o = spec.targets.option("go", "package")) {
      std::string problem = naming::go_package_problem(o->value);
      if (!problem.empty()) {
        // The default rule applied to the value: "ok_pkg" -> "okpkg", "type" -> "typepkg".
        const char first = o->value.empty() ? '0' : o->value[0];
        const bool letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        const std::string fix = letter ? "; try '" + naming::go_default_package(o->value, "") + "'" : "";
        diags.report(DiagKind::InvalidPackage, o->value_loc,
                     "Go package name '" + o->value + "' cannot be used: " + problem + fix);
      }
    }
    if (const TargetOption* o = spec.targets.option("go", "import_path")) {
      std::string problem = naming::go_import_path_problem(o->value);
      if (!problem.empty())
        diags.report(DiagKind::InvalidPackage, o->value_loc,
                     "Go import path '" + o->value + "' cannot be used: " + problem);
    }
  }

  // Keys: code_generated, package_doc [{line}], package, import_path,
  // machines [...] (see machine_data); every doc list is [{line}].
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    const Spec& spec = context.spec;
    const TargetOption* given = spec.targets.option("go", "package");
    const std::string package = given ? given->value : naming::go_default_package(context.stem, spec.package);
    MustacheData data;
    put(data, "code_generated", go::comment_text("Code generated by statusc from " + context.spec_path + ". DO NOT EDIT."));
    put(data, "package_doc",
        doc("Package " + package + " holds the status types of " + context.spec_path + " (package " + spec.package +
                "), generated by statusc: Go 1.19, standard library only. statusc's docs/generated/go.md "
                "describes the API.",
            spec.description));
    put(data, "package", package);
    if (const TargetOption* path = spec.targets.option("go", "import_path"))
      put(data, "import_path", go::string_literal(path->value));
    const std::vector<go::MachineNames> names = go::claim_names(spec);
    MustacheData machines = list_with_capacity(spec.machines.size());
    for (size_t i = 0; i < spec.machines.size(); ++i)
      append(machines, machine_data(spec, spec.machines[i], names[i], package));
    put(data, "machines", std::move(machines));
    return single_job("go/package.go.mustache", package + "/" + naming::go_file_name(context.stem, package),
                      std::move(data));
  }
};

}  // namespace

const Emitter& go_emitter() {
  static const GoEmitter emitter;
  return emitter;
}

}  // namespace statusc
