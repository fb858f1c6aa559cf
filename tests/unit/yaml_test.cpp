// The located YAML loader: YAML 1.2 core-schema scalars, positions, and
// the hazards of yaml-cpp's node API that it must not inherit.
#include <catch2/catch.hpp>

#include "parse/yaml_tree.h"

using namespace statusc;

namespace {

struct Loaded {
  SourceFile file;
  DiagnosticEngine diags;
  std::optional<YamlNode> root;
  explicit Loaded(std::string text, YamlLimits limits = {}) : file("t.yaml", std::move(text)) {
    root = load_yaml(file, diags, limits);
  }
  bool has(std::string_view code) const {
    for (const Diagnostic& d : diags.diagnostics())
      if (kind_info(d.kind).code == code) return true;
    return false;
  }
};

}  // namespace

TEST_CASE("plain scalars resolve by the YAML 1.2 core schema", "[yaml]") {
  Loaded y("a: on\nb: yes\nc: true\nd: False\ne: 0x1F\nf: 0o17\ng: -3\nh: 1.5\ni: ~\nj:\nk: 'true'\nl: null\nm: 1e3\n");
  REQUIRE(y.root);
  auto type = [&](const char* key) { return y.root->find(key)->scalar_type; };
  using T = YamlNode::ScalarType;
  CHECK(type("a") == T::String);
  CHECK(type("b") == T::String);
  CHECK(type("c") == T::Bool);
  CHECK(type("d") == T::Bool);
  CHECK(type("e") == T::Int);
  CHECK(type("f") == T::Int);
  CHECK(type("g") == T::Int);
  CHECK(type("h") == T::Float);
  CHECK(type("m") == T::Float);
  CHECK(y.root->find("i")->is_null());
  CHECK(y.root->find("j")->is_null());
  CHECK(y.root->find("l")->is_null());
  CHECK(y.root->find("k")->quoted);
  CHECK(type("k") == T::String);
  CHECK(parse_core_int("0x1F") == 31);
  CHECK(parse_core_int("0o17") == 15);
  CHECK(parse_core_int("017") == 17);
  CHECK(!parse_core_int("0b101"));
  CHECK(!parse_core_int("99999999999999999999999"));
}

TEST_CASE("every node has its 0-based line and byte column", "[yaml]") {
  Loaded y("top:\n  key: \"value\"\n  \xC3\xA9t\xC3\xA9: x\n");
  REQUIRE(y.root);
  const YamlNode* top = y.root->find("top");
  REQUIRE(top);
  const YamlNode* value = top->find("key");
  CHECK(value->loc.line == 1);
  CHECK(value->loc.column == 7);
  CHECK(value->loc.length == 7);  // the quotes are part of the token
  const auto& [key, x] = top->entries[1];
  CHECK(key.loc.column == 2);
  CHECK(x.loc.column == 9);  // bytes (characters would give 7)
}

TEST_CASE("an empty value is located at its key, not the next line", "[yaml]") {
  Loaded y("a:\nb: 1\n");
  REQUIRE(y.root);
  CHECK(y.root->find("a")->loc.line == 0);
}

TEST_CASE("duplicate keys are errors with a note at the first", "[yaml]") {
  Loaded y("a: 1\nb: 2\na: 3\n");
  CHECK(!y.root);
  REQUIRE(y.diags.error_count() == 1);
  const Diagnostic& d = y.diags.diagnostics().front();
  CHECK(kind_info(d.kind).code == "yaml-duplicate-key");
  CHECK(d.loc.line == 2);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].loc.line == 0);
}

TEST_CASE("anchors, aliases, merge keys, tags and extra documents are rejected", "[yaml]") {
  CHECK(Loaded("a: &x 1\nb: *x\n").has("yaml-anchor"));
  CHECK(Loaded("a: &x {k: 1}\nb:\n  <<: *x\n").has("yaml-anchor"));
  CHECK(Loaded("a: !!str 1\n").has("yaml-tag"));
  CHECK(Loaded("a: !custom 1\n").has("yaml-tag"));
  CHECK(Loaded("a: 1\n---\nb: 2\n").has("yaml-multiple-documents"));
  // Block scalars carry yaml-cpp's non-specific tag, but are not tagged.
  Loaded block("a: |\n  text\nb: >-\n  folded\n");
  CHECK(block.diags.error_count() == 0);
  CHECK(block.root->find("a")->value == "text\n");
}

TEST_CASE("limits: depth and size", "[yaml]") {
  YamlLimits limits;
  limits.max_depth = 3;
  CHECK(Loaded("a: {b: {c: 1}}\n", limits).diags.error_count() == 0);
  CHECK(Loaded("a: {b: {c: {d: 1}}}\n", limits).has("yaml-too-deep"));
  limits.max_bytes = 10;
  CHECK(Loaded("statusc: 1\npackage: a\n", limits).has("file-too-large"));
}

TEST_CASE("text checks: encodings, control characters and bidi overrides", "[yaml]") {
  CHECK(Loaded("\xEF\xBB\xBF" "a: 1\n").diags.error_count() == 0);  // UTF-8 BOM
  CHECK(Loaded(std::string("\xFF\xFE" "a\0", 4)).has("invalid-encoding"));
  CHECK(Loaded("a: \xED\xA0\x80\n").has("invalid-encoding"));  // a UTF-16 surrogate
  CHECK(Loaded("a: b\x1b[31m\n").has("yaml-syntax"));
  Loaded bidi("a: \"x\xE2\x80\xAEy\"\nb: \"\xE2\x81\xA6\"\n");
  CHECK(bidi.diags.error_count() == 2);  // both reported, parsing went on
  CHECK(bidi.has("bidi-character"));
}

TEST_CASE("unterminated quotes at end of file are errors", "[yaml]") {
  CHECK(Loaded("a: \"open\n").has("yaml-syntax"));
  CHECK(Loaded("a: 'open\n").has("yaml-syntax"));
  CHECK(Loaded("a: 'it''s closed'\n").diags.error_count() == 0);
  CHECK(Loaded("a: \"esc \\\" closed\"\n").diags.error_count() == 0);
}

namespace {

// The one diagnostic a slip gives: its code and 0-based line and column.
struct Only {
  std::string code;
  int line = -1;
  int column = -1;
  bool operator==(const Only&) const = default;
};

Only only(const Loaded& y) {
  REQUIRE(y.diags.diagnostics().size() == 1);
  const Diagnostic& d = y.diags.diagnostics().front();
  return {std::string(kind_info(d.kind).code), d.loc.line, d.loc.column};
}

}  // namespace

TEST_CASE("a ',' that cuts a value in a flow mapping is one slip, and the text reads on whole", "[yaml]") {
  Loaded y("s: {a: false, description: Sent, awaiting reply.}\n");
  CHECK(only(y) == Only{"yaml-unquoted-text", 0, 27});
  REQUIRE(y.root);  // not fatal: the text is joined back as if quoted
  const YamlNode* s = y.root->find("s");
  REQUIRE(s->entries.size() == 2);
  CHECK(s->find("description")->value == "Sent, awaiting reply.");
  // Several pieces, one over a line break: still one error.
  Loaded pieces("s: {description: Sent, awaiting reply,\n    then done}\n");
  CHECK(only(pieces).code == "yaml-unquoted-text");
  CHECK(pieces.root->find("s")->find("description")->value == "Sent, awaiting reply, then done");
  // A piece that runs over a line break makes yaml-cpp fail; one error, no
  // "never closed" and no "a mapping key is empty".
  Loaded broken("s: {description: Sent, awaiting\n    reply}\n");
  CHECK(only(broken) == Only{"yaml-unquoted-text", 0, 17});
  CHECK(!broken.root);
  // An expression with a ',' between its arguments.
  Loaded call("- {name: x, assert: at_most_one(a, b)}\n");
  CHECK(only(call).code == "yaml-unquoted-text");
  CHECK(call.root->items[0].find("assert")->value == "at_most_one(a, b)");
  // A word after a name may be a key of its own: left to the spec's checks.
  Loaded word("t: {from: a, b}\n");
  CHECK(word.diags.error_count() == 0);
  CHECK(word.root->find("t")->entries.size() == 2);
  // Quoted values and real keys are not pieces.
  CHECK(Loaded("s: {description: \"Sent\", awaiting reply}\n").diags.error_count() == 0);
  CHECK(Loaded("s: {description: Sent, note: awaiting reply}\n").diags.error_count() == 0);
  CHECK(Loaded("s: {description: Sent,\n    note: x}\n").diags.error_count() == 0);
}

TEST_CASE("'!', '*' and ': ' in plain text are slips at the value", "[yaml]") {
  CHECK(only(Loaded("i:\n  assert: !terminal || editable\n")) == Only{"yaml-unquoted-text", 1, 10});
  CHECK(only(Loaded("i:\n  assert: !terminal\n")) == Only{"yaml-unquoted-text", 1, 10});
  CHECK(only(Loaded("i:\n  assert: !a && b\n")) == Only{"yaml-unquoted-text", 1, 10});  // not also an anchor
  CHECK(only(Loaded("- {name: x, assert: !a}\n")) == Only{"yaml-unquoted-text", 0, 20});
  CHECK(only(Loaded("- {assert: !a || b}\n")) == Only{"yaml-unquoted-text", 0, 11});
  // A tag outside an expression is still a tag.
  CHECK(only(Loaded("description: !markdown \"x\"\n")).code == "yaml-tag");
  CHECK(only(Loaded("assert: !!str a\n")).code == "yaml-tag");
  CHECK(only(Loaded("- {from: *, to: failed}\n")) == Only{"yaml-unquoted-text", 0, 9});
  CHECK(only(Loaded("from: *\n")) == Only{"yaml-unquoted-text", 0, 6});
  CHECK(only(Loaded("a:\n  description: Failed: bounced\n")) == Only{"yaml-unquoted-text", 1, 15});
  CHECK(only(Loaded("s: {a: true, description: Note: SMTP accepted}\n")) == Only{"yaml-unquoted-text", 0, 26});
  // A ',' missing between entries, or a ':' after a name, is not text to quote.
  CHECK(only(Loaded("- {from: a to: b}\n")) == Only{"yaml-syntax", 0, 11});
  CHECK(only(Loaded("- from: a\n  to: done:\n")) == Only{"yaml-syntax", 1, 10});
  // Something else wrong inside a '{' that is closed: not "never closed".
  Loaded inside("- {from: a, to: \"b\" c}\n");
  CHECK(only(inside).code == "yaml-syntax");
  CHECK(inside.diags.diagnostics().front().message.find("never closed") == std::string::npos);
}

TEST_CASE("a line with no ':' is reported at that line, also as the last line", "[yaml]") {
  // yaml-cpp reads a last line without ':' as a key; PyYAML rejects it.
  CHECK(only(Loaded("a: 1\nb\n")) == Only{"yaml-syntax", 1, 0});
  CHECK(only(Loaded("a:\n  x: 1\n  b\n\n# end\n")) == Only{"yaml-syntax", 2, 2});
  CHECK(only(Loaded("a: 1\nb\nc: 2\n")) == Only{"yaml-syntax", 1, 0});
  // Text below a value, indented no further than its key.
  CHECK(only(Loaded("s:\n  d: could not be\n delivered to you.\n  t: true\n")) == Only{"yaml-syntax", 2, 1});
  // A key that lines up with no key above it.
  CHECK(only(Loaded("s:\n  a: 1\n   b: 2\n")).line == 2);
  // Valid: an explicit key, a value that goes on over lines.
  CHECK(Loaded("? a\n").diags.error_count() == 0);
  CHECK(Loaded("a: text that\n  goes on\nb: 1\n").diags.error_count() == 0);
  CHECK(Loaded("a: 1\nb: # nothing\n").diags.error_count() == 0);
}
