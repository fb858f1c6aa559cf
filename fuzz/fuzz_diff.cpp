// libFuzzer: one input is two versions of a spec, split at the first line
// that is exactly "---8<---" (without one, the input is compared with
// itself). Both are compiled; when both are valid, `statusc diff` compares
// them and renders the changes as text and as JSON.
#include <sstream>

#include "compat/compat.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  constexpr std::string_view kCut = "\n---8<---\n";
  std::string_view before = input, after = input;
  if (size_t at = input.find(kCut); at != std::string_view::npos) {
    before = input.substr(0, at + 1);
    after = input.substr(at + kCut.size());
  }
  auto old_spec = statusc::fuzz::compile(before, "old.yaml");
  auto new_spec = statusc::fuzz::compile(after, "new.yaml");
  if (!old_spec->ok() || !new_spec->ok()) return 0;
  std::vector<statusc::compat::Change> changes = statusc::compat::compare(*old_spec->spec, *new_spec->spec);
  statusc::compat::Summary summary;
  summary.add(changes);
  std::ostringstream text;
  statusc::compat::render_text(text, changes, statusc::RenderOptions{});
  text << statusc::compat::summary_line(summary) << statusc::compat::to_json(changes, summary);
  // A spec compared with itself has no changes.
  if (before == after && !changes.empty()) __builtin_trap();
  return 0;
}
