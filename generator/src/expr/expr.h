#pragma once
// Invariant expressions: `collectable -> terminal`, `exactly_one(a, b)`,
// `tone == danger`. The grammar is in docs/spec-format.md:
//
//   expr    := implies
//   implies := or [ "->" implies ]             (right associative)
//   or      := and { "||" and }
//   and     := unary { "&&" unary }
//   unary   := "!" unary | compare
//   compare := primary [ ("==" | "!=" | "<" | "<=" | ">" | ">=") primary ]
//   primary := NAME | NUMBER | "true" | "false" | "(" expr ")"
//            | ("exactly_one" | "at_most_one" | "at_least_one") "(" expr { "," expr } ")"
//
// This module knows nothing about specs: the caller describes the names an
// expression may use with a SymbolTable, and evaluates a bound expression
// against one integer per symbol slot (0/1 for bools, the value's index for
// enums, the value for ints). Emitters walk the bound tree to re-express it in each target.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace statusc::expr {

struct Symbol {
  // Rejected: a name whose declaration was refused (already reported), so
  // using it fails the expression without a second diagnostic.
  enum class Type { Bool, Enum, String, Int, Rejected };
  Type type = Type::Bool;
  int slot = 0;                          // index into the values passed to evaluate()
  std::vector<std::string> enum_values;  // Type::Enum only, in declaration order
};

struct SymbolTable {
  std::vector<std::pair<std::string, Symbol>> entries;

  void add(std::string name, Symbol symbol) { entries.emplace_back(std::move(name), std::move(symbol)); }
  const Symbol* find(std::string_view name) const;
};

// Node kinds of a BOUND expression (after bind(), names are resolved and
// every comparison is typed).
enum class Op {
  Literal,     // `true` / `false`: value in `literal`
  BoolRef,     // a bool symbol: `name`, `slot`
  EnumIs,      // `ATTR == VALUE` (or `VALUE == ATTR`): `name`, `slot`, `value`, `value_name`
  EnumIsNot,   // `ATTR != VALUE`
  Not,         // children[0]
  And,         // children[0] && children[1]
  Or,          // children[0] || children[1]
  Implies,     // children[0] -> children[1]
  Equal,       // two bools: children[0] == children[1]
  NotEqual,    // two bools: children[0] != children[1] (xor)
  ExactlyOne,  // children: one or more
  AtMostOne,
  AtLeastOne,
  IntCompare,  // `ATTR cmp NUMBER` or `ATTR cmp ATTR` on ints: `name`, `slot`, `cmp`, then
               // `number` or (`slot2`, `name2`). A number on the left is moved right.
};

enum class Cmp { Eq, Ne, Lt, Le, Gt, Ge };
// "==", "!=", "<", "<=", ">", ">=".
const char* cmp_text(Cmp cmp);

struct Node {
  Op op = Op::Literal;
  bool literal = false;
  std::string name;        // BoolRef, EnumIs, EnumIsNot
  int slot = -1;           // BoolRef, EnumIs, EnumIsNot
  int value = -1;          // EnumIs, EnumIsNot: index into the symbol's enum_values
  std::string value_name;  // EnumIs, EnumIsNot
  Cmp cmp = Cmp::Eq;       // IntCompare
  std::int64_t number = 0; // IntCompare with a number on the right
  int slot2 = -1;          // IntCompare with an attribute on the right
  std::string name2;
  std::vector<int> children;  // indices into Expr::nodes
  int begin = 0;           // byte offsets of the node's text in the source expression
  int end = 0;
};

struct Expr {
  std::vector<Node> nodes;  // children always precede their parent
  int root = -1;
  std::string text;         // the source text, as written

  const Node& root_node() const { return nodes[static_cast<size_t>(root)]; }
};

// Parses and binds `text` against `symbols`. `where` is the location of the
// first character of `text` in the spec; diagnostics inside the expression
// are reported at `where.shifted(offset, length)`. Reports every problem it
// can (expr-syntax, expr-unknown-name with a "did you mean" hint, expr-type)
// and returns nullopt if there was any.
std::optional<Expr> compile(std::string_view text, const SymbolTable& symbols,
                            Location where, DiagnosticEngine& diags);

// Evaluates a bound expression. `slots[i]` is the value of the symbol with
// slot i: 0 or 1 for bools, the value index for enums, the value for ints.
bool evaluate(const Expr& expr, std::span<const std::int64_t> slots);
// One IntCompare node against its operands' values.
bool compare_ints(Cmp cmp, std::int64_t left, std::int64_t right);

// The expression re-printed in canonical form with minimal parentheses,
// e.g. "collectable -> terminal", "exactly_one(active, terminal)".
std::string to_string(const Expr& expr);

}  // namespace statusc::expr
