// The cpp target: one C++17 header per spec (templates/cpp/header.h.mustache).
//
// The emitter decides every name (cpp_support.h's NameTable), computes every
// table (dense state index, bit sets, transition matrix, perfect hashes),
// and hands them to the template as ready-made C++ text. The generated API
// is described in docs/generated/cpp.md.
#include <cstdio>
#include <functional>

#include "emit/common.h"
#include "emit/cpp/perfect_hash.h"
#include "emit/cpp/support.h"
#include "emit/cpp/tables.h"
#include "emit/escape.h"
#include "naming/naming.h"

namespace statusc {
namespace {

using cpp::NameTable;
using Kind = cpp::NameTable::Kind;

constexpr const char* kStringView = "::std::string_view";
// The values of `targets.cpp.layout`.
constexpr std::string_view kHeaderOnly = "header-only";
constexpr std::string_view kSplit = "split";
constexpr const char* kInt32 = "::std::int32_t";

// The names one machine gets in the spec's namespace.
struct MachineNames {
  std::string type, snake, detail;
  std::string values, count, parse, from_number, migrate, migrate_number;
  std::string event_type, parse_event;
  std::vector<std::string> predicate;   // per attribute: the bool attribute's predicate, else empty
  std::vector<std::string> accessor;    // per attribute: <attr> for enums, strings and ints, else empty
  std::vector<std::string> enum_type;   // per attribute: <Machine><Attr> for enums, else empty
  std::vector<std::string> enum_parse;  // per attribute: parse_<machine>_<attr> for enums, else empty
};

bool has_transition_api(const Machine& m) { return !m.transitions.empty(); }

// Claims every name of every machine. The order decides who keeps a name
// in a clash, so the most used names come first: the machine types, then
// every machine's fixed API, then the events, then what attributes add.
std::vector<MachineNames> claim_names(const Spec& spec, const std::string& ns) {
  NameTable table;
  table.claim("statusc_detail", Kind::Namespace);
  if (ns == "statusc") {
    // The runtime lives in ::statusc (and its inline namespace).
    for (const char* n : {cpp::kRuntimeVersion, "detail"}) table.claim(n, Kind::Namespace);
    for (const char* n : {"machine_traits", "const_span", "maybe", "string_table", "number_table", "name_entry"})
      table.claim(n, Kind::Type);
  }
  std::vector<MachineNames> out(spec.machines.size());
  for (size_t i = 0; i < spec.machines.size(); ++i)
    out[i].type = table.claim(cpp::type_name(spec.machines[i].name), Kind::Type);
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    n.snake = cpp::machine_snake(m.name);
    n.detail = naming::cpp_identifier(n.snake);  // inside statusc_detail: distinct as machine names are
    n.values = table.claim(naming::cpp_identifier(n.snake + "_values"), Kind::Variable);
    n.count = table.claim(naming::cpp_identifier(n.snake + "_count"), Kind::Variable);
    n.parse = table.claim(naming::cpp_identifier("parse_" + n.snake), Kind::Function, kStringView);
    n.from_number = table.claim(naming::cpp_identifier(n.snake + "_from_number"), Kind::Function, kInt32);
    n.migrate = table.claim(naming::cpp_identifier("migrate_" + n.snake), Kind::Function, kStringView);
    n.migrate_number = table.claim(naming::cpp_identifier("migrate_" + n.snake + "_number"), Kind::Function, kInt32);
    // Overloads on the machine's own type: nothing claimed before can take
    // these names (types are UpperCamel, variables end in _values/_count).
    for (const char* f : {"to_string", "to_number", "is_terminal", "is_initial"}) table.claim(f, Kind::Function, n.type);
    if (has_transition_api(m)) {
      table.claim("can_transition", Kind::Function, n.type + "," + n.type);
      table.claim("successors", Kind::Function, n.type);
    }
  }
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    if (m.events.empty()) continue;
    n.event_type = table.claim(cpp::type_name(m.name + "Event"), Kind::Type);
    table.claim("next", Kind::Function, n.type + "," + n.event_type);
    table.claim("to_string", Kind::Function, n.event_type);
    table.claim("accepted_events", Kind::Function, n.type);
    n.parse_event = table.claim(naming::cpp_identifier("parse_" + n.snake + "_event"), Kind::Function, kStringView);
  }
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    n.predicate.assign(m.attributes.size(), "");
    n.accessor.assign(m.attributes.size(), "");
    n.enum_type.assign(m.attributes.size(), "");
    n.enum_parse.assign(m.attributes.size(), "");
    for (size_t a = 0; a < m.attributes.size(); ++a) {
      const Attribute& attr = m.attributes[a];
      if (attr.builtin) {
        n.predicate[a] = "is_terminal";  // claimed above
      } else if (attr.type == AttrType::Bool) {
        n.predicate[a] = table.claim(naming::cpp_identifier(attr.predicate), Kind::Function, n.type);
      } else {
        if (attr.type == AttrType::Enum) {
          n.enum_type[a] = table.claim(cpp::type_name(m.name + naming::upper_camel(attr.name)), Kind::Type);
          table.claim("to_string", Kind::Function, n.enum_type[a]);
          n.enum_parse[a] = table.claim(naming::cpp_identifier("parse_" + n.snake + "_" + attr.name), Kind::Function,
                                        kStringView);
        }
        n.accessor[a] = table.claim(naming::cpp_identifier(attr.name), Kind::Function, n.type);
      }
    }
  }
  return out;
}

std::string hex64(std::uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llxULL", static_cast<unsigned long long>(v));
  return buf;
}

// A bit set over the dense state index (one bit past the last state stays
// 0, for values that are no state).
std::string bit_words(const Machine& m, const std::function<bool(const State&)>& test, size_t& words) {
  words = m.states.size() / 64 + 1;
  std::vector<std::uint64_t> bits(words, 0);
  for (size_t i = 0; i < m.states.size(); ++i)
    if (test(m.states[i])) bits[i / 64] |= std::uint64_t{1} << (i % 64);
  std::vector<std::string> items;
  for (std::uint64_t w : bits) items.push_back(hex64(w));
  return cpp::array_list(items, 4);
}

// How an invariant reads a bit set or a table at the state index `i` (the
// compile-time checks read the tables, so that they run where the tables
// are: in the header, or in the .cpp of the split layout).
std::string read_at_i(const char* reader, const std::string& table) {
  return std::string("::statusc::") + cpp::kRuntimeVersion + "::detail::" + reader + "(" + table + ", i)";
}
std::string bit_of(const std::string& table) { return read_at_i("bit", table); }
std::string entry_of(const std::string& table) { return read_at_i("entry", table); }

MustacheData enumerator_list(const std::vector<std::string>& snake_names, const char* name_key, const char* number_key) {
  MustacheData list{MustacheData::type::list};
  for (size_t i = 0; i < snake_names.size(); ++i) {
    MustacheData item;
    put(item, name_key, cpp::enumerator(snake_names[i]));
    put(item, number_key, std::to_string(i));
    append(list, std::move(item));
  }
  return list;
}

// The names of `items` followed by "" (what to_string returns for a value
// that is none of them).
std::string names_with_sentinel(const std::vector<std::string>& names) {
  std::vector<std::string> items;
  for (const std::string& n : names) items.push_back(escape::cpp_string(n));
  items.push_back("\"\"");
  return cpp::array_list(items, 6);
}

class CppEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "cpp"; }
  std::string_view description() const override {
    return "A C++20 header (<stem>.h): an enum class per machine with parsing, to_string, attributes, transitions "
           "and migrations.";
  }
  std::vector<TargetOptionSchema> options() const override {
    TargetOptionSchema layout{
        "layout", TargetOptionSchema::Kind::Name,
        "header-only (default): one header, everything constexpr and inline. split: <stem>.h declares the API and "
        "<stem>.cpp defines it, compiled once (as protoc's .pb.h and .pb.cc): much cheaper to include, not usable "
        "in constant expressions. docs/generated/cpp.md weighs the two.",
        "split"};
    layout.choices = {std::string(kHeaderOnly), std::string(kSplit)};
    return {{"namespace", TargetOptionSchema::Kind::Name,
             "C++ namespace of the generated code: '::'-separated C++ identifiers, none a keyword. Default: the "
             "package with each '.' replaced by '::'.",
             "acme::sessions"},
            std::move(layout)};
  }
  std::vector<RenderJob> plan(const EmitContext& context) const override;

 private:
  MustacheData machine_data(const Machine& m, const MachineNames& n, const std::string& ns) const;
};

MustacheData CppEmitter::machine_data(const Machine& m, const MachineNames& n, const std::string& ns) const {
  const std::string qualified = "::" + ns + "::";
  const size_t count = m.states.size();
  MustacheData d;
  put(d, "machine_doc", cpp::doc_lines(m.description));
  put(d, "machine_name_literal", escape::cpp_string(m.name));
  put(d, "type", n.type);
  put(d, "qualified_type", qualified + n.type);
  put(d, "detail", n.detail);
  put(d, "count", std::to_string(count));
  put(d, "count_plus_one", std::to_string(count + 1));
  put(d, "state_index_type", cpp::index_type(count));
  put(d, "values_name", n.values);
  put(d, "qualified_values", qualified + n.values);
  put(d, "count_name", n.count);
  put(d, "parse_name", n.parse);
  put(d, "from_number_name", n.from_number);
  put(d, "migrate_name", n.migrate);
  put(d, "migrate_number_name", n.migrate_number);

  std::vector<std::string> state_names, values;
  MustacheData states{MustacheData::type::list};
  for (const State& s : m.states) {
    MustacheData item;
    put(item, "state_doc", cpp::doc_lines(s.description));
    put(item, "state_enumerator", cpp::enumerator(s.name));
    put(item, "state_number", std::to_string(s.number));
    append(states, std::move(item));
    state_names.push_back(s.name);
    values.push_back(n.type + "::" + cpp::enumerator(s.name));
  }
  put(d, "states", std::move(states));
  put(d, "values_init", cpp::braced_list(values, 4));
  put(d, "names_init", names_with_sentinel(state_names));

  cpp::set_index_data(m, d);
  cpp::set_parse_data(m, d);

  // Predicates: `terminal`, then bool attributes, then `initial`.
  MustacheData predicates{MustacheData::type::list};
  std::vector<std::string> traits_names, traits_functions;
  auto add_predicate = [&](const std::string& function, const std::string& table, std::string_view doc,
                           const std::function<bool(const State&)>& test) {
    size_t words = 0;
    MustacheData p;
    put(p, "pred_doc", cpp::doc_lines(doc));
    put(p, "pred_name", function);
    put(p, "pred_table", table);
    put(p, "pred_init", bit_words(m, test, words));
    put(p, "pred_words", std::to_string(words));
    append(predicates, std::move(p));
  };
  MustacheData enum_attrs{MustacheData::type::list};
  MustacheData string_attrs{MustacheData::type::list};
  cpp::ExprNames expr_names;
  for (size_t a = 0; a < m.attributes.size(); ++a) {
    const Attribute& attr = m.attributes[a];
    const std::string table = "kAttr" + std::to_string(a);
    if (attr.type == AttrType::Bool) {
      std::string doc = attr.builtin             ? "True for the terminal states: the machine's lifecycle ends there."
                        : attr.description.empty() ? "True for the states that set `" + attr.name + "`."
                                                   : attr.description;
      add_predicate(n.predicate[a], table, doc, [a](const State& s) { return s.values[a].as_int != 0; });
      traits_names.push_back(escape::cpp_string(attr.name));
      traits_functions.push_back("&" + qualified + n.predicate[a]);
      expr_names.slot_call.push_back(bit_of(table));
      expr_names.enum_values.emplace_back();
    } else if (attr.type == AttrType::Enum) {
      MustacheData e;
      put(e, "ea_doc", cpp::doc_lines(attr.description));
      put(e, "ea_spec_name", escape::cpp_comment_line(attr.name));
      put(e, "ea_type", n.enum_type[a]);
      put(e, "ea_accessor", n.accessor[a]);
      put(e, "ea_parse", n.enum_parse[a]);
      put(e, "ea_values", enumerator_list(attr.values, "eav_enumerator", "eav_number"));
      put(e, "ea_value_count", std::to_string(attr.values.size()));
      put(e, "ea_names_size", std::to_string(attr.values.size() + 1));
      put(e, "ea_names_init", names_with_sentinel(attr.values));
      put(e, "ea_names_table", table + "Names");
      put(e, "ea_table", table);
      // A value that is no state reads the default, or else the first value.
      int fallback = attr.has_default ? attr.default_int : 0;
      std::vector<std::string> items;
      for (const State& s : m.states)
        items.push_back(n.enum_type[a] + "::" + cpp::enumerator(attr.values[static_cast<size_t>(s.values[a].as_int)]));
      items.push_back(n.enum_type[a] + "::" + cpp::enumerator(attr.values[static_cast<size_t>(fallback)]));
      put(e, "ea_table_init", cpp::array_list(items, 3));
      append(enum_attrs, std::move(e));
      expr_names.slot_call.push_back(entry_of(table));
      std::vector<std::string> enumerators;
      for (const std::string& v : attr.values) enumerators.push_back(qualified + n.enum_type[a] + "::" + cpp::enumerator(v));
      expr_names.enum_values.push_back(enumerators);
    } else {
      // Strings and ints: a table read by index, with a fallback past the end.
      const bool is_int = attr.type == AttrType::Int;
      MustacheData sa;
      put(sa, "sa_doc", cpp::doc_lines(attr.description.empty() ? "The `" + attr.name + "` of each state."
                                                                : attr.description));
      put(sa, "sa_accessor", n.accessor[a]);
      put(sa, "sa_table", table);
      put(sa, "sa_type", is_int ? "::std::int64_t" : "::std::string_view");
      const std::string fallback = std::to_string(attr.has_default ? attr.default_int : 0);
      put(sa, "sa_fallback", is_int ? (attr.has_default ? "the default, " : "") + fallback : "\"\"");
      std::vector<std::string> items;
      for (const State& s : m.states)
        items.push_back(is_int ? std::to_string(s.values[a].as_int) : cpp::string_view_literal(s.values[a].text));
      items.push_back(is_int ? fallback : "::std::string_view()");
      put(sa, "sa_init", cpp::array_list(items, is_int ? 8 : 1));
      append(string_attrs, std::move(sa));
      // Strings cannot appear in invariants; ints are compared.
      expr_names.slot_call.push_back(is_int ? entry_of(table) : "false");
      expr_names.enum_values.emplace_back();
    }
  }
  add_predicate("is_initial", "kInitial", "True for the states the machine starts in.",
                [](const State& s) { return s.initial; });
  expr_names.slot_call.push_back(bit_of("kInitial"));
  expr_names.enum_values.emplace_back();
  put(d, "predicates", std::move(predicates));
  put(d, "traits_predicate_count", std::to_string(traits_names.size()));
  put(d, "traits_predicate_names_init", cpp::braced_list(traits_names, 4, 8));
  put(d, "traits_predicates_init", cpp::braced_list(traits_functions, 2, 8));
  put(d, "enum_attrs", std::move(enum_attrs));
  put(d, "string_attrs", std::move(string_attrs));

  cpp::set_transition_data(m, n.type, n.event_type, n.parse_event, d);
  {
    std::vector<std::string> events;
    for (const Event& e : m.events) events.push_back(qualified + n.event_type + "::" + cpp::enumerator(e.name));
    put(d, "event_values_qualified_init", cpp::braced_list(events, 2, 8));
  }
  cpp::set_migration_data(m, n.type, d);

  MustacheData invariants{MustacheData::type::list};
  for (size_t i = 0; i < m.invariants.size(); ++i) {
    const Invariant& inv = m.invariants[i];
    MustacheData item;
    std::string label = inv.name.empty() ? "#" + std::to_string(i + 1) : "'" + inv.name + "'";
    std::string text = expr::to_string(inv.expr);
    put(item, "inv_doc", cpp::doc_lines("Invariant " + label + ": " + text +
                                       (inv.description.empty() ? "" : "\n" + inv.description)));
    put(item, "inv_function", "invariant_" + std::to_string(i + 1));
    put(item, "inv_expr", cpp::translate(inv.expr, expr_names));
    put(item, "inv_message", escape::cpp_string("statusc: invariant " + label + " (" + text +
                                               ") does not hold for every " + m.name +
                                               "; this header was edited by hand: regenerate it"));
    append(invariants, std::move(item));
  }
  put(d, "invariants", std::move(invariants));
  put(d, "tables_message", escape::cpp_string("statusc: the lookup tables of " + m.name +
                                             " disagree; this header was edited by hand: regenerate it"));
  return d;
}

std::vector<RenderJob> CppEmitter::plan(const EmitContext& context) const {
  const Spec& spec = context.spec;
  MustacheData data = base_data(context, escape::cpp_comment_line);
  const std::string ns = cpp::namespace_name(spec.targets.cpp_namespace);
  put(data, "namespace", ns);
  std::vector<MachineNames> names = claim_names(spec, ns);
  MustacheData machines{MustacheData::type::list};
  for (size_t i = 0; i < spec.machines.size(); ++i) append(machines, machine_data(spec.machines[i], names[i], ns));
  put(data, "machines", std::move(machines));
  const std::string header = context.stem + ".h", source = context.stem + ".cpp";
  const TargetOption* layout = spec.targets.option("cpp", "layout");
  if (layout == nullptr || layout->value != kSplit) {
    // One header holds everything, constexpr.
    put(data, "interface", true);
    put(data, "implementation", true);
    put(data, "fn", "constexpr ");
    put(data, "data", "constexpr");  // no longer read; kept for templates dumped before
    return single_job("cpp/header.h.mustache", header, std::move(data));
  }
  // The same template twice: the declarations, then the definitions.
  put(data, "header_name", header);
  put(data, "source_name", source);
  put(data, "fn", "");
  put(data, "data", "const");  // no longer read; kept for templates dumped before
  MustacheData definitions = data;
  put(data, "interface", true);
  put(data, "implementation", false);
  put(definitions, "interface", false);
  put(definitions, "implementation", true);
  std::vector<RenderJob> jobs = single_job("cpp/header.h.mustache", header, std::move(data));
  jobs.push_back(single_job("cpp/header.h.mustache", source, std::move(definitions)).front());
  return jobs;
}

}  // namespace

const Emitter& cpp_emitter() {
  static const CppEmitter emitter;
  return emitter;
}

}  // namespace statusc
