// `# statusc:ignore` suppressions (driver/suppress.cpp) through the
// pipeline every command and the language server use, and the comment
// finder under them (parse/yaml_comments.cpp).
#include <catch2/catch.hpp>

#include "driver/pipeline.h"
#include "parse/yaml_comments.h"
#include "test_support.h"

using namespace statusc;

namespace {

// A valid spec whose only warning is useless-restore on the transition
// line; `before` goes on the line above it, `after` at its end.
std::string spec(const std::string& before, const std::string& after, const std::string& description = "\"x\"") {
  return "statusc: 1\n"
         "package: acme.jobs\n"
         "description: " + description + "\n"
         "machines:\n"
         "  Job:\n"
         "    initial: queued\n"
         "    states:\n"
         "      queued: {}\n"
         "      done: {terminal: true}\n"
         "    transitions:\n" +
         (before.empty() ? "" : "      " + before + "\n") +
         "      - {from: queued, to: done, on: finish, restore: true}" + (after.empty() ? "" : "  " + after) + "\n";
}

struct Result {
  std::vector<std::string> codes;  // "code@line" (1-based)
  std::vector<std::string> messages;
  bool has(const std::string& code_at) const { return std::find(codes.begin(), codes.end(), code_at) != codes.end(); }
};

Result compile(const std::string& text) {
  SourceFile file("s.yaml", text);
  DiagnosticEngine diags;
  compile_spec(file, diags);
  Result r;
  for (const Diagnostic& d : diags.diagnostics()) {
    r.codes.push_back(std::string(kind_info(d.kind).code) + "@" + std::to_string(d.loc.line + 1));
    r.messages.push_back(d.message);
  }
  return r;
}

}  // namespace

TEST_CASE("without a suppression the warning is reported", "[suppress]") {
  Result r = compile(spec("", ""));
  CHECK(r.codes == std::vector<std::string>{"useless-restore@11"});
}

TEST_CASE("a suppression on the warning's line or the line above silences it", "[suppress]") {
  CHECK(compile(spec("", "# statusc:ignore useless-restore -- kept for old clients")).codes.empty());
  CHECK(compile(spec("# statusc:ignore useless-restore -- kept for old clients", "")).codes.empty());
  CHECK(compile(spec("# statusc:ignore no-terminal-state, useless-restore", "")).codes ==
        std::vector<std::string>{"unused-suppression@11"});
  // Comment lines stacked above the line all apply to it.
  CHECK(compile(spec("# statusc:ignore useless-restore\n      # why: old clients send it", "")).codes.empty());
  // Without a reason, and without a space after '#', still a suppression.
  CHECK(compile(spec("", "#statusc:ignore useless-restore")).codes.empty());
}

TEST_CASE("a suppression that silences nothing is reported where its code is", "[suppress]") {
  std::string text = spec("", "") + "      - {from: done, to: queued, on: again, restore: true}  # statusc:ignore useless-restore\n";
  Result r = compile(text);
  // The second transition leaves a terminal state: restore is needed, no warning.
  REQUIRE(r.codes == std::vector<std::string>{"useless-restore@11", "unused-suppression@12"});
  CHECK(r.messages[1].find("silences nothing") != std::string::npos);
  SourceFile file("s.yaml", text);
  DiagnosticEngine diags;
  compile_spec(file, diags);
  const Diagnostic& unused = diags.diagnostics().back();
  CHECK(file.line_text(unused.loc.line).substr(static_cast<size_t>(unused.loc.column), 15) == "useless-restore");
}

TEST_CASE("unknown codes are reported with a suggestion, diff change codes say what they are", "[suppress]") {
  Result r = compile(spec("", "# statusc:ignore useless-restor"));
  REQUIRE(r.codes == std::vector<std::string>{"useless-restore@11", "invalid-suppression@11"});
  CHECK(r.messages[1].find("did you mean 'useless-restore'?") != std::string::npos);
  r = compile(spec("", "# statusc:ignore useless-restore, state-removed"));
  REQUIRE(r.codes == std::vector<std::string>{"invalid-suppression@11"});
  CHECK(r.messages[0].find("statusc diff") != std::string::npos);
  r = compile(spec("", "# statusc:ignore -- no code"));
  REQUIRE(r.codes == std::vector<std::string>{"useless-restore@11", "invalid-suppression@11"});
  CHECK(r.messages[1].find("names no code") != std::string::npos);
  // Its own codes cannot be suppressed either.
  r = compile(spec("", "# statusc:ignore useless-restore, unused-suppression"));
  REQUIRE(r.codes == std::vector<std::string>{"invalid-suppression@11"});
}

TEST_CASE("errors cannot be suppressed; stale suppressions wait until the errors are fixed", "[suppress]") {
  std::string text = spec("", "") + "      - {from: queued, to: gone, on: oops}  # statusc:ignore unknown-state, dead-end\n";
  Result r = compile(text);
  CHECK(r.has("unknown-state@12"));
  CHECK(r.has("invalid-suppression@12"));
  CHECK(r.messages.back().find("errors cannot be suppressed") != std::string::npos);
  // dead-end is an error too; nothing is reported as unused while errors stand.
  for (const std::string& c : r.codes) CHECK(c.rfind("unused-suppression", 0) != 0);
}

TEST_CASE("'#' inside quoted or block scalars is not a comment", "[suppress]") {
  // A suppression written inside text does not silence the warning below it.
  CHECK(compile(spec("", "", "\"# statusc:ignore useless-restore\"")).codes ==
        std::vector<std::string>{"useless-restore@11"});
  const std::string quoted_above = "statusc: 1\npackage: acme.jobs\nmachines:\n  Job:\n    initial: queued\n"
                                   "    states:\n      queued: {description: 'it''s\n        # statusc:ignore useless-restore\n"
                                   "        '}\n      done: {terminal: true}\n    transitions:\n"
                                   "      - {from: queued, to: done, on: finish, restore: true}\n";
  CHECK(compile(quoted_above).has("useless-restore@12"));
  SourceFile block("b.yaml", "description: |\n  # statusc:ignore a\n  text\nkey: v # real\n'q # no': \"x # no\"  # yes\n");
  std::vector<YamlComment> comments = find_comments(block);
  REQUIRE(comments.size() == 2);
  CHECK(comments[0].line == 3);
  CHECK(comments[0].text == "# real");
  CHECK_FALSE(comments[0].whole_line);
  CHECK(comments[1].line == 4);
  CHECK(comments[1].text == "# yes");
  // An apostrophe inside plain text does not open a quote.
  SourceFile plain("p.yaml", "description: don't # one\n# two\n");
  REQUIRE(find_comments(plain).size() == 2);
  CHECK(find_comments(plain)[1].whole_line);
}
