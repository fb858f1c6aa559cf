#pragma once
#include "emit/escape.h"
// Pieces of the cpp target that need no template: C++ comment text,
// identifier spelling, the name table that keeps every generated name in a
// namespace distinct, and the translation of invariants to C++.
// docs/generated/cpp.md describes the rules for users.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "emit/common.h"
#include "expr/expr.h"

namespace statusc::cpp {

using escape::wrap;  // one word-wrapper for every target (escape.h)
// escape::lines, wrap and escape::cpp_comment_line: a mustache list of {line} objects
// (blank lines have no `line` key), like common.h's comment_lines().
MustacheData doc_lines(std::string_view text, std::size_t width = 76);

// True for an identifier with at least two letters and no lower-case one
// ("EOF", "E2BIG", "NULL", "HTTP", not "S0" or "V2"): the shape of C and
// POSIX macros (and of Windows ones such as ERROR and DELETE), so statusc
// never declares such a name.
bool macro_shaped(std::string_view identifier);
// An UpperCamel type or enumerator name: as written, with '_' appended when
// it is macro-shaped.
std::string type_name(std::string_view upper_camel);
// A state, event or enum value enumerator: naming::cpp_enumerator, then as
// type_name.
std::string enumerator(std::string_view snake);
// "SessionStatus" -> "session_status" (lower-case of naming::upper_snake).
std::string machine_snake(std::string_view machine);
// The namespace as written in the spec, with '_' appended to any segment
// that is a macro (naming::is_cpp_reserved), e.g. linux::tools ->
// linux_::tools (`linux` is a macro under -std=gnu++17).
std::string namespace_name(std::string_view ns);

// Every name the header declares directly in the spec's namespace, so that
// none of them clashes with another. Types, variables and namespaces need a
// name of their own; functions may share a name when their parameter types
// differ (overloads, e.g. `to_string(SessionStatus)` and
// `to_string(HandoffStatus)`). A clash is resolved by appending '_' to the
// later claim until it is free, so the result depends only on claim order.
class NameTable {
 public:
  enum class Kind { Type, Variable, Namespace, Function };
  // Claims `wanted` (already passed through naming::cpp_identifier or
  // type_name) and returns the name to use. `parameters` tells function
  // overloads apart.
  std::string claim(std::string wanted, Kind kind, const std::string& parameters = "");
  bool taken(const std::string& name) const { return entries_.count(name) != 0; }

 private:
  bool free(const std::string& name, Kind kind, const std::string& parameters) const;
  struct Entry {
    bool exclusive = false;            // a type, variable or namespace
    std::set<std::string> overloads;   // parameter lists of the functions
  };
  std::map<std::string, Entry> entries_;
};

// How invariant expressions read a state's attributes: per symbol slot
// (attribute index, or attributes.size() for `initial`), the C++ expression
// that reads it for the state at index `i` from the machine's tables
// ("kAttr2[i]"), and for enum attributes, the qualified enumerator of each
// value.
struct ExprNames {
  std::vector<std::string> slot_call;
  std::vector<std::vector<std::string>> enum_values;
};
// The bound expression as one C++ boolean expression, fully parenthesised.
std::string translate(const expr::Expr& e, const ExprNames& names);

// An initializer for a std::array: "{{a, b, c}}" with at most `per_line`
// items per line when the list is long, continuation lines indented by
// `indent` spaces.
std::string braced_list(const std::vector<std::string>& items, std::size_t per_line = 8, std::size_t indent = 4);

// The same for a plain array, "{a, b, c}". The detail tables are plain
// arrays: each distinct std::array<T, N> is a class template instantiation
// that every file including the header pays for, and the tables are only
// indexed.
std::string array_list(const std::vector<std::string>& items, std::size_t per_line = 8, std::size_t indent = 4);

// The smallest unsigned type that holds 0..max ("::std::uint8_t", ...).
std::string index_type(std::size_t max);

}  // namespace statusc::cpp
