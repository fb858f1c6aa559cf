// Evaluation and printing of bound expressions. Both walk the tree without
// recursion: a long `a && b && ...` is a tree as deep as it is long.

#include <array>
#include <vector>

#include "expr/expr.h"

namespace statusc::expr {
namespace {

bool evaluate_into(const Expr& expr, std::span<const std::int64_t> slots, unsigned char* values) {
  const size_t count = static_cast<size_t>(expr.root) + 1;
  // Out-of-range slots read as 0 rather than throwing: evaluate() is noexcept in spirit.
  auto read = [&](int i) {
    return i >= 0 && static_cast<size_t>(i) < slots.size() ? slots[static_cast<size_t>(i)] : std::int64_t{0};
  };
  auto slot = [&](const Node& node) { return read(node.slot); };
  for (size_t i = 0; i < count; ++i) {
    const Node& node = expr.nodes[i];
    auto child = [&](size_t k) { return values[static_cast<size_t>(node.children[k])] != 0; };
    bool result = false;
    switch (node.op) {
      case Op::Literal: result = node.literal; break;
      case Op::BoolRef: result = slot(node) != 0; break;
      case Op::EnumIs: result = slot(node) == node.value; break;
      case Op::EnumIsNot: result = slot(node) != node.value; break;
      case Op::IntCompare:
        result = compare_ints(node.cmp, slot(node), node.slot2 >= 0 ? read(node.slot2) : node.number);
        break;
      case Op::Not: result = !child(0); break;
      case Op::And: result = child(0) && child(1); break;
      case Op::Or: result = child(0) || child(1); break;
      case Op::Implies: result = !child(0) || child(1); break;
      case Op::Equal: result = child(0) == child(1); break;
      case Op::NotEqual: result = child(0) != child(1); break;
      case Op::ExactlyOne:
      case Op::AtMostOne:
      case Op::AtLeastOne: {
        size_t set = 0;
        for (size_t k = 0; k < node.children.size(); ++k) set += child(k) ? 1 : 0;
        result = node.op == Op::ExactlyOne ? set == 1 : node.op == Op::AtMostOne ? set <= 1 : set >= 1;
        break;
      }
    }
    values[i] = result ? 1 : 0;
  }
  return values[count - 1] != 0;
}

// Binding strength, as in the grammar: a higher level binds tighter.
enum Level { kImplies = 1, kOr, kAnd, kUnary, kCompare, kPrimary };

Level level(Op op) {
  switch (op) {
    case Op::Implies: return kImplies;
    case Op::Or: return kOr;
    case Op::And: return kAnd;
    case Op::Not: return kUnary;
    case Op::Equal:
    case Op::NotEqual:
    case Op::EnumIs:
    case Op::EnumIsNot:
    case Op::IntCompare: return kCompare;
    case Op::Literal:
    case Op::BoolRef:
    case Op::ExactlyOne:
    case Op::AtMostOne:
    case Op::AtLeastOne: return kPrimary;
  }
  return kPrimary;
}

bool needs_parens(Op parent, size_t position, Op child) {
  const Level c = level(child);
  switch (parent) {
    // The grammar would read `!a == b` as `!(a == b)`, but few readers
    // would, so a negated comparison keeps its parentheses.
    case Op::Not: return c != kPrimary && c != kUnary;
    case Op::And: return position == 0 ? c < kAnd : c <= kAnd;
    case Op::Or: return position == 0 ? c < kOr : c <= kOr;
    // Right associative: only a left operand that is itself an implication
    // needs parentheses.
    case Op::Implies: return position == 0 ? c <= kImplies : false;
    case Op::Equal:
    case Op::NotEqual: return c != kPrimary;
    default: return false;
  }
}

const char* separator(Op op) {
  switch (op) {
    case Op::And: return " && ";
    case Op::Or: return " || ";
    case Op::Implies: return " -> ";
    case Op::Equal: return " == ";
    case Op::NotEqual: return " != ";
    default: return ", ";
  }
}

const char* prefix(Op op) {
  switch (op) {
    case Op::Not: return "!";
    case Op::ExactlyOne: return "exactly_one(";
    case Op::AtMostOne: return "at_most_one(";
    case Op::AtLeastOne: return "at_least_one(";
    default: return "";
  }
}

bool is_call(Op op) { return op == Op::ExactlyOne || op == Op::AtMostOne || op == Op::AtLeastOne; }

// `!!x` prints as `x`: the same value, and the printed form stays within
// the parser's nesting limit whenever the original did (`!` x 256 around a
// comparison would otherwise print one level deeper, with the comparison's
// parentheses, than it parsed).
int without_double_negation(const Expr& expr, int node) {
  for (;;) {
    const Node& n = expr.nodes[static_cast<size_t>(node)];
    if (n.op != Op::Not) return node;
    const Node& inner = expr.nodes[static_cast<size_t>(n.children[0])];
    if (inner.op != Op::Not) return node;
    node = inner.children[0];
  }
}

}  // namespace

const char* cmp_text(Cmp cmp) {
  switch (cmp) {
    case Cmp::Eq: return "==";
    case Cmp::Ne: return "!=";
    case Cmp::Lt: return "<";
    case Cmp::Le: return "<=";
    case Cmp::Gt: return ">";
    case Cmp::Ge: return ">=";
  }
  return "==";
}

bool compare_ints(Cmp cmp, std::int64_t left, std::int64_t right) {
  switch (cmp) {
    case Cmp::Eq: return left == right;
    case Cmp::Ne: return left != right;
    case Cmp::Lt: return left < right;
    case Cmp::Le: return left <= right;
    case Cmp::Gt: return left > right;
    case Cmp::Ge: return left >= right;
  }
  return false;
}

bool evaluate(const Expr& expr, std::span<const std::int64_t> slots) {
  if (expr.root < 0 || static_cast<size_t>(expr.root) >= expr.nodes.size()) return false;
  // Invariants are small; only unusually large ones pay for an allocation.
  constexpr size_t kInline = 128;
  if (static_cast<size_t>(expr.root) < kInline) {
    std::array<unsigned char, kInline> values;
    return evaluate_into(expr, slots, values.data());
  }
  std::vector<unsigned char> values(static_cast<size_t>(expr.root) + 1);
  return evaluate_into(expr, slots, values.data());
}

std::string to_string(const Expr& expr) {
  if (expr.root < 0 || static_cast<size_t>(expr.root) >= expr.nodes.size()) return {};
  struct Frame {
    int node;
    int next;  // next child to print; -1 before the node's prefix is written
    bool parens;
  };
  std::string out;
  out.reserve(expr.text.size() + 16);
  std::vector<Frame> stack{{without_double_negation(expr, expr.root), -1, false}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const Node& node = expr.nodes[static_cast<size_t>(frame.node)];
    if (frame.next < 0) {
      if (frame.parens) out += '(';
      switch (node.op) {
        case Op::Literal: out += node.literal ? "true" : "false"; break;
        case Op::BoolRef: out += node.name; break;
        case Op::EnumIs:
        case Op::EnumIsNot:
          out += node.name;
          out += node.op == Op::EnumIs ? " == " : " != ";
          out += node.value_name;
          break;
        case Op::IntCompare:
          out += node.name;
          out += ' ';
          out += cmp_text(node.cmp);
          out += ' ';
          out += node.slot2 >= 0 ? node.name2 : std::to_string(node.number);
          break;
        default: out += prefix(node.op); break;
      }
      frame.next = 0;
    }
    const size_t next = static_cast<size_t>(frame.next);
    if (next < node.children.size()) {
      if (next > 0) out += separator(node.op);
      const int child = without_double_negation(expr, node.children[next]);
      const bool parens = needs_parens(node.op, next, expr.nodes[static_cast<size_t>(child)].op);
      ++frame.next;
      stack.push_back({child, -1, parens});  // invalidates `frame`
      continue;
    }
    if (is_call(node.op)) out += ')';
    if (frame.parens) out += ')';
    stack.pop_back();
  }
  return out;
}

}  // namespace statusc::expr
