#pragma once
#include "emit/escape.h"
// TypeScript-specific helpers of the ts emitter: module-wide identifier
// allocation, property keys, JSDoc blocks and the translation of invariant
// expressions into TypeScript. Kept apart from ts_emitter.cpp so the unit
// tests (tests/unit/ts_emit_test.cpp) can reach them.
//
// Casing and reserved words come from emit/naming.h; user text goes through
// emit/escape.h. docs/generated/typescript.md documents the rules.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "expr/expr.h"
#include "model/spec.h"

namespace statusc::ts {

// Every top-level identifier of one generated module comes from here, so no
// two declarations can meet. A wanted name that is a reserved word
// (naming::ts_identifier), a global the module itself relies on (Record,
// Set, Map, Error, ...), a local name of the generated functions, or a name
// already handed out gets '_' appended until it is free. The emitter asks in
// a fixed order (machine types first), so the result is deterministic.
class NameTable {
 public:
  NameTable();
  std::string claim(std::string_view wanted);
  bool taken(std::string_view name) const { return used_.count(std::string(name)) != 0; }

  // Globals and locals the generated module uses; never handed out.
  static const std::vector<std::string_view>& module_globals();

 private:
  std::set<std::string, std::less<>> used_;
};

// True for an ECMAScript IdentifierName (ASCII subset: letters, digits, '_',
// '$', not starting with a digit).
bool is_identifier_name(std::string_view name);

// An object-literal or interface key: bare when it is an identifier that is
// not a reserved word, a quoted string otherwise; "__proto__" becomes the
// computed ["__proto__"], the only spelling that defines an own property.
std::string property_key(std::string_view name);

// `object.name`, or `object["name"]` when `name` is not a plain identifier.
std::string member(std::string_view object, std::string_view name);

using escape::wrap;  // one word-wrapper for every target (escape.h)

// A JSDoc block for `text` at `indent`: "/** one line */" for a short single
// line, "/**", " * line"..., " */" otherwise, with long lines wrapped to 80
// columns; every line through escape::comment_line. Empty text gives none.
std::vector<std::string> jsdoc(std::string_view text, std::string_view indent);

// Where an invariant's names come from in the generated check: attribute
// slot i reads `row.<fields[i]>`, the `initial` slot reads `initial_name`.
struct ExprContext {
  std::string row = "row";
  std::string initial_name = "initial";
  std::vector<std::string> fields;        // per attribute slot: the interface field name
  std::vector<int> domain;                // per slot (attributes, then initial): 2 for bools, value count for enums
};

// The ExprContext for a machine: field names as the emitter spells them.
ExprContext expr_context(const Machine& machine);

// The bound expression as a TypeScript boolean expression with minimal
// parentheses. Comparisons that TypeScript's narrowing would flag as
// "no overlap" (TS2367), such as `tone == a -> tone == b`, get a widening
// `as` cast on their operands; others stay plain.
std::string expression(const expr::Expr& e, const ExprContext& context);
// The negation of expression(): used in `if (<negated>) throw ...`.
std::string negated_expression(const expr::Expr& e, const ExprContext& context);
// Whether the expression reads the `initial` slot.
bool uses_slot(const expr::Expr& e, int slot);

}  // namespace statusc::ts
