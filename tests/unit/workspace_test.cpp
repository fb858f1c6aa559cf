// statusc.yaml: the parser's diagnostics, glob matching, spec targets over
// workspace defaults, and lint.
#include <catch2/catch.hpp>

#include <sstream>

#include "compat/compat.h"
#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "parse/workspace.h"
#include "test_support.h"

using namespace statusc;

namespace {

std::vector<std::string_view> change_codes() {
  std::vector<std::string_view> codes;
  for (const compat::ChangeInfo& info : compat::all_changes()) codes.push_back(info.code);
  return codes;
}

struct Parsed {
  std::unique_ptr<SourceFile> file;
  DiagnosticEngine diags;
  std::optional<RawWorkspace> ws;
  std::string rendered() const {
    std::ostringstream out;
    render(out, diags, RenderOptions{});
    return out.str();
  }
};

std::unique_ptr<Parsed> parse_ws(const std::string& text) {
  auto p = std::make_unique<Parsed>();
  p->file = std::make_unique<SourceFile>("statusc.yaml", text);
  p->ws = parse_workspace(*p->file, p->diags, target_schemas(), change_codes());
  return p;
}

}  // namespace

TEST_CASE("workspace: a complete statusc.yaml reads back", "[workspace]") {
  auto p = parse_ws(
      "version: 1\n"
      "specs: [specs/**/*.yaml, extra/one.yaml]\n"
      "targets:\n"
      "  cpp: {out: include/acme, namespace: acme::status}\n"
      "  markdown: {enabled: false}\n"
      "lint:\n"
      "  off: [mixed-spelling, {code: useless-restore, paths: [specs/legacy/**]}]\n"
      "  error: [no-terminal-state]\n"
      "breaking:\n"
      "  against: origin/main\n"
      "  accept:\n"
      "    - {code: state-removed, path: specs/a.yaml, machine: Job, state: paused}\n");
  INFO(p->rendered());
  REQUIRE(p->ws);
  CHECK(p->ws->specs.size() == 2);
  REQUIRE(p->ws->out_of("cpp") != nullptr);
  CHECK(p->ws->out_of("cpp")->value == "include/acme");
  CHECK(p->ws->out_of("typescript") == nullptr);
  REQUIRE(p->ws->targets.targets.size() == 2);
  CHECK(p->ws->targets.targets[0].options.size() == 1);  // `out` is the workspace's, not an option
  CHECK(p->ws->targets.targets[1].enabled_given);
  CHECK(p->ws->lint_off.size() == 2);
  CHECK(p->ws->lint_off[1].paths.size() == 1);
  CHECK(p->ws->lint_error.size() == 1);
  REQUIRE(p->ws->against);
  CHECK(p->ws->against->value == "origin/main");
  REQUIRE(p->ws->accepted.size() == 1);
  CHECK(p->ws->accepted[0].state->value == "paused");
}

TEST_CASE("workspace: mistakes are located diagnostics", "[workspace]") {
  struct Case {
    const char* yaml;
    const char* expected;
  };
  const Case cases[] = {
      {"version: 1\nspecs: [a.yaml]\nlnt: {}\n",
       "statusc.yaml:3:1: error[unknown-key]: unknown key 'lnt' in statusc.yaml; did you mean 'lint'?"},
      {"version: 1\nspecs: [a.yaml]\ntargets:\n  cpp: {outt: x}\n",
       "statusc.yaml:4:9: error[unknown-key]: unknown key 'outt' in the cpp target; did you mean 'out'?"},
      {"version: 1\nspecs: [a.yaml]\ntargets:\n  rust: {}\n", "error[unknown-key]: unknown key 'rust' in targets"},
      {"version: 1\nspecs: [specs/**.yaml]\n", "statusc.yaml:2:9: error[invalid-path]: a spec path 'specs/**.yaml' uses '**' inside a path segment"},
      {"version: 1\nspecs: [/abs/a.yaml]\n", "error[invalid-path]: a spec path '/abs/a.yaml' is absolute"},
      {"version: 1\nspecs: ['specs/[ab].yaml']\n", "error[invalid-path]: a spec path 'specs/[ab].yaml' uses '['"},
      {"version: 1\nspecs: [a.yaml]\ntargets:\n  cpp: {out: ../outside}\n",
       "statusc.yaml:4:14: error[invalid-path]: 'out' '../outside' climbs out of the workspace with '..'"},
      {"version: 1\nspecs: [a.yaml]\ntargets:\n  cpp: {out: gen/*}\n", "error[invalid-path]: 'out' is a directory, not a pattern"},
      {"version: 1\nspecs: [a.yaml]\nlint: {off: [usless-restore]}\n",
       "error[invalid-value]: lint.off takes warning codes: 'usless-restore' is not one of them; did you mean 'useless-restore'?"},
      {"version: 1\nspecs: [a.yaml]\nlint: {error: [dead-end]}\n",
       "error[invalid-value]: lint.error takes warning codes: 'dead-end' is an error"},
      {"version: 1\nspecs: [a.yaml]\nbreaking: {accept: [{code: state-removd, path: a.yaml}]}\n",
       "did you mean 'state-removed'?"},
      {"version: 1\nspecs: [a.yaml]\nbreaking: {accept: [{code: state-removed}]}\n",
       "error[missing-key]: an accepted change is missing the required key 'path'"},
      {"version: 2\nspecs: [a.yaml]\n", "error[unsupported-version]: unsupported workspace format version 2"},
      {"specs: [a.yaml]\n", "error[missing-key]: statusc.yaml is missing the required key 'version'"},
      {"version: 1\nspecs: []\n", "error[empty-collection]: 'specs' must list at least one path or glob"},
      {"version: 1\nspecs: [a.yaml]\ntargets:\n  cpp: {enabled: yes}\n", "YAML 1.2 reads 'yes' as a string"},
      {"version: 1\nspecs: [a.yaml]\nspecs: [b.yaml]\n", "error[yaml-duplicate-key]"},
  };
  for (const Case& c : cases) {
    auto p = parse_ws(c.yaml);
    INFO(c.yaml << "\n---\n" << p->rendered());
    CHECK_FALSE(p->ws);
    CHECK(p->rendered().find(c.expected) != std::string::npos);
  }
}

TEST_CASE("workspace: glob matching", "[workspace]") {
  CHECK(glob_match("specs/*.yaml", "specs/a.yaml"));
  CHECK_FALSE(glob_match("specs/*.yaml", "specs/sub/a.yaml"));
  CHECK(glob_match("specs/**/*.yaml", "specs/a.yaml"));
  CHECK(glob_match("specs/**/*.yaml", "specs/x/y/a.yaml"));
  CHECK(glob_match("**", "any/thing/at/all"));
  CHECK(glob_match("specs/?.yaml", "specs/a.yaml"));
  CHECK_FALSE(glob_match("specs/?.yaml", "specs/ab.yaml"));
  CHECK(glob_match("specs/legacy/**", "specs/legacy/old.yaml"));
  CHECK_FALSE(glob_match("specs/legacy/**", "specs/new.yaml"));
  CHECK(glob_match("./specs/a.yaml", "specs/a.yaml"));
  CHECK(glob_match("s*s/*_status.y?ml", "specs/order_status.yaml"));
  CHECK(glob_problem("specs/**/*.yaml").empty());
  CHECK_FALSE(glob_problem("a/../b").empty());
  CHECK_FALSE(glob_problem("a\\b").empty());
  CHECK_FALSE(glob_problem("").empty());
}

TEST_CASE("workspace: a spec's own targets settings win over the workspace's", "[workspace]") {
  auto p = parse_ws(
      "version: 1\nspecs: [a.yaml]\n"
      "targets:\n"
      "  cpp: {namespace: acme::shared}\n"
      "  proto: {package: acme.shared.v1}\n"
      "  markdown: {enabled: false}\n"
      "  python: {enabled: false}\n");
  INFO(p->rendered());
  REQUIRE(p->ws);
  SourceFile spec("a.yaml",
                  "statusc: 1\npackage: acme.jobs\n"
                  "targets:\n"
                  "  cpp: {namespace: acme::jobs}\n"  // its own namespace
                  "  markdown: {}\n"                  // mentioned, enabled not written: the workspace's off
                  "  python: {enabled: true}\n"       // written: on
                  "machines:\n  Job:\n    states:\n      idle: {}\n");
  DiagnosticEngine diags;
  std::optional<Spec> compiled = compile_spec(spec, diags, &p->ws->targets);
  REQUIRE(compiled);
  CHECK_FALSE(diags.has_errors());
  CHECK(compiled->targets.cpp_namespace == "acme::jobs");
  CHECK(compiled->targets.proto_package == "acme.shared.v1");  // taken from the workspace
  CHECK(compiled->targets.proto_package_loc.file == p->file.get());
  CHECK_FALSE(compiled->targets.enabled("markdown"));
  CHECK(compiled->targets.enabled("python"));
  CHECK(compiled->targets.enabled("typescript"));  // neither mentions it: on
}

TEST_CASE("workspace: statusc check shows every mistake of a workspace file, located (golden)", "[workspace][cli]") {
  std::string out;
  const std::string command = "cd " + test::source_path("") + " && " + STATUSC_BINARY +
                              " --color never --error-limit 0 --config tests/cli/workspace/statusc.yaml check 2>&1";
  CHECK(test::run(command, out) == 1);
  CHECK(out == test::read_file(test::source_path("tests/cli/workspace.expected")));
}
