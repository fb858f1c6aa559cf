#include "emit/md/text.h"

#include <vector>

#include "emit/escape.h"

namespace statusc::md {
namespace {

using expr::Node;
using expr::Op;

bool digit(char c) { return c >= '0' && c <= '9'; }

// Escapes what would make a line start a block: a list item (`-`, `+`,
// `1.`, `1)`), a setext underline or thematic break (`=`, `-`). `*`, `#`,
// `>` and backticks are already escaped by escape::markdown_text.
std::string guard_line_start(std::string line) {
  if (line.empty()) return line;
  if (line[0] == '-' || line[0] == '+' || line[0] == '=') return "\\" + line;
  size_t i = 0;
  while (i < line.size() && digit(line[i])) ++i;
  if (i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')')) line.insert(i, "\\");
  return line;
}

// `{{` and `{%` open Liquid tags when GitHub Pages (Jekyll) publishes the
// file; an entity renders the same and opens nothing.
std::string defuse_liquid(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '{') out += "&#123;";
    else out += c;
  }
  return out;
}

bool is_comparison_leaf(Op op) {
  return op == Op::Literal || op == Op::BoolRef || op == Op::EnumIs || op == Op::EnumIsNot || op == Op::IntCompare;
}

// `http_status` "is at least" `400`, and its negation.
const char* int_comparison_words(expr::Cmp cmp, bool negated) {
  using expr::Cmp;
  switch (cmp) {
    case Cmp::Eq: return negated ? " is not " : " is ";
    case Cmp::Ne: return negated ? " is " : " is not ";
    case Cmp::Lt: return negated ? " is at least " : " is less than ";
    case Cmp::Le: return negated ? " is greater than " : " is at most ";
    case Cmp::Gt: return negated ? " is at most " : " is greater than ";
    case Cmp::Ge: return negated ? " is less than " : " is at least ";
  }
  return " is ";
}

// Reads as one unit anywhere: a name, a comparison, or `not` of one.
bool leafish(const expr::Expr& e, const Node& n) {
  if (is_comparison_leaf(n.op)) return true;
  return n.op == Op::Not && is_comparison_leaf(e.nodes[static_cast<size_t>(n.children[0])].op);
}

bool needs_parens(const expr::Expr& e, Op parent, const Node& child) {
  // `not (...)` brings its own parentheses.
  if (leafish(e, child) || child.op == Op::Not) return false;
  switch (parent) {
    case Op::And: return child.op != Op::And;
    case Op::Or: return child.op != Op::Or;
    case Op::Implies: return child.op == Op::Implies || child.op == Op::Equal || child.op == Op::NotEqual;
    default: return true;  // Not, Equal and the "one of" lists
  }
}

std::string leaf(const Node& n, bool negated) {
  switch (n.op) {
    case Op::Literal: return code((n.literal != negated) ? "true" : "false");
    case Op::BoolRef: return (negated ? "not " : "") + code(n.name);
    case Op::EnumIs: return code(n.name) + (negated ? " is not " : " is ") + code(n.value_name);
    case Op::EnumIsNot: return code(n.name) + (negated ? " is " : " is not ") + code(n.value_name);
    case Op::IntCompare:
      return code(n.name) + int_comparison_words(n.cmp, negated) +
             code(n.slot2 >= 0 ? n.name2 : std::to_string(n.number));
    default: return {};
  }
}

const char* opening(Op op) {
  switch (op) {
    case Op::Not: return "not ";
    case Op::Implies: return "if ";
    case Op::ExactlyOne:
    case Op::NotEqual: return "exactly one of ";
    case Op::AtMostOne: return "at most one of ";
    case Op::AtLeastOne: return "at least one of ";
    default: return "";
  }
}

std::string separator(Op op, size_t index, size_t count) {
  switch (op) {
    case Op::And: return " and ";
    case Op::Or: return " or ";
    case Op::Implies: return " then ";
    case Op::Equal: return " exactly when ";
    default: return index + 1 == count ? " and " : ", ";  // the "one of" lists
  }
}

}  // namespace

std::string cell(std::string_view text) {
  // Blank lines around the text and blanks at line ends would only show as
  // stray <br> and spaces.
  std::vector<std::string> lines = escape::lines(text);
  for (std::string& l : lines) l.erase(l.find_last_not_of(" \t") + 1);
  size_t first = 0, last = lines.size();
  while (first < last && lines[first].empty()) ++first;
  while (last > first && lines[last - 1].empty()) --last;
  std::string joined;
  for (size_t i = first; i < last; ++i) joined += (i > first ? "\n" : "") + lines[i];
  return defuse_liquid(escape::markdown_cell(joined));
}

std::string paragraph(std::string_view text) {
  std::string out;
  bool blank_pending = false;
  for (const std::string& raw : escape::lines(text)) {
    size_t b = raw.find_first_not_of(" \t");
    size_t e = raw.find_last_not_of(" \t");
    if (b == std::string::npos) {
      blank_pending = !out.empty();
      continue;
    }
    if (!out.empty()) out += blank_pending ? "\n\n" : "\n";
    blank_pending = false;
    out += guard_line_start(defuse_liquid(escape::markdown_text(std::string_view(raw).substr(b, e - b + 1))));
  }
  return out;
}

std::string code(std::string_view name) {
  bool plain = !name.empty();
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || digit(c) || c == '_' || c == '.' || c == ':' ||
              c == '/' || c == '-';
    plain = plain && ok;
  }
  return plain ? "`" + std::string(name) + "`" : cell(name);
}

std::string expression_code(std::string_view text) {
  bool plain = !text.empty();
  for (char c : text) plain = plain && c >= 0x20 && c < 0x7F && c != '`';
  return plain ? "`" + std::string(text) + "`" : cell(text);
}

std::string column_label(std::string_view attribute, bool is_bool) {
  std::string out(attribute);
  for (char& c : out)
    if (c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return is_bool ? out + "?" : out;
}

std::string Anchors::add(std::string_view heading) {
  std::string slug;
  for (char c : heading) {
    if (c >= 'A' && c <= 'Z') slug += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || digit(c) || c == '_' || c == '-') slug += c;
    else if (c == ' ') slug += '-';
  }
  // github-slugger: a repeated slug gets -1, -2, ...; the suffixed form is
  // then taken too.
  std::string result = slug;
  while (seen_.count(result) != 0) result = slug + "-" + std::to_string(++seen_[slug]);
  seen_.emplace(result, 0);
  return result;
}

std::string prose(const expr::Expr& e) {
  if (e.root < 0 || static_cast<size_t>(e.root) >= e.nodes.size()) return {};
  struct Frame {
    int node;
    size_t next;  // next child to write; SIZE_MAX before the node's opening
    bool parens;
  };
  constexpr size_t kFresh = static_cast<size_t>(-1);
  std::string out;
  std::vector<Frame> stack{{e.root, kFresh, false}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const Node& node = e.nodes[static_cast<size_t>(frame.node)];
    if (frame.next == kFresh) {
      if (frame.parens) out += '(';
      if (leafish(e, node)) {
        bool negated = node.op == Op::Not;
        out += leaf(negated ? e.nodes[static_cast<size_t>(node.children[0])] : node, negated);
        if (frame.parens) out += ')';
        stack.pop_back();
        continue;
      }
      out += opening(node.op);
      frame.next = 0;
    }
    if (frame.next < node.children.size()) {
      if (frame.next > 0) out += separator(node.op, frame.next, node.children.size());
      const Node& child = e.nodes[static_cast<size_t>(node.children[frame.next])];
      bool parens = node.op == Op::Not || needs_parens(e, node.op, child);
      int child_index = node.children[frame.next];
      ++frame.next;
      stack.push_back({child_index, kFresh, parens});  // invalidates `frame`
      continue;
    }
    if (frame.parens) out += ')';
    stack.pop_back();
  }
  return out;
}

}  // namespace statusc::md
