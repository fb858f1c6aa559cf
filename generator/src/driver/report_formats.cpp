// `--format json` and `--format github`, and what every format shares.
#include "driver/report_formats.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace statusc {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "text") return OutputFormat::Text;
  if (name == "json") return OutputFormat::Json;
  if (name == "github") return OutputFormat::Github;
  if (name == "sarif") return OutputFormat::Sarif;
  return std::nullopt;
}

namespace {

// The word a "did you mean 'X'?" message suggests, when it is one word
// that can replace what the diagnostic underlines (as the language
// server's quick fix does).
std::string suggested_word(const std::string& message) {
  const std::string open = "did you mean '";
  size_t start = message.find(open);
  if (start == std::string::npos) return {};
  start += open.size();
  size_t end = message.find("'?", start);
  if (end == std::string::npos) return {};
  std::string word = message.substr(start, end - start);
  return word.find_first_of(" \t\n") == std::string::npos ? word : std::string();
}

size_t offset_of(const SourceFile& file, int line, int column) {
  std::string_view l = file.line_text(line);
  return static_cast<size_t>(l.data() - file.text().data()) + static_cast<size_t>(column);
}

int code_point_column(const SourceFile& file, int line, int byte_column) {
  std::string_view l = file.line_text(line);
  int n = 0;
  for (size_t i = 0; i < l.size() && i < static_cast<size_t>(byte_column); ++i)
    if ((static_cast<unsigned char>(l[i]) & 0xC0) != 0x80) ++n;
  return n + std::max(0, byte_column - static_cast<int>(l.size()));
}

}  // namespace

Span span_of(const Location& loc, bool code_points) {
  Span s;
  if (!loc.has_position()) return s;
  const SourceFile& f = *loc.file;
  size_t end = std::min(offset_of(f, loc.line, loc.column) + static_cast<size_t>(std::max(loc.length, 1)),
                        f.text().size());
  int end_line = loc.line, end_column = loc.column + std::max(loc.length, 1);
  if (end >= offset_of(f, loc.line, 0)) f.position_of(end, end_line, end_column);
  // An underline that ends at a line break ends at the end of its line.
  if (end_line > loc.line && end_column == 0 && end > 0) {
    end_line -= 1;
    end_column = static_cast<int>(f.line_text(end_line).size());
  }
  if (code_points) {
    s.column = code_point_column(f, loc.line, loc.column) + 1;
    s.end_column = code_point_column(f, end_line, end_column) + 1;
  } else {
    s.column = loc.column + 1;
    s.end_column = end_column + 1;
  }
  s.line = loc.line + 1;
  s.end_line = end_line + 1;
  return s;
}

std::vector<Finding> findings_of(const MachineReport& report) {
  std::vector<Finding> list;
  if (report.diagnostics != nullptr) {
    // In the order the text output reads: files as first reported, then
    // top to bottom (the order of reporting breaks ties).
    std::vector<const Diagnostic*> order;
    std::vector<const SourceFile*> files;
    for (const Diagnostic& d : report.diagnostics->diagnostics()) {
      order.push_back(&d);
      if (std::find(files.begin(), files.end(), d.loc.file) == files.end()) files.push_back(d.loc.file);
    }
    auto rank = [&](const SourceFile* f) { return std::find(files.begin(), files.end(), f) - files.begin(); };
    std::stable_sort(order.begin(), order.end(), [&](const Diagnostic* a, const Diagnostic* b) {
      if (rank(a->loc.file) != rank(b->loc.file)) return rank(a->loc.file) < rank(b->loc.file);
      if (a->loc.line != b->loc.line) return a->loc.line < b->loc.line;
      return a->loc.column < b->loc.column;
    });
    for (const Diagnostic* dp : order) {
      const Diagnostic& d = *dp;
      Finding f;
      f.severity = d.severity();
      f.code = kind_info(d.kind).code;
      f.message = d.message;
      f.loc = d.loc;
      f.notes = d.notes;
      std::string word = suggested_word(d.message);
      if (!word.empty() && d.loc.has_position())
        f.fixes.push_back({"change to '" + word + "'", true, d.loc, word});
      list.push_back(std::move(f));
    }
  }
  if (report.changes != nullptr) {
    for (const compat::Change& c : *report.changes) {
      Finding f;
      f.severity = c.severity();
      f.code = compat::change_info(c.kind).code;
      f.message = c.message;
      f.loc = c.new_loc;
      f.notes.push_back({c.old_loc, c.old_note});
      if (!c.help.empty()) f.fixes.push_back({c.help, false, {}, {}});
      f.change = &c;
      list.push_back(std::move(f));
    }
  }
  return list;
}

namespace {

using json = nlohmann::ordered_json;

json location_json(const Location& loc) {
  Span s = span_of(loc, false);
  return {{"file", loc.file != nullptr ? loc.file->path() : std::string()},
          {"line", s.line},
          {"column", s.column},
          {"end_line", s.end_line},
          {"end_column", s.end_column}};
}

json finding_json(const Finding& f) {
  json j;
  j["severity"] = severity_word(f.severity);
  j["code"] = f.code;
  j["message"] = f.message;
  j["location"] = location_json(f.loc);
  json notes = json::array();
  for (const Note& n : f.notes) notes.push_back({{"message", n.message}, {"location", location_json(n.loc)}});
  j["notes"] = std::move(notes);
  json fixes = json::array();
  for (const Finding::Fix& fix : f.fixes) {
    json x = {{"description", fix.description}};
    if (fix.has_edit) x["replacement"] = {{"location", location_json(fix.loc)}, {"text", fix.text}};
    fixes.push_back(std::move(x));
  }
  j["fixes"] = std::move(fixes);
  if (f.change != nullptr) {
    // statusc diff's keys from before the common envelope, unchanged.
    const compat::Change& c = *f.change;
    auto place = [](const Location& loc) {
      return json{{"file", loc.file != nullptr ? loc.file->path() : std::string()},
                  {"line", loc.has_position() ? loc.line + 1 : 0},
                  {"column", loc.has_position() ? loc.column + 1 : 0}};
    };
    j["machine"] = c.machine;
    j["new"] = place(c.new_loc);
    j["old"] = place(c.old_loc);
    j["old_note"] = c.old_note;
    j["help"] = c.help;
  }
  return j;
}

// GitHub's escaping of workflow command data, and of property values.
std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const char* github_command(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "notice";
  }
  return "error";
}

std::string where(const Location& loc) {
  if (loc.file == nullptr) return "statusc";
  if (!loc.has_position()) return loc.file->path();
  return loc.file->path() + ":" + std::to_string(loc.line + 1) + ":" + std::to_string(loc.column + 1);
}

}  // namespace

std::string to_json_report(const MachineReport& report) {
  json root;
  root["format"] = "statusc-report";
  root["format_version"] = 1;
  root["statusc_version"] = STATUSC_VERSION;
  root["command"] = report.command;
  json diagnostics = json::array(), changes = json::array();
  int errors = 0, warnings = 0, notes = 0;
  for (const Finding& f : findings_of(report)) {
    (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : notes) += 1;
    (f.change != nullptr ? changes : diagnostics).push_back(finding_json(f));
  }
  root["diagnostics"] = std::move(diagnostics);
  root["changes"] = std::move(changes);
  json files = json::array();
  for (const OutputFileStatus& f : report.files) files.push_back({{"path", f.path}, {"status", f.status}});
  root["files"] = std::move(files);
  root["summary"] = {{"errors", errors}, {"warnings", warnings}, {"notes", notes}};
  return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string to_github_report(const MachineReport& report) {
  std::string out;
  for (const Finding& f : findings_of(report)) {
    std::string props;
    auto prop = [&](const char* key, const std::string& value) {
      props += std::string(props.empty() ? " " : ",") + key + "=" + escape_property(value);
    };
    if (f.loc.file != nullptr && !f.loc.file->path().empty()) prop("file", f.loc.file->path());
    Span s = span_of(f.loc, true);
    if (s.line > 0) {
      prop("line", std::to_string(s.line));
      prop("endLine", std::to_string(s.end_line));
      // GitHub reads columns only on an annotation of one line.
      if (s.end_line == s.line) {
        prop("col", std::to_string(s.column));
        prop("endColumn", std::to_string(s.end_column));
      }
    }
    prop("title", "statusc " + report.command + ": " + std::string(f.code));
    std::string message = f.message;
    for (const Note& n : f.notes) message += "\nnote: " + where(n.loc) + ": " + n.message;
    for (const Finding::Fix& fix : f.fixes)
      if (!fix.has_edit) message += "\nhelp: " + fix.description;
    out += "::" + std::string(github_command(f.severity)) + props + "::" + escape_data(message) + "\n";
  }
  for (const OutputFileStatus& f : report.files) {
    if (f.status != "missing" && f.status != "differs") continue;
    out += "::error file=" + escape_property(f.path) + ",title=" + escape_property("statusc generate --check") +
           "::" + escape_data(f.status == "missing" ? "generated file is missing; run statusc generate"
                                                   : "generated file is out of date; run statusc generate") +
           "\n";
  }
  return out;
}

std::string format_report(OutputFormat format, const MachineReport& report) {
  switch (format) {
    case OutputFormat::Json: return to_json_report(report);
    case OutputFormat::Github: return to_github_report(report);
    case OutputFormat::Sarif: return to_sarif_report(report);
    case OutputFormat::Text: break;
  }
  return {};
}

}  // namespace statusc
