// The md target: one Markdown reference per spec, readable on GitHub
// (docs/generated/markdown.md). Every piece of user text goes through
// md::cell (tables, list items) or md::paragraph, both built on escape.h;
// names are identifiers and become code spans. The data keys are listed on
// plan().
#include <functional>
#include <unordered_map>

#include "emit/common.h"
#include "emit/graph.h"
#include "emit/escape.h"
#include "emit/md/text.h"
#include "naming/naming.h"
#include "emit/proto/text.h"

namespace statusc {
namespace {

MustacheData cell(std::string text) {
  MustacheData d;
  put(d, "text", std::move(text));
  return d;
}

// {header, rule, rows: [{cells}]}: one table; the template writes each cell
// ({{.}}) between pipes: a list of strings (text_list), as a table has a
// cell per transition and column.
MustacheData table(std::vector<std::string> header, std::vector<std::string> rule,
                   std::vector<std::vector<std::string>> rows) {
  MustacheData d;
  put(d, "header", text_list(std::move(header)));
  put(d, "rule", text_list(std::move(rule)));
  MustacheData row_list = list_with_capacity(rows.size());
  for (std::vector<std::string>& row : rows) {
    MustacheData r;
    put(r, "cells", text_list(std::move(row)));
    append(row_list, std::move(r));
  }
  put(d, "rows", std::move(row_list));
  return d;
}

// A section that is present only when `text` is not empty ({text}).
void set_text(MustacheData& d, const std::string& key, const std::string& text) {
  if (!text.empty()) put(d, key, cell(text));
}

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

std::string state_code(const Machine& m, int s) { return md::code(m.states[static_cast<size_t>(s)].name); }

std::string value_cell(const Attribute& a, const AttrValue& v) {
  switch (a.type) {
    case AttrType::Bool: return v.as_int != 0 ? "Yes" : "No";
    case AttrType::Enum:
      return v.as_int >= 0 && static_cast<size_t>(v.as_int) < a.values.size()
                 ? md::code(a.values[static_cast<size_t>(v.as_int)])
                 : "";
    case AttrType::String: return md::cell(v.text);
    case AttrType::Int: return std::to_string(v.as_int);
  }
  return "";
}

MustacheData states_table(const Spec& spec, const Machine& m) {
  std::vector<std::string> header{"Value"}, rule{"---"};
  if (spec.targets.proto) {
    header.push_back("Wire name");
    rule.push_back("---");
  }
  header.insert(header.end(), {"Number", "Meaning"});
  rule.insert(rule.end(), {"--:", "---"});
  for (const Attribute& a : m.attributes) {
    header.push_back(md::cell(md::column_label(a.name, a.type == AttrType::Bool)));
    rule.push_back("---");
  }
  std::vector<std::vector<std::string>> rows;
  for (const State& s : m.states) {
    std::vector<std::string> row{md::code(s.name)};
    if (spec.targets.proto) row.push_back(md::code(naming::proto_value(m.proto_prefix, s.name)));
    row.push_back(std::to_string(s.number));
    row.push_back(md::cell(s.description));
    for (size_t i = 0; i < m.attributes.size(); ++i) row.push_back(value_cell(m.attributes[i], s.values[i]));
    rows.push_back(std::move(row));
  }
  return table(std::move(header), std::move(rule), std::move(rows));
}

std::string attribute_line(const Attribute& a) {
  std::string kind;
  switch (a.type) {
    case AttrType::Bool:
      kind = "yes or no";
      if (a.has_default) kind += "; default " + std::string(a.default_int ? "yes" : "no");
      break;
    case AttrType::Enum: {
      std::vector<std::string> values;
      for (const std::string& v : a.values) values.push_back(md::code(v));
      kind = "one of " + joined(values, ", ");
      if (a.has_default && a.default_int >= 0 && static_cast<size_t>(a.default_int) < a.values.size())
        kind += "; default " + md::code(a.values[static_cast<size_t>(a.default_int)]);
      break;
    }
    case AttrType::String:
      kind = "text";
      if (a.has_default) kind += "; default \"" + md::cell(a.default_text) + "\"";
      break;
    case AttrType::Int:
      kind = "integer";
      if (a.has_default) kind += "; default " + std::to_string(a.default_int);
      break;
  }
  if (!a.has_default) kind += "; every state sets it";
  std::string line = "**" + md::cell(md::column_label(a.name, a.type == AttrType::Bool)) + "** (" +
                     md::code(a.name) + ", " + kind + ")";
  if (!a.description.empty()) line += ": " + md::cell(a.description);
  return line;
}

// What makes edges one row of the transitions table: the same `transitions`
// entry (its location) and the same target, event and restore flag.
struct RowKey {
  int line, column, to, event;
  bool restore;
  bool operator==(const RowKey& o) const {
    return line == o.line && column == o.column && to == o.to && event == o.event && restore == o.restore;
  }
};

struct RowKeyHash {
  size_t operator()(const RowKey& k) const {
    size_t h = std::hash<int>()(k.line);
    for (int v : {k.column, k.to, k.event, k.restore ? 1 : 0}) h = h * 1000003u ^ std::hash<int>()(v);
    return h;
  }
};

// The text of one row: sources, target, event, notes. `codes`: each state's
// name as code, spelled once per table rather than once per edge.
std::vector<std::string> transition_row(const Machine& m, const Transition& t, const std::vector<int>& from,
                                        const std::vector<std::string>& codes) {
  std::string sources;
  if (t.override_edge) {
    sources = "any other state, terminal ones included (`*`, override)";
  } else if (t.from_wildcard) {
    sources = m.states[static_cast<size_t>(t.to)].terminal() ? "any non-terminal state (`*`)"
                                                              : "any other non-terminal state (`*`)";
  } else {
    std::vector<std::string> names;
    names.reserve(from.size());
    for (int s : from) names.push_back(codes[static_cast<size_t>(s)]);
    sources = joined(names, ", ");
  }
  std::string event = t.event >= 0 ? md::code(m.events[static_cast<size_t>(t.event)].name) : "—";
  std::vector<std::string> notes;
  if (t.override_edge)
    notes.push_back(m.states[static_cast<size_t>(t.to)].terminal() ? "Override: also from terminal states."
                                                                    : "Override: also from terminal states, which it restores.");
  else if (t.restore) notes.push_back("Restore: leaves a terminal state.");
  if (!t.description.empty()) notes.push_back(md::cell(t.description));
  return {std::move(sources), codes[static_cast<size_t>(t.to)], std::move(event), joined(notes, " ")};
}

// Rows of the transitions table: the edges of one `transitions` entry that
// share a target are one row, so `from: [a, b]` and `from: "*"` read as
// written. Rows keep the order of their first edge; a hash map finds the
// row of each edge, so this is linear in the number of edges.
MustacheData transitions_table(const Machine& m) {
  struct Row {
    const Transition* first;
    std::vector<int> from;
  };
  std::vector<Row> rows;
  std::unordered_map<RowKey, size_t, RowKeyHash> row_of;
  row_of.reserve(m.transitions.size());
  for (const Transition& t : m.transitions) {
    // An override's restore edges are part of its one row.
    RowKey key{t.loc.line, t.loc.column, t.to, t.event, t.restore && !t.override_edge};
    auto [it, fresh] = row_of.emplace(key, rows.size());
    if (fresh) rows.push_back({&t, {}});
    rows[it->second].from.push_back(t.from);
  }
  std::vector<std::string> codes;
  codes.reserve(m.states.size());
  for (const State& s : m.states) codes.push_back(md::code(s.name));
  std::vector<std::vector<std::string>> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(transition_row(m, *r.first, r.from, codes));
  return table({"From", "To", "Event", "Notes"}, {"---", "---", "---", "---"}, std::move(out));
}

MustacheData diagram(const Machine& m) {
  return list_of(graph::mermaid_lines(m), [](const std::string& l) {
    MustacheData d;
    put(d, "line", l);
    return d;
  });
}

// Earlier names: renamed states (same number), then removed ones, each
// followed by the names it had before it was removed.
MustacheData migrations_table(const Spec& spec, const Machine& m) {
  std::vector<std::string> header{"Earlier value"}, rule{"---"};
  if (spec.targets.proto) {
    header.push_back("Wire name");
    rule.push_back("---");
  }
  header.insert(header.end(), {"Number", "Change", "Reads as", "Notes"});
  rule.insert(rule.end(), {"--:", "---", "---", "---"});
  std::vector<std::vector<std::string>> rows;
  auto add = [&](const std::string& name, int number, std::string change, std::string target, std::string notes) {
    std::vector<std::string> row{md::code(name)};
    if (spec.targets.proto) row.push_back(md::code(naming::proto_value(m.proto_prefix, name)));
    row.insert(row.end(), {std::to_string(number), std::move(change), std::move(target), std::move(notes)});
    rows.push_back(std::move(row));
  };
  for (size_t s = 0; s < m.states.size(); ++s)
    for (const std::string& old : m.states[s].renamed_from)
      add(old, m.states[s].number,
          naming::word_key(old) == naming::word_key(m.states[s].name) ? "respelled (earlier spelling)"
                                                                      : "renamed (deprecated name)",
          state_code(m, static_cast<int>(s)), "");
  for (const Removed& r : m.removed) {
    const std::string target = r.replaced_by >= 0 ? state_code(m, r.replaced_by) : "— (no replacement)";
    add(r.name, r.number, "removed", target, md::cell(r.description));
    // The state's names before it was removed, right after it.
    for (const std::string& old : r.renamed_from)
      add(old, r.number,
          (naming::word_key(old) == naming::word_key(r.name) ? "removed (earlier spelling of " : "removed (earlier name of ") +
              md::code(r.name) + ")",
          target, "");
  }
  return table(std::move(header), std::move(rule), std::move(rows));
}

bool has_migrations(const Machine& m) {
  if (!m.removed.empty()) return true;
  for (const State& s : m.states)
    if (!s.renamed_from.empty()) return true;
  return false;
}

std::string capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string invariant_line(const Invariant& inv) {
  std::string words = md::prose(inv.expr);
  std::string line = inv.name.empty() ? capitalized(words) : md::code(inv.name) + ": " + words;
  line += " (" + md::expression_code(expr::to_string(inv.expr)) + ").";
  if (!inv.description.empty()) line += " " + md::cell(inv.description);
  return line;
}

MustacheData lines_of(const std::vector<std::string>& lines) {
  return list_of(lines, [](const std::string& l) {
    MustacheData d;
    put(d, "line", l);
    return d;
  });
}

// {items: [{line}]}: a section with a heading once and then its lines.
MustacheData items_of(const std::vector<std::string>& lines) {
  MustacheData d;
  put(d, "items", lines_of(lines));
  return d;
}

MustacheData machine_data(const EmitContext& context, const Machine& m, md::Anchors& anchors) {
  const Spec& spec = context.spec;
  MustacheData d;
  put(d, "name", m.name);
  anchors.add(m.name);
  set_text(d, "description", md::paragraph(m.description));
  if (spec.targets.proto) {
    MustacheData p;
    put(p, "full_name", md::code(spec.targets.proto_package + "." + m.name));
    put(p, "zero", md::code(m.proto_prefix + "_UNSPECIFIED"));
    put(p, "path", md::code(proto::file_path(spec, context.stem)));
    put(d, "proto", std::move(p));
  }

  anchors.add("States");
  put(d, "states", states_table(spec, m));
  std::vector<std::string> facts;
  if (!m.initial.empty()) {
    std::vector<std::string> names;
    for (int s : m.initial) names.push_back(state_code(m, s));
    facts.push_back(std::string(names.size() == 1 ? "Initial state: " : "Initial states: ") + joined(names, ", "));
  }
  std::vector<std::string> terminal;
  for (size_t s = 0; s < m.states.size(); ++s)
    if (m.states[s].terminal()) terminal.push_back(state_code(m, static_cast<int>(s)));
  facts.push_back(terminal.empty() ? "Terminal states: none"
                                   : std::string(terminal.size() == 1 ? "Terminal state: " : "Terminal states: ") +
                                         joined(terminal, ", "));
  put(d, "facts", lines_of(facts));

  std::vector<std::string> attributes;
  for (const Attribute& a : m.attributes)
    if (!a.builtin) attributes.push_back(attribute_line(a));
  if (!attributes.empty()) {
    anchors.add("Attributes");
    put(d, "attributes", items_of(attributes));
  }

  anchors.add("Transitions");
  if (m.has_transitions) {
    MustacheData t;
    put(t, "table", transitions_table(m));
    put(t, "diagram", diagram(m));
    put(d, "transitions", std::move(t));
  } else {
    set_text(d, "vocabulary", md::code(m.name) + " is a vocabulary: a set of values without transitions.");
  }

  if (has_migrations(m)) {
    anchors.add("Migrations");
    put(d, "migrations", migrations_table(spec, m));
  }
  if (!m.invariants.empty()) {
    anchors.add("Invariants");
    std::vector<std::string> lines;
    for (const Invariant& inv : m.invariants) lines.push_back(invariant_line(inv));
    put(d, "invariants", items_of(lines));
  }
  return d;
}

// The spec path inside `<!-- ... -->`: comment-escaped, and with `<` and
// `>` as entities so no `-->` can close the comment early.
std::string html_comment_text(std::string_view text) {
  std::string out;
  for (char c : escape::comment_line(text)) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

class MdEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "md"; }
  std::string_view spec_key() const override { return "markdown"; }
  std::string_view description() const override {
    return "A Markdown reference (<stem>.md): every state, attribute and transition, with a state diagram.";
  }

  // Keys, besides base_data's: md_spec_path, title, description {text},
  // toc {items [{name, anchor}]}, machines [{name, description {text}, proto
  // {full_name, zero, path}, states TABLE, facts [{line}], attributes {items
  // [{line}]}, transitions {table TABLE, diagram [{line}]}, vocabulary
  // {text}, migrations TABLE, invariants {items [{line}]}}], where TABLE is {header [text],
  // rule [text], rows [{cells [text]}]}. Optional sections are absent,
  // never empty, so a template can test them with {{#key}}.
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    const Spec& spec = context.spec;
    MustacheData data = base_data(context);
    put(data, "md_spec_path", html_comment_text(context.spec_path));
    std::string title = "Status reference: " + md::code(spec.package);
    put(data, "title", title);
    md::Anchors anchors;
    anchors.add(title);
    set_text(data, "description", md::paragraph(spec.description));
    MustacheData machines = list_with_capacity(spec.machines.size());
    MustacheData toc_items = list_with_capacity(spec.machines.size());
    for (const Machine& m : spec.machines) {
      MustacheData entry;
      put(entry, "name", m.name);
      // The machine's own heading is added to `anchors` in machine_data;
      // predict its anchor the same way before that.
      md::Anchors probe = anchors;
      put(entry, "anchor", probe.add(m.name));
      append(toc_items, std::move(entry));
      append(machines, machine_data(context, m, anchors));
    }
    if (spec.machines.size() > 1) {
      MustacheData toc;
      put(toc, "items", std::move(toc_items));
      put(data, "toc", std::move(toc));
    }
    put(data, "machines", std::move(machines));
    return single_job("md/reference.md.mustache", context.stem + ".md", std::move(data));
  }
};

}  // namespace

const Emitter& md_emitter() {
  static const MdEmitter emitter;
  return emitter;
}

}  // namespace statusc
