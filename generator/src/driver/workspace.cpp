#include "driver/workspace.h"

#include <algorithm>
#include <ostream>
#include <set>

#include "driver/files.h"
#include "emit/emitter.h"

namespace fs = std::filesystem;

namespace statusc {

std::string Workspace::relative(const std::string& path) const {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) return "";
  fs::path rel = abs.lexically_relative(root);
  std::string text = rel.generic_string();
  if (rel.empty() || text == ".." || text.rfind("../", 0) == 0) return "";
  return text;
}

std::string Workspace::from_cwd(const std::string& relative) const {
  std::error_code ec;
  fs::path cwd = fs::weakly_canonical(fs::current_path(ec), ec);
  fs::path rel = (root / relative).lexically_proximate(cwd);
  return rel.generic_string();
}

std::optional<fs::path> find_workspace_file(const fs::path& start) {
  std::error_code ec;
  for (fs::path dir = fs::weakly_canonical(fs::absolute(start, ec), ec); !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / "statusc.yaml", ec)) return dir / "statusc.yaml";
    if (fs::exists(dir / ".git", ec) || dir == dir.root_path()) break;
  }
  return std::nullopt;
}

int load_workspace(const std::string& config, DiagnosticEngine& diags, const Console& console,
                   std::optional<Workspace>& ws) {
  std::string path = config;
  if (path.empty()) {
    std::error_code ec;
    std::optional<fs::path> found = find_workspace_file(fs::current_path(ec));
    if (!found) return 0;
    path = found->lexically_proximate(fs::current_path(ec)).generic_string();
  }
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    console.err << "statusc: error: --config: '" << path << "' is not a file\n";
    return 2;
  }
  ReadResult read = read_spec_file(path, diags);
  Workspace w;
  w.root = fs::weakly_canonical(fs::absolute(path, ec), ec).parent_path();
  w.file = std::move(read.file);
  if (!read.ok) {
    ws = std::move(w);
    return 2;
  }
  std::vector<std::string_view> change_codes;
  for (const compat::ChangeInfo& info : compat::all_changes()) change_codes.push_back(info.code);
  std::optional<RawWorkspace> raw = parse_workspace(*w.file, diags, target_schemas(), change_codes);
  if (raw) w.raw = std::move(*raw);
  ws = std::move(w);
  return raw ? 0 : 1;
}

namespace {

// The literal folders a pattern starts with: where to start walking.
std::string literal_prefix(const std::string& pattern) {
  std::string prefix;
  size_t start = 0;
  while (true) {
    size_t end = pattern.find('/', start);
    if (end == std::string::npos) break;  // the last segment is the file name
    std::string segment = pattern.substr(start, end - start);
    if (has_glob(segment)) break;
    prefix += segment + "/";
    start = end + 1;
  }
  return prefix;
}

}  // namespace

std::vector<std::string> workspace_specs(const Workspace& ws, DiagnosticEngine& diags) {
  std::set<std::string> found;  // relative to the root; sorted, once each
  for (const LString& pattern : ws.raw.specs) {
    size_t before = found.size();
    bool matched = false;
    std::error_code ec;
    if (!has_glob(pattern.value)) {
      matched = fs::is_regular_file(ws.root / pattern.value, ec);
      if (matched) found.insert(fs::path(pattern.value).lexically_normal().generic_string());
    } else {
      fs::path base = ws.root / literal_prefix(pattern.value);
      if (fs::is_directory(base, ec)) {
        for (auto it = fs::recursive_directory_iterator(base, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
          if (ec) break;
          const std::string name = it->path().filename().string();
          if (it->is_directory(ec) && (name == ".git" || name == "node_modules")) {
            it.disable_recursion_pending();
            continue;
          }
          if (!it->is_regular_file(ec)) continue;
          std::string rel = it->path().lexically_relative(ws.root).generic_string();
          if (glob_match(pattern.value, rel)) {
            found.insert(rel);
            matched = true;
          }
        }
      }
    }
    if (!matched && found.size() == before)
      diags.report(DiagKind::InvalidPath, pattern.loc,
                   "spec path '" + pattern.value + "' matches no file under " + ws.root.generic_string());
  }
  std::vector<std::string> out;
  for (const std::string& rel : found) out.push_back(ws.from_cwd(rel));
  return out;
}

void merge_target_defaults(RawTargets& spec, const RawTargets& workspace) {
  for (const RawTarget& defaults : workspace.targets) {
    auto it = std::find_if(spec.targets.begin(), spec.targets.end(),
                           [&](const RawTarget& t) { return t.key.value == defaults.key.value; });
    if (it == spec.targets.end()) {
      spec.targets.push_back(defaults);
      continue;
    }
    if (!it->enabled_given && defaults.enabled_given) it->enabled = defaults.enabled;
    for (const RawTargetOption& option : defaults.options) {
      bool own = std::any_of(it->options.begin(), it->options.end(),
                             [&](const RawTargetOption& o) { return o.name.value == option.name.value; });
      if (!own) it->options.push_back(option);
    }
  }
}

namespace {

bool rule_applies(const LintRule& rule, const Diagnostic& d, const Workspace& ws) {
  if (kind_info(d.kind).code != rule.code.value) return false;
  if (rule.paths.empty()) return true;
  if (d.loc.file == nullptr) return false;
  std::string rel = ws.relative(d.loc.file->path());
  return std::any_of(rule.paths.begin(), rule.paths.end(),
                     [&](const LString& p) { return !rel.empty() && glob_match(p.value, rel); });
}

}  // namespace

DiagnosticEngine apply_lint(const DiagnosticEngine& diags, const Workspace& ws) {
  DiagnosticEngine out;
  for (const Diagnostic& d : diags.diagnostics()) {
    Diagnostic copy = d;
    if (kind_info(d.kind).severity == Severity::Warning) {
      auto applies = [&](const LintRule& r) { return rule_applies(r, d, ws); };
      if (std::any_of(ws.raw.lint_off.begin(), ws.raw.lint_off.end(), applies)) continue;
      auto rule = std::find_if(ws.raw.lint_error.begin(), ws.raw.lint_error.end(), applies);
      if (rule != ws.raw.lint_error.end()) {
        copy.raised = true;
        copy.note(rule->code.loc, "raised to an error by lint.error here");
      }
    }
    out.add(std::move(copy));
  }
  return out;
}

bool raised_in(const DiagnosticEngine& diags, const Workspace& ws, const SourceFile* file) {
  for (const Diagnostic& d : diags.diagnostics()) {
    if (d.loc.file != file || kind_info(d.kind).severity != Severity::Warning) continue;
    if (std::any_of(ws.raw.lint_error.begin(), ws.raw.lint_error.end(),
                    [&](const LintRule& r) { return rule_applies(r, d, ws); }))
      return true;
  }
  return false;
}

size_t remove_accepted(std::vector<compat::Change>& changes, const std::string& spec_path, const Workspace& ws) {
  const std::string rel = ws.relative(spec_path);
  if (rel.empty()) return 0;
  auto accepted = [&](const compat::Change& c) {
    for (const AcceptedChange& a : ws.raw.accepted) {
      if (compat::change_info(c.kind).code != a.code.value || !glob_match(a.path.value, rel)) continue;
      if (a.machine && c.machine != a.machine->value) continue;
      // A change names its state in quotes in its message ("state 'paused' was removed").
      if (a.state && c.message.find("'" + a.state->value + "'") == std::string::npos) continue;
      return true;
    }
    return false;
  };
  size_t before = changes.size();
  changes.erase(std::remove_if(changes.begin(), changes.end(), accepted), changes.end());
  return before - changes.size();
}

std::string output_dir(const Workspace* ws, const std::string& out_option, std::string_view target) {
  if (!out_option.empty() || ws == nullptr) return out_option;
  const LString* out = ws->raw.out_of(target);
  return ws->from_cwd(out ? out->value : "generated");
}

}  // namespace statusc
