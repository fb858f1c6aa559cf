#pragma once
// Identifiers of one generated Python module (the python target).
//
// Two scopes matter: the module, where machine classes, their companions
// (events, enum attributes, records, Literal aliases, guards) and tables
// live, and each state class's body, whose methods sit beside str's own
// methods. Every identifier is claimed from a NameTable, so no two
// declarations meet; a wanted name that is reserved or already taken gets
// '_' appended until it is free, in a fixed order, so the result is
// deterministic. docs/generated/python.md lists the rules.

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace statusc::py {

class NameTable {
 public:
  enum class Scope {
    // Module level: keywords, soft keywords and builtins (naming_python.h),
    // and the modules the generated code imports.
    Module,
    // A `class X(str, enum.Enum)` body: also str's methods and Enum's name
    // and value, and the methods every state class defines (__str__ aside).
    StrEnumClass,
  };
  explicit NameTable(Scope scope);
  // Marks a name as used without handing it out (enum members, which stay
  // UPPER_SNAKE: a class named like one would be shadowed inside it).
  void reserve(std::string_view name) { used_.emplace(name); }
  std::string claim(std::string_view wanted);
  bool taken(std::string_view name) const { return used_.count(std::string(name)) != 0; }

  // The modules the generated code imports (`import enum`, ...).
  static const std::vector<std::string_view>& imported_modules();

 private:
  Scope scope_;
  std::set<std::string, std::less<>> used_;
};

// An enum member: the UPPER_SNAKE_CASE of a wire name ("in-progress" ->
// IN_PROGRESS). Unique within its class because the checks reject two
// states, events or values with the same words.
std::string member_name(std::string_view wire);

// "WorkflowSessionStatus" -> "workflow_session_status".
std::string snake_of_class(std::string_view upper_camel);

}  // namespace statusc::py
