#include <algorithm>
#include <sstream>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "parse/text_checks.h"
#include "parse/yaml_scalar.h"
#include "parse/yaml_tree.h"
#include "util/suggest.h"

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

constexpr size_t npos = std::string::npos;

// The keys of the spec format. A slip explained in the user's terms needs to
// tell `{from: a to: b}` (a ',' is missing before a key) from
// `{description: Note: SMTP}` (text that holds ': ').
constexpr std::string_view kFormatKeys[] = {
    "statusc", "package", "description", "targets", "machines", "cpp", "proto", "typescript", "markdown", "python",
    "enabled", "namespace", "options", "proto_prefix", "initial", "cyclic", "attributes", "states",
    "transitions", "invariants", "removed", "type", "default", "values", "predicate", "number",
    "terminal", "renamed_from", "from", "to", "on", "restore", "override", "name", "assert", "replaced_by"};

bool is_format_key(std::string_view word) {
  return std::find(std::begin(kFormatKeys), std::end(kFormatKeys), word) != std::end(kFormatKeys);
}

// Free text (a description, an expression) is always text.
bool is_text_key(std::string_view key) { return key == "description" || key == "assert"; }

// A key whose value may be text: free text, a default, and keys the format
// does not define (attribute values in a state, proto options). The other
// keys of the format take names, numbers or booleans, where quoting would
// not be the fix.
bool takes_text(std::string_view key) { return is_text_key(key) || key == "default" || !is_format_key(key); }

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }

// `text` shortened for a message, cut at a space where it is long.
std::string shown(std::string_view text, size_t max = 60) {
  if (text.size() <= max) return for_message(text, max);
  size_t cut = text.rfind(' ', max);
  if (cut == std::string_view::npos || cut < max / 2) {
    cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  }
  return for_message(text.substr(0, cut), max) + " ...";
}

// `key: "text"`, the fix for a slip, ready for a message.
std::string quoted_fix(std::string_view key, std::string_view text) {
  std::string value = yaml_text::quoted(shown(text));
  return key.empty() ? value : std::string(key) + ": " + value;
}

bool has_unbalanced_parenthesis(std::string_view s) {
  int depth = 0;
  for (char c : s) depth += c == '(' ? 1 : c == ')' ? -1 : 0;
  return depth != 0;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  struct Frame {
    YamlNode node;
    bool flow = false;
    bool have_key = false;
    YamlNode key;
    // Flow mapping: keys before this offset are pieces of a value that a
    // ',' cut up, already reported and joined back (see absorb_piece).
    size_t absorbed_until = 0;
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
    if (expression_starts_with_tag()) return;  // `assert: !a && b`
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
      if (tag == "!" && first == '!' && !expression_starts_with_tag()) check_tag(mark, tag);
      node.block = first == '|' || first == '>';
      node.loc = location(mark, node.block ? 1 : plain_length(mark, value));
      if (!node.block && is_core_null(value)) {
        node.kind = YamlNode::Kind::Null;
      } else if (!node.block) {
        node.scalar_type = resolve_plain(value);
      }
    } else {
      if (!expression_starts_with_tag()) check_tag(mark, tag);
      node.loc = location(mark, token_length(mark));
    }
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value style) override {
    if (tag != "?" && !expression_starts_with_tag()) check_tag(mark, tag);
    open(mark, YamlNode::Kind::Sequence, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    if (tag != "?" && !expression_starts_with_tag()) check_tag(mark, tag);
    open(mark, YamlNode::Kind::Mapping, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override {
    check_duplicate_keys(stack_.back().node);
    close();
  }

  Diagnostic& error(DiagKind kind, Location loc, std::string message) {
    failed = true;
    return diags_.report(kind, loc, std::move(message));
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
      check_key(top, node);
      top.key = std::move(node);
      top.have_key = true;
      return;
    }
    if (top.flow && absorb_piece(top, node)) {
      top.have_key = false;
      return;
    }
    if (!top.flow && node.is_null() && node.value.empty()) check_key_has_colon(top.key);
    if (node.is_null() && !top.key.loc.has_position()) node.loc = top.key.loc;
    if (node.is_null() && node.loc.line != top.key.loc.line) {
      // An empty value has no text of its own; yaml-cpp marks the next line.
      node.loc = top.key.loc;
    }
    top.node.entries.push_back(YamlEntry{std::move(top.key), std::move(node)});
    top.have_key = false;
  }

  void check_key(const Frame& map, const YamlNode& key) {
    if (map.flow && key.is_null() && key.value.empty() && points_at_text(key.loc)) {
      // yaml-cpp reads a flow key that runs over a line break as an empty
      // key and then fails; the failure is explained instead, if it can be.
      deferred_.push_back(key.loc);
      return;
    }
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

  // --- slips: text that YAML reads as syntax ---------------------------------
  // Each explains what YAML did with the text and how to write what the user
  // meant. They run where yaml-cpp accepted something surprising (a piece
  // of a value read as a key, a last line with no ':') or failed; they use
  // the source text around the place, never guess in a valid file.

 public:
  // Reports the empty flow keys held back by check_key: the failure they
  // led to was not explained by a slip.
  void flush_deferred() {
    for (const Location& loc : deferred_) error(DiagKind::YamlSyntax, loc, "a mapping key is empty");
    deferred_.clear();
  }

  // Explains yaml-cpp's exception as a slip, if one is the cause. Returns
  // true if it reported the slip.
  bool explain(const YAML::Exception& e) {
    const std::string& t = file_.text();
    if (e.mark.is_null()) return false;
    size_t at = offset(e.mark);
    int line = 0, column = 0;
    file_.position_of(at, line, column);
    std::string_view text = file_.line_text(line);
    size_t line_start = at - static_cast<size_t>(column);
    const Frame* open = innermost_open_flow();
    bool flow = open != nullptr || open_bracket_before(text, static_cast<size_t>(column));

    // A ',' that cut a value in '{...}' into pieces.
    if (open != nullptr && open->node.is_mapping() && e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW)
      for (auto it = open->node.entries.rbegin(); it != open->node.entries.rend(); ++it) {
        if (it->key.is_null()) continue;  // a piece yaml-cpp read as an empty key
        auto slip = comma_slip(*it);
        if (!slip || !takes_text(it->key.value) || at < slip->comma || at > slip->end) break;
        deferred_.clear();
        report_comma_slip(*it, *slip);
        return true;
      }
    flush_deferred();

    // '*' or '!' at the start of a value.
    if (e.msg == YAML::ErrorMsg::ALIAS_NOT_FOUND) {
      size_t star = at > 0 && t[at - 1] == '*' ? at - 1 : at < t.size() && t[at] == '*' ? at : npos;
      if (star != npos && star >= line_start &&
          yaml_text::value_start_before(text, star - line_start, flow).column == star - line_start) {
        report_indicator_slip(star, flow);
        return true;
      }
    }
    yaml_text::ValueStart value = yaml_text::value_start_before(text, static_cast<size_t>(column), flow);
    size_t start = line_start + value.column;
    if (start < t.size() && t[start] == '!' && (start + 1 == t.size() || t[start + 1] != '!') &&
        value.after != yaml_text::ValueStart::After::Indent) {
      report_indicator_slip(start, flow);
      return true;
    }

    // ': ' inside a value.
    bool at_colon = at < t.size() && t[at] == ':';
    if (at_colon && value.column < static_cast<size_t>(column) &&
        (value.after == yaml_text::ValueStart::After::Colon ||
         (flow && value.after == yaml_text::ValueStart::After::Flow)) &&
        std::string_view("\"'[{|>").find(t[start]) == npos) {
      report_colon_slip(start, at, flow);
      return true;
    }

    // A line with no ':' (a key without it, or text below a value that is
    // not indented as the value's continuation), or a key out of line.
    bool block_end = e.msg == YAML::ErrorMsg::END_OF_MAP || e.msg == YAML::ErrorMsg::END_OF_SEQ;
    if (at_colon && e.msg == YAML::ErrorMsg::MAP_VALUE && value.after != yaml_text::ValueStart::After::Colon)
      return explain_key_from_above(line, static_cast<size_t>(column));
    if (block_end && static_cast<size_t>(column) == yaml_text::indent_of(text)) {
      yaml_text::LineShape shape = yaml_text::shape_of(text);
      if (!shape.has_key && !shape.dash) {
        explain_line_without_colon(line);
        return true;
      }
      if (shape.has_key && !shape.dash) return explain_indentation(line);
    }
    return false;
  }

  // Byte offset of a location in the file.
  size_t offset_of(const Location& loc) const {
    std::string_view line = file_.line_text(loc.line);
    if (line.data() == nullptr || loc.column < 0) return file_.text().size();
    return static_cast<size_t>(line.data() - file_.text().data()) + static_cast<size_t>(loc.column);
  }

 private:
  std::vector<Location> deferred_;
  size_t tag_slip_at_ = npos;  // the expression already reported by expression_starts_with_tag

  // [from, to) underlined up to the first line break.
  Location span(size_t from, size_t to) const {
    Location loc;
    loc.file = &file_;
    file_.position_of(from, loc.line, loc.column);
    loc.length = std::max(1, static_cast<int>(line_break_or(from, std::max(from, to)) - from));
    return loc;
  }

  size_t skip_blank_on_line(size_t i) const {
    const std::string& t = file_.text();
    while (i < t.size() && is_blank(t[i])) ++i;
    return i;
  }

  size_t skip_blank(size_t i) const {
    const std::string& t = file_.text();
    while (i < t.size() && (is_blank(t[i]) || is_break(t[i]))) ++i;
    return i;
  }

  bool points_at_text(const Location& loc) const {
    size_t at = offset_of(loc);
    const std::string& t = file_.text();
    return at < t.size() && std::string_view(":,[]{}?# \t\r\n").find(t[at]) == npos;
  }

  // A '[' or '{' opened before `column` on `line` and not closed there.
  static bool open_bracket_before(std::string_view line, size_t column) {
    int depth = 0;
    for (size_t i = 0; i < column && i < line.size(); ++i) {
      if (line[i] == '[' || line[i] == '{') ++depth;
      if ((line[i] == ']' || line[i] == '}') && depth > 0) --depth;
    }
    return depth > 0;
  }

  // The end of the value text that starts at `start`: the end of the line or
  // a comment, and in flow context a ',', ']' or '}' outside parentheses.
  size_t value_end(size_t start, bool flow) const {
    const std::string& t = file_.text();
    int parens = 0;
    size_t end = start;
    for (size_t i = start; i < t.size() && !is_break(t[i]); ++i) {
      char c = t[i];
      if (c == '#' && i > start && is_blank(t[i - 1])) break;
      if (c == '(') ++parens;
      if (c == ')') --parens;
      if (flow && parens <= 0 && (c == ',' || c == ']' || c == '}')) break;
      if (!is_blank(c)) end = i + 1;
    }
    return end;
  }

  // The key written just before the value at `start` (`key: value`), or "".
  std::string key_before(size_t start) const {
    const std::string& t = file_.text();
    size_t i = start;
    while (i > 0 && is_blank(t[i - 1])) --i;
    if (i == 0 || t[i - 1] != ':') return {};
    size_t end = --i;
    while (i > 0 && !is_blank(t[i - 1]) && !is_break(t[i - 1]) && std::string_view("{[,").find(t[i - 1]) == npos) --i;
    return t.substr(i, end - i);
  }

  // The end of a block-context plain value that starts at `start` and whose
  // first line ends at `end`, past the lines that go on with it (indented
  // more than its key, no key of their own). npos when a blank or comment
  // line parts them: folding would turn it into a line break.
  size_t continued_end(size_t start, size_t end) const {
    const std::string& t = file_.text();
    int line = 0, column = 0;
    file_.position_of(start, line, column);
    yaml_text::LineShape shape = yaml_text::shape_of(file_.line_text(line));
    bool gap = false;
    for (int next = line + 1; next < file_.line_count(); ++next) {
      std::string_view n = file_.line_text(next);
      if (!yaml_text::is_content(n)) {
        gap = true;
        continue;
      }
      if (yaml_text::indent_of(n) <= shape.key_column || yaml_text::shape_of(n).has_key) break;
      if (gap) return npos;
      size_t from = static_cast<size_t>(n.data() - t.data()) + yaml_text::indent_of(n);
      end = yaml_text::plain_end(t, from, false);
    }
    return end;
  }

  // The quick fix for a slip: bytes [start, end) as one double-quoted
  // scalar holding the text YAML was meant to read (folded, as a plain
  // scalar over several lines is).
  static FixIt quote_fix(const std::string& t, size_t start, size_t end) {
    std::string text = yaml_text::folded(std::string_view(t).substr(start, end - start));
    return FixIt{start, end, yaml_text::double_quoted(text), "Quote as " + yaml_text::double_quoted(shown(text, 40))};
  }

  // A value cut by ',' in a flow mapping: `{description: Sent, awaiting reply.}`.
  struct CommaSlip {
    size_t start = 0;       // of the value
    size_t comma = 0;       // the ',' that ended it
    size_t first = npos;    // the first piece YAML read as a key
    size_t end = 0;         // of the last piece
    std::string piece;      // the first piece, as YAML read it
    std::string text;       // the whole text as meant
  };

  // After a plain value that ends at `end` in a flow mapping, the pieces of
  // text after each ',' that have no ':' of their own (YAML reads each as a
  // key without a value). Returns the end of the last piece, or `end`.
  size_t pieces_end(size_t end, size_t* first = nullptr, std::string* first_text = nullptr) const {
    const std::string& t = file_.text();
    size_t p = skip_blank(end);
    while (p < t.size() && t[p] == ',') {
      size_t f = skip_blank(p + 1);
      if (f >= t.size() || std::string_view(",[]{}#\"'&*!|>?:%@`").find(t[f]) != npos) break;
      size_t piece_end = yaml_text::plain_end(t, f, true);
      size_t after = skip_blank(piece_end);
      if (piece_end == f || (after < t.size() && t[after] == ':')) break;
      if (first != nullptr && *first == npos) {
        *first = f;
        *first_text = yaml_text::folded(std::string_view(t).substr(f, piece_end - f));
      }
      end = piece_end;
      p = after;
    }
    return end;
  }

  std::optional<CommaSlip> comma_slip(const YamlEntry& entry) const {
    const YamlNode& v = entry.value;
    if (!entry.key.is_scalar() || !v.is_scalar() || v.quoted || v.block || !v.loc.has_position()) return std::nullopt;
    const std::string& t = file_.text();
    CommaSlip s;
    s.start = offset_of(v.loc);
    size_t end = yaml_text::plain_end(t, s.start, true);
    s.comma = skip_blank(end);
    if (s.comma >= t.size() || t[s.comma] != ',') return std::nullopt;
    s.end = pieces_end(end, &s.first, &s.piece);
    if (s.end == end) return std::nullopt;
    s.text = yaml_text::folded(std::string_view(t).substr(s.start, s.end - s.start));
    return s;
  }

  // Not fatal by itself: the caller decides whether the tree reads on.
  void report_comma_slip(const YamlEntry& entry, const CommaSlip& s) {
    const std::string& key = entry.key.value;
    diags_
        .report(DiagKind::YamlUnquotedText, span(s.start, s.end),
                "a ',' inside '{...}' ends a value, so YAML read '" + for_message(key) + ": " +
                    shown(entry.value.value, 40) + "' and then '" + shown(s.piece, 40) +
                    "' as a key; quote the whole text: " + quoted_fix(key, s.text))
        .note(span(s.comma, s.comma + 1), "YAML ends the value at this ','")
        .fix_with(quote_fix(file_.text(), s.start, s.end));
  }

  // A key with no value in a flow mapping that is a piece of the value
  // before it. Reports the slip once and joins the pieces back into that
  // value, as if it had been quoted, so that nothing else is reported about
  // them. Returns true if `value` (and its key) are to be dropped.
  bool absorb_piece(Frame& top, const YamlNode& value) {
    const YamlNode& key = top.key;
    if (!value.is_null() || !value.value.empty() || !key.is_scalar() || key.quoted || !key.loc.has_position())
      return false;
    size_t key_at = offset_of(key.loc);
    if (key_at < top.absorbed_until) return true;
    if (top.node.entries.empty()) return false;
    YamlEntry& before = top.node.entries.back();
    auto slip = comma_slip(before);
    if (!slip || slip->first != key_at) return false;
    // A piece after a name (`{from: a, b c}`) is not more of the name, and
    // a piece that could be a key of its own (`{label: Sent, done}`) is
    // reported as the key it reads as, unless the value before it is free
    // text or an unclosed call.
    const std::string& k = before.key.value;
    if (!takes_text(k)) return false;
    if (!is_text_key(k) && yaml_text::is_word(key.value) && !has_unbalanced_parenthesis(before.value.value))
      return false;
    report_comma_slip(before, *slip);
    before.value.value = slip->text;
    before.value.scalar_type = YamlNode::ScalarType::String;
    before.value.loc = span(slip->start, slip->end);
    top.absorbed_until = slip->end;
    return true;
  }

  // `assert: !a` or `{from: *, ...}`: '!' starts a tag and '*' an alias.
  void report_indicator_slip(size_t start, bool flow) {
    const std::string& t = file_.text();
    size_t end = value_end(start, flow);
    std::string text = t.substr(start, std::max(end, start + 1) - start);
    std::string key = key_before(start);
    std::string message;
    if (t[start] == '*') {
      message = "'*' at the start of a value starts a YAML alias (a reference to an '&anchor'), so YAML does "
                "not read '" + shown(text, 40) + "' as text; quote it: " + quoted_fix(key, text);
    } else {
      message = "'!' at the start of a value starts a YAML tag, so YAML does not read '" + shown(text, 40) +
                "' as text; quote the " + (key == "assert" ? "expression" : "text") + ": " + quoted_fix(key, text);
    }
    Diagnostic& d = error(DiagKind::YamlUnquotedText, span(start, end), std::move(message));
    size_t whole = flow ? std::max(end, start + 1) : continued_end(start, std::max(end, start + 1));
    if (whole != npos) d.fix_with(quote_fix(t, start, whole));
  }

  // `description: Failed: could not be delivered.` (yaml-cpp stopped at the
  // second ':', at `colon`), or a ',' or line break missing before a key.
  void report_colon_slip(size_t start, size_t colon, bool flow) {
    const std::string& t = file_.text();
    std::string key = key_before(start);
    std::string_view before = std::string_view(t).substr(start, colon - start);
    while (!before.empty() && is_blank(before.back())) before.remove_suffix(1);
    // `{from: a to: b}`: a name, then a key of the format. In text (a
    // description or an expression) a word before ': ' is part of the text.
    size_t space = before.find_last_of(" \t");
    if (space != npos && !is_text_key(key) && is_format_key(before.substr(space + 1))) {
      std::string_view next_key = before.substr(space + 1);
      std::string_view value = before.substr(0, space);
      while (!value.empty() && is_blank(value.back())) value.remove_suffix(1);
      size_t at = start + space + 1;
      error(DiagKind::YamlSyntax, span(at, at + next_key.size()),
            flow ? "a ',' is missing before '" + std::string(next_key) + "': YAML reads '" + shown(before, 40) +
                       "' as one value and then stops at the ':'; write '" + shown(value, 40) + ", " +
                       std::string(next_key) + ":'"
                 : "'" + std::string(next_key) + ":' is on the line of the value before it, so YAML reads '" +
                       shown(before, 40) + "' as one value and then stops at the ':'; put '" +
                       std::string(next_key) + ":' on a line of its own");
      return;
    }
    size_t end = value_end(start, flow);
    if (flow) end = pieces_end(end);
    std::string text = yaml_text::folded(std::string_view(t).substr(start, end - start));
    // A plain value may go on over the next lines; then the fix is the
    // whole text, which this line does not show.
    int line = 0, column = 0;
    file_.position_of(start, line, column);
    bool goes_on = false;
    if (!flow) {
      yaml_text::LineShape shape = yaml_text::shape_of(file_.line_text(line));
      for (int next = line + 1; next < file_.line_count(); ++next) {
        std::string_view n = file_.line_text(next);
        if (!yaml_text::is_content(n)) continue;
        goes_on = yaml_text::indent_of(n) > shape.key_column && !yaml_text::shape_of(n).has_key;
        break;
      }
    }
    bool stray = yaml_text::is_word(before) && skip_blank_on_line(colon + 1) >= end;
    if (!key.empty() && !is_text_key(key) && (stray || !takes_text(key))) {
      // `to: running:` or `active: false:`: a name, a number or a boolean
      // is not text to quote.
      std::string takes;
      if (is_format_key(key))
        takes = "; '" + key + "' takes " +
                (key == "statusc" || key == "number"                                            ? "a number"
                 : key == "terminal" || key == "cyclic" || key == "restore" || key == "override" ||
                         key == "enabled"                                                       ? "true or false"
                                                                                                : "a name") +
                ", not text";
      fail(DiagKind::YamlSyntax, span(colon, colon + 1),
           "': ' starts a key in YAML, so the value of '" + key + "' cannot go on past '" + shown(before, 40) + "'" +
               takes + ": remove the ':'" + (stray ? "" : ", or put what follows on a line of its own"));
      return;
    }
    Diagnostic& d =
        fail(DiagKind::YamlUnquotedText, span(start, end),
             "': ' in unquoted text starts a key in YAML, so the value" + (key.empty() ? std::string() : " of '" + key + "'") +
                 " cannot go on past '" + shown(before, 40) + "'; quote the whole text" +
                 (goes_on ? std::string(" (it goes on over the next lines)") : ": " + quoted_fix(key, text)))
            .note(span(colon, colon + 1), "YAML reads this ':' as the end of a key");
    size_t whole = flow ? end : continued_end(start, end);
    if (whole != npos) d.fix_with(quote_fix(t, start, whole));
  }

  // Reports an error that stops the tree from being used.
  Diagnostic& fail(DiagKind kind, Location loc, std::string message) {
    failed = true;
    return diags_.report(kind, loc, std::move(message));
  }

  // An `assert:` value that starts with '!' (`assert: !terminal`, or
  // `!a && b`, where '&&' also reads as an anchor): the expression's "not",
  // which YAML reads as a tag. Reported once per value; true if it is one.
  bool expression_starts_with_tag() {
    if (stack_.empty()) return false;
    const Frame& top = stack_.back();
    if (!top.node.is_mapping() || !top.have_key || !top.key.is_scalar() || top.key.quoted ||
        top.key.value != "assert" || !top.key.loc.has_position())
      return false;
    const std::string& t = file_.text();
    size_t at = yaml_text::plain_end(t, offset_of(top.key.loc), top.flow);
    while (at < t.size() && is_blank(t[at])) ++at;
    if (at >= t.size() || t[at] != ':') return false;
    size_t start = skip_blank(at + 1);
    if (start >= t.size() || t[start] != '!' || (start + 1 < t.size() && t[start + 1] == '!')) return false;
    if (start != tag_slip_at_) report_indicator_slip(start, top.flow);
    tag_slip_at_ = start;
    return true;
  }

  // yaml-cpp reads a last line with no ':' (`  running` at the end of the
  // file) as a key with an empty value; other YAML parsers reject it.
  void check_key_has_colon(const YamlNode& key) {
    if (!key.is_scalar() || !key.loc.has_position()) return;
    const std::string& t = file_.text();
    size_t at = offset_of(key.loc);
    size_t before = at;
    while (before > 0 && is_blank(t[before - 1])) --before;
    if (before > 0 && t[before - 1] == '?') return;  // an explicit `? key`
    size_t end = key.quoted ? at + static_cast<size_t>(key.loc.length) : yaml_text::plain_end(t, at, false);
    while (end < t.size() && is_blank(t[end])) ++end;
    if (end < t.size() && t[end] == ':') return;
    explain_line_without_colon(key.loc.line);
  }

  // The nearest line above `line` with a `key:`, past the lines that go on
  // with its value; -1 if there is none.
  int keyed_line_above(int line) const {
    for (int i = line - 1; i >= 0; --i) {
      std::string_view text = file_.line_text(i);
      if (!yaml_text::is_content(text)) continue;
      yaml_text::LineShape shape = yaml_text::shape_of(text);
      if (shape.has_key) return i;
      if (shape.dash || std::string_view("{[]}\"'").find(shape.text.front()) != npos) return -1;
    }
    return -1;
  }

  static bool is_plain_text(std::string_view value) {
    return !value.empty() && std::string_view("\"'{[|>&*!").find(value.front()) == npos;
  }

  // A line of text with no ':' where YAML needs `key: value`.
  void explain_line_without_colon(int line) {
    std::string_view text = file_.line_text(line);
    yaml_text::LineShape shape = yaml_text::shape_of(text);
    size_t line_start = offset_of(Location{&file_, line, 0, 1});
    Location at = span(line_start + shape.indent, line_start + shape.indent + shape.text.size());
    int above = keyed_line_above(line);
    if (above >= 0 && !yaml_text::is_word(shape.text)) {
      yaml_text::LineShape key = yaml_text::shape_of(file_.line_text(above));
      if (is_plain_text(key.value) && resolve_plain(key.value) == YamlNode::ScalarType::String &&
          takes_text(key.key) && shape.indent <= key.key_column) {
        std::string k = for_message(key.key);
        error(DiagKind::YamlSyntax, at,
              "this line reads as more of the text of '" + k + "' on line " + std::to_string(above + 1) +
                  ", but it is not indented further than '" + k +
                  "', so YAML takes it as a key and finds no ':' after it; indent it by more than " +
                  std::to_string(key.key_column) + " spaces, or quote the whole text");
        return;
      }
    }
    if (yaml_text::is_word(shape.text)) {
      std::string word(shape.text);
      error(DiagKind::YamlSyntax, at,
            "'" + word + "' has no ':' after it; a key in a mapping needs one: write '" + word + ":'");
      return;
    }
    error(DiagKind::YamlSyntax, at,
          "this line has no ':', so YAML cannot read it as 'key: value'; add the ':', or quote the text if it "
          "goes on from a value above");
  }

  // yaml-cpp found the ':' of a key (at `column` of `line`) whose text began
  // on a line above: that line had no ':' of its own, or this key is
  // indented as more of the value above it.
  bool explain_key_from_above(int line, size_t column) {
    std::vector<int> run;  // lines without a key between the key above and `line`, bottom up
    int above = -1;
    for (int i = line - 1; i >= 0; --i) {
      std::string_view text = file_.line_text(i);
      if (!yaml_text::is_content(text)) continue;
      yaml_text::LineShape shape = yaml_text::shape_of(text);
      if (shape.has_key || shape.dash) {
        above = shape.has_key ? i : -1;
        break;
      }
      run.push_back(i);
    }
    std::string_view text = file_.line_text(line);
    yaml_text::LineShape shape = yaml_text::shape_of(text);
    if (run.empty()) {
      if (above < 0) return false;
      yaml_text::LineShape key = yaml_text::shape_of(file_.line_text(above));
      if (!is_plain_text(key.value) || shape.indent <= key.key_column) return false;
      size_t line_start = offset_of(Location{&file_, line, 0, 1});
      std::string k = for_message(key.key);
      std::string_view word = text.substr(shape.indent, column - shape.indent);
      error(DiagKind::YamlSyntax, span(line_start + shape.indent, line_start + column),
            "'" + shown(word, 40) + ":' is indented further than '" + k + ":' on line " + std::to_string(above + 1) +
                ", so YAML reads it as more of the value '" + shown(key.value, 40) +
                "' and then stops at the ':'; line it up with '" + k + ":' (" + std::to_string(key.key_column) +
                " spaces)" + (takes_text(key.key) ? ", or quote the text if the ': ' belongs to it" : ""));
      return true;
    }
    // The key began on the first of these lines that is not indented as
    // more of the value above it.
    int culprit = run.back();
    if (above >= 0) {
      yaml_text::LineShape key = yaml_text::shape_of(file_.line_text(above));
      for (auto it = run.rbegin(); it != run.rend(); ++it)
        if (yaml_text::indent_of(file_.line_text(*it)) <= key.key_column) {
          culprit = *it;
          break;
        }
    }
    explain_line_without_colon(culprit);
    return true;
  }

  // `end of map not found` at a `key:` whose indentation lines up with no
  // mapping above it.
  bool explain_indentation(int line) {
    std::string_view text = file_.line_text(line);
    yaml_text::LineShape shape = yaml_text::shape_of(text);
    size_t bad = shape.indent;
    struct Level {
      size_t column;
      int line;
      std::string key;  // empty for a "- " item marker
    };
    // The levels open at `line`, outermost first: one pass down the lines
    // above, as YAML nests them (text inside a `|` or `>` block and lines
    // without a key, which go on with a value, do not open levels).
    std::vector<Level> levels;
    size_t block_text_over = npos;  // lines indented further are block scalar text
    for (int i = 0; i < line; ++i) {
      std::string_view above = file_.line_text(i);
      if (!yaml_text::is_content(above)) continue;
      yaml_text::LineShape s = yaml_text::shape_of(above);
      if (block_text_over != npos && s.indent > block_text_over) continue;
      block_text_over = npos;
      if (!s.has_key && !s.dash) continue;
      while (!levels.empty() && levels.back().column >= s.indent) levels.pop_back();
      if (s.dash) levels.push_back({s.indent, i, std::string()});
      if (s.has_key && s.key_column > s.indent) levels.push_back({s.key_column, i, std::string(s.key)});
      if (s.has_key && s.key_column == s.indent) levels.push_back({s.indent, i, std::string(s.key)});
      if (s.has_key && !s.value.empty() && (s.value.front() == '|' || s.value.front() == '>'))
        block_text_over = s.key_column;
    }
    std::reverse(levels.begin(), levels.end());  // innermost first
    const Level* deeper = nullptr;
    const Level* shallower = nullptr;
    for (const Level& l : levels) {
      if (l.column == bad) return false;
      if (l.column > bad) deeper = &l;
      if (l.column < bad && shallower == nullptr) shallower = &l;
    }
    if (deeper == nullptr || deeper->key.empty()) return false;
    auto like = [](const Level& l) {
      return std::to_string(l.column) + " spaces to line up with '" + for_message(l.key) + ":' (line " +
             std::to_string(l.line + 1) + ")";
    };
    std::string message = "'" + for_message(shape.key) + ":' is indented " + std::to_string(bad) +
                          " spaces, which lines up with no key above it; indent it " + like(*deeper);
    if (shallower != nullptr && !shallower->key.empty()) message += ", or " + like(*shallower);
    size_t line_start = offset_of(Location{&file_, line, 0, 1});
    error(DiagKind::YamlSyntax, span(line_start + bad, line_start + shape.key_column + shape.key.size()), message);
    return true;
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
    if (builder.explain(e)) return std::nullopt;
    builder.flush_deferred();
    if (open != nullptr && e.msg.find("flow not found") != std::string::npos &&
        yaml_text::closing_bracket(file.text(), builder.offset_of(open->node.loc)) != std::string::npos) {
      // The bracket is closed further on: something inside it is wrong.
      bool list = open->node.is_sequence();
      builder.error(DiagKind::YamlSyntax, loc,
                    std::string("invalid YAML: expected ',' or '") + (list ? "]" : "}") + "' here, inside the '" +
                        (list ? "[" : "{") + "' on line " + std::to_string(open->node.loc.line + 1));
      return std::nullopt;
    }
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
  builder.flush_deferred();
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
