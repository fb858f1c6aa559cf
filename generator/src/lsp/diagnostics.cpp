// Diagnostics as LSP sees them: `statusc check`'s, one for one, and the
// changes `statusc diff --against-git` would report.
#include "lsp/features.h"

namespace statusc::lsp {
namespace {

int lsp_severity(Severity s) {
  switch (s) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    case Severity::Note: return 3;
  }
  return 3;
}

// Notes may point into this file only; a note without a position points
// at the diagnostic itself, as the terminal output prints it under it.
json related(const Context& ctx, const Location& anchor, const std::vector<Note>& notes) {
  json list = json::array();
  for (const Note& n : notes) {
    const Location& where = n.loc.has_position() && n.loc.file == &ctx.file() ? n.loc : anchor;
    list.push_back({{"location", {{"uri", ctx.uri}, {"range", range_of(ctx.file(), where, ctx.encoding)}}},
                    {"message", n.message}});
  }
  return list;
}

}  // namespace

json Context::range(int line, int column, int length) const {
  return {{"start", position(file(), line, column, encoding)}, {"end", position(file(), line, column + length, encoding)}};
}

json Context::location(int line, int column, int length) const {
  return {{"uri", uri}, {"range", range(line, column, length)}};
}

const Occurrence* Context::occurrence_at(const json& params) const {
  auto pos = byte_position(file(), params.value("position", json::object()), encoding);
  if (!pos) return nullptr;
  return analysis.index.at(pos->line, pos->column);
}

json to_lsp_diagnostics(const Context& ctx) {
  json list = json::array();
  for (const Diagnostic& d : ctx.analysis.diags.diagnostics()) {
    const KindInfo& info = kind_info(d.kind);
    json item = {{"range", range_of(ctx.file(), d.loc, ctx.encoding)},
                 {"severity", lsp_severity(d.severity())},
                 {"code", std::string(info.code)},
                 {"source", "statusc"},
                 {"message", d.message}};
    if (!ctx.docs_url.empty()) item["codeDescription"] = {{"href", ctx.docs_url + "#" + std::string(info.code)}};
    if (!d.notes.empty()) item["relatedInformation"] = related(ctx, d.loc, d.notes);
    list.push_back(std::move(item));
  }
  return list;
}

json change_diagnostics(const Context& ctx, const std::vector<compat::Change>& changes, const std::string& revision) {
  json list = json::array();
  for (const compat::Change& c : changes) {
    const compat::ChangeInfo& info = compat::change_info(c.kind);
    int severity = c.severity() == Severity::Error ? 1 : c.severity() == Severity::Warning ? 2 : 4;
    std::string message = c.message + " (compared with " + revision + ")";
    if (!c.help.empty()) message += "\n" + c.help;
    json item = {{"range", range_of(ctx.file(), c.new_loc, ctx.encoding)},
                 {"severity", severity},
                 {"code", std::string(info.code)},
                 {"source", "statusc diff"},
                 {"message", message},
                 {"data", {{"machine", c.machine}}}};
    if (!c.old_note.empty()) {
      // The old side is not a file the editor has; point at the same place.
      item["relatedInformation"] = json::array(
          {{{"location", {{"uri", ctx.uri}, {"range", range_of(ctx.file(), c.new_loc, ctx.encoding)}}},
            {"message", revision + ": " + c.old_note}}});
    }
    list.push_back(std::move(item));
  }
  return list;
}

}  // namespace statusc::lsp
