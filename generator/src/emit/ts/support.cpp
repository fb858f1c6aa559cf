#include "emit/ts/support.h"

#include <algorithm>
#include <utility>

#include "emit/escape.h"
#include "naming/naming.h"

namespace statusc::ts {

// --- names -----------------------------------------------------------------

const std::vector<std::string_view>& NameTable::module_globals() {
  // Globals the generated module refers to (a machine called `Set` must not
  // shadow the Set the guard uses), and the parameter and local names of the
  // generated functions (a top-level name equal to one would be shadowed
  // inside them).
  static const std::vector<std::string_view> names = {
      "Error", "Map", "Set", "Readonly", "ReadonlyMap", "ReadonlySet", "Record",
      "event", "from", "initial", "legacy", "n", "name", "row", "state", "table", "to", "value",
  };
  return names;
}

NameTable::NameTable() {
  for (std::string_view g : module_globals()) used_.emplace(g);
}

std::string NameTable::claim(std::string_view wanted) {
  std::string name = naming::ts_identifier(wanted);
  while (used_.count(name) != 0) name += '_';
  used_.insert(name);
  return name;
}

bool is_identifier_name(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
  });
}

std::string property_key(std::string_view name) {
  if (name == "__proto__") return "[\"__proto__\"]";
  if (is_identifier_name(name) && !naming::is_ts_reserved(name)) return std::string(name);
  return escape::ts_string(name);
}

std::string member(std::string_view object, std::string_view name) {
  std::string out(object);
  if (is_identifier_name(name) && name != "__proto__") return out + "." + std::string(name);
  return out + "[" + escape::ts_string(name) + "]";
}

std::vector<std::string> jsdoc(std::string_view text, std::string_view indent) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  const std::string in(indent);
  const size_t width = 80 > in.size() + 3 + 20 ? 80 - in.size() - 3 : 20;
  std::vector<std::string> lines;
  for (const std::string& line : escape::lines(text))
    for (std::string& piece : wrap(line, width)) lines.push_back(escape::comment_line(piece));
  if (lines.size() == 1 && in.size() + lines[0].size() + 7 <= 100) {
    out.push_back(in + "/** " + lines[0] + " */");
    return out;
  }
  out.push_back(in + "/**");
  for (const std::string& line : lines) out.push_back(line.empty() ? in + " *" : in + " * " + line);
  out.push_back(in + " */");
  return out;
}

ExprContext expr_context(const Machine& machine) {
  ExprContext c;
  for (const Attribute& a : machine.attributes) {
    c.fields.push_back(naming::lower_camel(a.name));
    c.domain.push_back(a.type == AttrType::Enum ? std::max<int>(1, static_cast<int>(a.values.size())) : 2);
  }
  c.domain.push_back(2);  // `initial`
  return c;
}

// --- expressions -------------------------------------------------------------

namespace {

using expr::Node;
using expr::Op;

// JavaScript binding strength; higher binds tighter.
enum Prec { kCond = 2, kOr = 4, kAnd = 5, kEq = 9, kRel = 10, kAdd = 12, kUnary = 15, kPrimary = 20 };

struct Piece {
  std::string text;
  int prec = kPrimary;
};

struct Out {
  Piece pos;
  Piece neg;  // the negation, when it has a nicer form than "!(...)"
  bool has_neg = false;
};

std::string paren(Piece p, int min) { return p.prec >= min ? std::move(p.text) : "(" + p.text + ")"; }

// An operand of `||`: `&&` inside it is parenthesised too, for the reader.
std::string or_operand(Piece p) {
  if (p.prec == kOr || p.prec > kAnd) return std::move(p.text);
  return "(" + p.text + ")";
}

Piece negate(Out&& o) {
  if (o.has_neg) return std::move(o.neg);
  return {"!" + paren(std::move(o.pos), kUnary), kUnary};
}

// Decides where TypeScript's control-flow narrowing would make a comparison
// between two types with no overlap (TS2367), e.g. the second `tone` in
// `row.tone !== "a" || row.tone === "b"`. TypeScript narrowing is sound, so
// a comparison is safe when some assignment of the slots that satisfies the
// conditions guarding it (the left operands of enclosing &&, || and ->)
// makes it go either way; the check enumerates those assignments. Large
// expressions are not analysed: their guarded comparisons are always cast.
class Narrowing {
 public:
  Narrowing(const expr::Expr& e, const ExprContext& c)
      : e_(e), c_(c), parent_(e.nodes.size(), -1), guarded_(e.nodes.size(), false) {
    for (size_t i = 0; i < e.nodes.size(); ++i)
      for (int child : e.nodes[i].children) parent_[static_cast<size_t>(child)] = static_cast<int>(i);
    // Parents follow their children, so a backward pass sees parents first.
    for (size_t i = e.nodes.size(); i-- > 0;) {
      const Node& node = e.nodes[i];
      for (size_t k = 0; k < node.children.size(); ++k) {
        bool right = k > 0 && (node.op == Op::And || node.op == Op::Or || node.op == Op::Implies ||
                               node.op == Op::AtLeastOne);
        guarded_[static_cast<size_t>(node.children[k])] = guarded_[i] || right;
      }
    }
  }

  // Whether node `n` may be negated by its parent (or is the root), so the
  // translation should keep a readable negated form.
  bool negation_wanted(int n) const {
    int p = parent_[static_cast<size_t>(n)];
    if (p < 0) return true;
    const Node& parent = e_.nodes[static_cast<size_t>(p)];
    if (parent.op == Op::Not || parent.op == Op::Equal || parent.op == Op::NotEqual) return true;
    if (parent.op != Op::Implies) return false;
    if (parent.children[0] == n) return true;
    // The right operand of `a -> b` is negated in the negation `a && !b`,
    // unless it is an implication itself (no quadratic chains).
    return e_.nodes[static_cast<size_t>(n)].op != Op::Implies && negation_wanted(p);
  }

  // `ATTR == VALUE` at node `n`: does the attribute need a widening cast?
  bool cast_enum(int n) const {
    if (!guarded_[static_cast<size_t>(n)]) return false;
    if (too_large()) return true;
    std::vector<std::pair<int, bool>> gs = guards(n);
    if (gs.empty()) return false;
    const Node& node = e_.nodes[static_cast<size_t>(n)];
    std::vector<int> vars;
    for (const auto& g : gs) collect_slots(g.first, vars);
    if (std::find(vars.begin(), vars.end(), node.slot) == vars.end()) return false;  // never narrowed
    bool feasible = false;
    enumerate(vars, [&](const std::vector<int>& slots, const std::vector<unsigned char>& values) {
      if (!holds(gs, values)) return true;
      if (slots[static_cast<size_t>(node.slot)] == node.value) {
        feasible = true;
        return false;
      }
      return true;
    });
    return !feasible;
  }

  // `A == B` on bools at node `n`: do the operands need a widening cast?
  bool cast_equal(int n) const {
    if (too_large()) return true;
    std::vector<std::pair<int, bool>> gs = guards(n);
    const Node& node = e_.nodes[static_cast<size_t>(n)];
    std::vector<int> vars;
    for (const auto& g : gs) collect_slots(g.first, vars);
    collect_slots(n, vars);
    const size_t l = static_cast<size_t>(node.children[0]), r = static_cast<size_t>(node.children[1]);
    bool any = false, l_seen[2] = {false, false}, r_seen[2] = {false, false};
    enumerate(vars, [&](const std::vector<int>&, const std::vector<unsigned char>& values) {
      if (!holds(gs, values)) return true;
      any = true;
      l_seen[values[l]] = true;
      r_seen[values[r]] = true;
      return true;
    });
    if (!any) return true;
    bool l_const = l_seen[0] != l_seen[1], r_const = r_seen[0] != r_seen[1];
    return l_const && r_const && l_seen[1] != r_seen[1];
  }

 private:
  static constexpr size_t kMaxNodes = 64;
  static constexpr long kMaxAssignments = 4096;

  // Int comparisons have no small domain to enumerate: guarded comparisons
  // in such an expression are always cast (a widening cast is always safe).
  bool too_large() const {
    return e_.nodes.size() > kMaxNodes ||
           std::any_of(e_.nodes.begin(), e_.nodes.end(), [](const Node& n) { return n.op == Op::IntCompare; });
  }

  // The conditions TypeScript knows to hold when node `n` is evaluated:
  // (node, required truth value) pairs.
  std::vector<std::pair<int, bool>> guards(int n) const {
    std::vector<std::pair<int, bool>> out;
    for (int c = n, p = parent_[static_cast<size_t>(n)]; p >= 0; c = p, p = parent_[static_cast<size_t>(p)]) {
      const Node& parent = e_.nodes[static_cast<size_t>(p)];
      const auto& ch = parent.children;
      switch (parent.op) {
        case Op::And:
        case Op::Implies:
          if (ch[1] == c) out.emplace_back(ch[0], true);
          break;
        case Op::Or:
          if (ch[1] == c) out.emplace_back(ch[0], false);
          break;
        case Op::AtLeastOne:  // emitted as an || chain
          for (int k : ch) {
            if (k == c) break;
            out.emplace_back(k, false);
          }
          break;
        default: break;
      }
    }
    return out;
  }

  void collect_slots(int n, std::vector<int>& out) const {
    std::vector<int> stack{n};
    while (!stack.empty()) {
      const Node& node = e_.nodes[static_cast<size_t>(stack.back())];
      stack.pop_back();
      if (node.op == Op::BoolRef || node.op == Op::EnumIs || node.op == Op::EnumIsNot) {
        if (std::find(out.begin(), out.end(), node.slot) == out.end()) out.push_back(node.slot);
      }
      for (int c : node.children) stack.push_back(c);
    }
  }

  bool holds(const std::vector<std::pair<int, bool>>& gs, const std::vector<unsigned char>& values) const {
    for (const auto& [node, want] : gs)
      if ((values[static_cast<size_t>(node)] != 0) != want) return false;
    return true;
  }

  // Calls fn(slots, node values) for every assignment of `vars` (other
  // slots 0) until it returns false.
  template <typename Fn>
  void enumerate(const std::vector<int>& vars, Fn&& fn) const {
    long total = 1;
    for (int v : vars) {
      total *= c_.domain[static_cast<size_t>(v)];
      if (total > kMaxAssignments) break;
    }
    // Too many to try: fn is never called, and both callers then cast.
    if (total > kMaxAssignments) return;
    std::vector<int> slots(c_.domain.size(), 0);
    std::vector<unsigned char> values(e_.nodes.size(), 0);
    for (long k = 0; k < total; ++k) {
      long rest = k;
      for (int v : vars) {
        int d = c_.domain[static_cast<size_t>(v)];
        slots[static_cast<size_t>(v)] = static_cast<int>(rest % d);
        rest /= d;
      }
      evaluate(slots, values);
      if (!fn(slots, values)) return;
    }
  }

  void evaluate(const std::vector<int>& slots, std::vector<unsigned char>& values) const {
    for (size_t i = 0; i < e_.nodes.size(); ++i) {
      const Node& node = e_.nodes[i];
      auto child = [&](size_t k) { return values[static_cast<size_t>(node.children[k])] != 0; };
      auto slot = [&]() {
        return node.slot >= 0 && static_cast<size_t>(node.slot) < slots.size() ? slots[static_cast<size_t>(node.slot)]
                                                                                : 0;
      };
      bool r = false;
      switch (node.op) {
        case Op::Literal: r = node.literal; break;
        case Op::BoolRef: r = slot() != 0; break;
        case Op::EnumIs: r = slot() == node.value; break;
        case Op::EnumIsNot: r = slot() != node.value; break;
        case Op::IntCompare: r = false; break;  // never enumerated: see too_large()
        case Op::Not: r = !child(0); break;
        case Op::And: r = child(0) && child(1); break;
        case Op::Or: r = child(0) || child(1); break;
        case Op::Implies: r = !child(0) || child(1); break;
        case Op::Equal: r = child(0) == child(1); break;
        case Op::NotEqual: r = child(0) != child(1); break;
        case Op::ExactlyOne:
        case Op::AtMostOne:
        case Op::AtLeastOne: {
          size_t set = 0;
          for (size_t k = 0; k < node.children.size(); ++k) set += child(k) ? 1 : 0;
          r = node.op == Op::ExactlyOne ? set == 1 : node.op == Op::AtMostOne ? set <= 1 : set >= 1;
          break;
        }
      }
      values[i] = r ? 1 : 0;
    }
  }

  const expr::Expr& e_;
  const ExprContext& c_;
  std::vector<int> parent_;
  std::vector<bool> guarded_;  // some enclosing &&, ||, -> evaluates this node conditionally
};

std::string slot_ref(const ExprContext& c, int slot) {
  if (slot >= 0 && static_cast<size_t>(slot) < c.fields.size()) return member(c.row, c.fields[static_cast<size_t>(slot)]);
  return c.initial_name;
}

// Children precede parents, so one pass in index order translates the tree
// without recursion (an invariant can be a very long chain).
Out translate(const expr::Expr& e, const ExprContext& c) {
  Narrowing narrowing(e, c);
  std::vector<Out> outs(e.nodes.size());
  auto take = [&](int i) { return std::move(outs[static_cast<size_t>(i)]); };
  const size_t count = static_cast<size_t>(e.root) + 1;
  for (size_t i = 0; i < count; ++i) {
    const Node& n = e.nodes[i];
    Out o;
    switch (n.op) {
      case Op::Literal:
        o.pos = {n.literal ? "true" : "false", kPrimary};
        o.neg = {n.literal ? "false" : "true", kPrimary};
        o.has_neg = true;
        break;
      case Op::BoolRef: o.pos = {slot_ref(c, n.slot), kPrimary}; break;
      case Op::EnumIs:
      case Op::EnumIsNot: {
        std::string ref = slot_ref(c, n.slot);
        if (narrowing.cast_enum(static_cast<int>(i))) ref = "(" + ref + " as string)";
        std::string value = escape::ts_string(n.value_name);
        bool is = n.op == Op::EnumIs;
        o.pos = {ref + (is ? " === " : " !== ") + value, kEq};
        o.neg = {ref + (is ? " !== " : " === ") + value, kEq};
        o.has_neg = true;
        break;
      }
      case Op::IntCompare: {
        static const char* const kTs[] = {" === ", " !== ", " < ", " <= ", " > ", " >= "};
        static const char* const kNegated[] = {" !== ", " === ", " >= ", " > ", " <= ", " < "};
        const size_t k = static_cast<size_t>(n.cmp);
        std::string right = n.slot2 >= 0 ? slot_ref(c, n.slot2) : std::to_string(n.number);
        if (n.slot2 < 0 && n.number < 0) right = "(" + right + ")";
        const int prec = n.cmp == expr::Cmp::Eq || n.cmp == expr::Cmp::Ne ? kEq : kRel;
        const int neg_prec = k < 2 ? kEq : kRel;
        o.pos = {slot_ref(c, n.slot) + kTs[k] + right, prec};
        o.neg = {slot_ref(c, n.slot) + kNegated[k] + right, neg_prec};
        o.has_neg = true;
        break;
      }
      case Op::Not: {
        Out child = take(n.children[0]);
        if (narrowing.negation_wanted(static_cast<int>(i))) {
          o.neg = child.pos;
          o.has_neg = true;
        }
        o.pos = negate(std::move(child));
        break;
      }
      case Op::And: {
        Out l = take(n.children[0]), r = take(n.children[1]);
        o.pos = {paren(std::move(l.pos), kAnd) + " && " + paren(std::move(r.pos), kAnd), kAnd};
        break;
      }
      case Op::Or: {
        Out l = take(n.children[0]), r = take(n.children[1]);
        o.pos = {or_operand(std::move(l.pos)) + " || " + or_operand(std::move(r.pos)), kOr};
        break;
      }
      case Op::Implies: {
        Out l = take(n.children[0]), r = take(n.children[1]);
        // Its negation reads as the counter-example: `a && !b`. (Only built
        // where it may be used: copying operands at every level of a long
        // `a -> b -> ...` chain would be quadratic.)
        if (narrowing.negation_wanted(static_cast<int>(i))) {
          o.neg = {paren(l.pos, kAnd) + " && " + paren(negate(Out(r)), kAnd), kAnd};
          o.has_neg = true;
        }
        o.pos = {or_operand(negate(std::move(l))) + " || " + or_operand(std::move(r.pos)), kOr};
        break;
      }
      case Op::Equal:
      case Op::NotEqual: {
        const Node& ln = e.nodes[static_cast<size_t>(n.children[0])];
        const Node& rn = e.nodes[static_cast<size_t>(n.children[1])];
        Out l = take(n.children[0]), r = take(n.children[1]);
        bool equal = n.op == Op::Equal;
        // A comparison with a literal folds away: `x == true` is `x`.
        if (ln.op == Op::Literal && rn.op == Op::Literal) {
          bool v = (ln.literal == rn.literal) == equal;
          o.pos = {v ? "true" : "false", kPrimary};
          o.neg = {v ? "false" : "true", kPrimary};
          o.has_neg = true;
          break;
        }
        if (ln.op == Op::Literal || rn.op == Op::Literal) {
          bool lit = ln.op == Op::Literal ? ln.literal : rn.literal;
          Out other = ln.op == Op::Literal ? std::move(r) : std::move(l);
          if (lit == equal) {
            o = std::move(other);
          } else {
            Piece keep = other.pos;
            o.pos = negate(std::move(other));
            o.neg = std::move(keep);
            o.has_neg = true;
          }
          break;
        }
        std::string lt, rt;
        if (narrowing.cast_equal(static_cast<int>(i))) {
          // `x as T` binds like a relational operator.
          lt = "(" + paren(std::move(l.pos), kAdd) + " as boolean)";
          rt = "(" + paren(std::move(r.pos), kAdd) + " as boolean)";
        } else {
          lt = paren(std::move(l.pos), kEq + 1);
          rt = paren(std::move(r.pos), kEq + 1);
        }
        o.pos = {lt + (equal ? " === " : " !== ") + rt, kEq};
        o.neg = {lt + (equal ? " !== " : " === ") + rt, kEq};
        o.has_neg = true;
        break;
      }
      case Op::ExactlyOne:
      case Op::AtMostOne: {
        std::string sum;
        for (size_t k = 0; k < n.children.size(); ++k) {
          Out child = take(n.children[k]);
          if (k > 0) sum += " + ";
          sum += "(" + paren(std::move(child.pos), kEq) + " ? 1 : 0)";
        }
        bool exactly = n.op == Op::ExactlyOne;
        o.pos = {sum + (exactly ? " === 1" : " <= 1"), exactly ? kEq : kRel};
        o.neg = {sum + (exactly ? " !== 1" : " > 1"), exactly ? kEq : kRel};
        o.has_neg = true;
        break;
      }
      case Op::AtLeastOne: {
        if (n.children.size() == 1) {
          o = take(n.children[0]);
          break;
        }
        std::string chain;
        for (size_t k = 0; k < n.children.size(); ++k) {
          if (k > 0) chain += " || ";
          chain += or_operand(take(n.children[k]).pos);
        }
        o.pos = {chain, kOr};
        break;
      }
    }
    outs[i] = std::move(o);
  }
  return take(e.root);
}

}  // namespace

std::string expression(const expr::Expr& e, const ExprContext& context) {
  if (e.root < 0) return "true";
  return translate(e, context).pos.text;
}

std::string negated_expression(const expr::Expr& e, const ExprContext& context) {
  if (e.root < 0) return "false";
  return negate(translate(e, context)).text;
}

bool uses_slot(const expr::Expr& e, int slot) {
  return std::any_of(e.nodes.begin(), e.nodes.end(), [&](const Node& n) {
    return ((n.op == Op::BoolRef || n.op == Op::EnumIs || n.op == Op::EnumIsNot || n.op == Op::IntCompare) &&
            n.slot == slot) ||
           (n.op == Op::IntCompare && n.slot2 == slot);
  });
}

}  // namespace statusc::ts
