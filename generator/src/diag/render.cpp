#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "diag/diagnostic.h"
#include "util/utf8.h"

namespace statusc {
namespace {

struct Style {
  bool on;
  const char* bold() const { return on ? "\x1b[1m" : ""; }
  const char* reset() const { return on ? "\x1b[0m" : ""; }
  const char* caret() const { return on ? "\x1b[1;32m" : ""; }
  const char* severity(Severity s) const {
    if (!on) return "";
    switch (s) {
      case Severity::Error: return "\x1b[1;31m";
      case Severity::Warning: return "\x1b[1;35m";
      case Severity::Note: return "\x1b[1;36m";
    }
    return "";
  }
};

// The echoed source line as display cells. Anything that could corrupt a
// terminal or a golden file, or hide what the line says (control
// characters, invalid UTF-8, bidi controls), is shown as '?'. cell[i] is the
// display column where byte i starts, so carets line up with multi-byte text.
struct DisplayLine {
  std::string text;
  std::vector<int> cell;  // one entry per byte, plus one for the end of line
};

DisplayLine display_line(std::string_view line) {
  DisplayLine d;
  d.cell.assign(line.size() + 1, 0);
  int cells = 0;
  size_t i = 0;
  while (i < line.size()) {
    uint32_t cp = 0;
    size_t len = utf8::decode(line, i, cp);
    bool valid = len > 0;
    if (!valid) len = 1;
    for (size_t k = 0; k < len; ++k) d.cell[i + k] = cells;
    if (!valid || (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || utf8::is_bidi_control(cp)) {
      d.text += '?';
    } else {
      d.text.append(line.substr(i, len));
    }
    ++cells;
    i += len;
  }
  d.cell[line.size()] = cells;
  return d;
}

// Lines longer than this are shown as a window around the caret.
constexpr int kMaxShownCells = 120;
// Before that, a line longer than this many bytes is cut to this many
// around the caret, so that echoing it costs the same on any line.
constexpr size_t kMaxSliceBytes = 1024;

void render_header(std::ostream& out, const Location& loc, Severity severity,
                   std::string_view code, const std::string& message, const Style& style) {
  out << style.bold();
  if (loc.file != nullptr) {
    out << loc.file->path();
    if (loc.has_position()) out << ':' << (loc.line + 1) << ':' << (loc.column + 1);
  } else {
    out << "statusc";
  }
  out << ": " << style.reset() << style.severity(severity) << severity_word(severity);
  if (!code.empty()) out << '[' << code << ']';
  out << ':' << style.reset() << style.bold() << ' ' << message << style.reset() << '\n';
}

void render_snippet(std::ostream& out, const Location& loc, const Style& style) {
  if (!loc.has_position() || loc.line >= loc.file->line_count()) return;
  std::string_view line = loc.file->line_text(loc.line);
  int bom = 0;  // an invisible U+FEFF would shift the caret in most terminals
  if (loc.line == 0 && line.substr(0, 3) == "\xEF\xBB\xBF") {
    line.remove_prefix(3);
    bom = 3;
  }
  // Only the bytes around the caret are decoded: a diagnostic on a 1 MB
  // line costs what one on a short line does.
  bool cut_left = false, cut_right = false;
  if (line.size() > kMaxSliceBytes) {
    const size_t column = static_cast<size_t>(std::clamp(loc.column - bom, 0, static_cast<int>(line.size())));
    const size_t start = utf8::boundary_at_or_before(line, column > kMaxSliceBytes / 2 ? column - kMaxSliceBytes / 2 : 0);
    const size_t end = utf8::boundary_at_or_before(line, start + kMaxSliceBytes);
    cut_left = start > 0;
    cut_right = end < line.size();
    line = line.substr(start, end - start);
    bom += static_cast<int>(start);  // columns below are relative to the slice
  }
  DisplayLine d = display_line(line);
  auto cell_at = [&](int byte) { return d.cell[static_cast<size_t>(std::clamp(byte, 0, static_cast<int>(line.size())))]; };
  int caret = cell_at(loc.column - bom);
  int width = std::max(1, cell_at(loc.column - bom + loc.length) - caret);
  // Cut long lines to a window around the caret, marked with "...".
  std::string shown = d.text;  // '?' replacements keep one byte per cell
  int first_cell = 0;
  int total = d.cell[line.size()];
  std::string prefix, suffix;
  if (total > kMaxShownCells) {
    first_cell = std::max(0, std::min(caret - kMaxShownCells / 2, total - kMaxShownCells));
    int last_cell = std::min(total, first_cell + kMaxShownCells);
    // Map cells back to byte offsets of the display text.
    std::string text;
    int cell = 0;
    for (size_t i = 0; i < d.text.size();) {
      unsigned char c = static_cast<unsigned char>(d.text[i]);
      size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
      if (cell >= first_cell && cell < last_cell) text.append(d.text, i, len);
      ++cell;
      i += len;
    }
    shown = text;
    if (first_cell > 0 || cut_left) prefix = "...";
    if (last_cell < total || cut_right) suffix = "...";
    width = std::min(width, last_cell - caret);
  } else {
    if (cut_left) prefix = "...";
    if (cut_right) suffix = "...";
  }
  std::string number = std::to_string(loc.line + 1);
  std::string gutter(number.size(), ' ');
  out << ' ' << number << " | " << prefix << shown << suffix << '\n';
  std::string pad(prefix.size(), ' ');
  int cell = 0;
  for (size_t i = 0; i < line.size() && cell < caret; ++i) {
    if (d.cell[i] != cell) continue;  // only the first byte of a character
    if (cell >= first_cell) pad += line[i] == '\t' ? '\t' : ' ';
    ++cell;
  }
  out << ' ' << gutter << " | " << pad << style.caret() << '^';
  for (int i = 1; i < width; ++i) out << '~';
  out << style.reset() << '\n';
}

}  // namespace

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

void render_message(std::ostream& out, Severity severity, std::string_view code, const Location& loc,
                    const std::string& message, std::span<const Note> notes, const RenderOptions& options) {
  Style style{options.color};
  render_header(out, loc, severity, code, message, style);
  render_snippet(out, loc, style);
  for (const Note& note : notes) {
    render_header(out, note.loc, Severity::Note, {}, note.message, style);
    render_snippet(out, note.loc, style);
  }
}

// A message quotes what the spec wrote, which may be a megabyte long; with
// a limit on the output, one message is cut too.
constexpr size_t kMaxMessageBytes = 1000;

std::string bounded(const std::string& message) {
  if (message.size() <= kMaxMessageBytes) return message;
  const size_t cut = utf8::boundary_at_or_before(message, kMaxMessageBytes);
  return message.substr(0, cut) + "... (" + std::to_string(message.size() - cut) + " more bytes)";
}

void render_one(std::ostream& out, const Diagnostic& diag, const RenderOptions& options) {
  const KindInfo& info = kind_info(diag.kind);
  if (options.error_limit <= 0) {
    render_message(out, diag.severity(), info.code, diag.loc, diag.message, diag.notes, options);
    return;
  }
  std::vector<Note> notes(diag.notes.begin(), diag.notes.end());
  for (Note& n : notes) n.message = bounded(n.message);
  render_message(out, diag.severity(), info.code, diag.loc, bounded(diag.message), notes, options);
}

void render(std::ostream& out, const DiagnosticEngine& engine, const RenderOptions& options) {
  std::vector<const Diagnostic*> order;
  for (const Diagnostic& d : engine.diagnostics()) order.push_back(&d);
  // Files keep the order in which they were first reported; within a file,
  // diagnostics read top to bottom.
  std::vector<const SourceFile*> files;
  auto file_rank = [&](const SourceFile* f) {
    auto it = std::find(files.begin(), files.end(), f);
    if (it == files.end()) {
      files.push_back(f);
      return files.size() - 1;
    }
    return static_cast<size_t>(it - files.begin());
  };
  for (const Diagnostic* d : order) file_rank(d->loc.file);
  std::stable_sort(order.begin(), order.end(), [&](const Diagnostic* a, const Diagnostic* b) {
    size_t fa = file_rank(a->loc.file), fb = file_rank(b->loc.file);
    if (fa != fb) return fa < fb;
    if (a->loc.line != b->loc.line) return a->loc.line < b->loc.line;
    return a->loc.column < b->loc.column;
  });
  // One code on one line: the first is shown, the others counted (unless
  // every diagnostic was asked for, with no limit).
  struct Group {
    const SourceFile* file;
    int line;
    DiagKind kind;
    bool operator<(const Group& o) const {
      return std::tie(file, line, kind) < std::tie(o.file, o.line, o.kind);
    }
  };
  std::map<Group, int> group_size;
  for (const Diagnostic* d : order)
    if (d->loc.has_position()) ++group_size[{d->loc.file, d->loc.line, d->kind}];
  std::set<Group> shown_groups;
  int shown_errors = 0, shown_warnings = 0, hidden_errors = 0, hidden_warnings = 0;
  Style style{options.color};
  for (const Diagnostic* d : order) {
    const Severity severity = d->severity();
    int size = 1;
    if (options.error_limit > 0 && d->loc.has_position()) {
      Group g{d->loc.file, d->loc.line, d->kind};
      if (!shown_groups.insert(g).second) continue;  // counted with the first of its group
      size = group_size[g];
    }
    int& shown = severity == Severity::Error ? shown_errors : shown_warnings;
    int& hidden = severity == Severity::Error ? hidden_errors : hidden_warnings;
    if (options.error_limit > 0 && shown >= options.error_limit) {
      hidden += size;
      continue;
    }
    ++shown;
    render_one(out, *d, options);
    if (size > 1) {
      render_header(out, Location{d->loc.file, d->loc.line, 0, 0}, Severity::Note, {},
                    std::to_string(size - 1) + " more [" + std::string(kind_info(d->kind).code) + "] on line " +
                        std::to_string(d->loc.line + 1) + " not shown",
                    style);
    }
  }
  if (hidden_errors + hidden_warnings > 0) {
    auto plural = [](int n, const char* word) { return std::to_string(n) + " more " + word + (n == 1 ? "" : "s"); };
    std::string what = hidden_errors > 0 && hidden_warnings > 0
                           ? plural(hidden_errors, "error") + " and " + plural(hidden_warnings, "warning")
                       : hidden_errors > 0 ? plural(hidden_errors, "error")
                                           : plural(hidden_warnings, "warning");
    out << "statusc: note: " << what << " not shown (the limit is " << options.error_limit
        << " of each); --error-limit=0 shows them all\n";
  }
}

void render_summary(std::ostream& out, const DiagnosticEngine& engine) {
  int e = engine.error_count(), w = engine.warning_count();
  if (e == 0 && w == 0) return;
  auto plural = [](int n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
  };
  if (e > 0 && w > 0) {
    out << plural(e, "error") << " and " << plural(w, "warning") << " generated.\n";
  } else if (e > 0) {
    out << plural(e, "error") << " generated.\n";
  } else {
    out << plural(w, "warning") << " generated.\n";
  }
}

}  // namespace statusc
