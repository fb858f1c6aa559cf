// Fix-its of the YAML loader (offered by `statusc lsp` as quick fixes): each
// applied to its file gives YAML that loads without errors and holds the
// text that was meant; double_quoted() reads back as its input.
#include <catch2/catch.hpp>

#include "parse/text_checks.h"
#include "parse/yaml_tree.h"

using namespace statusc;

namespace {

// The text after applying every fix-it of the file's diagnostics (at most one).
std::optional<std::string> fixed(const std::string& text) {
  SourceFile file("t.yaml", text);
  DiagnosticEngine diags;
  load_yaml(file, diags);
  for (const Diagnostic& d : diags.diagnostics()) {
    if (!d.fix) continue;
    CHECK(kind_info(d.kind).code == "yaml-unquoted-text");
    CHECK(d.fix->title.rfind("Quote as \"", 0) == 0);
    return text.substr(0, d.fix->begin) + d.fix->text + text.substr(d.fix->end);
  }
  return std::nullopt;
}

// The scalar at `path` (keys, or "0" for a list's first item) after loading
// `text` without diagnostics.
std::string value_at(const std::string& text, std::initializer_list<const char*> path) {
  SourceFile file("t.yaml", text);
  DiagnosticEngine diags;
  std::optional<YamlNode> root = load_yaml(file, diags);
  INFO(text);
  REQUIRE(root);
  REQUIRE(diags.diagnostics().empty());
  const YamlNode* node = &*root;
  for (const char* key : path) {
    node = std::string_view(key) == "0" ? &node->items.at(0) : node->find(key);
    REQUIRE(node != nullptr);
  }
  REQUIRE(node->quoted);
  return node->value;
}

}  // namespace

TEST_CASE("double_quoted() reads back as its text", "[yaml][fixit]") {
  for (std::string text : {std::string("plain"), std::string("say \"hi\""), std::string("back\\slash \\n not a break"),
                           std::string("\"\\\""), std::string("tab\there"), std::string("ü 🚀 — ok"),
                           std::string("nel\xC2\x85 ls\xE2\x80\xA8 ps\xE2\x80\xA9 c1\xC2\x9F"), std::string("bom\xEF\xBB\xBF"),
                           std::string("bell\x07 del\x7F"), std::string(" spaces around "), std::string("# not a comment"),
                           std::string("")}) {
    std::string quoted = yaml_text::double_quoted(text);
    INFO(quoted);
    CHECK(quoted.find('\x07') == std::string::npos);
    CHECK(value_at("k: " + quoted + "\n", {"k"}) == text);
  }
}

TEST_CASE("the quote fix-it of each YAML slip gives the text as meant", "[yaml][fixit]") {
  SECTION("a ',' in a flow mapping") {
    auto f = fixed("s: {description: Sent, awaiting \"reply\" \\ now, active: true}\n");
    REQUIRE(f);
    CHECK(*f == "s: {description: \"Sent, awaiting \\\"reply\\\" \\\\ now\", active: true}\n");
    CHECK(value_at(*f, {"s", "description"}) == "Sent, awaiting \"reply\" \\ now");
  }
  SECTION("': ' in a block value, on one line and going on over the next") {
    auto f = fixed("a:\n  description: Failed: bounced\nb: 1\n");
    REQUIRE(f);
    CHECK(value_at(*f, {"a", "description"}) == "Failed: bounced");
    f = fixed("a:\n  description: Failed: \"x\" \\ y\n    and more\n      text\n  other: 1\n");
    REQUIRE(f);
    CHECK(*f == "a:\n  description: \"Failed: \\\"x\\\" \\\\ y and more text\"\n  other: 1\n");
    CHECK(value_at(*f, {"a", "description"}) == "Failed: \"x\" \\ y and more text");
  }
  SECTION("no fix-it where a blank line parts the lines of the value") {
    CHECK_FALSE(fixed("a:\n  description: Failed: bounced\n\n    more\n"));
  }
  SECTION("'!' and '*' at the start of a value") {
    auto f = fixed("invariants:\n  - assert: !active || !terminal\n");
    REQUIRE(f);
    CHECK(value_at(*f, {"invariants", "0", "assert"}) == "!active || !terminal");
    f = fixed("t:\n  - {from: *, to: failed}\n");
    REQUIRE(f);
    CHECK(value_at(*f, {"t", "0", "from"}) == "*");
  }
}
