// compare(): the spec and its machines; states.cpp and behaviour.cpp
// compare inside a machine.
#include <algorithm>
#include <set>

#include "compat/compat_internal.h"

namespace statusc::compat {
namespace {

constexpr ChangeInfo kChanges[] = {
#define CHANGE(id, severity, code, summary) {ChangeKind::id, Severity::severity, code, summary},
#include "compat/changes.def"
#undef CHANGE
};

// (state name, number) pairs: a machine's wire identity.
std::set<std::pair<std::string, int>> wire_values(const Machine& m) {
  std::set<std::pair<std::string, int>> out;
  for (const State& s : m.states) out.emplace(s.name, s.number);
  return out;
}

void compare_machine(const Spec& before, const Spec& after, const Machine& was, const Machine& now,
                     std::vector<Change>& out) {
  detail::MachinePair p{was, now, out, {}};
  if (before.targets.proto && after.targets.proto && was.proto_prefix != now.proto_prefix)
    p.add(ChangeKind::ProtoPrefixChanged, now.proto_prefix_loc, was.proto_prefix_loc,
          "the protobuf value prefix of '" + now.name + "' changed from " + was.proto_prefix + " to " +
              now.proto_prefix,
          "it was " + was.proto_prefix + " here",
          "every value name changes, which breaks protobuf JSON and text data and generated code; set "
          "'proto_prefix: " + was.proto_prefix + "'");
  detail::compare_states(p);
  detail::compare_attributes(p);
  detail::compare_initial(p);
  detail::compare_transitions(p);
  detail::compare_invariants(p);
}

void compare_spec(const Spec& before, const Spec& after, std::vector<Change>& out) {
  auto add = [&](ChangeKind kind, Location now, Location was, std::string message, std::string note,
                 std::string help = {}) {
    out.push_back({kind, "", std::move(message), now, was, std::move(note), std::move(help)});
  };
  const Targets& a = before.targets;
  const Targets& b = after.targets;
  if (a.proto && b.proto && a.proto_package != b.proto_package)
    add(ChangeKind::ProtoPackageChanged, b.proto_package_loc, a.proto_package_loc,
        "the protobuf package changed from " + a.proto_package + " to " + b.proto_package,
        "it was " + a.proto_package + " here",
        "the enums' full names change (Any, gRPC and descriptors use them); keep " + a.proto_package);
  if (before.package != after.package)
    add(ChangeKind::PackageChanged, after.package_loc, before.package_loc,
        "the package changed from " + before.package + " to " + after.package, "it was " + before.package + " here",
        "generated names and paths move; code that includes or imports them must follow");
  else if (a.cpp && b.cpp && a.cpp_namespace != b.cpp_namespace)
    add(ChangeKind::PackageChanged, b.cpp_namespace_loc, a.cpp_namespace_loc,
        "the C++ namespace changed from " + a.cpp_namespace + " to " + b.cpp_namespace,
        "it was " + a.cpp_namespace + " here", "C++ code that names the generated types must follow");
}

}  // namespace

const ChangeInfo& change_info(ChangeKind kind) { return kChanges[static_cast<size_t>(kind)]; }
std::span<const ChangeInfo> all_changes() { return kChanges; }
std::optional<ChangeKind> find_change(std::string_view code) {
  for (const ChangeInfo& c : kChanges)
    if (c.code == code) return c.kind;
  return std::nullopt;
}

void Summary::add(const std::vector<Change>& changes) {
  for (const Change& c : changes) {
    switch (c.severity()) {
      case Severity::Error: ++errors; break;
      case Severity::Warning: ++warnings; break;
      case Severity::Note: ++notes; break;
    }
  }
}

std::vector<Change> compare(const Spec& before, const Spec& after) {
  std::vector<Change> out;
  compare_spec(before, after, out);
  std::vector<bool> after_matched(after.machines.size(), false);
  std::vector<const Machine*> unmatched;
  for (const Machine& was : before.machines) {
    auto it = std::find_if(after.machines.begin(), after.machines.end(),
                           [&](const Machine& m) { return m.name == was.name; });
    if (it == after.machines.end()) {
      unmatched.push_back(&was);
      continue;
    }
    after_matched[static_cast<size_t>(it - after.machines.begin())] = true;
    compare_machine(before, after, was, *it, out);
  }
  // A machine that vanished while one with the same values appeared was renamed.
  for (const Machine* was : unmatched) {
    const Machine* renamed = nullptr;
    const auto values = wire_values(*was);
    for (size_t j = 0; j < after.machines.size() && renamed == nullptr; ++j)
      if (!after_matched[j] && wire_values(after.machines[j]) == values) {
        after_matched[j] = true;
        renamed = &after.machines[j];
      }
    if (renamed != nullptr) {
      out.push_back({ChangeKind::MachineRenamed, renamed->name,
                     "machine '" + was->name + "' is now named '" + renamed->name + "'", renamed->loc, was->loc,
                     "'" + was->name + "' is declared here",
                     "the protobuf enum and every generated type are renamed; rename it back, or add the new "
                     "machine beside the old one and retire the old one later"});
      compare_machine(before, after, *was, *renamed, out);
      continue;
    }
    out.push_back({ChangeKind::MachineRemoved, was->name, "machine '" + was->name + "' was removed",
                   after.machines_loc, was->loc, "it is declared here",
                   "its protobuf enum and generated types are gone; data and code that use them break"});
  }
  for (size_t j = 0; j < after.machines.size(); ++j)
    if (!after_matched[j])
      out.push_back({ChangeKind::MachineAdded, after.machines[j].name,
                     "machine '" + after.machines[j].name + "' was added", after.machines[j].loc,
                     before.machines_loc, "'machines' of the old spec", {}});
  // Top to bottom in the new file; the old file and the kind break ties.
  std::stable_sort(out.begin(), out.end(), [](const Change& x, const Change& y) {
    return std::tie(x.new_loc.line, x.new_loc.column, x.old_loc.line, x.old_loc.column) <
           std::tie(y.new_loc.line, y.new_loc.column, y.old_loc.line, y.old_loc.column);
  });
  return out;
}

}  // namespace statusc::compat
