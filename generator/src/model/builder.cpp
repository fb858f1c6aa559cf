#include <unordered_map>

#include "emit/naming.h"
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
  const RawTargets& t = raw.targets;
  Targets out;
  // Without a `targets:` section every target is on; inside one, a target
  // is on unless it says `enabled: false`.
  out.cpp = t.cpp.enabled.value;
  out.proto = t.proto.enabled.value;
  out.typescript = t.typescript.enabled.value;
  out.markdown = t.markdown.enabled.value;
  std::string ns;
  for (char c : raw.package.value) ns += (c == '.') ? std::string("::") : std::string(1, c);
  out.cpp_namespace = t.cpp_namespace ? t.cpp_namespace->value : ns;
  out.cpp_namespace_loc = t.cpp_namespace ? t.cpp_namespace->loc : raw.package.loc;
  out.proto_package = t.proto_package ? t.proto_package->value : raw.package.value;
  out.proto_package_loc = t.proto_package ? t.proto_package->loc : raw.package.loc;
  out.proto_package_given = t.proto_package.has_value();
  out.cpp_namespace_given = t.cpp_namespace.has_value();
  for (const auto& [key, value] : t.proto_options) {
    out.proto_options.emplace_back(key.value, value.value);
    out.proto_option_locs.push_back(key.loc);
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
