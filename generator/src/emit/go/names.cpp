#include "emit/go/names.h"

#include <algorithm>

#include "naming/naming.h"

namespace statusc::go {

NameTable::NameTable(Scope scope, const std::vector<std::string_view>& reserved) : scope_(scope) {
  for (std::string_view r : reserved) used_.emplace(r);
}

std::string NameTable::claim(std::string_view wanted) {
  std::string name(wanted);
  while (used_.count(name) != 0 || (scope_ == Scope::Methods && naming::is_go_special_method(name))) name += '_';
  used_.insert(name);
  return name;
}

const std::vector<std::string_view>& status_methods() {
  static const std::vector<std::string_view> names = {
      "String", "MarshalText", "UnmarshalText", "IsInitial", "CanTransition",
      "Successors", "Next", "AcceptedEvents", "ProtoName",
  };
  return names;
}

bool has_events(const Machine& m) {
  return m.has_transitions && std::any_of(m.transitions.begin(), m.transitions.end(),
                                          [](const Transition& t) { return t.event >= 0; });
}

std::vector<MachineNames> claim_names(const Spec& spec) {
  NameTable table(NameTable::Scope::Package);
  std::vector<MachineNames> out(spec.machines.size());
  for (size_t i = 0; i < spec.machines.size(); ++i) out[i].type = table.claim(spec.machines[i].name);
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    n.parse = table.claim("Parse" + n.type);
    n.from_number = table.claim(n.type + "FromNumber");
    n.values = table.claim(n.type + "Values");
    n.migrate = table.claim("Migrate" + n.type);
    n.migrate_number = table.claim("Migrate" + n.type + "Number");
    if (has_events(m)) {
      n.event_type = table.claim(n.type + "Event");
      n.parse_event = table.claim("Parse" + n.event_type);
      n.event_values = table.claim(n.event_type + "Values");
    }
  }
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    for (const Attribute& a : m.attributes) {
      if (a.type != AttrType::Enum) {
        n.enum_types.emplace_back();
        n.enum_parses.emplace_back();
        n.enum_values.emplace_back();
        continue;
      }
      n.enum_types.push_back(table.claim(n.type + naming::upper_camel(a.name)));
      n.enum_parses.push_back(table.claim("Parse" + n.enum_types.back()));
      n.enum_values.push_back(table.claim(n.enum_types.back() + "Values"));
    }
  }
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    const Machine& m = spec.machines[i];
    MachineNames& n = out[i];
    for (const State& s : m.states) n.states.push_back(table.claim(n.type + naming::upper_camel(s.name)));
    if (has_events(m))
      for (const Event& e : m.events) n.events.push_back(table.claim(n.event_type + naming::upper_camel(e.name)));
    n.enum_constants.resize(m.attributes.size());
    for (size_t a = 0; a < m.attributes.size(); ++a)
      for (const std::string& v : m.attributes[a].values)
        n.enum_constants[a].push_back(table.claim(n.enum_types[a] + naming::upper_camel(v)));
  }
  for (size_t i = 0; i < spec.machines.size(); ++i) {
    NameTable methods(NameTable::Scope::Methods, status_methods());
    for (const Attribute& a : spec.machines[i].attributes)
      out[i].methods.push_back(methods.claim(naming::upper_camel(a.type == AttrType::Bool ? a.predicate : a.name)));
  }
  return out;
}

}  // namespace statusc::go
