// The go emitter's own logic: string literals, comment text and doc comment
// lines (the form gofmt keeps), the package and file name rules, and the
// tiered name claims. tests/compile/go.cmake runs the real gofmt, go vet and
// go test on whole packages, and tests/conformance/go checks their
// behaviour against the vectors.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "diag/diagnostic.h"
#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "emit/go/names.h"
#include "emit/go/text.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "naming/naming.h"
#include "test_support.h"

using namespace statusc;

namespace {

using Lines = std::vector<std::string>;

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(STATUSC_SOURCE_DIR) + "/" + relative);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The rendered Go file of a spec compiled from `yaml`, and its path.
std::pair<std::string, std::string> render_go(const std::string& yaml, const std::string& stem) {
  test::Compiled compiled = test::compile_valid(stem + ".yaml", yaml);
  const Emitter* go = find_emitter("go");
  REQUIRE(go != nullptr);
  EmitContext context{*compiled.spec, stem + ".yaml", stem};
  std::string error;
  auto files = render_jobs(go->plan(context), Templates::embedded(), error);
  INFO(error);
  REQUIRE(files);
  REQUIRE(files->size() == 1);
  return {files->front().path, files->front().bytes};
}

}  // namespace

TEST_CASE("go: string literals hold exactly the text's bytes", "[go]") {
  CHECK(go::string_literal("plain") == "\"plain\"");
  CHECK(go::string_literal("say \"hi\" \\ now") == "\"say \\\"hi\\\" \\\\ now\"");
  CHECK(go::string_literal("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
  CHECK(go::string_literal(std::string("nul\0x", 5)) == "\"nul\\x00x\"");
  CHECK(go::string_literal("\x7f") == "\"\\x7f\"");
  // C1 controls, bidi controls, separators and the BOM as \u; other Unicode raw.
  CHECK(go::string_literal("\xc2\x85") == "\"\\u0085\"");
  CHECK(go::string_literal("\xe2\x80\xae" "evil") == "\"\\u202eevil\"");
  CHECK(go::string_literal("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c\xef\xbb\xbf") == "\"a\\u2028b\\u2029c\\ufeff\"");
  CHECK(go::string_literal("éè 漢字 \xf0\x9f\x98\x80") == "\"éè 漢字 \xf0\x9f\x98\x80\"");
  // Bytes that are not UTF-8 (a lone continuation, an encoded surrogate) as \x.
  CHECK(go::string_literal("\x80z") == "\"\\x80z\"");
  CHECK(go::string_literal("\xed\xa0\x80") == "\"\\xed\\xa0\\x80\"");
}

TEST_CASE("go: comment text cannot end a line, hide text or start a build constraint", "[go]") {
  CHECK(go::comment_text("*/ and \\ stay as they are") == "*/ and \\ stay as they are");
  CHECK(go::comment_text("a\rb") == "a<U+000D>b");
  CHECK(go::comment_text("x\xe2\x80\xa8y") == "x<U+2028>y");
  CHECK(go::comment_text("\xe2\x81\xa6rtl\xe2\x81\xa9") == "<U+2066>rtl<U+2069>");
  CHECK(go::comment_text("bad \xff byte") == "bad <0xFF> byte");
  CHECK(go::comment_text("tab\tkept") == "tab\tkept");
  CHECK(go::comment_text("+build linux") == "<U+002B>build linux");
  CHECK(go::comment_text("//go:build ignore") == "//go<U+003A>build ignore");
}

TEST_CASE("go: doc comment lines are what gofmt keeps", "[go]") {
  // The summary, then the description's paragraphs; lines lose the white
  // space around them (Go's unicode.IsSpace, NBSP and U+3000 included).
  CHECK(go::doc_lines("X is a thing.", "  First line.  \n\tsecond\xc2\xa0\n\n\n\nNext.") ==
        Lines{"X is a thing.", "", "First line.", "second", "", "Next."});
  // A line of white space only is a paragraph break; runs never repeat.
  CHECK(go::doc_lines("S.", "a.\n\xe3\x80\x80\n \nb.") == Lines{"S.", "", "a.", "", "b."});
  // Paragraphs Go would take for headings or link definitions join the one before.
  CHECK(go::doc_lines("S.", "Intro.\n\nOld Style Heading\n\nBody.") ==
        Lines{"S.", "", "Intro.", "Old Style Heading", "", "Body."});
  CHECK(go::doc_lines("S.", "Intro.\n\n# Heading\n\nBody.") == Lines{"S.", "", "Intro.", "# Heading", "", "Body."});
  CHECK(go::doc_lines("S.", "Intro.\n\n[a]: https://a.example\n[b]: https://b.example") ==
        Lines{"S.", "", "Intro.", "[a]: https://a.example", "[b]: https://b.example"});
  // The first paragraph joins the summary the same way.
  CHECK(go::doc_lines("S.", "Heading Like") == Lines{"S.", "Heading Like"});
  // Ordinary paragraphs, and one-line paragraphs with punctuation, stay apart.
  CHECK(go::doc_lines("S.", "One.\n\nTwo: with a colon") == Lines{"S.", "", "One.", "", "Two: with a colon"});
  // Wrapped at the width, by words.
  Lines wrapped = go::doc_lines("S.", std::string(30, 'a') + " " + std::string(30, 'b') + " " + std::string(30, 'c'), 70);
  CHECK(wrapped == Lines{"S.", "", std::string(30, 'a') + " " + std::string(30, 'b'), std::string(30, 'c')});
  CHECK(go::doc_lines("Only a summary.", "").size() == 1);
}

TEST_CASE("go: keywords, predeclared identifiers and special methods", "[go]") {
  for (const char* k : {"break", "default", "func", "interface", "select", "case", "defer", "go", "map", "struct",
                        "chan", "else", "goto", "package", "switch", "const", "fallthrough", "if", "range", "type",
                        "continue", "for", "import", "return", "var"})
    CHECK(naming::is_go_keyword(k));
  CHECK_FALSE(naming::is_go_keyword("nil"));
  for (const char* p : {"nil", "true", "iota", "any", "comparable", "string", "error", "append", "min"})
    CHECK(naming::is_go_predeclared(p));
  CHECK_FALSE(naming::is_go_predeclared("Type"));
  for (const char* m : {"String", "Error", "Value", "Scan", "MarshalJSON", "WriteTo", "Format", "UnmarshalYAML"})
    CHECK(naming::is_go_special_method(m));
  CHECK_FALSE(naming::is_go_special_method("Type"));
}

TEST_CASE("go: package names, import paths and file names", "[go]") {
  CHECK(naming::go_package_problem("sessions").empty());
  CHECK(naming::go_package_problem("v2").empty());
  CHECK_FALSE(naming::go_package_problem("job_status").empty());
  CHECK_FALSE(naming::go_package_problem("Jobs").empty());
  CHECK_FALSE(naming::go_package_problem("2jobs").empty());
  CHECK_FALSE(naming::go_package_problem("").empty());
  CHECK(naming::go_package_problem("type") == "it is a Go keyword");
  CHECK(naming::go_package_problem("string") == "it is a predeclared Go identifier");
  CHECK_FALSE(naming::go_package_problem("main").empty());

  CHECK(naming::go_default_package("chat_session", "chat.session") == "chatsession");
  CHECK(naming::go_default_package("Kubernetes-Pod.v2", "real.kubernetes") == "kubernetespodv2");
  CHECK(naming::go_default_package("2024_jobs", "acme.job_queue") == "jobqueue");
  CHECK(naming::go_default_package("type", "a.b") == "typepkg");
  CHECK(naming::go_default_package("main", "a.b") == "mainpkg");
  CHECK(naming::go_default_package("__", "acme.nil") == "nilpkg");

  CHECK(naming::go_import_path_problem("example.com/acme/status").empty());
  CHECK(naming::go_import_path_problem("gopkg.in/yaml.v3").empty());
  CHECK_FALSE(naming::go_import_path_problem("").empty());
  CHECK_FALSE(naming::go_import_path_problem("/abs").empty());
  CHECK_FALSE(naming::go_import_path_problem("a//b").empty());
  CHECK_FALSE(naming::go_import_path_problem("a/../b").empty());
  CHECK_FALSE(naming::go_import_path_problem("a/.hidden").empty());
  CHECK_FALSE(naming::go_import_path_problem("a b").empty());
  CHECK_FALSE(naming::go_import_path_problem("a\"b").empty());

  CHECK(naming::go_file_name("chat_session", "p") == "chat_session.go");
  CHECK(naming::go_file_name("linux", "p") == "linux.go");          // no prefix: not a constraint
  CHECK(naming::go_file_name("status_linux", "p") == "p.go");       // built only on Linux
  CHECK(naming::go_file_name("status_arm64", "p") == "p.go");
  CHECK(naming::go_file_name("a_windows_amd64", "p") == "p.go");
  CHECK(naming::go_file_name("a_linux_test", "p") == "p.go");       // a test file
  CHECK(naming::go_file_name("jobs_test", "p") == "p.go");
  CHECK(naming::go_file_name("_jobs", "p") == "p.go");              // ignored by go
  CHECK(naming::go_file_name(".jobs", "p") == "p.go");
  CHECK(naming::go_file_name("status_linux.v2", "p") == "p.go");    // the rule cuts at the first '.'
  CHECK(naming::go_file_name("linux_status", "p") == "linux_status.go");
  CHECK(naming::go_file_name("a_LINUX", "p") == "a_LINUX.go");      // the rule is case-sensitive
}

TEST_CASE("go: names are claimed in tiers, methods around the reserved ones", "[go]") {
  test::Compiled c = test::compile_valid("go_names.yaml", read_source("tests/compile/go/specs/go_names.yaml"));
  std::vector<go::MachineNames> n = go::claim_names(*c.spec);
  REQUIRE(n.size() == 3);
  // Tier 1: machine types keep their names.
  CHECK(n[0].type == "Job");
  CHECK(n[1].type == "JobEvent");
  CHECK(n[2].type == "ParseJob");
  // Tier 2: Job's parse and event type meet the machines ParseJob and JobEvent.
  CHECK(n[0].parse == "ParseJob_");
  CHECK(n[0].event_type == "JobEvent_");
  CHECK(n[0].parse_event == "ParseJobEvent_");
  CHECK(n[0].event_values == "JobEvent_Values");
  CHECK(n[1].parse == "ParseJobEvent");
  CHECK(n[2].parse == "ParseParseJob");
  // Tier 4: the state `event` of Job meets JobEvent, then JobEvent_.
  CHECK(n[0].states == std::vector<std::string>{"JobNil", "JobFunc", "JobTrue", "JobEvent__", "JobSelect"});
  CHECK(n[0].events == std::vector<std::string>{"JobEvent_Go", "JobEvent_Select", "JobEvent_Range", "JobEvent_Return"});
  // Methods: terminal first, then the attributes around the reserved names.
  CHECK(n[0].methods == std::vector<std::string>{"IsTerminal", "Type", "String_", "Error_", "Value_", "Next_",
                                                 "CanTransition_", "Tone"});
  CHECK(n[0].enum_constants.back() == std::vector<std::string>{"JobToneNil", "JobToneFunc", "JobToneDefault"});
}

TEST_CASE("go: generated package for the workflow spec", "[go]") {
  auto [path, out] = render_go(read_source("spec/workflow_session.yaml"), "workflow_session");
  CHECK(path == "workflowsession/workflow_session.go");
  for (const char* expected : {
           "// Code generated by statusc from workflow_session.yaml. DO NOT EDIT.\n\n// Package workflowsession ",
           "\npackage workflowsession\n\nimport \"fmt\"\n",
           "type WorkflowSessionStatus int32\n",
           "\tWorkflowSessionStatusInProgress WorkflowSessionStatus = 1\n",
           "func ParseWorkflowSessionStatus(text string) (WorkflowSessionStatus, bool) {",
           "func (s *WorkflowSessionStatus) UnmarshalText(text []byte) error {",
           "return fmt.Errorf(\"workflowsession: %q is not a valid WorkflowSessionStatus\", text)",
           "\t\treturn \"WORKFLOW_SESSION_STATUS_IN_PROGRESS\"\n",
           "func (s WorkflowSessionStatus) IsResumable() bool {",
           "type WorkflowSessionStatusEvent string\n",
           "func (s WorkflowSessionStatus) Next(event WorkflowSessionStatusEvent) (WorkflowSessionStatus, bool) {",
           "\tcase \"PAUSED\":\n\t\treturn WorkflowSessionStatusInProgress, true\n\t}\n\treturn ParseWorkflowSessionStatus(text)\n",
           "\tcase 2:\n\t\treturn WorkflowSessionStatusInProgress, true\n\t}\n\treturn WorkflowSessionStatusFromNumber(n)\n",
       }) {
    INFO(expected);
    CHECK(out.find(expected) != std::string::npos);
  }
  // No debris from skipped sections, no trailing spaces, gofmt's blank lines.
  CHECK(out.find("\n\n\n") == std::string::npos);
  CHECK(out.find(" \n") == std::string::npos);
  CHECK(out.find("\t\n") == std::string::npos);
  CHECK(out.back() == '\n');
  CHECK(out.find("\n}\n\n") != std::string::npos);
}

TEST_CASE("go: options, a vocabulary, the proto target off", "[go]") {
  auto [path, out] = render_go(R"(statusc: 1
package: acme.colors
targets:
  proto: {enabled: false}
  go: {package: palette, import_path: example.com/acme/palette}
machines:
  Color:
    states:
      red: {number: 0}
      green: {}
)",
                               "colors_linux");
  CHECK(path == "palette/palette.go");  // colors_linux.go would build only on Linux
  CHECK(out.find("package palette // import \"example.com/acme/palette\"\n") != std::string::npos);
  CHECK(out.find("ProtoName") == std::string::npos);
  CHECK(out.find("CanTransition") == std::string::npos);  // a vocabulary
  CHECK(out.find("Event") == std::string::npos);
  CHECK(out.find("\tColorRed Color = 0\n") != std::string::npos);
  // No initial states: IsInitial says false without a switch.
  CHECK(out.find("func (s Color) IsInitial() bool {\n\treturn false\n}") != std::string::npos);
}

TEST_CASE("go: invalid settings are reported at their values", "[go]") {
  std::string out = test::check_text("t.yaml", R"(statusc: 1
package: acme.jobs
targets:
  go: {package: job_status, import_path: "example.com/a b"}
machines:
  Job:
    states:
      queued: {}
)");
  CHECK(out.find("t.yaml:4:17: error[invalid-package]: Go package name 'job_status' cannot be used") != std::string::npos);
  CHECK(out.find("; try 'jobstatus'") != std::string::npos);
  CHECK(out.find("t.yaml:4:42: error[invalid-package]: Go import path 'example.com/a b' cannot be used") !=
        std::string::npos);
  // Not while the target is off.
  CHECK(test::check_text("t.yaml", R"(statusc: 1
package: acme.jobs
targets:
  go: {enabled: false, package: func}
machines:
  Job:
    states:
      queued: {}
)")
            .find("error") == std::string::npos);
}
