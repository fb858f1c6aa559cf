// Every {{tag}} in templates/ is provided by its emitter, and rendering does
// no HTML escaping. Missing keys render as nothing in mustache, so without
// this test a misspelled tag would silently drop text from generated code.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <thread>

#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "test_support.h"

using namespace statusc;

namespace {

struct Tag {
  char kind;  // '#', '^', '/', or 'v' for a variable
  std::string name;
};

std::vector<Tag> tags_of(const std::string& text) {
  std::vector<Tag> out;
  std::regex tag(R"(\{\{([{&#^/!>=]?)\s*([^}]*?)\s*\}?\}\})");
  for (std::sregex_iterator it(text.begin(), text.end(), tag), end; it != end; ++it) {
    std::string sigil = (*it)[1], name = (*it)[2];
    if (sigil == "!") continue;
    INFO("tag {{" << sigil << name << "}}: partials and delimiter changes are not used by statusc templates");
    REQUIRE(sigil != ">");
    REQUIRE(sigil != "=");
    char kind = sigil.empty() || sigil == "{" || sigil == "&" ? 'v' : sigil[0];
    out.push_back({kind, name});
  }
  return out;
}

// Walks the template the way mustache renders it, but through every list
// item, recording each tag name that resolved in some context.
void walk(const std::vector<Tag>& tags, size_t& i, std::vector<const MustacheData*>& stack, bool live,
          std::set<std::string>& resolved) {
  auto lookup = [&](const std::string& name) -> const MustacheData* {
    if (name == ".") return stack.back();
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      if (const MustacheData* d = (*it)->get(name)) return d;
    return nullptr;
  };
  while (i < tags.size()) {
    const Tag& t = tags[i++];
    if (t.kind == '/') return;
    const MustacheData* value = live ? lookup(t.name) : nullptr;
    if (value != nullptr) resolved.insert(t.name);
    if (t.kind == 'v') continue;
    size_t body = i;
    bool truthy = value != nullptr && !value->is_false() && !value->is_empty_list();
    if (t.kind == '^') {
      walk(tags, i, stack, live && !truthy, resolved);
    } else if (truthy && value->is_list()) {
      size_t after = body;
      for (const MustacheData& item : value->list_value()) {
        size_t j = body;
        stack.push_back(&item);
        walk(tags, j, stack, true, resolved);
        stack.pop_back();
        after = j;
      }
      i = after;
    } else if (truthy && value->is_object()) {
      stack.push_back(value);
      walk(tags, i, stack, true, resolved);
      stack.pop_back();
    } else {
      walk(tags, i, stack, live && truthy, resolved);
    }
  }
}


}  // namespace

TEST_CASE("every template tag is provided by its emitter", "[templates]") {
  Templates templates = Templates::embedded();
  std::map<std::string, std::set<std::string>> resolved;  // template -> tag names seen resolved
  std::set<std::string> used_templates;
  for (const std::string& path : test::valid_specs({"tests/compile/cpp/specs", "tests/compile/cpp/split", "tests/compile/md", "tests/compile/proto",
                                                    "tests/compile/python/specs", "tests/compile/go/specs"})) {
    SourceFile file(path, test::read_file(test::source_path(path)));
    DiagnosticEngine diags;
    std::optional<Spec> spec = compile_spec(file, diags);
    REQUIRE(spec);
    REQUIRE(!diags.has_errors());
    EmitContext context{*spec, path, "stem"};
    for (const Emitter* e : all_emitters()) {
      for (const RenderJob& job : e->plan(context)) {
        const std::string* text = templates.find(job.template_name);
        INFO(e->name() << " asks for template " << job.template_name);
        REQUIRE(text != nullptr);
        used_templates.insert(job.template_name);
        std::vector<Tag> tags = tags_of(*text);
        std::vector<const MustacheData*> stack{&job.data};
        size_t i = 0;
        walk(tags, i, stack, true, resolved[job.template_name]);
      }
    }
  }
  for (const std::string& name : templates.names()) {
    INFO("template " << name << " is embedded but no emitter renders it");
    CHECK(used_templates.count(name) == 1);
    for (const Tag& t : tags_of(*templates.find(name))) {
      if (t.kind == '/' || t.name == ".") continue;
      INFO("{{" << t.name << "}} in templates/" << name << " is never provided by its emitter");
      CHECK(resolved[name].count(t.name) == 1);
    }
  }
}

TEST_CASE("rendering does no HTML escaping", "[templates]") {
  Templates templates;
  templates.override_with("t.mustache", "{{text}}|{{{text}}}");
  MustacheData data;
  data.set("text", "<a href=\"x\">&'</a>");
  std::string error;
  auto out = render_jobs({{"t.mustache", "t", data}}, templates, error);
  REQUIRE(out);
  CHECK(out->at(0).bytes == "<a href=\"x\">&'</a>|<a href=\"x\">&'</a>");
}

TEST_CASE("a Renderer renders one template for many jobs, each with its own data", "[templates]") {
  Templates templates;
  templates.override_with("t.mustache", "{{#items}}<{{.}}>{{/items}}{{^items}}none{{/items}} {{name}}");
  Renderer renderer(templates);
  std::string error;
  for (int round = 0; round < 2; ++round) {
    MustacheData a;
    a.set("name", "first");
    MustacheData items{MustacheData::type::list};
    items.push_back(MustacheData("x"));
    items.push_back(MustacheData("y"));
    a.set("items", items);
    MustacheData b;
    b.set("name", "second");
    auto out = renderer.render({{"t.mustache", "a", a}, {"t.mustache", "b", b}}, error);
    REQUIRE(out);
    CHECK(out->at(0).bytes == "<x><y> first");
    CHECK(out->at(1).bytes == "none second");
  }
  // A missing template is still an error.
  CHECK(!renderer.render({{"missing.mustache", "x", MustacheData{}}}, error));
}

TEST_CASE("a malformed or missing template is an error, not output", "[templates]") {
  Templates templates;
  templates.override_with("bad.mustache", "{{#open}} never closed");
  std::string error;
  CHECK(!render_jobs({{"bad.mustache", "x", MustacheData{}}}, templates, error));
  CHECK(error.find("bad.mustache") != std::string::npos);
  CHECK(!render_jobs({{"missing.mustache", "x", MustacheData{}}}, templates, error));
  CHECK(error.find("no template named 'missing.mustache'") != std::string::npos);
}

TEST_CASE("renderers on two threads share the embedded trees, not an overridden template's", "[templates]") {
  Templates templates = Templates::embedded();
  templates.override_with("md/reference.md.mustache", "{{title}}!");
  EmbeddedTrees trees;
  trees.make(templates);
  CHECK(trees.find("cpp/header.h.mustache") != nullptr);
  CHECK(trees.find("md/reference.md.mustache") == nullptr);  // given as text: each Renderer parses it
  CHECK(trees.find("missing.mustache") == nullptr);

  // The same proto file from shared trees on two threads at once, and from
  // a Renderer of its own; the overridden template renders as given.
  const statusc::Emitter* proto = statusc::find_emitter("proto");
  REQUIRE(proto != nullptr);
  test::Compiled compiled =
      test::compile_valid("spec/chat_session.yaml", test::read_file(test::source_path("spec/chat_session.yaml")));
  statusc::EmitContext context{*compiled.spec, "spec/chat_session.yaml", "chat_session"};
  std::string error;
  auto alone = render_jobs(proto->plan(context), templates, error);
  REQUIRE(alone);
  std::vector<std::string> rendered(2);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < 2; ++t)
    threads.emplace_back([&, t] {
      Renderer renderer(templates, &trees);
      std::string thread_error;
      for (int round = 0; round < 20; ++round) {
        auto out = renderer.render(proto->plan(context), thread_error);
        if (out) rendered[t] = out->at(0).bytes;
      }
    });
  for (std::thread& t : threads) t.join();
  CHECK(rendered[0] == alone->at(0).bytes);
  CHECK(rendered[1] == alone->at(0).bytes);
  MustacheData data;
  data.set("title", "T");
  auto overridden = Renderer(templates, &trees).render({{"md/reference.md.mustache", "x", data}}, error);
  REQUIRE(overridden);
  CHECK(overridden->at(0).bytes == "T!");
}
