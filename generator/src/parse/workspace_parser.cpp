// statusc.yaml: shape, types and paths, with located diagnostics.
#include <algorithm>

#include "parse/targets_parser.h"
#include "parse/workspace.h"
#include "parse/yaml_reader.h"
#include "parse/yaml_tree.h"
#include "util/suggest.h"

namespace statusc {

const LString* RawWorkspace::out_of(std::string_view target) const {
  for (const WorkspaceOut& o : outs)
    if (o.target == target) return &o.dir;
  return nullptr;
}

bool has_glob(std::string_view pattern) { return pattern.find_first_of("*?") != std::string_view::npos; }

std::string glob_problem(std::string_view pattern) {
  if (pattern.empty()) return "is empty";
  if (pattern.front() == '/' || pattern.find('\\') != std::string_view::npos ||
      (pattern.size() > 1 && pattern[1] == ':'))
    return "is absolute or uses backslashes; write it relative to the workspace root, with '/'";
  if (pattern.find_first_of("[]{}") != std::string_view::npos)
    return "uses '[', ']', '{' or '}'; only '*', '?' and '**' are supported";
  size_t start = 0;
  while (start <= pattern.size()) {
    size_t end = pattern.find('/', start);
    if (end == std::string_view::npos) end = pattern.size();
    std::string_view segment = pattern.substr(start, end - start);
    if (segment == "..") return "climbs out of the workspace with '..'";
    if (segment.find("**") != std::string_view::npos && segment != "**")
      return "uses '**' inside a path segment; write it alone between slashes, as in 'specs/**/*.yaml'";
    start = end + 1;
  }
  return "";
}

namespace {

// `*` and `?` within one segment.
bool match_segment(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view s = path.substr(start, end - start);
    if (!s.empty() && s != ".") out.push_back(s);
    start = end + 1;
  }
  return out;
}

bool match_from(const std::vector<std::string_view>& pat, size_t i, const std::vector<std::string_view>& path,
                size_t j) {
  if (i == pat.size()) return j == path.size();
  if (pat[i] == "**") {
    for (size_t k = j; k <= path.size(); ++k)
      if (match_from(pat, i + 1, path, k)) return true;
    return false;
  }
  return j < path.size() && match_segment(pat[i], path[j]) && match_from(pat, i + 1, path, j + 1);
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return match_from(segments(pattern), 0, segments(path), 0);
}

namespace {

std::optional<LString> read_path(YamlReader& r, const YamlNode& node, std::string_view what) {
  std::optional<LString> path = r.text(node, what);
  if (!path) return std::nullopt;
  if (std::string problem = glob_problem(path->value); !problem.empty()) {
    r.diags().report(DiagKind::InvalidPath, path->loc,
                     std::string(what) + " '" + for_message(path->value) + "' " + problem);
    return std::nullopt;
  }
  return path;
}

std::vector<LString> read_paths(YamlReader& r, const YamlNode& node, std::string_view what) {
  std::vector<LString> out;
  if (node.is_scalar()) {
    if (auto p = read_path(r, node, what)) out.push_back(std::move(*p));
    return out;
  }
  if (!r.expect_sequence(node, what)) return out;
  for (const YamlNode& item : node.items)
    if (auto p = read_path(r, item, what)) out.push_back(std::move(*p));
  return out;
}

// A code that must be one of `codes`, with a suggestion when it is not.
std::optional<LString> read_code(YamlReader& r, const YamlNode& node, std::string_view what,
                                 const std::vector<std::string_view>& codes) {
  std::optional<LString> code = r.name(node, what);
  if (!code) return std::nullopt;
  if (std::find(codes.begin(), codes.end(), code->value) == codes.end()) {
    std::optional<DiagKind> kind = find_kind(code->value);
    std::string why = kind && kind_info(*kind).severity == Severity::Error
                          ? " is an error, and errors can be neither turned off nor raised"
                          : " is not one of them" + did_you_mean(code->value, codes) +
                                " (run 'statusc explain' to list every code)";
    r.diags().report(DiagKind::InvalidValue, code->loc, std::string(what) + ": '" + for_message(code->value) + "'" + why);
    return std::nullopt;
  }
  return code;
}

// `off:` or `error:`: a list of codes, or of {code, paths}.
std::vector<LintRule> read_lint_rules(YamlReader& r, const YamlNode& node, std::string_view what) {
  std::vector<std::string_view> warnings;
  for (const KindInfo& info : all_kinds())
    if (info.severity == Severity::Warning) warnings.push_back(info.code);
  const std::string code_what = std::string(what) + " takes warning codes";
  std::vector<LintRule> out;
  if (!r.expect_sequence(node, what)) return out;
  for (const YamlNode& item : node.items) {
    if (item.is_scalar()) {
      if (auto c = read_code(r, item, code_what, warnings)) out.push_back(LintRule{std::move(*c), {}});
      continue;
    }
    if (!r.check_keys(item, "an entry of " + std::string(what), {"code", "paths"}, {"code", "paths"})) continue;
    const YamlNode* c = item.find("code");
    const YamlNode* p = item.find("paths");
    if (c == nullptr || p == nullptr) continue;
    std::optional<LString> code = read_code(r, *c, code_what, warnings);
    std::vector<LString> paths = read_paths(r, *p, "a path in " + std::string(what));
    if (code && !paths.empty()) out.push_back(LintRule{std::move(*code), std::move(paths)});
  }
  return out;
}

void read_lint(YamlReader& r, const YamlNode& node, RawWorkspace& ws) {
  if (!r.check_keys(node, "lint", {"off", "error"}, {})) return;
  if (const YamlNode* off = node.find("off")) ws.lint_off = read_lint_rules(r, *off, "lint.off");
  if (const YamlNode* error = node.find("error")) ws.lint_error = read_lint_rules(r, *error, "lint.error");
}

void read_breaking(YamlReader& r, const YamlNode& node, RawWorkspace& ws,
                   const std::vector<std::string_view>& change_codes) {
  if (!r.check_keys(node, "breaking", {"against", "accept"}, {})) return;
  if (const YamlNode* a = node.find("against")) {
    ws.against = r.name(*a, "'against'");
    if (ws.against && ws.against->value.front() == '-') {
      r.diags().report(DiagKind::InvalidValue, ws.against->loc, "'against' must be a git revision, not an option");
      ws.against.reset();
    }
  }
  const YamlNode* accept = node.find("accept");
  if (accept == nullptr || !r.expect_sequence(*accept, "'accept'")) return;
  for (const YamlNode& item : accept->items) {
    if (!r.check_keys(item, "an accepted change", {"code", "path", "machine", "state"}, {"code", "path"})) continue;
    const YamlNode* c = item.find("code");
    const YamlNode* p = item.find("path");
    if (c == nullptr || p == nullptr) continue;
    std::optional<LString> code = read_code(r, *c, "'accept' takes 'statusc diff' change codes", change_codes);
    std::optional<LString> path = read_path(r, *p, "an accepted change's path");
    std::optional<LString> machine, state;
    if (const YamlNode* m = item.find("machine")) machine = r.name(*m, "'machine'");
    if (const YamlNode* s = item.find("state")) state = r.name(*s, "'state'");
    if (code && path) ws.accepted.push_back(AcceptedChange{std::move(*code), std::move(*path), machine, state});
  }
}

}  // namespace

std::optional<RawWorkspace> parse_workspace(const SourceFile& file, DiagnosticEngine& diags,
                                            const std::vector<TargetSchema>& targets,
                                            const std::vector<std::string_view>& change_codes) {
  const int errors_before = diags.error_count();
  std::optional<YamlNode> root = load_yaml(file, diags);
  if (!root) return std::nullopt;
  YamlReader r(diags);
  RawWorkspace ws;
  ws.file = &file;
  if (root->is_null()) {
    diags.report(DiagKind::MissingKey, root->loc, "statusc.yaml is empty; it needs at least 'version: 1' and 'specs'");
    return std::nullopt;
  }
  if (!r.check_keys(*root, "statusc.yaml", {"version", "specs", "targets", "lint", "breaking"}, {"version", "specs"}))
    return std::nullopt;
  if (const YamlNode* v = root->find("version")) {
    if (auto version = r.integer(*v, "'version'"); version && version->value != 1)
      diags.report(DiagKind::UnsupportedVersion, v->loc,
                   "unsupported workspace format version " + std::to_string(version->value) +
                       "; this statusc reads version 1");
  }
  if (const YamlNode* s = root->find("specs")) {
    ws.specs = read_paths(r, *s, "a spec path");
    if (s->is_sequence() && s->items.empty())
      diags.report(DiagKind::EmptyCollection, s->loc, "'specs' must list at least one path or glob");
  }
  if (const YamlNode* t = root->find("targets")) {
    read_targets(r, *t, targets, ws.targets, {"out"});
    if (t->is_mapping()) {
      for (const auto& [key, value] : t->entries) {
        const YamlNode* out = value.is_mapping() ? value.find("out") : nullptr;
        if (out == nullptr) continue;
        if (auto dir = read_path(r, *out, "'out'")) {
          if (has_glob(dir->value))
            diags.report(DiagKind::InvalidPath, dir->loc, "'out' is a directory, not a pattern: '" +
                                                               for_message(dir->value) + "'");
          else
            ws.outs.push_back(WorkspaceOut{key.value, std::move(*dir)});
        }
      }
    }
  }
  if (const YamlNode* l = root->find("lint")) read_lint(r, *l, ws);
  if (const YamlNode* b = root->find("breaking")) read_breaking(r, *b, ws, change_codes);
  if (diags.error_count() > errors_before) return std::nullopt;
  return ws;
}

}  // namespace statusc
