// Comment text, identifiers, the name table and invariant translation for
// the cpp target (see cpp_support.h).
#include "emit/cpp/support.h"

#include <cctype>

#include "emit/escape.h"
#include "naming/naming.h"

namespace statusc::cpp {

MustacheData doc_lines(std::string_view text, std::size_t width) {
  MustacheData list{MustacheData::type::list};
  if (text.empty()) return list;
  for (const std::string& line : escape::lines(text)) {
    for (const std::string& piece : wrap(line, width)) {
      MustacheData item;
      if (!piece.empty()) put(item, "line", escape::cpp_comment_line(piece));
      append(list, std::move(item));
    }
  }
  return list;
}

bool macro_shaped(std::string_view identifier) {
  int letters = 0;
  for (char c : identifier) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::string type_name(std::string_view upper_camel) {
  std::string out(upper_camel);
  if (macro_shaped(out) || naming::is_cpp_reserved(out)) out += '_';
  return out;
}

std::string enumerator(std::string_view snake) { return type_name(naming::cpp_enumerator(snake)); }

std::string machine_snake(std::string_view machine) {
  std::string out = naming::upper_snake(machine);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string namespace_name(std::string_view ns) {
  std::string out;
  size_t start = 0;
  while (true) {
    size_t sep = ns.find("::", start);
    std::string seg(ns.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start));
    if (naming::is_cpp_reserved(seg)) seg += '_';
    out += seg;
    if (sep == std::string_view::npos) return out;
    out += "::";
    start = sep + 2;
  }
}

bool NameTable::free(const std::string& name, Kind kind, const std::string& parameters) const {
  auto it = entries_.find(name);
  if (it == entries_.end()) return true;
  if (kind != Kind::Function || it->second.exclusive) return false;
  return it->second.overloads.count(parameters) == 0;
}

std::string NameTable::claim(std::string wanted, Kind kind, const std::string& parameters) {
  while (!free(wanted, kind, parameters)) wanted += '_';
  Entry& e = entries_[wanted];
  if (kind == Kind::Function) {
    e.overloads.insert(parameters);
  } else {
    e.exclusive = true;
  }
  return wanted;
}

namespace {

// INT64_MIN cannot be written as a literal; attribute values stay far from it.
std::string int_literal(std::int64_t v) { return "INT64_C(" + std::to_string(v) + ")"; }

std::string translate_node(const expr::Expr& e, int index, const ExprNames& names) {
  const expr::Node& n = e.nodes[static_cast<size_t>(index)];
  auto child = [&](size_t i) { return translate_node(e, n.children[i], names); };
  auto binary = [&](const char* op) { return "(" + child(0) + " " + op + " " + child(1) + ")"; };
  auto count = [&](const char* comparison) {
    std::string sum;
    for (size_t i = 0; i < n.children.size(); ++i) {
      if (i > 0) sum += " + ";
      sum += "static_cast<int>(" + child(i) + ")";
    }
    return "((" + sum + ") " + comparison + ")";
  };
  auto slot = static_cast<size_t>(n.slot);
  switch (n.op) {
    case expr::Op::Literal: return n.literal ? "true" : "false";
    case expr::Op::BoolRef: return names.slot_call.at(slot);
    case expr::Op::EnumIs:
      return "(" + names.slot_call.at(slot) + " == " + names.enum_values.at(slot).at(static_cast<size_t>(n.value)) +
             ")";
    case expr::Op::EnumIsNot:
      return "(" + names.slot_call.at(slot) + " != " + names.enum_values.at(slot).at(static_cast<size_t>(n.value)) +
             ")";
    case expr::Op::IntCompare:
      return "(" + names.slot_call.at(slot) + " " + expr::cmp_text(n.cmp) + " " +
             (n.slot2 >= 0 ? names.slot_call.at(static_cast<size_t>(n.slot2)) : int_literal(n.number)) + ")";
    case expr::Op::Not: return "!" + child(0);
    case expr::Op::And: return binary("&&");
    case expr::Op::Or: return binary("||");
    case expr::Op::Implies: return "(!" + child(0) + " || " + child(1) + ")";
    case expr::Op::Equal: return binary("==");
    case expr::Op::NotEqual: return binary("!=");
    case expr::Op::ExactlyOne: return count("== 1");
    case expr::Op::AtMostOne: return count("<= 1");
    case expr::Op::AtLeastOne: return count(">= 1");
  }
  return "false";
}

}  // namespace

std::string translate(const expr::Expr& e, const ExprNames& names) {
  if (e.root < 0) return "true";
  return translate_node(e, e.root, names);
}

namespace {

// The items between `open` and `close`, on one line when they fit, else
// `per_line` to a line.
std::string list_between(const std::vector<std::string>& items, std::size_t per_line, std::size_t indent,
                         const char* open, const char* close) {
  std::size_t length = 0;
  for (const std::string& item : items) length += item.size() + 2;
  if (items.size() <= per_line && length <= 80) {
    std::string out = open;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += ", ";
      out += items[i];
    }
    return out + close;
  }
  // Appended piece by piece: tables run to thousands of items, and a
  // temporary per item was most of the cost.
  std::string out = open;
  out.reserve(length + (items.size() / per_line + 2) * (indent + 1) + 8);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i % per_line == 0) {
      out += '\n';
      out.append(indent, ' ');
    } else {
      out += ' ';
    }
    out += items[i];
    out += ',';
  }
  out += '\n';
  out.append(indent >= 2 ? indent - 2 : 0, ' ');
  out += close;
  return out;
}

}  // namespace

std::string braced_list(const std::vector<std::string>& items, std::size_t per_line, std::size_t indent) {
  if (items.empty()) return "{}";
  return list_between(items, per_line, indent, "{{", "}}");
}

std::string array_list(const std::vector<std::string>& items, std::size_t per_line, std::size_t indent) {
  if (items.empty()) return "{}";
  return list_between(items, per_line, indent, "{", "}");
}

std::string index_type(std::size_t max) {
  if (max <= 0xFF) return "::std::uint8_t";
  if (max <= 0xFFFF) return "::std::uint16_t";
  return "::std::uint32_t";
}

}  // namespace statusc::cpp
