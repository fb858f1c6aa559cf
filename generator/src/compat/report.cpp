// statusc diff's output: text in the compiler's diagnostic layout, or JSON.
#include <nlohmann/json.hpp>
#include <ostream>

#include "compat/compat.h"

namespace statusc::compat {
namespace {

nlohmann::ordered_json place(const Location& loc) {
  nlohmann::ordered_json j;
  j["file"] = loc.file != nullptr ? loc.file->path() : std::string();
  j["line"] = loc.has_position() ? loc.line + 1 : 0;
  j["column"] = loc.has_position() ? loc.column + 1 : 0;
  return j;
}

std::string plural(int n, const char* word) { return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s"); }

}  // namespace

void render_text(std::ostream& out, const std::vector<Change>& changes, const RenderOptions& options) {
  for (const Change& c : changes) {
    std::vector<Note> notes{{c.old_loc, c.old_note}};
    render_message(out, c.severity(), change_info(c.kind).code, c.new_loc, c.message, notes, options);
    if (!c.help.empty()) out << "  help: " << c.help << '\n';
  }
}

std::string summary_line(const Summary& s) {
  std::vector<std::string> parts;
  if (s.errors) parts.push_back(plural(s.errors, "error"));
  if (s.warnings) parts.push_back(plural(s.warnings, "warning"));
  if (s.notes) parts.push_back(plural(s.notes, "note"));
  if (parts.empty()) return "No changes.";
  std::string line;
  for (size_t i = 0; i < parts.size(); ++i) line += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return line + ".";
}

std::string to_json(const std::vector<Change>& changes, const Summary& summary) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Change& c : changes) {
    nlohmann::ordered_json j;
    j["severity"] = severity_word(c.severity());
    j["code"] = change_info(c.kind).code;
    j["machine"] = c.machine;
    j["message"] = c.message;
    j["new"] = place(c.new_loc);
    j["old"] = place(c.old_loc);
    j["old_note"] = c.old_note;
    j["help"] = c.help;
    list.push_back(std::move(j));
  }
  nlohmann::ordered_json root;
  root["changes"] = std::move(list);
  root["summary"] = {{"errors", summary.errors}, {"warnings", summary.warnings}, {"notes", summary.notes}};
  // Invalid UTF-8 cannot reach here (specs are checked), but never throw on output.
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace statusc::compat
