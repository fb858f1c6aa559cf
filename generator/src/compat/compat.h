#pragma once
// statusc diff: what changed between two versions of a spec, and how much
// each change matters to stored data and to code (changes.def). Works on
// two checked models; no I/O here, so tests call it directly.

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/spec.h"

namespace statusc::compat {

enum class ChangeKind {
#define CHANGE(id, severity, code, summary) id,
#include "compat/changes.def"
#undef CHANGE
};

struct ChangeInfo {
  ChangeKind kind;
  Severity severity;
  std::string_view code;
  std::string_view summary;
};

const ChangeInfo& change_info(ChangeKind kind);
std::span<const ChangeInfo> all_changes();
std::optional<ChangeKind> find_change(std::string_view code);

// One change. Both locations are always set: where the thing is (or was),
// and, on the side where it does not exist, the closest enclosing place
// (its machine, or the spec's package line).
struct Change {
  ChangeKind kind;
  std::string machine;   // empty for spec-level changes
  std::string message;   // about the new spec, e.g. "state 'paused' ... was removed"
  Location new_loc;
  Location old_loc;
  std::string old_note;  // what old_loc shows, e.g. "'paused' had number 2 here"
  std::string help;      // how to make the change safe; may be empty

  Severity severity() const { return change_info(kind).severity; }
};

// Every change from `before` to `after`, ordered by place in `after`.
// Matching: machines by name; states by name, else through the new spec's
// `renamed_from`, else through its `removed` entries (by name or earlier
// name); every other name the old spec read (earlier names, names of
// removed entries that are gone) is read with the new spec; transitions by
// (from, to, event) after state matching; invariants by name, else by
// expression; targets and protobuf file options by name. The spec files'
// YAML is read again (from memory) only to locate a changed target or
// option, which the model keeps no location for.
std::vector<Change> compare(const Spec& before, const Spec& after);

struct Summary {
  int errors = 0, warnings = 0, notes = 0;
  void add(const std::vector<Change>& changes);
};

// Text in the compiler's diagnostic layout: `new:line:col: error[code]:
// message`, the source line and caret, then a note at `old:line:col`.
void render_text(std::ostream& out, const std::vector<Change>& changes, const RenderOptions& options);
// "1 error, 2 warnings and 3 notes." or "No changes."
std::string summary_line(const Summary& summary);
// One JSON object per change (see docs/diff.md for the schema), as a list.
std::string to_json(const std::vector<Change>& changes, const Summary& summary);

}  // namespace statusc::compat
