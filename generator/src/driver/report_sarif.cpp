// `--format sarif`: SARIF 2.1.0 (OASIS), for code-scanning dashboards. Every
// diagnostic code and every statusc diff change code is a rule; columns are
// Unicode code points (run.columnKind).
#include <map>

#include <nlohmann/json.hpp>

#include "driver/report_formats.h"

namespace statusc {
namespace {

using json = nlohmann::ordered_json;

const char* level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

// A path as a relative URI reference: everything but unreserved characters
// and '/' percent-encoded (so `main:spec/a.yaml`, an old side from git, is
// not read as a URI scheme).
std::string uri_of(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

json region_of(const Location& loc) {
  Span s = span_of(loc, true);
  return {{"startLine", s.line}, {"startColumn", s.column}, {"endLine", s.end_line}, {"endColumn", s.end_column}};
}

// Nullopt when `loc` names no file.
std::optional<json> physical(const Location& loc) {
  if (loc.file == nullptr || loc.file->path().empty()) return std::nullopt;
  json p = {{"artifactLocation", {{"uri", uri_of(loc.file->path())}}}};
  if (loc.has_position()) p["region"] = region_of(loc);
  return p;
}

json rules(std::map<std::string_view, int>& index) {
  json list = json::array();
  auto add = [&](std::string_view code, std::string_view summary, std::string_view text, Severity severity) {
    index[code] = static_cast<int>(list.size());
    std::string full = text.empty() ? std::string(summary) : std::string(text);
    list.push_back({{"id", code},
                    {"shortDescription", {{"text", summary}}},
                    {"fullDescription", {{"text", full}}},
                    {"help", {{"text", full}}},
                    {"defaultConfiguration", {{"level", level(severity)}}}});
  };
  for (const KindInfo& k : all_kinds()) add(k.code, k.summary, explanation(k.kind), k.severity);
  for (const compat::ChangeInfo& c : compat::all_changes()) {
    std::string text = std::string(c.summary) + ". Reported by statusc diff; docs/diff.md#" + std::string(c.code) +
                       " says what it means and how to make the change safe.";
    add(c.code, c.summary, text, c.severity);
  }
  return list;
}

}  // namespace

std::string to_sarif_report(const MachineReport& report) {
  std::map<std::string_view, int> index;
  json run;
  run["tool"] = {{"driver",
                  {{"name", "statusc"},
                   {"semanticVersion", STATUSC_VERSION},
                   {"rules", rules(index)}}}};
  run["columnKind"] = "unicodeCodePoints";
  json results = json::array();
  for (const Finding& f : findings_of(report)) {
    json r;
    r["ruleId"] = f.code;
    r["ruleIndex"] = index.at(f.code);
    r["level"] = level(f.severity);
    r["message"] = {{"text", f.message}};
    if (std::optional<json> p = physical(f.loc)) r["locations"] = json::array({{{"physicalLocation", *p}}});
    json related = json::array();
    int id = 0;
    for (const Note& n : f.notes) {
      json l = {{"id", id++}, {"message", {{"text", n.message}}}};
      if (std::optional<json> p = physical(n.loc)) l["physicalLocation"] = *p;
      related.push_back(std::move(l));
    }
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    json fixes = json::array();
    for (const Finding::Fix& fix : f.fixes) {
      if (!fix.has_edit || fix.loc.file == nullptr) continue;
      fixes.push_back(
          {{"description", {{"text", fix.description}}},
           {"artifactChanges",
            json::array({{{"artifactLocation", {{"uri", uri_of(fix.loc.file->path())}}},
                          {"replacements", json::array({{{"deletedRegion", region_of(fix.loc)},
                                                         {"insertedContent", {{"text", fix.text}}}}})}}})}});
    }
    if (!fixes.empty()) r["fixes"] = std::move(fixes);
    if (f.change != nullptr) {
      json props = {{"command", report.command}, {"machine", f.change->machine}};
      if (!f.change->help.empty()) props["help"] = f.change->help;
      r["properties"] = std::move(props);
    }
    results.push_back(std::move(r));
  }
  run["results"] = std::move(results);
  json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = json::array({std::move(run)});
  return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace statusc
