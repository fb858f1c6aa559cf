// Completion from the text around the cursor, so it works on a file that
// does not parse (the usual state while typing). The keys come from the
// format; names (states, attributes, enum values, events) from the last
// analysis that could read the file.
#include <algorithm>

#include "emit/emitter.h"
#include "lsp/features.h"

namespace statusc::lsp {
namespace {

enum ItemKind { Value = 12, Property = 10, EnumMember = 20, Keyword = 14, Event = 23, Module = 9, TypeParameter = 25 };

struct Items {
  json list = json::array();
  void add(const std::string& label, int kind, const std::string& detail = "", const std::string& insert = "") {
    for (const json& i : list)
      if (i["label"] == label) return;
    json item = {{"label", label}, {"kind", kind}};
    if (!detail.empty()) item["detail"] = detail;
    if (!insert.empty()) item["insertText"] = insert;
    list.push_back(std::move(item));
  }
  void keys(std::initializer_list<const char*> names) {
    for (const char* k : names) add(k, Property, "key", std::string(k) + ": ");
  }
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The key a line opens: `  running: {...}` -> running, `- from: a` -> from.
std::string line_key(std::string_view line) {
  std::string_view t = trim(line);
  if (t.substr(0, 2) == "- ") t = trim(t.substr(2));
  size_t colon = t.find(':');
  if (colon == std::string_view::npos) return {};
  std::string_view key = trim(t.substr(0, colon));
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'')) key = key.substr(1, key.size() - 2);
  return std::string(key);
}

// The keys enclosing the cursor line, outermost first, from indentation.
std::vector<std::string> enclosing_keys(const SourceFile& file, int line, int indent) {
  std::vector<std::string> path;
  for (int l = line - 1; l >= 0 && indent > 0; --l) {
    std::string_view text = file.line_text(l);
    std::string_view content = trim(text);
    if (content.empty() || content[0] == '#') continue;
    int i = indentation(text);
    bool item = content.substr(0, 2) == "- ";
    int key_column = item ? i + 2 : i;
    if (key_column >= indent && !(item && i < indent)) continue;
    if (key_column < indent) {
      std::string key = line_key(text);
      if (!key.empty()) path.insert(path.begin(), key);
    }
    indent = i;
  }
  return path;
}

bool is_section(const std::string& s) {
  return s == "attributes" || s == "states" || s == "transitions" || s == "invariants" || s == "removed";
}

class Completer {
 public:
  Completer(const Context& ctx) : ctx_(ctx) {}

  void keys_at(const std::vector<std::string>& path, Items& items) {
    size_t n = path.size();
    if (n == 0) return items.keys({"statusc", "package", "description", "targets", "machines"});
    if (path[0] == "targets") {
      if (n == 1)
        for (const TargetSchema& t : target_schemas()) items.add(t.key, Module, "target", t.key + ": ");
      if (n == 2)
        for (const TargetSchema& t : target_schemas())
          if (t.key == path[1]) {
            items.keys({"enabled"});
            for (const TargetOptionSchema& o : t.options) items.add(o.name, Property, "option", o.name + ": ");
          }
      return;
    }
    if (path[0] != "machines" || n < 2) return;
    machine_ = path[1];
    if (n == 2) return items.keys({"description", "proto_prefix", "cyclic", "initial", "attributes", "states",
                                   "transitions", "invariants", "removed"});
    const std::string& section = path[2];
    if (section == "transitions" && n == 3) return items.keys({"from", "to", "on", "description", "restore", "override"});
    if (section == "invariants" && n == 3) return items.keys({"name", "assert", "description"});
    if (n != 4) return;
    if (section == "attributes") return items.keys({"type", "description", "default", "values", "predicate"});
    if (section == "removed") return items.keys({"number", "replaced_by", "description", "renamed_from"});
    if (section == "states") {
      items.keys({"number", "description", "terminal", "renamed_from"});
      if (const RawMachine* m = machine())
        for (const RawAttribute& a : m->attributes) items.add(a.name.value, Property, a.type.value, a.name.value + ": ");
    }
  }

  void values_of(const std::vector<std::string>& path, const std::string& key, Items& items) {
    if (path.size() >= 2 && path[0] == "machines") machine_ = path[1];
    const RawMachine* m = machine();
    if (key == "initial" || key == "from" || key == "to" || key == "replaced_by") {
      if (m != nullptr)
        for (const RawState& s : m->states) items.add(s.name.value, EnumMember, "state");
      if (key == "from" || key == "to") items.add("\"*\"", Keyword, "every state");
    } else if (key == "type") {
      for (const char* t : {"bool", "enum", "string", "int"}) items.add(t, TypeParameter, "attribute type");
    } else if (key == "terminal" || key == "restore" || key == "cyclic" || key == "override" || key == "enabled") {
      items.add("true", Keyword);
      items.add("false", Keyword);
    } else if (key == "on") {
      for (const Occurrence& o : ctx_.analysis.index.occurrences)
        if (o.key.kind == SymKind::Event && o.key.machine == machine_) items.add(o.key.name, Event, "event");
    } else if (m != nullptr) {
      // An attribute's value on a state, or its default.
      std::string attribute = key;
      if (key == "default" && path.size() >= 4 && path[2] == "attributes") attribute = path[3];
      for (const RawAttribute& a : m->attributes) {
        if (a.name.value != attribute) continue;
        if (a.type.value == "bool") {
          items.add("true", Keyword);
          items.add("false", Keyword);
        }
        for (const LString& v : a.values) items.add(v.value, EnumMember, "value of " + a.name.value);
      }
    }
  }

 private:
  const RawMachine* machine() const { return ctx_.analysis.raw_machine(machine_); }
  const Context& ctx_;
  std::string machine_;
};

}  // namespace

json completion(const Context& ctx, const SourceFile& current, const json& params) {
  auto pos = byte_position(current, params.value("position", json::object()), ctx.encoding);
  if (!pos) return json::array();
  std::string_view line = current.line_text(pos->line);
  std::string prefix(line.substr(0, static_cast<size_t>(pos->column)));
  if (prefix.find('#') != std::string::npos) return json::array();  // in a comment (roughly)
  Items items;
  Completer completer(ctx);

  // Inside flow collections on this line: the innermost open '{' or '['.
  size_t open = std::string::npos;
  char open_char = 0;
  std::vector<size_t> stack;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = prefix[i];
    if (c == '{' || c == '[') stack.push_back(i);
    if ((c == '}' || c == ']') && !stack.empty()) stack.pop_back();
  }
  if (!stack.empty()) {
    open = stack.back();
    open_char = prefix[open];
  }
  size_t segment_start = prefix.find_last_of("{[,");
  std::string_view segment = trim(std::string_view(prefix).substr(segment_start == std::string::npos ? 0 : segment_start + 1));
  std::string_view block = trim(prefix);
  if (block.substr(0, 2) == "- ") block = trim(block.substr(2));
  int indent = indentation(line);
  if (trim(line).substr(0, 2) == "- ") indent += 2;
  std::vector<std::string> path = enclosing_keys(current, pos->line, indent);

  if (open != std::string::npos) {
    // The key that owns the flow collection: `running: {`, `to: [`, `- {`.
    std::string_view before = trim(std::string_view(prefix).substr(0, open));
    std::string owner;
    if (!before.empty() && before.back() == ':') owner = line_key(std::string(before) + " x");
    if (open_char == '[') {
      completer.values_of(path, owner, items);
    } else if (segment.find(':') != std::string_view::npos) {
      completer.values_of(path, std::string(trim(segment.substr(0, segment.find(':')))),
                          items);
    } else {
      std::vector<std::string> inner = path;
      if (!owner.empty()) inner.push_back(owner);
      completer.keys_at(inner, items);
    }
    return items.list;
  }
  size_t colon = block.find(':');
  if (colon != std::string_view::npos) {
    completer.values_of(path, std::string(trim(block.substr(0, colon))), items);
  } else if (block.empty() && trim(prefix).substr(0, 1) == "-" && !path.empty()) {
    // A block list item of names (`initial:`, `from:` as lists).
    completer.values_of(path, path.back(), items);
    std::vector<std::string> outer = path;
    completer.keys_at(outer, items);
  } else {
    // A list item under `initial:`/`from:`/`to:`/`renamed_from:` holds names, not keys.
    bool in_name_list = !path.empty() && trim(line).substr(0, 1) == "-" &&
                        (path.back() == "initial" || path.back() == "from" || path.back() == "to");
    if (in_name_list) completer.values_of(path, path.back(), items);
    else if (!(path.size() == 3 && path[0] == "machines" && is_section(path[2]) && path[2] != "transitions" &&
               path[2] != "invariants"))
      completer.keys_at(path, items);
  }
  return items.list;
}

}  // namespace statusc::lsp
