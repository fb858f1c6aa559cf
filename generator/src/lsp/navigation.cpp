// Go to definition, find references, rename and the document outline.
#include <algorithm>
#include <cctype>

#include "lsp/features.h"

namespace statusc::lsp {
namespace {

json location_of(const Context& ctx, const Occurrence& o) { return ctx.location(o.line, o.column, o.length); }

bool renamable(SymKind kind) {
  return kind == SymKind::State || kind == SymKind::Attribute || kind == SymKind::Event || kind == SymKind::EnumValue;
}

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

json insert_at(const Context& ctx, int line, int column, const std::string& text) {
  return {{"range", ctx.range(line, column, 0)}, {"newText", text}};
}

// The edit that adds `old_name` to the state's `renamed_from`, written in
// the style the state already uses (flow `{...}`, block, or no value).
std::optional<json> keep_old_name_edit(const Context& ctx, const RawState& state, const Occurrence& key,
                                        const std::string& old_name) {
  const SourceFile& file = ctx.file();
  if (!state.renamed_from.empty()) {
    const LString& last = state.renamed_from.back();
    int column = 0, length = 0;
    name_span(file, last.loc, last.value, column, length);
    std::string_view line = file.line_text(last.loc.line);
    std::string_view before = line.substr(0, static_cast<size_t>(std::min<int>(column, static_cast<int>(line.size()))));
    while (!before.empty() && (before.back() == ' ' || before.back() == '"' || before.back() == '\'')) before.remove_suffix(1);
    int end = column + length;
    if (static_cast<size_t>(end) < line.size() && (line[static_cast<size_t>(end)] == '"' || line[static_cast<size_t>(end)] == '\'')) ++end;
    if (!before.empty() && (before.back() == '[' || before.back() == ','))
      return insert_at(ctx, last.loc.line, end, ", " + old_name);
    if (!before.empty() && before.back() == '-')
      return insert_at(ctx, last.loc.line + 1, 0,
                       std::string(static_cast<size_t>(before.size() - 1), ' ') + "- " + old_name + "\n");
    return json{{"range", ctx.range(last.loc.line, column, end - column)}, {"newText", "[" + last.value + ", " + old_name + "]"}};
  }
  return add_mapping_entry(ctx, key.line, key.column + key.length, "renamed_from: [" + old_name + "]");
}

}  // namespace

std::optional<json> add_mapping_entry(const Context& ctx, int key_line, int key_end, const std::string& entry) {
  const SourceFile& file = ctx.file();
  std::string_view line = file.line_text(key_line);
  size_t colon = line.find(':', static_cast<size_t>(std::min<int>(key_end, static_cast<int>(line.size()))));
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view rest = trim_left(line.substr(colon + 1));
  int rest_column = static_cast<int>(line.size() - rest.size());
  if (rest.substr(0, 2) == "{}") return json{{"range", ctx.range(key_line, rest_column, 2)}, {"newText", "{ " + entry + " }"}};
  if (!rest.empty() && rest[0] == '{') return insert_at(ctx, key_line, rest_column + 1, " " + entry + ",");
  if (!rest.empty() && rest[0] != '#') return std::nullopt;
  for (int l = key_line + 1; l < file.line_count(); ++l) {
    std::string_view next = file.line_text(l);
    std::string_view content = trim_left(next);
    if (content.empty() || content[0] == '#') continue;
    int indent = indentation(next);
    if (indent > indentation(line)) return insert_at(ctx, l, 0, std::string(static_cast<size_t>(indent), ' ') + entry + "\n");
    break;
  }
  return insert_at(ctx, key_line, static_cast<int>(colon) + 1, " { " + entry + " }");
}

namespace {

json symbol(const std::string& name, const std::string& detail, int kind, const json& range, json children = json::array()) {
  json s = {{"name", name.empty() ? "?" : name}, {"kind", kind}, {"range", range}, {"selectionRange", range}};
  if (!detail.empty()) s["detail"] = detail;
  if (!children.empty()) s["children"] = std::move(children);
  return s;
}

std::string joined(const std::vector<LString>& names, bool wildcard) {
  if (wildcard) return "*";
  std::string text;
  for (const LString& n : names) text += (text.empty() ? "" : ", ") + n.value;
  return text;
}

}  // namespace

bool is_plain_name(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

json definition(const Context& ctx, const json& params) {
  const Occurrence* o = ctx.occurrence_at(params);
  if (o == nullptr) return nullptr;
  const Occurrence* def = ctx.analysis.index.definition_of(o->key);
  return def == nullptr ? json(nullptr) : location_of(ctx, *def);
}

json references(const Context& ctx, const json& params) {
  const Occurrence* o = ctx.occurrence_at(params);
  if (o == nullptr) return nullptr;
  bool include_declaration = params.value("context", json::object()).value("includeDeclaration", true);
  json list = json::array();
  for (const Occurrence* r : ctx.analysis.index.all_of(o->key))
    if (include_declaration || !r->definition) list.push_back(location_of(ctx, *r));
  return list;
}

json prepare_rename(const Context& ctx, const json& params) {
  const Occurrence* o = ctx.occurrence_at(params);
  if (o == nullptr || !renamable(o->key.kind)) return nullptr;
  return {{"range", ctx.range(o->line, o->column, o->length)}, {"placeholder", o->key.name}};
}

json rename(const Context& ctx, const json& params, std::string& error) {
  const Occurrence* o = ctx.occurrence_at(params);
  if (o == nullptr || !renamable(o->key.kind)) {
    error = "there is no state, attribute, event or enum value here to rename";
    return nullptr;
  }
  std::string new_name = params.value("newName", "");
  if (!is_plain_name(new_name)) {
    error = "'" + new_name + "' is not a name: use letters, digits and '_', not starting with a digit";
    return nullptr;
  }
  json edits = json::array();
  SymbolKey key = o->key;
  for (const Occurrence* r : ctx.analysis.index.all_of(key))
    edits.push_back({{"range", ctx.range(r->line, r->column, r->length)}, {"newText", new_name}});
  // Stored data may hold the old name of a state: keep it readable.
  if (key.kind == SymKind::State && ctx.rename_keeps_old_name && new_name != key.name) {
    const RawMachine* m = ctx.analysis.raw_machine(key.machine);
    const Occurrence* def = ctx.analysis.index.definition_of(key);
    if (m != nullptr && def != nullptr) {
      for (const RawState& s : m->states) {
        if (s.name.value != key.name) continue;
        bool already = std::any_of(s.renamed_from.begin(), s.renamed_from.end(),
                                   [&](const LString& e) { return e.value == key.name; });
        if (!already)
          if (auto edit = keep_old_name_edit(ctx, s, *def, key.name)) edits.push_back(std::move(*edit));
        break;
      }
    }
  }
  return {{"changes", {{ctx.uri, std::move(edits)}}}};
}

json document_symbols(const Context& ctx) {
  enum Kind { Class = 5, Property = 7, Field = 8, Enum = 10, Boolean = 17, EnumMember = 22, Event = 24 };
  json machines = json::array();
  if (!ctx.analysis.raw) return machines;
  const SourceFile& file = ctx.file();
  auto name_range = [&](const LString& n) {
    int column = 0, length = 0;
    name_span(file, n.loc, n.value, column, length);
    return ctx.range(n.loc.line, column, length);
  };
  auto line_range = [&](const Location& loc) {
    int line = std::max(loc.line, 0);
    int column = std::max(loc.column, 0);
    return ctx.range(line, column, static_cast<int>(file.line_text(line).size()) - column);
  };
  for (const RawMachine& m : ctx.analysis.raw->machines) {
    json children = json::array();
    int last_line = m.name.loc.line;
    for (const RawAttribute& a : m.attributes) {
      json values = json::array();
      for (const LString& v : a.values) values.push_back(symbol(v.value, "", EnumMember, name_range(v)));
      children.push_back(symbol(a.name.value, a.type.value, a.type.value == "enum" ? Enum : Property,
                                name_range(a.name), std::move(values)));
      last_line = std::max(last_line, a.name.loc.line);
    }
    for (const RawState& s : m.states) {
      std::string detail = "state";
      if (s.number) detail += " " + std::to_string(s.number->value);
      children.push_back(symbol(s.name.value, detail, EnumMember, name_range(s.name)));
      last_line = std::max(last_line, s.name.loc.line);
    }
    for (const RawTransition& t : m.transitions) {
      std::string name = joined(t.from, t.from_wildcard) + " -> " + joined(t.to, t.to_wildcard);
      children.push_back(symbol(name, t.on ? "on " + t.on->value : "", Event, line_range(t.loc)));
      last_line = std::max(last_line, t.loc.line);
    }
    for (const RawInvariant& inv : m.invariants) {
      std::string name = inv.name ? inv.name->value : inv.assert_text.value;
      children.push_back(symbol(name, inv.name ? inv.assert_text.value : "invariant", Boolean, line_range(inv.loc)));
      last_line = std::max(last_line, inv.loc.line);
    }
    for (const RawRemoved& r : m.removed) {
      children.push_back(symbol(r.name.value, "removed", Field, name_range(r.name)));
      last_line = std::max(last_line, r.name.loc.line);
    }
    json whole = {{"start", position(file, m.name.loc.line, 0, ctx.encoding)},
                  {"end", position(file, last_line, static_cast<int>(file.line_text(last_line).size()), ctx.encoding)}};
    json machine = symbol(m.name.value, "machine", Class, whole, std::move(children));
    machine["selectionRange"] = name_range(m.name);
    machines.push_back(std::move(machine));
  }
  return machines;
}

}  // namespace statusc::lsp
