#include <algorithm>
#include <vector>

#include "diag/diagnostic.h"

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

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

// Control characters other than tab would corrupt the terminal or a golden
// file, so the echoed line shows them as '?'.
std::string printable_line(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (unsigned char c : line) {
    if (c < 0x20 && c != '\t') {
      out += '?';
    } else if (c == 0x7f) {
      out += '?';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// The caret line mirrors tabs in the source so the caret lines up, and counts
// a multi-byte UTF-8 character as one column.
std::string caret_padding(std::string_view line, int byte_column) {
  std::string pad;
  for (int i = 0; i < byte_column && i < static_cast<int>(line.size()); ++i) {
    unsigned char c = static_cast<unsigned char>(line[static_cast<size_t>(i)]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    pad += (c == '\t') ? '\t' : ' ';
  }
  return pad;
}

int display_width(std::string_view line, int byte_column, int length) {
  int width = 0;
  for (int i = byte_column; i < byte_column + length && i < static_cast<int>(line.size()); ++i) {
    unsigned char c = static_cast<unsigned char>(line[static_cast<size_t>(i)]);
    if ((c & 0xC0) != 0x80) ++width;
  }
  return std::max(width, 1);
}

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
  std::string number = std::to_string(loc.line + 1);
  std::string gutter(number.size(), ' ');
  out << ' ' << number << " | " << printable_line(line) << '\n';
  out << ' ' << gutter << " | " << caret_padding(line, loc.column) << style.caret() << '^';
  int width = display_width(line, loc.column, loc.length);
  for (int i = 1; i < width; ++i) out << '~';
  out << style.reset() << '\n';
}

}  // namespace

void render_one(std::ostream& out, const Diagnostic& diag, const RenderOptions& options) {
  Style style{options.color};
  const KindInfo& info = kind_info(diag.kind);
  render_header(out, diag.loc, info.severity, info.code, diag.message, style);
  render_snippet(out, diag.loc, style);
  for (const Note& note : diag.notes) {
    render_header(out, note.loc, Severity::Note, {}, note.message, style);
    render_snippet(out, note.loc, style);
  }
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
  for (const Diagnostic* d : order) render_one(out, *d, options);
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
