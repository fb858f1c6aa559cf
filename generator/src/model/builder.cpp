#include <unordered_map>

#include "naming/naming.h"
#include "model/builder_internal.h"
#include "parse/raw_spec.h"
#include "util/suggest.h"

namespace statusc {

void Machine::symbol_slots(int s, std::vector<std::int64_t>& slots) const {
  const State& state = states[static_cast<size_t>(s)];
  slots.resize(attributes.size() + 1);
  for (size_t i = 0; i < attributes.size(); ++i) slots[i] = state.values[i].as_int;
  slots[attributes.size()] = state.initial ? 1 : 0;
}

expr::SymbolTable Machine::symbols() const {
  expr::SymbolTable table;
  for (size_t i = 0; i < attributes.size(); ++i) {
    const Attribute& a = attributes[i];
    expr::Symbol sym;
    sym.slot = static_cast<int>(i);
    sym.type = a.type == AttrType::Bool   ? expr::Symbol::Type::Bool
               : a.type == AttrType::Enum ? expr::Symbol::Type::Enum
               : a.type == AttrType::Int  ? expr::Symbol::Type::Int
                                          : expr::Symbol::Type::String;
    sym.enum_values = a.values;
    table.add(a.name, std::move(sym));
  }
  expr::Symbol initial;
  initial.slot = static_cast<int>(attributes.size());
  table.add("initial", initial);
  for (const std::string& name : rejected_names) {
    expr::Symbol rejected;
    rejected.type = expr::Symbol::Type::Rejected;
    rejected.slot = -1;
    table.add(name, rejected);
  }
  return table;
}

namespace {

Targets build_targets(const RawSpec& raw) {
  Targets out;
  for (const RawTarget& t : raw.targets.targets) {
    TargetSettings& settings = out.given.emplace_back();
    settings.key = t.key.value;
    settings.loc = t.key.loc;
    settings.enabled = t.enabled.value;
    settings.enabled_loc = t.enabled.loc;
    for (const RawTargetOption& o : t.options) {
      TargetOption& option = settings.options.emplace_back();
      option.name = o.name.value;
      option.loc = o.name.loc;
      if (o.value) {
        option.value = o.value->value;
        option.value_loc = o.value->loc;
      }
      for (const auto& [key, value] : o.entries) {
        option.entries.emplace_back(key.value, value.value);
        option.entry_locs.push_back(key.loc);
      }
    }
  }
  out.cpp = out.enabled("cpp");
  out.proto = out.enabled("proto");
  std::string ns;
  for (char c : raw.package.value) ns += (c == '.') ? std::string("::") : std::string(1, c);
  const TargetOption* cpp_namespace = out.option("cpp", "namespace");
  out.cpp_namespace = cpp_namespace ? cpp_namespace->value : ns;
  out.cpp_namespace_loc = cpp_namespace ? cpp_namespace->value_loc : raw.package.loc;
  out.cpp_namespace_given = cpp_namespace != nullptr;
  const TargetOption* proto_package = out.option("proto", "package");
  out.proto_package = proto_package ? proto_package->value : raw.package.value;
  out.proto_package_loc = proto_package ? proto_package->value_loc : raw.package.loc;
  out.proto_package_given = proto_package != nullptr;
  if (const TargetOption* options = out.option("proto", "options")) {
    out.proto_options = options->entries;
    out.proto_option_locs = options->entry_locs;
  }
  return out;
}

}  // namespace

std::optional<Spec> build(const RawSpec& raw, DiagnosticEngine& diags) {
  Spec spec;
  spec.file = raw.file;
  spec.package = raw.package.value;
  spec.package_loc = raw.package.loc;
  spec.machines_loc = raw.machines_loc;
  if (raw.description) spec.description = raw.description->value;
  spec.targets = build_targets(raw);
  for (const RawMachine& rm : raw.machines) spec.machines.push_back(build_machine(rm, diags));
  return spec;
}

}  // namespace statusc
