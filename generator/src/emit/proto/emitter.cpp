// The proto target: one proto3 file per spec, one enum per machine
// (docs/generated/proto.md). The data keys are listed on ProtoEmitter::plan.
#include <algorithm>
#include <iterator>

#include <set>

#include "emit/common.h"
#include "emit/escape.h"
#include "naming/naming.h"
#include "emit/proto/text.h"

namespace statusc {
namespace proto {
namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool ident_start(char c) { return upper(c) || lower(c) || c == '_'; }
bool ident_char(char c) { return ident_start(c) || digit(c); }
bool buf_delimiter(char c) { return c == '.' || c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// buf's toSnakeCase without newWordOnDigits (ASCII input: machine names and
// file stems reach it only after their own checks).
std::string buf_snake(std::string_view in) {
  size_t b = 0, e = in.size();
  while (b < e && buf_delimiter(in[b])) ++b;
  while (e > b && buf_delimiter(in[e - 1])) --e;
  std::string_view s = in.substr(b, e - b);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = buf_delimiter(s[i]) ? '_' : s[i];
    if (i == 0) {
      out += c;
    } else if (upper(c) && out.back() != '_' &&
               ((i + 1 < s.size() && !upper(s[i + 1]) && !digit(s[i + 1]) && !buf_delimiter(s[i + 1])) ||
                lower(s[i - 1]))) {
      out += '_';
      out += c;
    } else if (!(c == '_' && out.back() == '_')) {
      out += c;
    }
  }
  return out;
}

// Parses `digits` at `i` (no leading zero); false when there are none.
bool number_at(std::string_view s, size_t& i) {
  if (i >= s.size() || s[i] < '1' || s[i] > '9') return false;
  while (i < s.size() && digit(s[i])) ++i;
  return true;
}

// "alpha" or "beta", optionally followed by a number.
bool stability_at(std::string_view s, size_t& i) {
  for (std::string_view word : {"alpha", "beta"}) {
    if (s.substr(i, word.size()) == word) {
      i += word.size();
      size_t j = i;
      if (number_at(s, j)) i = j;
      return true;
    }
  }
  return false;
}

// `ident { "." ident }`
bool dotted_at(std::string_view s, size_t& i) {
  while (true) {
    if (i >= s.size() || !ident_start(s[i])) return false;
    while (i < s.size() && ident_char(s[i])) ++i;
    if (i >= s.size() || s[i] != '.') return true;
    ++i;
  }
}

constexpr std::string_view kBoolOptions[] = {
    "java_multiple_files", "java_generate_equals_and_hash", "java_string_check_utf8", "cc_generic_services",
    "java_generic_services", "py_generic_services", "deprecated", "cc_enable_arenas",
};

}  // namespace

std::string buf_upper_snake(std::string_view name) {
  std::string out = buf_snake(name);
  for (char& c : out)
    if (lower(c)) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool prefix_satisfies_buf(std::string_view machine, std::string_view prefix) {
  std::string want = buf_upper_snake(machine) + "_";
  std::string have = std::string(prefix) + "_";
  return have.compare(0, want.size(), want) == 0;
}

bool has_version_suffix(std::string_view package) {
  size_t dot = package.rfind('.');
  if (dot == std::string_view::npos) return false;  // a single segment has no room for one
  std::string_view last = package.substr(dot + 1);
  size_t i = 0;
  if (last.empty() || last[i++] != 'v' || !number_at(last, i)) return false;
  if (i == last.size()) return true;              // v1
  if (last.substr(i) == "test") return true;      // v1test
  if (last[i] == 'p') {                           // v1p1beta1
    ++i;
    if (!number_at(last, i) || !stability_at(last, i)) return false;
    return i == last.size();
  }
  return stability_at(last, i) && i == last.size();  // v1beta1, v1alpha
}

std::string file_stem(std::string_view stem) {
  std::string snake = buf_snake(stem);
  std::string out;
  for (char c : snake) {
    char l = upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    if (!lower(l) && !digit(l)) l = '_';
    if (l == '_' && (out.empty() || out.back() == '_')) continue;
    out += l;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "spec" : out;
}

std::string file_path(const Spec& spec, std::string_view stem) {
  std::string dir = spec.targets.proto_package;
  std::replace(dir.begin(), dir.end(), '.', '/');
  return (dir.empty() ? "" : dir + "/") + file_stem(stem) + ".proto";
}

bool is_option_name(std::string_view name) {
  size_t i = 0;
  if (!name.empty() && name[0] == '(') {
    i = 1;
    if (i < name.size() && name[i] == '.') ++i;
    if (!dotted_at(name, i) || i >= name.size() || name[i] != ')') return false;
    ++i;
    if (i == name.size()) return true;
    if (name[i] != '.') return false;
    ++i;
  }
  return dotted_at(name, i) && i == name.size();
}

std::string option_line(std::string_view name, std::string_view value) {
  if (!is_option_name(name))
    return "// statusc: skipped the file option " + escape::comment_line(escape::proto_string(name)) +
           ": not an option name protoc can read";
  std::string v;
  bool is_bool = std::find(std::begin(kBoolOptions), std::end(kBoolOptions), name) != std::end(kBoolOptions);
  if (is_bool && (value == "true" || value == "True" || value == "TRUE")) {
    v = "true";
  } else if (is_bool && (value == "false" || value == "False" || value == "FALSE")) {
    v = "false";
  } else if (name == "optimize_for" && (value == "SPEED" || value == "CODE_SIZE" || value == "LITE_RUNTIME")) {
    v = value;
  } else {
    v = escape::proto_string(value);
  }
  return "option " + std::string(name) + " = " + v + ";";
}

std::string comment_text(std::string_view line) {
  std::string out = escape::comment_line(line);
  size_t start = out.find_first_not_of(" \t");
  if (start != std::string::npos && out.compare(start, 4, "buf:") == 0) out.replace(start + 3, 1, "<U+003A>");
  return out;
}

}  // namespace proto

namespace {

// Comment lines are wrapped at spaces to this many bytes of text, so a
// folded YAML paragraph does not become one 300-column line.
constexpr size_t kCommentWidth = 76;

// {line} items for `//{{#line}} {{line}}{{/line}}`; blank lines have no key.
// Blank lines at either end are dropped, and so are trailing blanks.
MustacheData proto_comment(std::string_view text) {
  std::vector<std::string> lines;
  for (std::string raw : escape::lines(text)) {
    raw.erase(raw.find_last_not_of(" \t") + 1);
    for (std::string& line : proto::wrap(raw, kCommentWidth)) lines.push_back(std::move(line));
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  size_t first = 0;
  while (first < lines.size() && lines[first].empty()) ++first;
  MustacheData list = list_with_capacity(lines.size() - first);
  for (size_t i = first; i < lines.size(); ++i) {
    MustacheData item;
    if (!lines[i].empty()) put(item, "line", proto::comment_text(lines[i]));
    append(list, std::move(item));
  }
  return list;
}

std::string removed_summary(const Machine& m, const Removed& r) {
  std::string s = "Removed: " + naming::proto_value(m.proto_prefix, r.name) + " (" + std::to_string(r.number) + ")";
  if (r.replaced_by >= 0)
    s += ", migrates to " + naming::proto_value(m.proto_prefix, m.states[static_cast<size_t>(r.replaced_by)].name);
  return s + ".";
}

MustacheData machine_data(const Machine& m) {
  MustacheData d;
  put(d, "name", m.name);
  put(d, "comment", proto_comment(m.description));
  put(d, "lint_ignore_prefix", !proto::prefix_satisfies_buf(m.name, m.proto_prefix));
  put(d, "zero_value", m.proto_prefix + "_UNSPECIFIED");
  put(d, "values", list_of(m.states, [&](const State& s) {
        MustacheData v;
        MustacheData comment = proto_comment(s.description);
        put(v, "spaced", !comment.is_empty_list());  // a blank line before a commented value
        put(v, "comment", std::move(comment));
        put(v, "name", naming::proto_value(m.proto_prefix, s.name));
        put(v, "number", std::to_string(s.number));
        return v;
      }));
  put(d, "removed", list_of(m.removed, [&](const Removed& r) {
        MustacheData v;
        std::string text = removed_summary(m, r);
        if (!r.description.empty()) text += "\n" + r.description;
        put(v, "comment", proto_comment(text));
        put(v, "number", std::to_string(r.number));
        put(v, "name", naming::proto_value(m.proto_prefix, r.name));
        return v;
      }));
  // An earlier spelling with the state's own words (in_progress ->
  // IN_PROGRESS) keeps the value name: nothing to reserve. Two earlier
  // spellings of one name reserve it once (removed entries' earlier names
  // below included).
  MustacheData renamed{MustacheData::type::list};
  std::set<std::string> reserved;
  for (const State& s : m.states)
    for (const std::string& old : s.renamed_from) {
      const std::string name = naming::proto_value(m.proto_prefix, old);
      if (name == naming::proto_value(m.proto_prefix, s.name) || !reserved.insert(name).second) continue;
      MustacheData v;
      put(v, "name", name);
      put(v, "comment", "Renamed: " + naming::proto_value(m.proto_prefix, old) + " is now " +
                           naming::proto_value(m.proto_prefix, s.name) + " (" + std::to_string(s.number) + ").");
      append(renamed, std::move(v));
    }
  // The names a removed state had before it was removed stay reserved too.
  for (const Removed& r : m.removed)
    for (const std::string& old : r.renamed_from) {
      const std::string name = naming::proto_value(m.proto_prefix, old);
      if (name == naming::proto_value(m.proto_prefix, r.name) || !reserved.insert(name).second) continue;
      MustacheData v;
      put(v, "name", name);
      put(v, "comment", "Renamed: " + name + " was the name of removed " +
                           naming::proto_value(m.proto_prefix, r.name) + " (" + std::to_string(r.number) + ").");
      append(renamed, std::move(v));
    }
  put(d, "renamed", std::move(renamed));
  return d;
}

class ProtoEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "proto"; }
  std::string_view description() const override {
    return "A protobuf file (<stem>.proto, in the folders of its package): an enum per machine, with removed "
           "numbers and names reserved.";
  }
  std::vector<TargetOptionSchema> options() const override {
    return {{"package", TargetOptionSchema::Kind::Name,
             "Protobuf package: dot-separated lower_snake_case segments. Default: the spec's package.",
             "acme.sessions.v1"},
            {"options", TargetOptionSchema::Kind::Map,
             "File options of the .proto file, in file order: option names protoc can read (go_package, "
             "(my.custom).field) mapped to scalars, kept exactly as written.",
             "go_package: example.com/acme/sessions"}};
  }

  // Keys, besides base_data's: package, lint_ignore_package (bool),
  // options: [{line}], has_options (bool), machines: [{name, comment: [{line}],
  // lint_ignore_prefix (bool), zero_value, values: [{comment, spaced, name,
  // number}], removed: [{comment, number, name}], renamed: [{comment, name}]}].
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    const Spec& spec = context.spec;
    MustacheData data = base_data(context);
    // The shared banner, with the description wrapped like every other
    // comment here; the first line stays whole, so it can be searched for.
    MustacheData banner{MustacheData::type::list};
    MustacheData first;
    put(first, "line", proto::comment_text("Generated by statusc from " + context.spec_path + ". Do not edit."));
    append(banner, std::move(first));
    if (!spec.description.empty()) {
      append(banner, MustacheData{});
      MustacheData description = proto_comment(spec.description);
      for (MustacheData& item : list_items(description)) append(banner, std::move(item));
    }
    put(data, "banner_lines", std::move(banner));
    put(data, "package", spec.targets.proto_package);
    put(data, "lint_ignore_package", !proto::has_version_suffix(spec.targets.proto_package));
    put(data, "has_options", !spec.targets.proto_options.empty());
    put(data, "options", list_of(spec.targets.proto_options, [](const auto& option) {
          MustacheData o;
          put(o, "line", proto::option_line(option.first, option.second));
          return o;
        }));
    put(data, "machines", list_of(spec.machines, machine_data));
    return single_job("proto/enums.proto.mustache", proto::file_path(spec, context.stem), std::move(data));
  }
};

}  // namespace

const Emitter& proto_emitter() {
  static const ProtoEmitter emitter;
  return emitter;
}

}  // namespace statusc
