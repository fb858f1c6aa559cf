// The embedded templates come parsed at build time (emit/template_tree.h):
// the tree statusc builds from that flat form must render exactly what
// kainjow's own parse of the text renders.
#include <catch2/catch.hpp>

#include "emit/emitter.h"
#include "emit/template_tree.h"
#include "emit/templates.h"

using namespace statusc;
using kainjow::mustache::mustache;

namespace {

std::string via_parse(const std::string& text, const MustacheData& data) {
  mustache m(text);
  REQUIRE(m.is_valid());
  m.set_custom_escape([](const std::string& s) { return s; });
  return m.render(data);
}

std::string via_tree(const std::string& text, const MustacheData& data) {
  std::string error;
  std::vector<TemplateNode> nodes = flatten_template(text, error);
  INFO(error);
  REQUIRE(error.empty());
  auto m = build_template(text, nodes.data(), nodes.size());
  REQUIRE(m->is_valid());
  m->set_custom_escape([](const std::string& s) { return s; });
  return m->render(data);
}

}  // namespace

TEST_CASE("a template built from its flat parse renders as kainjow's parse does", "[templates]") {
  MustacheData item_a, item_b;
  item_a.set("name", "a");
  item_b.set("name", "b");
  item_b.set("last", true);
  MustacheData items{MustacheData::type::list};
  items.push_back(item_a);
  items.push_back(item_b);
  MustacheData data;
  data.set("items", items);
  data.set("title", "<T & U>");
  data.set("none", false);
  // Standalone section lines (dropped with their indentation), text and tags
  // sharing lines, tabs, CRLF and lone CR, comments, inverted and nested
  // sections, unescaped variables, a dotted name and an unknown one.
  const std::string text =
      "head\n"
      "  {{#items}}\n"
      "{{name}}\n"
      "  {{/items}}\n"
      "// {{title}} and {{{title}}} and {{&title}}\n"
      "  {{#items}}\n"
      "\tcase {{name}}:{{^last}} next{{/last}}  \r\n"
      "    {{! a comment }}\n"
      "  {{/items}}\n"
      "{{#none}}never{{/none}}{{^none}}always{{/none}}\r"
      "{{#items}}{{#last}}[{{name}}]{{/last}}{{/items}} {{missing}} {{items.0}}\n"
      "  trailing  \t ";
  CHECK(via_tree(text, data) == via_parse(text, data));
  CHECK(via_tree("", data) == via_parse("", data));
  CHECK(via_tree("{{title}}", data) == via_parse("{{title}}", data));
}

TEST_CASE("every embedded template comes with its flat parse, up to date", "[templates]") {
  Templates templates = Templates::embedded();
  for (const std::string& name : templates.names()) {
    INFO(name);
    std::string error;
    std::vector<TemplateNode> nodes = flatten_template(*templates.find(name), error);
    CHECK(error.empty());
    std::span<const TemplateNode> embedded = templates.tree(name);
    CHECK(std::vector<TemplateNode>(embedded.begin(), embedded.end()) == nodes);
  }
  // A template given as text is parsed, not looked up.
  templates.override_with("md/reference.md.mustache", "x");
  CHECK(templates.tree("md/reference.md.mustache").empty());
}

TEST_CASE("the flat form refuses what it does not keep", "[templates]") {
  std::string error;
  CHECK(flatten_template("{{#open}} never closed", error).empty());
  CHECK(!error.empty());
  error.clear();
  CHECK(flatten_template("{{=<% %>=}}<% x %>", error).empty());
  CHECK(error.find("delimiter") != std::string::npos);
}
