#pragma once
// Diagnostics: kinds (from kinds.def), the engine that collects them, and
// the renderer that prints them as `path:line:col: severity[code]: message`
// followed by the source line and a caret.

#include <deque>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/source_file.h"

namespace statusc {

enum class Severity { Note, Warning, Error };

enum class DiagKind {
#define DIAG(id, severity, code, summary) id,
#include "diag/kinds.def"
#undef DIAG
};

struct KindInfo {
  DiagKind kind;
  Severity severity;
  std::string_view code;
  std::string_view summary;
};

const KindInfo& kind_info(DiagKind kind);
std::span<const KindInfo> all_kinds();
std::optional<DiagKind> find_kind(std::string_view code);
// The long explanation shown by `statusc explain CODE` (from explain.def).
std::string_view explanation(DiagKind kind);

struct Note {
  Location loc;
  std::string message;
};

// An edit that fixes the problem, as clang's fix-it hints: the bytes
// [begin, end) of the diagnostic's file become `text`. The language server
// offers it as a quick fix; the message already says it in words.
struct FixIt {
  size_t begin = 0;
  size_t end = 0;
  std::string text;
  std::string title;  // "Quote the text", for an editor's menu
};

struct Diagnostic {
  DiagKind kind;
  Location loc;
  std::string message;
  std::vector<Note> notes;
  // A warning raised to an error by statusc.yaml's `lint.error`.
  bool raised = false;
  std::optional<FixIt> fix{};

  Severity severity() const { return raised ? Severity::Error : kind_info(kind).severity; }
  // Adds a note that points at a related place ("first declared here").
  Diagnostic& note(Location where, std::string text) {
    notes.push_back({where, std::move(text)});
    return *this;
  }
  Diagnostic& fix_with(FixIt f) {
    fix = std::move(f);
    return *this;
  }
};

class DiagnosticEngine {
 public:
  // The returned reference stays valid for the engine's life, so callers can
  // chain `.note(...)`.
  Diagnostic& report(DiagKind kind, Location loc, std::string message);
  // Takes over a diagnostic reported to another engine (suppressions sift
  // one file's diagnostics before they reach the caller's engine).
  Diagnostic& add(Diagnostic diag);

  int error_count() const { return errors_; }
  int warning_count() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }
  const std::deque<Diagnostic>& diagnostics() const { return diags_; }

 private:
  std::deque<Diagnostic> diags_;
  int errors_ = 0;
  int warnings_ = 0;
};

struct RenderOptions {
  bool color = false;
  // At most this many errors, and this many warnings, are shown, as
  // clang's -ferror-limit, and a code repeated on one line is shown once
  // with a count; 0 shows every diagnostic. The summary counts every one.
  int error_limit = 0;
};

// Prints every diagnostic ordered by file, line and column (the order of
// reporting breaks ties), each with its source line, caret and notes; see
// RenderOptions::error_limit. The echoed line is cut around the caret
// first, so the output is linear in what is printed whatever the line's length.
void render(std::ostream& out, const DiagnosticEngine& engine, const RenderOptions& options);
void render_one(std::ostream& out, const Diagnostic& diag, const RenderOptions& options);
// The same layout for messages that are not diagnostics (statusc diff's
// changes): `code` may be empty.
void render_message(std::ostream& out, Severity severity, std::string_view code, const Location& loc,
                    const std::string& message, std::span<const Note> notes, const RenderOptions& options);
// "error", "warning" or "note", as diagnostics and statusc diff print it.
const char* severity_word(Severity s);
// "2 errors and 1 warning generated." or nothing when there are none.
void render_summary(std::ostream& out, const DiagnosticEngine& engine);

}  // namespace statusc
