// `--format json|github|sarif` on check, generate and diff, read back: the
// JSON envelope parsed and its fields checked, GitHub workflow commands
// matched line by line, SARIF's shape (the schema itself is checked by ajv in
// the ctest sarif_schema_validation).
#include <regex>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_support.h"

using statusc::test::run;
using statusc::test::source_path;

namespace {

std::string cli(const std::string& args) { return "cd " + source_path("") + " && " + std::string(STATUSC_BINARY) + " " + args; }
const std::string kSuppressions = "tests/formats/suppressions.yaml";
const std::string kInvalid = "tests/diagnostics/attr_enum_default_not_in_values.yaml";

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

}  // namespace

TEST_CASE("format json: one envelope with located diagnostics, notes and fixes", "[cli][formats]") {
  std::string out;
  CHECK(run(cli("check --format json " + kSuppressions + " 2>/dev/null"), out) == 0);
  nlohmann::json j = nlohmann::json::parse(out);
  CHECK(j["format"] == "statusc-report");
  CHECK(j["format_version"] == 1);
  CHECK(j["command"] == "check");
  CHECK(j["changes"].empty());
  REQUIRE(j["diagnostics"].size() == 5);
  const auto& first = j["diagnostics"][0];
  CHECK(first["code"] == "useless-restore");
  CHECK(first["severity"] == "warning");
  CHECK(first["location"]["file"] == kSuppressions);
  CHECK(first["location"]["line"] == 14);
  CHECK(first["location"]["column"] == 56);
  CHECK(first["location"]["end_line"] == 14);
  CHECK(first["location"]["end_column"] == 60);  // just past "true"
  const auto& typo = j["diagnostics"][1];
  CHECK(typo["code"] == "invalid-suppression");
  REQUIRE(typo["fixes"].size() == 1);
  CHECK(typo["fixes"][0]["replacement"]["text"] == "useless-restore");
  CHECK(typo["fixes"][0]["replacement"]["location"] == typo["location"]);
  CHECK(j["summary"]["warnings"] == 5);
  CHECK(j["summary"]["errors"] == 0);

  CHECK(run(cli("check --format json " + kInvalid + " 2>/dev/null"), out) == 1);
  j = nlohmann::json::parse(out);
  REQUIRE(j["diagnostics"].size() == 1);
  const auto& d = j["diagnostics"][0];
  CHECK(d["severity"] == "error");
  CHECK(d["code"] == "invalid-enum-value");
  REQUIRE(d["notes"].size() == 1);
  CHECK(d["notes"][0]["message"] == "'tone' is declared here");
  CHECK(d["notes"][0]["location"]["line"] == 7);
  CHECK(d["notes"][0]["location"]["column"] == 7);
  CHECK(j["summary"]["errors"] == 1);
}

TEST_CASE("format json is the same envelope for generate and diff", "[cli][formats]") {
  std::string out;
  CHECK(run(cli("generate --format json -o /nonexistent-statusc-dir " + kInvalid + " 2>/dev/null"), out) == 1);
  nlohmann::json j = nlohmann::json::parse(out);
  CHECK(j["command"] == "generate");
  CHECK(j["diagnostics"].size() == 1);

  CHECK(run(cli("generate --format json --check -o /nonexistent-statusc-dir spec/workflow_session.yaml 2>/dev/null"), out) == 1);
  j = nlohmann::json::parse(out);
  REQUIRE_FALSE(j["files"].empty());
  for (const auto& f : j["files"]) CHECK(f["status"] == "missing");

  CHECK(run(cli("diff --format json tests/diff/number_reused_removed/old.yaml tests/diff/number_reused_removed/new.yaml"), out) == 1);
  j = nlohmann::json::parse(out);
  CHECK(j["command"] == "diff");
  CHECK(j["diagnostics"].empty());
  REQUIRE_FALSE(j["changes"].empty());
  for (const auto& c : j["changes"]) {
    // The common keys, and diff's own from before the envelope.
    CHECK(c["location"]["file"] == c["new"]["file"]);
    CHECK(c["location"]["line"] == c["new"]["line"]);
    CHECK(c["notes"][0]["location"]["file"] == c["old"]["file"]);
    CHECK(c["notes"][0]["message"] == c["old_note"]);
    CHECK(c["machine"] == "JobState");
  }
  // A spec with errors: nothing compared, the errors in the same envelope.
  CHECK(run(cli("diff --format json " + kInvalid + " spec/workflow_session.yaml"), out) == 1);
  j = nlohmann::json::parse(out);
  CHECK(j["changes"].empty());
  CHECK(j["diagnostics"][0]["code"] == "invalid-enum-value");
}

TEST_CASE("format github: one workflow command per problem, escaped", "[cli][formats]") {
  std::string out;
  CHECK(run(cli("check --format github " + kSuppressions + " 2>/dev/null"), out) == 0);
  std::vector<std::string> got = lines(out);
  REQUIRE(got.size() == 5);
  CHECK(got[0] == "::warning file=" + kSuppressions +
                      ",line=14,endLine=14,col=56,endColumn=60,title=statusc check%3A useless-restore::'restore: true' "
                      "has no effect: this transition does not leave a terminal state for a non-terminal one");
  const std::regex command(R"(^::(error|warning|notice)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::[^\r\n]*$)");
  for (const std::string& l : got) CHECK(std::regex_match(l, command));

  // Notes join the message as escaped line breaks.
  CHECK(run(cli("check --format github " + kInvalid + " 2>/dev/null"), out) == 1);
  REQUIRE(lines(out).size() == 1);
  CHECK(out.find("%0Anote: " + kInvalid + ":7:7: 'tone' is declared here") != std::string::npos);
  CHECK(out.rfind("::error file=", 0) == 0);

  CHECK(run(cli("diff --format github tests/diff/number_reused_removed/old.yaml tests/diff/number_reused_removed/new.yaml"), out) == 1);
  for (const std::string& l : lines(out)) {
    CHECK(std::regex_match(l, command));
    CHECK(l.find("title=statusc diff%3A ") != std::string::npos);
  }
}

TEST_CASE("format sarif: every code a rule, results located, notes related", "[cli][formats]") {
  std::string out;
  CHECK(run(cli("check --format sarif " + kInvalid + " 2>/dev/null"), out) == 1);
  nlohmann::json j = nlohmann::json::parse(out);
  CHECK(j["version"] == "2.1.0");
  const auto& run0 = j["runs"][0];
  const auto& rules = run0["tool"]["driver"]["rules"];
  std::set<std::string> ids;
  for (const auto& r : rules) ids.insert(r["id"].get<std::string>());
  CHECK(ids.count("invalid-enum-value") == 1);
  CHECK(ids.count("unused-suppression") == 1);
  CHECK(ids.count("state-removed") == 1);  // a diff change code
  const auto& result = run0["results"][0];
  CHECK(result["ruleId"] == "invalid-enum-value");
  CHECK(rules[result["ruleIndex"].get<size_t>()]["id"] == "invalid-enum-value");
  CHECK(rules[result["ruleIndex"].get<size_t>()]["fullDescription"]["text"].get<std::string>().find("Fix:") !=
        std::string::npos);
  CHECK(result["level"] == "error");
  CHECK(result["locations"][0]["physicalLocation"]["region"]["startLine"] == 10);
  CHECK(result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 7);
}
