// Quick fixes for the diagnostics the client sends back: the compiler's own
// fix-its (quote a value that YAML split), apply a "did you mean", add a
// missing attribute, add `restore: true`, and add a `removed:` entry for a
// state that the breaking-change check found gone.
#include <algorithm>

#include "lsp/features.h"

namespace statusc::lsp {
namespace {

// The text between `open` and the next `close` after it, or "".
std::string between(const std::string& text, const std::string& open, const std::string& close) {
  size_t start = text.find(open);
  if (start == std::string::npos) return {};
  start += open.size();
  size_t end = text.find(close, start);
  return end == std::string::npos ? std::string() : text.substr(start, end - start);
}

json quickfix(const Context& ctx, const std::string& title, const json& diagnostic, json edits, bool preferred) {
  return {{"title", title},
          {"kind", "quickfix"},
          {"diagnostics", json::array({diagnostic})},
          {"isPreferred", preferred},
          {"edit", {{"changes", {{ctx.uri, std::move(edits)}}}}}};
}

const RawMachine* machine_at_line(const Analysis& a, int line) {
  const RawMachine* found = nullptr;
  if (a.raw)
    for (const RawMachine& m : a.raw->machines)
      if (m.name.loc.line <= line) found = &m;
  return found;
}

std::string placeholder(const RawAttribute& a) {
  if (a.type.value == "enum") return a.values.empty() ? "TODO" : a.values.front().value;
  if (a.type.value == "int") return "0";
  if (a.type.value == "string") return "\"\"";
  return "false";
}

std::optional<json> missing_attribute(const Context& ctx, const json& diagnostic, const std::string& message) {
  std::string state = between(message, "state '", "'");
  std::string attribute = between(message, "does not set '", "'");
  int line = diagnostic["range"]["start"].value("line", -1);
  const RawMachine* m = machine_at_line(ctx.analysis, line);
  if (m == nullptr || state.empty()) return std::nullopt;
  auto attr = std::find_if(m->attributes.begin(), m->attributes.end(), [&](const RawAttribute& a) { return a.name.value == attribute; });
  const Occurrence* def = ctx.analysis.index.definition_of({SymKind::State, m->name.value, "", state});
  if (attr == m->attributes.end() || def == nullptr) return std::nullopt;
  auto edit = add_mapping_entry(ctx, def->line, def->column + def->length, attribute + ": " + placeholder(*attr));
  if (!edit) return std::nullopt;
  return quickfix(ctx, "Add '" + attribute + ": " + placeholder(*attr) + "' to '" + state + "'", diagnostic,
                  json::array({*edit}), false);
}

std::optional<json> add_restore(const Context& ctx, const json& diagnostic) {
  int line = diagnostic["range"]["start"].value("line", -1);
  const RawMachine* m = machine_at_line(ctx.analysis, line);
  if (m == nullptr) return std::nullopt;
  for (const RawTransition& t : m->transitions) {
    if (t.to_loc.line != line || !t.loc.has_position()) continue;
    std::string_view item = ctx.file().line_text(t.loc.line);
    json edit;
    if (static_cast<size_t>(t.loc.column) < item.size() && item[static_cast<size_t>(t.loc.column)] == '{') {
      edit = {{"range", ctx.range(t.loc.line, t.loc.column + 1, 0)}, {"newText", " restore: true,"}};
    } else {
      edit = {{"range", ctx.range(t.to_loc.line + 1, 0, 0)},
              {"newText", std::string(static_cast<size_t>(t.loc.column), ' ') + "restore: true\n"}};
    }
    return quickfix(ctx, "Add 'restore: true' to this transition", diagnostic, json::array({edit}), true);
  }
  return std::nullopt;
}

// `statusc diff` says "add 'NAME: {number: N}' under 'removed:'".
std::optional<json> add_removed(const Context& ctx, const json& diagnostic, const std::string& message) {
  std::string entry = between(message, "add '", "' under 'removed:'");
  std::string machine = diagnostic.value("data", json::object()).value("machine", "");
  if (entry.empty() || !ctx.analysis.raw) return std::nullopt;
  const RawMachine* m = ctx.analysis.raw_machine(machine);
  if (m == nullptr) return std::nullopt;
  const SourceFile& file = ctx.file();
  json edit;
  if (!m->removed.empty() && m->removed.front().name.loc.has_position()) {
    const Location& first = m->removed.front().name.loc;
    edit = {{"range", ctx.range(first.line, 0, 0)}, {"newText", std::string(static_cast<size_t>(first.column), ' ') + entry + "\n"}};
  } else {
    // A new `removed:` section at the end of the machine, indented like its others.
    int machine_indent = indentation(file.line_text(m->name.loc.line));
    int section_indent = machine_indent + 2;
    int end = file.line_count();
    bool found_section = false;
    for (int l = m->name.loc.line + 1; l < file.line_count(); ++l) {
      std::string_view text = file.line_text(l);
      if (text.find_first_not_of(" \t") == std::string_view::npos || text[static_cast<size_t>(indentation(text))] == '#') continue;
      if (indentation(text) <= machine_indent) {
        end = l;
        break;
      }
      if (!found_section) section_indent = indentation(text), found_section = true;
    }
    // Past trailing blank lines, so the section joins its machine.
    while (end > m->name.loc.line + 1 && file.line_text(end - 1).find_first_not_of(" \t") == std::string_view::npos) --end;
    std::string pad(static_cast<size_t>(section_indent), ' ');
    std::string text = pad + "removed:\n" + pad + "  " + entry + "\n";
    if (end >= file.line_count()) {
      int last = file.line_count() - 1;
      edit = {{"range", ctx.range(last, static_cast<int>(file.line_text(last).size()), 0)},
              {"newText", (file.line_text(last).empty() ? "" : "\n") + text}};
    } else {
      edit = {{"range", ctx.range(end, 0, 0)}, {"newText", text}};
    }
  }
  return quickfix(ctx, "Add '" + entry + "' under 'removed:'", diagnostic, json::array({edit}), true);
}

// The fix-its of the analysis's diagnostics that are `diagnostic` (same code,
// same range): the client's copy carries no edit, the compiler's does.
std::vector<json> fix_its(const Context& ctx, const json& diagnostic, const std::string& code) {
  std::vector<json> fixes;
  for (const Diagnostic& d : ctx.analysis.diags.diagnostics()) {
    if (!d.fix || kind_info(d.kind).code != code || range_of(ctx.file(), d.loc, ctx.encoding) != diagnostic["range"])
      continue;
    int begin_line = 0, begin_column = 0, end_line = 0, end_column = 0;
    ctx.file().position_of(d.fix->begin, begin_line, begin_column);
    ctx.file().position_of(d.fix->end, end_line, end_column);
    json range = {{"start", position(ctx.file(), begin_line, begin_column, ctx.encoding)},
                  {"end", position(ctx.file(), end_line, end_column, ctx.encoding)}};
    fixes.push_back(quickfix(ctx, d.fix->title, diagnostic, json::array({{{"range", range}, {"newText", d.fix->text}}}), true));
  }
  return fixes;
}

}  // namespace

json code_actions(const Context& ctx, const json& params) {
  json actions = json::array();
  const json diagnostics = params.value("context", json::object()).value("diagnostics", json::array());
  for (const json& d : diagnostics) {
    if (!d.is_object() || !d.contains("range")) continue;
    std::string code = d.value("code", json()).is_string() ? d["code"].get<std::string>() : "";
    std::string message = d.value("message", "");
    for (json& fix : fix_its(ctx, d, code)) actions.push_back(std::move(fix));
    std::string guess = between(message, "did you mean '", "'?");
    if (!guess.empty() && guess.find(' ') == std::string::npos)
      actions.push_back(quickfix(ctx, "Change to '" + guess + "'", d,
                                 json::array({{{"range", d["range"]}, {"newText", guess}}}), true));
    std::optional<json> fix;
    if (code == "missing-attribute") fix = missing_attribute(ctx, d, message);
    else if (code == "terminal-exit") fix = add_restore(ctx, d);
    else if (code == "state-removed") fix = add_removed(ctx, d, message);
    if (fix) actions.push_back(std::move(*fix));
  }
  return actions;
}

}  // namespace statusc::lsp
