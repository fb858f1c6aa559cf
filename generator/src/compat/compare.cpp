// compare(): the spec and its machines; states.cpp and behaviour.cpp
// compare inside a machine.
#include <algorithm>
#include <map>
#include <set>

#include "compat/compat_internal.h"
#include "parse/yaml_tree.h"
#include "util/suggest.h"

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
  detail::MachinePair p{was, now, out, {}, after.targets.proto};
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

// Places in a spec file the model keeps no location for (a target's
// `enabled`, the `options` mapping): the file's YAML is read again, once,
// and only when such a change was found.
class Places {
 public:
  explicit Places(const Spec& spec) : spec_(spec) {}
  struct Found {
    Location loc;
    bool complete = false;  // the whole path exists
  };
  // The node at `path` (its value when `value`, else its key), else the
  // key of the deepest part of the path that exists, else `fallback`.
  Found find(std::initializer_list<std::string_view> path, bool value, Location fallback) {
    if (!loaded_) {
      loaded_ = true;
      DiagnosticEngine ignored;
      if (spec_.file != nullptr) root_ = load_yaml(*spec_.file, ignored);
    }
    Found found{fallback, false};
    if (!root_) return found;
    const YamlNode* node = &*root_;
    for (std::string_view key : path) {
      if (!node->is_mapping()) return found;
      auto entry = std::find_if(node->entries.begin(), node->entries.end(),
                                [&](const YamlEntry& e) { return e.key.value == key; });
      if (entry == node->entries.end()) return found;
      found.loc = entry->key.loc;
      node = &entry->value;
    }
    found.complete = true;
    if (value && node->loc.has_position()) found.loc = node->loc;
    return found;
  }

 private:
  const Spec& spec_;
  bool loaded_ = false;
  std::optional<YamlNode> root_;
};

struct TargetInfo {
  const char* key;    // as `targets:` spells it
  const char* files;  // what is no longer generated
  const char* help;
};

constexpr TargetInfo kTargets[] = {
    {"cpp", "the C++ header",
     "code that includes the header stops compiling once the old copy is gone; keep the target on while C++ code "
     "uses it"},
    {"proto", "the .proto file",
     "its enums vanish for every protobuf user (buf breaking reports the file deleted), and protobuf names and "
     "and options are no longer compared; keep the target on while anything reads them"},
    {"typescript", "the TypeScript module",
     "code that imports the module breaks once the old copy is gone; keep the target on while TypeScript code uses "
     "it"},
    {"markdown", "the Markdown reference", "links to the reference break"},
    {"python", "the Python module",
     "code that imports the module breaks once the old copy is gone; keep the target on while Python code uses it"},
    {"go", "the Go package",
     "code that imports the package stops compiling once the old copy is gone; keep the target on while Go code uses "
     "it"},
};

// Which generated code a protobuf file option shapes.
std::string option_help(const std::string& name) {
  std::string code;
  if (name == "go_package")
    return "the Go code protoc generates from the .proto moves to another import path (buf breaking: "
           "FILE_SAME_GO_PACKAGE); Go code that imports it must follow. Binary and JSON data are unaffected";
  if (name.rfind("java_", 0) == 0) code = "Java";
  else if (name == "csharp_namespace") code = "C#";
  else if (name == "objc_class_prefix") code = "Objective-C";
  else if (name.rfind("php_", 0) == 0) code = "PHP";
  else if (name == "ruby_package") code = "Ruby";
  else if (name == "swift_prefix") code = "Swift";
  else if (name.rfind("cc_", 0) == 0) code = "C++";
  else if (name.rfind("py_", 0) == 0) code = "Python";
  else if (name[0] == '(') code = "custom";
  std::string what = code.empty()     ? "the code protoc generates from the .proto"
                     : code == "custom" ? "the output of plugins that read this option"
                                        : "the " + code + " code protoc generates from the .proto";
  return what + " moves or changes form (package, names or file layout); code that uses it must follow. Binary "
                "and JSON data are unaffected";
}

std::string option_value(const std::string& value) { return "\"" + for_message(value) + "\""; }

void compare_targets(const Spec& before, const Spec& after, Places& was, Places& now, std::vector<Change>& out) {
  auto add = [&](ChangeKind kind, Location new_loc, Location old_loc, std::string message, std::string note,
                 std::string help) {
    out.push_back({kind, "", std::move(message), new_loc, old_loc, std::move(note), std::move(help)});
  };
  for (const TargetSettings& settings : after.targets.given) {
    if (settings.enabled || !before.targets.enabled(settings.key)) continue;
    // A target without its own words here (one added later) gets these.
    TargetInfo t{settings.key.c_str(), "its generated code",
                 "code that uses it breaks once the old copy is gone; keep the target on while anything uses it"};
    for (const TargetInfo& known : kTargets)
      if (settings.key == known.key) t = known;
    Places::Found off = now.find({"targets", t.key, "enabled"}, true, after.package_loc);
    Places::Found on = was.find({"targets", t.key, "enabled"}, true, before.package_loc);
    add(ChangeKind::TargetDisabled, off.loc, on.loc,
        std::string("the ") + t.key + " target was turned off: " + t.files + " is no longer generated",
        on.complete ? "it was enabled here" : std::string("it was on here (every target is on unless 'enabled: false')"),
        t.help);
  }
  if (!before.targets.proto || !after.targets.proto) return;
  const Targets& a = before.targets;
  const Targets& b = after.targets;
  std::map<std::string, size_t> old_options;
  for (size_t i = 0; i < a.proto_options.size(); ++i) old_options.emplace(a.proto_options[i].first, i);
  std::set<std::string> kept;
  for (size_t i = 0; i < b.proto_options.size(); ++i) {
    const auto& [name, value] = b.proto_options[i];
    auto it = old_options.find(name);
    if (it == old_options.end()) {
      add(ChangeKind::ProtoOptionChanged, b.proto_option_locs[i],
          was.find({"targets", "proto", "options"}, false, a.proto_package_loc).loc,
          "the protobuf file option " + name + " was added, with " + option_value(value),
          "the old spec does not set " + name, option_help(name));
      continue;
    }
    kept.insert(name);
    const std::string& old_value = a.proto_options[it->second].second;
    if (old_value != value)
      add(ChangeKind::ProtoOptionChanged, b.proto_option_locs[i], a.proto_option_locs[it->second],
          "the protobuf file option " + name + " changed from " + option_value(old_value) + " to " +
              option_value(value),
          "it was " + option_value(old_value) + " here", option_help(name));
  }
  for (size_t i = 0; i < a.proto_options.size(); ++i) {
    const auto& [name, value] = a.proto_options[i];
    if (kept.count(name)) continue;
    add(ChangeKind::ProtoOptionChanged, now.find({"targets", "proto", "options"}, false, b.proto_package_loc).loc,
        a.proto_option_locs[i], "the protobuf file option " + name + " (" + option_value(value) + ") was removed",
        "it is set here", option_help(name));
  }
}

// What follows the spec's package: the default C++ namespace, the default
// protobuf package (and with it the .proto file's path) and the Markdown
// reference's title. Says which of them moved here.
std::string package_help(const Spec& before, const Spec& after) {
  const Targets& a = before.targets;
  const Targets& b = after.targets;
  std::vector<std::string> moved, stayed;
  const bool cpp = a.cpp && b.cpp, proto = a.proto && b.proto;
  if (cpp && a.cpp_namespace != b.cpp_namespace)
    moved.push_back("the C++ namespace (" + a.cpp_namespace + " to " + b.cpp_namespace + ")");
  else if (cpp)
    stayed.push_back("the C++ namespace (set by 'targets.cpp.namespace')");
  if (proto && a.proto_package != b.proto_package)
    moved.push_back("the protobuf package and the .proto file's path (proto-package-changed)");
  else if (proto)
    stayed.push_back("the protobuf package (set by 'targets.proto.package')");
  if (a.enabled("markdown") && b.enabled("markdown")) moved.push_back("the title of the Markdown reference");
  auto join = [](const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
  };
  std::string help = moved.empty() ? std::string("no generated name or path follows the package here")
                                   : "what moves: " + join(moved);
  if (!stayed.empty()) help += "; " + join(stayed) + (stayed.size() == 1 ? " stays" : " stay");
  const bool proto_moved = proto && a.proto_package != b.proto_package;
  if (cpp && a.cpp_namespace != b.cpp_namespace) help += "; C++ code that names the generated types must follow";
  else if (!moved.empty() && !proto_moved) help += "; no generated code changes";
  return help;
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
        package_help(before, after));
  else if (a.cpp && b.cpp && a.cpp_namespace != b.cpp_namespace)
    add(ChangeKind::PackageChanged, b.cpp_namespace_loc, a.cpp_namespace_loc,
        "the C++ namespace changed from " + a.cpp_namespace + " to " + b.cpp_namespace,
        "it was " + a.cpp_namespace + " here", "C++ code that names the generated types must follow");
  Places was(before), now(after);
  compare_targets(before, after, was, now, out);
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
