// Names: casing rules, reserved names, duplicates, and collisions after the
// case conversions of the targets (see emit/naming.h and docs/spec-format.md).
#include <unordered_map>

#include "check/check_internal.h"
#include "naming/naming.h"
#include "emit/proto/text.h"
#include "util/suggest.h"

namespace statusc {
namespace {

// True when `text` is non-empty and every `sep`-separated segment passes `ok`.
template <typename Pred>
bool all_segments(std::string_view text, std::string_view sep, Pred ok) {
  if (text.empty()) return false;
  for (size_t start = 0;;) {
    size_t end = text.find(sep, start);
    if (!ok(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start))) return false;
    if (end == std::string_view::npos) return true;
    start = end + sep.size();
  }
}

// Segments are lower_snake, and may not start with a digit (protobuf).
bool is_package(std::string_view p) { return all_segments(p, ".", naming::is_lower_snake); }

bool is_cpp_namespace(std::string_view ns) { return all_segments(ns, "::", naming::is_cpp_identifier); }

void require(bool ok, DiagKind kind, Location loc, const std::string& message, DiagnosticEngine& diags) {
  if (!ok) diags.report(kind, loc, message);
}

void lower_snake(std::string_view what, const std::string& name, Location loc, DiagnosticEngine& diags) {
  require(naming::is_lower_snake(name), DiagKind::InvalidName, loc,
          std::string(what) + " '" + name + "' must be lower_snake_case (a-z, 0-9 and single '_', starting with a letter)",
          diags);
}

void wire_name(std::string_view what, const std::string& name, Location loc, DiagnosticEngine& diags) {
  require(naming::is_wire_name(name), DiagKind::InvalidName, loc,
          std::string(what) + " '" + name +
              "' must be a name: an ASCII letter, then letters and digits, in words joined by single '_' or '-' "
              "(in_progress, IN_PROGRESS, CrashLoopBackOff, shutting-down)",
          diags);
}

// Finds names that differ as written but meet after a conversion.
class CollisionFinder {
 public:
  CollisionFinder(DiagnosticEngine& diags, std::string target) : diags_(diags), target_(std::move(target)) {}

  // Returns false (after reporting) when `converted` was already taken.
  // Names that are one name in other spellings (`word_key`) are told so.
  bool add(const std::string& converted, const std::string& what, Location loc, const std::string& key = "") {
    auto [it, inserted] = seen_.emplace(converted, Entry{what, loc, key});
    if (inserted) return true;
    const bool same_words = !key.empty() && key == it->second.key;
    diags_.report(DiagKind::NameCollision, loc,
                  same_words ? what + " and " + it->second.what + " are the same words ('" + key +
                                   "') spelled differently, so every target gives them one identifier ('" +
                                   converted + "' in " + target_ + "); rename or remove one"
                             : what + " and " + it->second.what + " both become '" + converted + "' in " + target_)
        .note(it->second.loc, it->second.what + " is declared here");
    return false;
  }

 private:
  struct Entry {
    std::string what;
    Location loc;
    std::string key;
  };
  DiagnosticEngine& diags_;
  std::string target_;
  std::unordered_map<std::string, Entry> seen_;
};

// `renamed_from` names stay reserved like removed ones: each is a valid
// state name, and no earlier name is also a current state, a removed state
// or the earlier name of another state or removed entry. An earlier name
// with its owner's own words is a respelling (`in_progress` ->
// `IN_PROGRESS`): allowed, and the protobuf name does not change. Removed
// entries follow the same rules for the names the state had before it was
// removed.
void check_earlier_names(const Machine& m, const std::unordered_map<std::string, const State*>& by_words,
                         DiagnosticEngine& diags) {
  const std::string in = " in machine '" + m.name + "'";
  std::unordered_map<std::string, const Removed*> removed;
  for (const Removed& r : m.removed) removed.emplace(naming::word_key(r.name), &r);
  struct Owner {
    std::string what;  // "state 'x'" or "removed state 'x'"
    Location loc;
  };
  std::unordered_map<std::string, Owner> earlier;
  // `self` is the removed entry that owns the names, null for a state.
  auto check = [&](const std::string& owner, const std::string& owner_what, Location owner_loc, const State* state,
                   const Removed* self, const std::vector<std::string>& names, const std::vector<Location>& locs) {
    for (size_t i = 0; i < names.size(); ++i) {
      const std::string& old = names[i];
      const Location& loc = locs[i];
      wire_name("earlier name", old, loc, diags);
      const std::string key = naming::word_key(old);
      const std::string cannot = owner_what + " cannot be renamed from '" + old + "': ";
      if (old == owner) {
        diags.report(DiagKind::DuplicateName, loc,
                     owner_what + " cannot be renamed from its own name; remove '" + old + "' from 'renamed_from'");
      } else if (auto it = by_words.find(key); it != by_words.end() && it->second != state) {
        const std::string& other = it->second->name;
        diags.report(DiagKind::DuplicateName, loc,
                     cannot +
                         (other == old ? "'" + old + "' is a current state"
                                       : "'" + old + "' is current state '" + other + "' in another spelling") +
                         in)
            .note(it->second->loc, "state '" + other + "' is declared here");
      } else if (auto r = removed.find(key); r != removed.end() && r->second != self) {
        diags.report(DiagKind::DuplicateName, loc,
                     cannot + "'" + r->second->name + "' is a removed state" + in +
                         (self == nullptr ? "; a name is either renamed or removed"
                                          : "; its entry reserves it already, so remove it from 'renamed_from'"))
            .note(r->second->loc, "removed state '" + r->second->name + "' is declared here");
      } else if (auto [e, inserted] = earlier.emplace(old, Owner{owner_what, owner_loc}); !inserted) {
        diags.report(DiagKind::DuplicateName, loc, "'" + old + "' is already an earlier name of " + e->second.what + in)
            .note(e->second.loc, e->second.what + " is declared here");
      }
    }
  };
  for (const State& s : m.states)
    check(s.name, "state '" + s.name + "'", s.loc, &s, nullptr, s.renamed_from, s.renamed_from_locs);
  for (const Removed& r : m.removed)
    check(r.name, "removed state '" + r.name + "'", r.loc, nullptr, &r, r.renamed_from, r.renamed_from_locs);
}

// One convention per machine keeps the wire strings guessable: a reader who
// sees `Pending` expects `Running`, not `RUNNING`.
// `first_of_words[i]`: state i is valid and the first with its words (a
// second spelling is a collision already).
void check_spelling(const Machine& m, const std::vector<bool>& first_of_words, DiagnosticEngine& diags) {
  unsigned common = ~0u;
  const State* setter = nullptr;  // the state that last narrowed the convention
  for (size_t i = 0; i < m.states.size(); ++i) {
    const State& s = m.states[i];
    if (!first_of_words[i]) continue;
    unsigned own = naming::spellings(s.name);
    if (setter == nullptr) setter = &s;
    if ((common & own) != 0) {
      if ((common & own) != common) setter = &s;
      common &= own;
      continue;
    }
    std::string message =
        own == 0 ? "state '" + s.name + "' mixes '_' and '-' in one name"
                 : "state '" + s.name + "' is " + naming::spelling_name(own) + ", but the states before it in machine '" +
                       m.name + "' are " + naming::spelling_name(common);
    Diagnostic& d = diags.report(DiagKind::MixedSpelling, s.loc,
                                 message + "; write every state of a machine the same way, as the system that "
                                           "stores them does");
    if (setter != &s) d.note(setter->loc, "'" + setter->name + "' sets the convention here");
    return;  // one warning a machine: the rest would repeat it
  }
}

// Returns, per state, whether its name is valid and the first with its
// words: the states every target gives an identifier of their own.
std::vector<bool> check_machine_names(const Machine& m, bool proto, DiagnosticEngine& diags) {
  const std::string in = " in machine '" + m.name + "'";
  CollisionFinder states(diags, "generated C++ and TypeScript member names");
  std::unordered_map<std::string, const State*> by_words;
  std::vector<bool> first_of_words(m.states.size(), false);
  for (size_t i = 0; i < m.states.size(); ++i) {
    const State& s = m.states[i];
    bool valid = naming::is_wire_name(s.name);
    wire_name("state", s.name, s.loc, diags);
    if (!valid) continue;
    const std::string key = naming::word_key(s.name);
    if (proto && key == "unspecified")
      diags.report(DiagKind::ReservedName, s.loc,
                   "state name '" + s.name + "' is reserved while the proto target is on: protobuf output "
                   "generates " + m.proto_prefix + "_UNSPECIFIED = 0 for it");
    states.add(naming::upper_camel(s.name), "state '" + s.name + "'", s.loc, key);
    first_of_words[i] = by_words.emplace(key, &s).second;
  }
  check_spelling(m, first_of_words, diags);
  for (const Removed& r : m.removed) {
    wire_name("removed state", r.name, r.loc, diags);
    auto it = by_words.find(naming::word_key(r.name));
    if (it != by_words.end()) {
      const std::string& other = it->second->name;
      diags.report(DiagKind::DuplicateName, r.loc,
                   other == r.name
                       ? "removed state '" + r.name + "' has the name of a current state" + in +
                             "; a removed name stays reserved"
                       : "removed state '" + r.name + "' is current state '" + other + "' in another spelling" + in +
                             " (both are " + m.proto_prefix + "_" + naming::upper_snake(r.name) +
                             " in protobuf); to keep reading the old spelling, write 'renamed_from: " + r.name +
                             "' on '" + other + "' instead")
          .note(it->second->loc, "state '" + other + "' is declared here");
    }
  }
  check_earlier_names(m, by_words, diags);
  CollisionFinder attrs(diags, "generated predicate and accessor names");
  for (const Attribute& a : m.attributes) {
    if (a.builtin) continue;
    lower_snake("attribute", a.name, a.loc, diags);
    if (a.predicate_given && a.type == AttrType::Bool) lower_snake("predicate", a.predicate, a.predicate_loc, diags);
    if (naming::is_lower_snake(a.name)) attrs.add(naming::lower_camel(a.name), "attribute '" + a.name + "'", a.loc);
    CollisionFinder values(diags, "generated enum members");
    for (size_t i = 0; i < a.values.size(); ++i) {
      lower_snake("enum value", a.values[i], a.value_locs[i], diags);
      if (naming::is_lower_snake(a.values[i])) values.add(naming::upper_camel(a.values[i]), "value '" + a.values[i] + "'", a.value_locs[i]);
    }
  }
  CollisionFinder events(diags, "generated event names");
  for (const Event& e : m.events) {
    wire_name("event", e.name, e.loc, diags);
    if (naming::is_wire_name(e.name))
      events.add(naming::upper_camel(e.name), "event '" + e.name + "'", e.loc, naming::word_key(e.name));
  }
  std::unordered_map<std::string, Location> invariant_names;
  for (const Invariant& inv : m.invariants) {
    if (inv.name.empty()) continue;
    lower_snake("invariant", inv.name, inv.name_loc, diags);
    auto [it, inserted] = invariant_names.emplace(inv.name, inv.name_loc);
    if (!inserted)
      diags.report(DiagKind::DuplicateName, inv.name_loc, "invariant name '" + inv.name + "' is used twice" + in)
          .note(it->second, "first used here");
  }
  if (m.proto_prefix_given)
    require(naming::is_upper_snake(m.proto_prefix), DiagKind::InvalidName, m.proto_prefix_loc,
            "proto_prefix '" + m.proto_prefix + "' must be UPPER_SNAKE_CASE", diags);
  return first_of_words;
}

}  // namespace

void check_names(const Spec& spec, DiagnosticEngine& diags) {
  bool package_given = spec.package_loc.has_position();  // else missing-key was reported
  bool package_ok = !package_given || is_package(spec.package);
  require(package_ok, DiagKind::InvalidPackage, spec.package_loc,
          "package '" + spec.package + "' must be dot-separated lower_snake_case segments, e.g. acme.sessions",
          diags);
  if (spec.targets.proto && spec.targets.proto_package_given)
    require(is_package(spec.targets.proto_package), DiagKind::InvalidPackage, spec.targets.proto_package_loc,
            "proto package '" + spec.targets.proto_package +
                "' must be dot-separated lower_snake_case segments, e.g. acme.sessions.v1",
            diags);
  // A namespace derived from a bad package would only repeat its error.
  if (spec.targets.cpp && (spec.targets.cpp_namespace_given || (package_ok && package_given)))
    require(is_cpp_namespace(spec.targets.cpp_namespace), DiagKind::InvalidPackage, spec.targets.cpp_namespace_loc,
            "C++ namespace '" + spec.targets.cpp_namespace + "'" +
                (spec.targets.cpp_namespace_given ? "" : " (derived from the package)") +
                " must be '::'-separated C++ identifiers that are not keywords; set targets.cpp.namespace, "
                "e.g. acme::sessions",
            diags);

  if (spec.targets.proto)
    for (size_t i = 0; i < spec.targets.proto_options.size(); ++i) {
      const std::string& name = spec.targets.proto_options[i].first;
      require(proto::is_option_name(name), DiagKind::InvalidName, spec.targets.proto_option_locs[i],
              "'" + for_message(name) + "' is not a protobuf option name; use a name such as go_package or "
              "(my.custom_option)",
              diags);
    }

  CollisionFinder machines(diags, "UPPER_SNAKE_CASE (the default protobuf prefix and generated file names); rename one");
  // Protobuf enum values are siblings of their enum in the package scope,
  // so value names of all machines in one file must be distinct.
  CollisionFinder proto_scope(diags, "the protobuf package scope");
  for (const Machine& m : spec.machines) {
    require(naming::is_upper_camel(m.name), DiagKind::InvalidName, m.loc,
            "machine name '" + m.name + "' must be UpperCamelCase (A-Z first, then letters and digits)", diags);
    bool distinct = machines.add(naming::upper_snake(m.name), "machine '" + m.name + "'", m.loc);
    const std::vector<bool> first_of_words = check_machine_names(m, spec.targets.proto, diags);
    // Two machines with one UPPER_SNAKE name default to one proto prefix;
    // their values would only repeat the collision just reported.
    if (!spec.targets.proto || (!distinct && !m.proto_prefix_given)) continue;
    proto_scope.add(m.name, "enum '" + m.name + "'", m.loc);
    proto_scope.add(m.proto_prefix + "_UNSPECIFIED", "the zero value of '" + m.name + "'", m.proto_prefix_loc);
    // A second spelling of one name and `unspecified` are reported above.
    for (size_t i = 0; i < m.states.size(); ++i) {
      const State& s = m.states[i];
      const std::string value = m.proto_prefix + "_" + naming::upper_snake(s.name);
      if (first_of_words[i] && value != m.proto_prefix + "_UNSPECIFIED")
        proto_scope.add(value, "state '" + s.name + "' of '" + m.name + "'", s.loc);
    }
  }
}

}  // namespace statusc
