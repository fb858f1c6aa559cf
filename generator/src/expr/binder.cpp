// Name resolution and type checking: turns the parser's SyntaxTree into the
// bound Expr of expr.h, reporting every unknown name and type error it finds.

#include <string>
#include <unordered_map>
#include <utility>

#include "expr/expr.h"
#include "expr/syntax.h"
#include "util/suggest.h"

namespace statusc::expr {

const Symbol* SymbolTable::find(std::string_view name) const {
  for (const auto& [entry_name, symbol] : entries)
    if (entry_name == name) return &symbol;
  return nullptr;
}

namespace {

int value_index(const Symbol& symbol, std::string_view value) {
  for (size_t i = 0; i < symbol.enum_values.size(); ++i)
    if (symbol.enum_values[i] == value) return static_cast<int>(i);
  return -1;
}

std::string quote(std::string_view s) { return "'" + std::string(s) + "'"; }

// "tone == danger": the hint shown whenever an enum attribute is misused.
std::string example(std::string_view name, const Symbol& symbol) {
  return std::string(name) + " == " + (symbol.enum_values.empty() ? std::string("value") : symbol.enum_values[0]);
}

std::string list_values(const Symbol& symbol) {
  constexpr size_t kShown = 10;
  std::string out;
  for (size_t i = 0; i < symbol.enum_values.size() && i < kShown; ++i) {
    if (i > 0) out += ", ";
    out += symbol.enum_values[i];
  }
  if (symbol.enum_values.size() > kShown) out += ", ...";
  return out;
}

class Binder {
 public:
  Binder(std::string_view text, const SyntaxTree& tree, const SymbolTable& symbols, Location where,
         DiagnosticEngine& diags)
      : text_(text), tree_(tree), symbols_(symbols), where_(where), diags_(diags) {
    // Real tables are small; a map only pays off for generated ones.
    constexpr size_t kMapThreshold = 16;
    if (symbols.entries.size() > kMapThreshold) {
      for (const auto& [name, symbol] : symbols.entries) by_name_.emplace(name, &symbol);  // first wins, like find()
    }
  }

  std::optional<Expr> run() {
    const size_t n = tree_.nodes.size();
    // Names under == / != are resolved by the comparison itself, because
    // there a name may be an enum value rather than a symbol.
    compare_operand_.assign(n, false);
    for (const SyntaxNode& node : tree_.nodes)
      if (is_comparison(node.kind))
        for (int child : node.children) compare_operand_[static_cast<size_t>(child)] = true;
    bound_.assign(n, -1);
    out_.nodes.reserve(n);
    // Children precede parents, so one forward pass sees every child bound.
    for (size_t i = 0; i < n; ++i) bound_[i] = bind(tree_.nodes[i], i);
    if (errors_ > 0) return std::nullopt;
    out_.root = bound_[static_cast<size_t>(tree_.root)];
    out_.text = std::string(text_);
    return std::move(out_);
  }

 private:
  static constexpr int kEnumValue = -2;  // operand_as_bool(): a bare enum value

  static bool is_comparison(SyntaxKind kind) {
    return kind == SyntaxKind::Equal || kind == SyntaxKind::NotEqual || is_ordering(kind);
  }
  static bool is_ordering(SyntaxKind kind) {
    return kind == SyntaxKind::Less || kind == SyntaxKind::LessEqual || kind == SyntaxKind::Greater ||
           kind == SyntaxKind::GreaterEqual;
  }
  bool is_int_operand(const SyntaxNode& node) const {
    if (node.kind == SyntaxKind::Number) return true;
    if (node.kind != SyntaxKind::Name) return false;
    const Symbol* symbol = lookup(name_of(node));
    return symbol != nullptr && symbol->type == Symbol::Type::Int;
  }
  // "http_status >= 400": the hint shown whenever an int attribute or a
  // number is misused.
  std::string int_example(std::string_view name) const {
    if (name.empty())
      for (const auto& [n, symbol] : symbols_.entries)
        if (symbol.type == Symbol::Type::Int) {
          name = n;
          break;
        }
    return name.empty() ? std::string("numbers are only compared with int attributes")
                        : "compare it, e.g. " + std::string(name) + " >= 1";
  }

  const SyntaxNode& node_at(int index) const { return tree_.nodes[static_cast<size_t>(index)]; }
  std::string_view name_of(const SyntaxNode& node) const {
    return text_.substr(static_cast<size_t>(node.name_offset), static_cast<size_t>(node.name_length));
  }

  const Symbol* lookup(std::string_view name) const {
    if (by_name_.empty()) return symbols_.find(name);
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : it->second;
  }
  const Symbol* lookup_enum(const SyntaxNode& node) const {
    if (node.kind != SyntaxKind::Name) return nullptr;
    const Symbol* symbol = lookup(name_of(node));
    return symbol && symbol->type == Symbol::Type::Enum ? symbol : nullptr;
  }
  // The first enum attribute that has `value` among its values.
  const std::pair<std::string, Symbol>* enum_owning(std::string_view value) const {
    for (const auto& entry : symbols_.entries)
      if (entry.second.type == Symbol::Type::Enum && value_index(entry.second, value) >= 0) return &entry;
    return nullptr;
  }
  const std::vector<std::string>& name_candidates() {
    if (!candidates_built_) {
      // String attributes are left out: suggesting one would only lead to
      // the next error.
      for (const auto& [name, symbol] : symbols_.entries)
        if (symbol.type != Symbol::Type::String && symbol.type != Symbol::Type::Rejected) candidates_.push_back(name);
      candidates_built_ = true;
    }
    return candidates_;
  }

  void report(DiagKind kind, int offset, int length, std::string message) {
    ++errors_;
    diags_.report(kind, where_.shifted(offset, length), std::move(message));
  }
  void report_at_name(DiagKind kind, const SyntaxNode& node, std::string message) {
    report(kind, node.name_offset, node.name_length, std::move(message));
  }
  void report_span(DiagKind kind, const SyntaxNode& node, std::string message) {
    report(kind, node.begin, node.end - node.begin, std::move(message));
  }

  int emit(Node node, const SyntaxNode& from) {
    node.begin = from.begin;
    node.end = from.end;
    out_.nodes.push_back(std::move(node));
    return static_cast<int>(out_.nodes.size()) - 1;
  }
  int emit_op(Op op, std::vector<int> children, const SyntaxNode& from) {
    for (int child : children)
      if (child < 0) return -1;  // the child's problem is already reported
    Node node;
    node.op = op;
    node.children = std::move(children);
    return emit(std::move(node), from);
  }

  int bind(const SyntaxNode& node, size_t index) {
    auto child = [&](size_t i) { return bound_[static_cast<size_t>(node.children[i])]; };
    switch (node.kind) {
      case SyntaxKind::Name:
        if (compare_operand_[index]) return -1;
        return bind_bool_name(node);
      case SyntaxKind::Number:
        if (compare_operand_[index]) return -1;
        report_at_name(DiagKind::ExprType, node,
                       quote(name_of(node)) + " is a number, not a bool; " + int_example(""));
        return -1;
      case SyntaxKind::Less:
      case SyntaxKind::LessEqual:
      case SyntaxKind::Greater:
      case SyntaxKind::GreaterEqual: return bind_int_compare(node);
      case SyntaxKind::True:
      case SyntaxKind::False: {
        Node literal;
        literal.op = Op::Literal;
        literal.literal = node.kind == SyntaxKind::True;
        return emit(std::move(literal), node);
      }
      case SyntaxKind::Not: return emit_op(Op::Not, {child(0)}, node);
      case SyntaxKind::And: return emit_op(Op::And, {child(0), child(1)}, node);
      case SyntaxKind::Or: return emit_op(Op::Or, {child(0), child(1)}, node);
      case SyntaxKind::Implies: return emit_op(Op::Implies, {child(0), child(1)}, node);
      case SyntaxKind::Equal:
      case SyntaxKind::NotEqual:
        if (is_int_operand(node_at(node.children[0])) || is_int_operand(node_at(node.children[1])))
          return bind_int_compare(node);
        return bind_compare(node);
      case SyntaxKind::Call: {
        std::vector<int> arguments;
        arguments.reserve(node.children.size());
        for (size_t i = 0; i < node.children.size(); ++i) arguments.push_back(child(i));
        switch (node.function) {
          case Function::ExactlyOne: return emit_op(Op::ExactlyOne, std::move(arguments), node);
          case Function::AtMostOne: return emit_op(Op::AtMostOne, std::move(arguments), node);
          case Function::AtLeastOne: return emit_op(Op::AtLeastOne, std::move(arguments), node);
          case Function::Unknown: break;
        }
        static const std::vector<std::string> kFunctions = {"exactly_one", "at_most_one", "at_least_one"};
        std::string hint = did_you_mean(name_of(node), kFunctions);
        if (hint.empty()) hint = "; the functions are exactly_one, at_most_one and at_least_one";
        const bool is_symbol = lookup(name_of(node)) != nullptr;
        report_at_name(DiagKind::ExprUnknownName, node,
                       (is_symbol ? quote(name_of(node)) + " is an attribute, not a function"
                                  : "unknown function " + quote(name_of(node))) +
                           hint);
        return -1;
      }
    }
    return -1;
  }

  // A NAME used as a bool operand.
  int bind_bool_name(const SyntaxNode& node) {
    std::string_view name = name_of(node);
    const Symbol* symbol = lookup(name);
    if (!symbol) {
      if (const auto* owner = enum_owning(name)) {
        report_at_name(DiagKind::ExprType, node,
                       quote(name) + " is a value of enum attribute " + quote(owner->first) +
                           ", not a bool; compare the attribute with it, e.g. " + owner->first + " == " +
                           std::string(name));
        return -1;
      }
      report_at_name(DiagKind::ExprUnknownName, node,
                     "unknown name " + quote(name) + " in invariant" + did_you_mean(name, name_candidates()));
      return -1;
    }
    switch (symbol->type) {
      case Symbol::Type::Bool: {
        Node ref;
        ref.op = Op::BoolRef;
        ref.name = std::string(name);
        ref.slot = symbol->slot;
        return emit(std::move(ref), node);
      }
      case Symbol::Type::Enum:
        report_at_name(DiagKind::ExprType, node,
                       quote(name) + " is an enum attribute; compare it with == or !=, e.g. " + example(name, *symbol));
        return -1;
      case Symbol::Type::String: report_string(node); return -1;
      case Symbol::Type::Int:
        report_at_name(DiagKind::ExprType, node,
                       quote(name) + " is an int attribute, not a bool; " + int_example(name));
        return -1;
      case Symbol::Type::Rejected: ++errors_; return -1;  // its declaration's error says it
    }
    return -1;
  }

  // One side of an int comparison: an int attribute (its symbol) or a
  // number (its value). False after reporting.
  struct IntOperand {
    const Symbol* symbol = nullptr;
    std::string_view name;
    std::int64_t number = 0;
  };
  bool int_operand(int index, const SyntaxNode& compare, IntOperand& out) {
    const SyntaxNode& node = node_at(index);
    const std::string op = quote(name_of(compare));
    if (node.kind == SyntaxKind::Number) {
      std::string_view digits = name_of(node);
      const bool negative = digits[0] == '-';
      std::uint64_t value = 0;
      for (char c : digits.substr(negative ? 1 : 0)) {
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
        if (value > (std::uint64_t{1} << 53) - 1) {
          report_at_name(DiagKind::ExprSyntax, node,
                         quote(digits) + " is too large; int attributes hold integers up to 2^53 - 1");
          return false;
        }
      }
      out.number = negative ? -static_cast<std::int64_t>(value) : static_cast<std::int64_t>(value);
      return true;
    }
    if (node.kind == SyntaxKind::Name) {
      out.name = name_of(node);
      out.symbol = lookup(out.name);
      if (out.symbol && out.symbol->type == Symbol::Type::Int) return true;
      if (out.symbol && out.symbol->type == Symbol::Type::Rejected) {
        ++errors_;
        return false;
      }
      if (!out.symbol) {
        std::vector<std::string> ints;
        for (const auto& [n, symbol] : symbols_.entries)
          if (symbol.type == Symbol::Type::Int) ints.push_back(n);
        report_at_name(DiagKind::ExprUnknownName, node,
                       "unknown name " + quote(out.name) + " in invariant" + did_you_mean(out.name, ints));
        return false;
      }
      const char* type = out.symbol->type == Symbol::Type::Bool   ? "a bool"
                         : out.symbol->type == Symbol::Type::Enum ? "an enum"
                                                                  : "a string";
      report_at_name(DiagKind::ExprType, node,
                     op + " compares ints, but " + quote(out.name) + " is " + type + " attribute");
      return false;
    }
    if (bound_[static_cast<size_t>(index)] >= 0 || node.kind == SyntaxKind::True || node.kind == SyntaxKind::False)
      report_span(DiagKind::ExprType, node, op + " compares ints, but this is a bool expression");
    return false;
  }

  int bind_int_compare(const SyntaxNode& node) {
    IntOperand left, right;
    const bool left_ok = int_operand(node.children[0], node, left);
    const bool right_ok = int_operand(node.children[1], node, right);
    if (!left_ok || !right_ok) return -1;
    Cmp cmp = node.kind == SyntaxKind::Equal       ? Cmp::Eq
              : node.kind == SyntaxKind::NotEqual  ? Cmp::Ne
              : node.kind == SyntaxKind::Less      ? Cmp::Lt
              : node.kind == SyntaxKind::LessEqual ? Cmp::Le
              : node.kind == SyntaxKind::Greater   ? Cmp::Gt
                                                   : Cmp::Ge;
    if (!left.symbol && !right.symbol) {
      report_span(DiagKind::ExprType, node,
                  "this compares two numbers, which is always true or always false; compare an int attribute "
                  "with a number instead");
      return -1;
    }
    if (!left.symbol) {  // `400 <= http_status` reads as `http_status >= 400`
      std::swap(left, right);
      cmp = cmp == Cmp::Lt ? Cmp::Gt : cmp == Cmp::Le ? Cmp::Ge : cmp == Cmp::Gt ? Cmp::Lt : cmp == Cmp::Ge ? Cmp::Le : cmp;
    }
    Node test;
    test.op = Op::IntCompare;
    test.cmp = cmp;
    test.name = std::string(left.name);
    test.slot = left.symbol->slot;
    if (right.symbol) {
      test.slot2 = right.symbol->slot;
      test.name2 = std::string(right.name);
    } else {
      test.number = right.number;
    }
    return emit(std::move(test), node);
  }

  void report_string(const SyntaxNode& node) {
    report_at_name(DiagKind::ExprType, node,
                   quote(name_of(node)) + " is a string attribute and cannot be used in an invariant");
  }

  int emit_enum_test(const SyntaxNode& compare, const SyntaxNode& attribute, const Symbol& symbol, int value) {
    Node test;
    test.op = compare.kind == SyntaxKind::Equal ? Op::EnumIs : Op::EnumIsNot;
    test.name = std::string(name_of(attribute));
    test.slot = symbol.slot;
    test.value = value;
    test.value_name = symbol.enum_values[static_cast<size_t>(value)];
    return emit(std::move(test), compare);
  }

  int bind_compare(const SyntaxNode& node) {
    const int left_index = node.children[0], right_index = node.children[1];
    const SyntaxNode& left = node_at(left_index);
    const SyntaxNode& right = node_at(right_index);
    const Symbol* left_enum = lookup_enum(left);
    const Symbol* right_enum = lookup_enum(right);
    if (!left_enum && !right_enum) return bind_bool_compare(node, left_index, right_index);

    // The other side is tried as a value first, even when a symbol of that
    // name exists: inside `tone == x`, `x` means a value of tone.
    if (left_enum && right.kind == SyntaxKind::Name) {
      int value = value_index(*left_enum, name_of(right));
      if (value >= 0) return emit_enum_test(node, left, *left_enum, value);
    }
    if (right_enum && left.kind == SyntaxKind::Name) {
      int value = value_index(*right_enum, name_of(left));
      if (value >= 0) return emit_enum_test(node, right, *right_enum, value);
    }
    if (left_enum && right_enum) {
      report_span(DiagKind::ExprType, node,
                  "cannot compare enum attributes " + quote(name_of(left)) + " and " + quote(name_of(right)) +
                      "; compare each with one of its values, e.g. " + example(name_of(left), *left_enum));
      return -1;
    }
    const SyntaxNode& attribute = left_enum ? left : right;
    const SyntaxNode& other = left_enum ? right : left;
    const int other_index = left_enum ? right_index : left_index;
    const Symbol& symbol = left_enum ? *left_enum : *right_enum;
    std::string_view attribute_name = name_of(attribute);
    const std::string hint = "; compare it with one of its values, e.g. " + example(attribute_name, symbol);

    if (other.kind == SyntaxKind::Name) {
      std::string_view other_name = name_of(other);
      const Symbol* other_symbol = lookup(other_name);
      if (!other_symbol) {
        std::string message =
            quote(other_name) + " is not a value of enum attribute " + quote(attribute_name);
        std::string suggestion = did_you_mean(other_name, symbol.enum_values);
        message += suggestion.empty() ? " (its values are: " + list_values(symbol) + ")" : suggestion;
        report_at_name(DiagKind::ExprUnknownName, other, std::move(message));
      } else if (other_symbol->type == Symbol::Type::String) {
        report_string(other);
      } else if (other_symbol->type == Symbol::Type::Rejected) {
        ++errors_;
      } else {
        report_at_name(DiagKind::ExprType, other,
                       "cannot compare enum attribute " + quote(attribute_name) + " with bool attribute " +
                           quote(other_name) + hint);
      }
    } else if (other.kind == SyntaxKind::True || other.kind == SyntaxKind::False) {
      report_span(DiagKind::ExprType, other,
                  "cannot compare enum attribute " + quote(attribute_name) + " with " +
                      (other.kind == SyntaxKind::True ? "'true'" : "'false'") + hint);
    } else if (bound_[static_cast<size_t>(other_index)] >= 0) {
      report_span(DiagKind::ExprType, other,
                  "cannot compare enum attribute " + quote(attribute_name) + " with a bool expression" + hint);
    }
    return -1;
  }

  // An operand of a comparison between bools: its bound index, -1 after an
  // error, or kEnumValue for a bare value of some enum (reported by the
  // caller, which knows what it was compared with).
  int operand_as_bool(int index) {
    const SyntaxNode& node = node_at(index);
    if (node.kind != SyntaxKind::Name) return bound_[static_cast<size_t>(index)];
    std::string_view name = name_of(node);
    if (!lookup(name) && enum_owning(name)) return kEnumValue;
    return bind_bool_name(node);
  }

  int bind_bool_compare(const SyntaxNode& node, int left_index, int right_index) {
    const int left = operand_as_bool(left_index);
    const int right = operand_as_bool(right_index);
    if (left == kEnumValue && right == kEnumValue) {
      report_span(DiagKind::ExprType, node,
                  quote(name_of(node_at(left_index))) + " and " + quote(name_of(node_at(right_index))) +
                      " are both enum values; compare an enum attribute with one of its values");
      return -1;
    }
    if (left == kEnumValue || right == kEnumValue) {
      // With the other side already in error (`tne == danger`), that error
      // says it all.
      if ((left == kEnumValue ? right : left) < 0) return -1;
      const SyntaxNode& value_node = node_at(left == kEnumValue ? left_index : right_index);
      std::string_view value = name_of(value_node);
      const std::string& owner = enum_owning(value)->first;
      report_at_name(DiagKind::ExprType, value_node,
                     quote(value) + " is a value of enum attribute " + quote(owner) +
                         " and can only be compared with it, e.g. " + owner + " == " + std::string(value));
      return -1;
    }
    return emit_op(node.kind == SyntaxKind::Equal ? Op::Equal : Op::NotEqual, {left, right}, node);
  }

  std::string_view text_;
  const SyntaxTree& tree_;
  const SymbolTable& symbols_;
  Location where_;
  DiagnosticEngine& diags_;
  std::unordered_map<std::string_view, const Symbol*> by_name_;
  std::vector<std::string> candidates_;
  bool candidates_built_ = false;
  std::vector<bool> compare_operand_;
  std::vector<int> bound_;  // per syntax node: its bound node, or -1
  Expr out_;
  int errors_ = 0;
};

}  // namespace

std::optional<Expr> compile(std::string_view text, const SymbolTable& symbols, Location where,
                            DiagnosticEngine& diags) {
  auto syntax_error = [&](const SyntaxError& error) {
    diags.report(DiagKind::ExprSyntax, where.shifted(error.offset, error.length), error.message);
    return std::nullopt;
  };
  std::vector<Token> tokens;
  if (auto error = lex(text, tokens)) return syntax_error(*error);
  SyntaxTree tree;
  if (auto error = parse(text, tokens, tree)) return syntax_error(*error);
  return Binder(text, tree, symbols, where, diags).run();
}

}  // namespace statusc::expr
