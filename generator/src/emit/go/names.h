#pragma once
// Go identifiers of one generated package, claimed once (docs/generated/go.md,
// "Naming").
//
// Every identifier statusc derives from the spec is exported (it starts with
// an upper-case letter), so none can be a Go keyword or predeclared
// identifier, nor shadow the `fmt` import or the generated code's own
// lower-case locals; those only constrain the package name
// (naming::go_package_problem). What remains are collisions between the
// derived names themselves, and accessors that would take a method name the
// standard library gives a meaning (String, Error, MarshalJSON, ...).

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/spec.h"

namespace statusc::go {

// Hands out identifiers of one scope: a wanted name that is taken (or
// reserved) gets '_' appended until it is free. In a method set, the names
// special to others (naming::is_go_special_method) count as taken. Callers
// ask in a fixed order, so the result is deterministic.
class NameTable {
 public:
  enum class Scope { Package, Methods };
  explicit NameTable(Scope scope, const std::vector<std::string_view>& reserved = {});
  std::string claim(std::string_view wanted);
  bool taken(std::string_view name) const { return used_.count(name) != 0; }

 private:
  Scope scope_;
  std::set<std::string, std::less<>> used_;
};

// The methods of every status type that statusc generates itself (whether
// or not a machine has them, so adding transitions never renames an
// accessor), then the names that are special to others
// (naming::is_go_special_method) are reserved on the status type.
const std::vector<std::string_view>& status_methods();

// The identifiers of one machine.
struct MachineNames {
  // Package scope.
  std::string type;                       // the machine's name
  std::string parse, from_number, values, migrate, migrate_number;
  std::string event_type, parse_event, event_values;  // empty without events
  std::vector<std::string> enum_types, enum_parses, enum_values;  // per attribute; empty unless enum
  std::vector<std::string> states;        // one constant per state
  std::vector<std::string> events;        // one constant per event
  std::vector<std::vector<std::string>> enum_constants;  // per attribute, per value
  // Methods of `type`: the predicate or accessor of each attribute.
  std::vector<std::string> methods;
};

bool has_events(const Machine& m);

// Claims the whole package's identifiers in tiers, so a collision renames
// the less central name: (1) every machine's type, (2) each machine's
// functions and event type (ParseM, MFromNumber, MValues, MigrateM,
// MigrateMNumber, then MEvent, ParseMEvent, MEventValues), (3) the types of
// enum attributes (M + Attribute, Parse..., ...Values), (4) the constants of
// states, events and enum values (their type's name + the member's
// UpperCamel words). Within a tier, machines go in declaration order.
// Methods are claimed per machine: status_methods() and the special names
// first, then each attribute's UpperCamel predicate (bool) or name.
std::vector<MachineNames> claim_names(const Spec& spec);

}  // namespace statusc::go
