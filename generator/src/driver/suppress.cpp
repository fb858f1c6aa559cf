#include "driver/suppress.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "compat/compat.h"
#include "parse/yaml_comments.h"
#include "util/suggest.h"

namespace statusc {
namespace {

constexpr std::string_view kMarker = "statusc:ignore";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

struct NamedCode {
  std::string code;
  Location loc;          // the code inside the comment
  DiagKind kind{};
  bool usable = false;   // a warning that may be silenced
  bool used = false;
};

struct Suppression {
  int covers = -1;  // the 0-based line whose warnings it silences
  std::vector<NamedCode> codes;
};

// Reads `# statusc:ignore a, b -- reason`; reports what is wrong with it.
// Returns nullopt when the comment is not a suppression at all.
std::optional<Suppression> read_suppression(const SourceFile& file, const YamlComment& c, DiagnosticEngine& out) {
  std::string_view t = c.text;
  size_t i = 1;  // past '#'
  while (i < t.size() && is_blank(t[i])) ++i;
  if (t.substr(i, kMarker.size()) != kMarker) return std::nullopt;
  i += kMarker.size();
  if (i < t.size() && !is_blank(t[i])) return std::nullopt;  // `statusc:ignored`, a word of prose
  size_t reason = t.find("--", i);
  const size_t end = reason == std::string_view::npos ? t.size() : reason;
  Location where{&file, c.line, c.column, static_cast<int>(t.size())};
  Suppression s;
  while (i < end) {
    while (i < end && (is_blank(t[i]) || t[i] == ',')) ++i;
    size_t start = i;
    while (i < end && !is_blank(t[i]) && t[i] != ',') ++i;
    if (i == start) break;
    NamedCode n;
    n.code = std::string(t.substr(start, i - start));
    n.loc = Location{&file, c.line, c.column + static_cast<int>(start), static_cast<int>(i - start)};
    s.codes.push_back(std::move(n));
  }
  if (s.codes.empty()) {
    out.report(DiagKind::InvalidSuppression, where,
               "'# statusc:ignore' names no code; write the codes of the warnings to silence, e.g. "
               "'# statusc:ignore useless-restore -- reason'");
  }
  std::vector<std::string_view> known;
  for (const KindInfo& k : all_kinds()) known.push_back(k.code);
  for (NamedCode& n : s.codes) {
    std::optional<DiagKind> kind = find_kind(n.code);
    if (!kind) {
      if (compat::find_change(n.code)) {
        out.report(DiagKind::InvalidSuppression, n.loc,
                   "'" + n.code + "' is a change that statusc diff reports, not a diagnostic; '# statusc:ignore' "
                   "silences diagnostics only");
      } else {
        out.report(DiagKind::InvalidSuppression, n.loc,
                   "unknown diagnostic code '" + for_message(n.code) + "' in '# statusc:ignore'" +
                       did_you_mean(n.code, known));
      }
      continue;
    }
    n.kind = *kind;
    if (kind_info(*kind).severity == Severity::Error) {
      out.report(DiagKind::InvalidSuppression, n.loc,
                 "'" + n.code + "' is an error, and errors cannot be suppressed; fix the spec instead");
    } else if (*kind == DiagKind::UnusedSuppression || *kind == DiagKind::InvalidSuppression) {
      out.report(DiagKind::InvalidSuppression, n.loc,
                 "'" + n.code + "' is about suppressions themselves and cannot be suppressed; remove or fix the "
                 "suppression it reports");
    } else {
      n.usable = true;
    }
  }
  return s;
}

}  // namespace

void apply_suppressions(const SourceFile& file, DiagnosticEngine& found, DiagnosticEngine& out, bool report_unused) {
  // Most specs have no suppression: no need to look for comments.
  if (file.text().find(kMarker) == std::string::npos) {
    for (const Diagnostic& d : found.diagnostics()) out.add(d);
    return;
  }
  const std::vector<YamlComment> comments = find_comments(file);
  std::set<int> comment_lines;
  for (const YamlComment& c : comments)
    if (c.whole_line) comment_lines.insert(c.line);
  // Problems with the suppressions go to `out` after the file's own
  // diagnostics; render() orders them by place anyway.
  DiagnosticEngine problems;
  std::vector<Suppression> suppressions;
  for (const YamlComment& c : comments) {
    std::optional<Suppression> s = read_suppression(file, c, problems);
    if (!s) continue;
    s->covers = c.line;
    if (c.whole_line) {
      s->covers = c.line + 1;
      while (comment_lines.count(s->covers) != 0) ++s->covers;
    }
    suppressions.push_back(std::move(*s));
  }
  for (const Diagnostic& d : found.diagnostics()) {
    bool silenced = false;
    if (d.severity() == Severity::Warning && d.loc.file == &file && d.loc.has_position()) {
      for (Suppression& s : suppressions) {
        if (s.covers != d.loc.line) continue;
        for (NamedCode& n : s.codes) {
          if (n.usable && n.kind == d.kind) {
            n.used = true;
            silenced = true;
          }
        }
      }
    }
    if (!silenced) out.add(d);
  }
  for (const Diagnostic& d : problems.diagnostics()) out.add(d);
  if (!report_unused) return;
  for (const Suppression& s : suppressions) {
    for (const NamedCode& n : s.codes) {
      if (!n.usable || n.used) continue;
      out.report(DiagKind::UnusedSuppression, n.loc,
                 "'# statusc:ignore " + n.code + "' silences nothing: there is no '" + n.code + "' warning on line " +
                     std::to_string(s.covers + 1) + "; remove it");
    }
  }
}

}  // namespace statusc
