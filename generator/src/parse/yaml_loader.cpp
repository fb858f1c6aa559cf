#include <sstream>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "parse/text_checks.h"
#include "parse/yaml_scalar.h"
#include "parse/yaml_tree.h"

namespace statusc {

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.value == key) return &v;
  return nullptr;
}

std::string YamlNode::describe() const {
  switch (kind) {
    case Kind::Null: return value.empty() ? "an empty value" : "YAML's null ('" + value + "'; quote it for the word)";
    case Kind::Sequence: return "a list";
    case Kind::Mapping: return "a mapping";
    case Kind::Scalar: break;
  }
  switch (scalar_type) {
    case ScalarType::Bool: return "a boolean";
    case ScalarType::Int: return "an integer";
    case ScalarType::Float: return "a number";
    case ScalarType::String: break;
  }
  return "a string";
}

namespace {

// Thrown from inside the event handler to stop yaml-cpp early; the mark is
// where the problem is. yaml-cpp unwinds cleanly through its own frames.
struct StopParsing {
  YAML::Mark mark;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  struct Frame {
    YamlNode node;
    bool flow = false;
    bool have_key = false;
    YamlNode key;
  };

  TreeBuilder(const SourceFile& file, DiagnosticEngine& diags, const YamlLimits& limits)
      : file_(file), diags_(diags), limits_(limits),
        bom_(file.text().rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0) {}

  std::optional<YamlNode> root;
  int documents = 0;
  bool failed = false;
  bool unterminated_quote = false;  // explains any later "flow not found"

  YAML::Mark stop_mark;
  enum class Stop { None, Depth, ExtraDocument } stop = Stop::None;

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents > 1) {
      stop = Stop::ExtraDocument;
      throw StopParsing{mark};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    YamlNode node;
    node.kind = YamlNode::Kind::Null;
    node.loc = location(mark, 1);
    // An explicit `null` or `~` has text; an empty value has none (its mark
    // is wherever the next token starts).
    std::string token = file_.text().substr(offset(mark), static_cast<size_t>(token_length(mark)));
    if (!token.empty() && token.back() == ':') token.pop_back();
    if (token == "~" || token == "null" || token == "Null" || token == "NULL") {
      node.value = token;
      node.loc.length = static_cast<int>(token.size());
    }
    if (node.value.empty() && !stack_.empty() && stack_.back().node.is_sequence() && stack_.back().flow)
      error(DiagKind::YamlSyntax, node.loc, "empty entry in a flow list; remove the extra ','");
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    Location loc = location(mark, token_length(mark));
    if (++anchors_seen_ <= kMaxAnchorReports)
      last_anchor_ = &diags_.report(DiagKind::YamlAnchor, loc,
                                    "YAML aliases are not supported in spec files; write the value out in full");
    failed = true;
    YamlNode node;
    node.loc = loc;
    add(std::move(node));
  }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    failed = true;
    if (++anchors_seen_ > kMaxAnchorReports) return;
    last_anchor_ = &diags_.report(DiagKind::YamlAnchor, location(mark, static_cast<int>(name.size()) + 1),
                                  "YAML anchors ('&" + name + "') are not supported in spec files; write values out in full");
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    YamlNode node;
    node.kind = YamlNode::Kind::Scalar;
    node.value = value;
    char first = source_char(mark);
    if (tag == "!" && (first == '"' || first == '\'')) {
      node.quoted = true;
      node.loc = location(mark, quoted_length(mark, first));
    } else if (tag == "?" || tag == "!") {
      // yaml-cpp gives block scalars the non-specific tag "!" as well; only
      // a '!' in the source is a tag the user wrote.
      if (tag == "!" && first == '!') check_tag(mark, tag);
      node.block = first == '|' || first == '>';
      node.loc = location(mark, node.block ? 1 : plain_length(mark, value));
      if (!node.block && is_core_null(value)) {
        node.kind = YamlNode::Kind::Null;
      } else if (!node.block) {
        node.scalar_type = resolve_plain(value);
      }
    } else {
      check_tag(mark, tag);
      node.loc = location(mark, token_length(mark));
    }
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value style) override {
    if (tag != "?") check_tag(mark, tag);
    open(mark, YamlNode::Kind::Sequence, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    if (tag != "?") check_tag(mark, tag);
    open(mark, YamlNode::Kind::Mapping, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override {
    check_duplicate_keys(stack_.back().node);
    close();
  }

  void error(DiagKind kind, Location loc, std::string message) {
    diags_.report(kind, loc, std::move(message));
    failed = true;
  }

  Location location(const YAML::Mark& mark, int length) const {
    Location loc;
    loc.file = &file_;
    // yaml-cpp sometimes gives no mark; offset() then points at the end.
    file_.position_of(mark.is_null() ? file_.text().size() : offset(mark), loc.line, loc.column);
    loc.length = length < 1 ? 1 : length;
    return loc;
  }

 private:
  const SourceFile& file_;
  DiagnosticEngine& diags_;
  const YamlLimits& limits_;
  std::vector<Frame> stack_;
  size_t bom_;  // bytes of a UTF-8 BOM, which yaml-cpp's marks skip
  // An alias bomb has thousands of aliases; after a few, one is as good as all.
  static constexpr int kMaxAnchorReports = 8;
  int anchors_seen_ = 0;
  Diagnostic* last_anchor_ = nullptr;

 public:
  // The innermost `[` or `{` still open, if any: where an "end of flow not
  // found" error really is.
  const Frame* innermost_open_flow() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->flow) return &*it;
    return nullptr;
  }

  void report_anchor_overflow() {
    if (anchors_seen_ > kMaxAnchorReports && last_anchor_ != nullptr)
      last_anchor_->note(Location{&file_, -1, -1, 1},
                         std::to_string(anchors_seen_ - kMaxAnchorReports) + " more anchors and aliases not shown");
  }

 private:

  char source_char(const YAML::Mark& mark) const {
    size_t at = offset(mark);
    return at < file_.text().size() ? file_.text()[at] : '\0';
  }

  // Length of the token at `mark`, up to white space or a flow indicator.
  int token_length(const YAML::Mark& mark) const {
    const std::string& t = file_.text();
    size_t i = offset(mark);
    size_t start = i;
    while (i < t.size() && t[i] != ' ' && t[i] != '\t' && t[i] != '\n' && t[i] != '\r' &&
           t[i] != ',' && t[i] != ']' && t[i] != '}')
      ++i;
    return static_cast<int>(i - start);
  }

  int plain_length(const YAML::Mark& mark, const std::string& value) const {
    // A plain scalar on one line is exactly its value; a folded multi-line
    // one is underlined to the end of its first line.
    // Only the scalar's own span is searched, keeping this linear overall.
    size_t start = offset(mark);
    return static_cast<int>(line_break_or(start, std::min(file_.text().size(), start + value.size())) - start);
  }

  // Byte offset of a mark in the file (yaml-cpp does not count a BOM).
  size_t offset(const YAML::Mark& mark) const {
    if (mark.pos < 0) return file_.text().size();
    return std::min(file_.text().size(), static_cast<size_t>(mark.pos) + bom_);
  }

  // The first line break in [from, to), or `to`.
  size_t line_break_or(size_t from, size_t to) const {
    const std::string& t = file_.text();
    for (size_t i = from; i < to; ++i)
      if (t[i] == '\n' || t[i] == '\r') return i;
    return to;
  }

  // yaml-cpp accepts a quoted scalar left open at the end of the file, so
  // look for the closing quote ourselves. Returns the underline length.
  int quoted_length(const YAML::Mark& mark, char quote) {
    const std::string& t = file_.text();
    size_t open_at = offset(mark);
    for (size_t i = open_at + 1; i < t.size(); ++i) {
      if (quote == '"' && t[i] == '\\') {
        ++i;
        continue;
      }
      if (t[i] == quote) {
        if (quote == '\'' && i + 1 < t.size() && t[i + 1] == '\'') {
          ++i;  // '' is an escaped quote inside a single-quoted string
          continue;
        }
        // A string spanning lines is underlined to the end of its first line.
        return static_cast<int>(line_break_or(open_at, i + 1) - open_at);
      }
    }
    error(DiagKind::YamlSyntax, location(mark, 1),
          std::string("unterminated quoted string: missing closing ") + quote);
    unterminated_quote = true;
    return 1;
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    std::string shown = tag;
    if (tag.rfind("tag:yaml.org,2002:", 0) == 0) shown = "!!" + tag.substr(18);
    error(DiagKind::YamlTag, location(mark, token_length(mark)),
          "YAML tags ('" + shown + "') are not supported in spec files; remove the tag" +
              (shown.rfind("!!", 0) == 0 ? std::string() : ", or quote the value if the '!' is part of the text"));
  }

  void open(const YAML::Mark& mark, YamlNode::Kind kind, bool flow) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      stop = Stop::Depth;
      throw StopParsing{mark};
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.loc = location(mark, 1);
    frame.flow = flow;
    stack_.push_back(std::move(frame));
  }

  void close() {
    YamlNode node = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(node));
  }

  void add(YamlNode node) {
    if (stack_.empty()) {
      root = std::move(node);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.is_sequence()) {
      top.node.items.push_back(std::move(node));
      return;
    }
    if (!top.have_key) {
      check_key(node);
      top.key = std::move(node);
      top.have_key = true;
      return;
    }
    if (node.is_null() && !top.key.loc.has_position()) node.loc = top.key.loc;
    if (node.is_null() && node.loc.line != top.key.loc.line) {
      // An empty value has no text of its own; yaml-cpp marks the next line.
      node.loc = top.key.loc;
    }
    top.node.entries.push_back(YamlEntry{std::move(top.key), std::move(node)});
    top.have_key = false;
  }

  void check_key(const YamlNode& key) {
    if (key.is_scalar() && !key.quoted && key.value == "<<") {
      error(DiagKind::YamlAnchor, key.loc,
            "YAML merge keys ('<<') are not supported in spec files; write the keys out in full");
    } else if (key.is_null()) {
      error(DiagKind::YamlSyntax, key.loc,
            key.value.empty() ? std::string("a mapping key is empty")
                              : "'" + key.value + "' as a key is YAML's null, not a name; quote it ('" +
                                    key.value + "') to use it as a name");
    } else if (!key.is_scalar()) {
      error(DiagKind::WrongType, key.loc,
            "mapping keys must be plain names, found " + key.describe());
    }
  }

  void check_duplicate_keys(const YamlNode& map) {
    std::unordered_map<std::string_view, const YamlNode*> seen;
    seen.reserve(map.entries.size());
    for (const auto& [key, value] : map.entries) {
      if (!key.is_scalar()) continue;
      auto [it, inserted] = seen.emplace(key.value, &key);
      if (!inserted) {
        diags_.report(DiagKind::YamlDuplicateKey, key.loc, "duplicate key '" + key.value + "'")
            .note(it->second->loc, "first defined here");
        failed = true;
      }
    }
  }
};

std::string yaml_cpp_message(const std::string& msg, std::string_view line) {
  std::string m = msg;
  if (line.find('\t') != std::string_view::npos)
    m += " (tabs are not allowed for indentation in YAML; use spaces)";
  return m;
}

}  // namespace

std::optional<YamlNode> load_yaml(const SourceFile& file, DiagnosticEngine& diags,
                                  const YamlLimits& limits) {
  if (file.text().size() > limits.max_bytes) {
    Location loc;
    loc.file = &file;
    diags.report(DiagKind::FileTooLarge, loc,
                 "spec file is " + std::to_string(file.text().size()) + " bytes; the limit is " +
                     std::to_string(limits.max_bytes));
    return std::nullopt;
  }
  if (!check_text(file, diags)) return std::nullopt;

  std::string input = file.text();
  for (size_t i = 0; i < input.size(); ++i)
    if (input[i] == '\r' && (i + 1 == input.size() || input[i + 1] != '\n')) input[i] = '\n';
  std::istringstream in(input);
  TreeBuilder builder(file, diags, limits);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const StopParsing& stop) {
    if (builder.stop == TreeBuilder::Stop::Depth) {
      builder.error(DiagKind::YamlTooDeep, builder.location(stop.mark, 1),
                    "YAML nesting is deeper than " + std::to_string(limits.max_depth) + " levels");
    } else {
      builder.error(DiagKind::YamlMultipleDocuments, builder.location(stop.mark, 3),
                    "a spec file holds one YAML document; found another one here");
    }
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    Location loc = builder.location(e.mark, 1);
    const auto* open = builder.innermost_open_flow();
    if (builder.unterminated_quote) return std::nullopt;  // that error explains this one
    if (open != nullptr && e.msg.find("flow not found") != std::string::npos) {
      bool list = open->node.is_sequence();
      diags.report(DiagKind::YamlSyntax, open->node.loc,
                   std::string("this flow ") + (list ? "list" : "mapping") + " is never closed; add '" +
                       (list ? "]" : "}") + "'")
          .note(loc, "the YAML parser expected it before this");
      return std::nullopt;
    }
    builder.error(DiagKind::YamlSyntax, loc,
                  "invalid YAML: " + yaml_cpp_message(e.msg, file.line_text(loc.line)));
    return std::nullopt;
  } catch (const std::exception& e) {
    Location loc;
    loc.file = &file;
    builder.error(DiagKind::YamlSyntax, loc, std::string("invalid YAML: ") + e.what());
    return std::nullopt;
  }
  builder.report_anchor_overflow();
  if (builder.failed) return std::nullopt;
  if (!builder.root) {
    YamlNode empty;
    empty.loc.file = &file;
    empty.loc.line = 0;
    empty.loc.column = 0;
    return empty;
  }
  return std::move(builder.root);
}

}  // namespace statusc
