// `statusc diff` through the real binary: exit codes, streams, usage
// errors, JSON output and --against-git on a scratch repository.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "test_support.h"

using statusc::test::run;
using statusc::test::source_path;

namespace {

std::string cli(const std::string& args) { return std::string(STATUSC_BINARY) + " " + args; }
std::string in_repo(const std::string& command) { return "cd " + source_path("") + " && " + command; }
std::string pair(const std::string& name) { return "tests/diff/" + name + "/old.yaml tests/diff/" + name + "/new.yaml"; }

// A scratch git repository holding `old` as spec.yaml in one commit, with
// `now` in the working tree.
std::string scratch_repo(const std::string& old_text, const std::string& now_text) {
  std::string dir = (std::filesystem::temp_directory_path() / "statusc_diff_git_XXXXXX").string();
  REQUIRE(mkdtemp(dir.data()) != nullptr);
  statusc::test::write_file(dir + "/spec.yaml", old_text);
  std::string out;
  REQUIRE(run("cd " + dir + " && git init -q && git add spec.yaml && "
              "git -c user.name=statusc -c user.email=statusc@example.com commit -qm old",
              out) == 0);
  statusc::test::write_file(dir + "/spec.yaml", now_text);
  return dir;
}

}  // namespace

TEST_CASE("diff: exit 1 on a wire-breaking change, report on stdout", "[cli][diff]") {
  std::string out;
  CHECK(run(in_repo(cli("diff " + pair("state_removed") + " 2>/dev/null")), out) == 1);
  CHECK(out == statusc::test::read_file(source_path("tests/diff/state_removed/expected.txt")));
}

TEST_CASE("diff: warnings exit 0, or 1 with --strict; notes never fail", "[cli][diff]") {
  std::string out;
  CHECK(run(in_repo(cli("diff " + pair("seed_004_paused_folded"))), out) == 0);
  CHECK(out.find("warning[state-retired]") != std::string::npos);
  CHECK(run(in_repo(cli("diff --strict " + pair("seed_004_paused_folded"))), out) == 1);
  CHECK(run(in_repo(cli("diff --strict " + pair("state_added"))), out) == 0);
  CHECK(run(in_repo(cli("diff " + pair("identical"))), out) == 0);
  CHECK(out == "No changes.\n");
}

TEST_CASE("diff: usage errors exit 2", "[cli][diff]") {
  std::string out;
  CHECK(run(in_repo(cli("diff spec/workflow_session.yaml")), out) == 2);
  CHECK(out.find("expected OLD and NEW") != std::string::npos);
  CHECK(run(in_repo(cli("diff spec/workflow_session.yaml spec/workflow_session.yaml spec/chat_session.yaml")), out) == 2);
  CHECK(run(in_repo(cli("diff --format xml " + pair("identical"))), out) == 2);
  CHECK(run(in_repo(cli("diff --against-git=--output=x spec/workflow_session.yaml")), out) == 2);
  CHECK(run(in_repo(cli("diff tests/diff/no_such/old.yaml spec/workflow_session.yaml")), out) == 2);
}

TEST_CASE("diff: an invalid spec on either side is reported, nothing compared, exit 1", "[cli][diff]") {
  std::string out;
  CHECK(run(in_repo(cli("diff tests/cli/invalid.yaml spec/workflow_session.yaml 2>/dev/null")), out) == 1);
  CHECK(out.empty());
  CHECK(run(in_repo(cli("diff spec/workflow_session.yaml tests/cli/invalid.yaml")), out) == 1);
  CHECK(out.find("tests/cli/invalid.yaml:") != std::string::npos);
  CHECK(out.find("nothing compared") != std::string::npos);
}

TEST_CASE("diff --format json: the same changes, machine-readable", "[cli][diff]") {
  std::string out;
  CHECK(run(in_repo(cli("diff --format json " + pair("number_reused_removed") + " 2>/dev/null")), out) == 1);
  nlohmann::json j = nlohmann::json::parse(out);
  REQUIRE(j["changes"].is_array());
  int errors = 0;
  for (const auto& c : j["changes"]) {
    CHECK(c["new"]["file"] == "tests/diff/number_reused_removed/new.yaml");
    CHECK(c["old"]["file"] == "tests/diff/number_reused_removed/old.yaml");
    CHECK(c["new"]["line"].get<int>() > 0);
    CHECK(c["machine"] == "JobState");
    if (c["severity"] == "error") ++errors;
  }
  CHECK(errors == 2);
  CHECK(j["summary"]["errors"] == 2);
  CHECK(j["summary"]["notes"] == 3);
  CHECK(run(in_repo(cli("diff --format json " + pair("identical"))), out) == 0);
  CHECK(nlohmann::json::parse(out)["changes"].empty());
}

TEST_CASE("diff --against-git compares a file with its committed version", "[cli][diff]") {
  std::string out;
  INFO("git is installed by scripts/dev.sh");
  REQUIRE(run("git --version", out) == 0);
  const std::string old_text = statusc::test::read_file(source_path("tests/diff/state_removed/old.yaml"));
  const std::string new_text = statusc::test::read_file(source_path("tests/diff/state_removed/new.yaml"));
  std::string repo = scratch_repo(old_text, new_text);

  CHECK(run("cd " + repo + " && " + cli("diff --against-git HEAD spec.yaml"), out) == 1);
  CHECK(out.find("spec.yaml:10:3: error[state-removed]") != std::string::npos);
  CHECK(out.find("HEAD:spec.yaml:37:7: note: 'paused' had number 6 here") != std::string::npos);
  // From another directory, the path leads git to the repository.
  CHECK(run(cli("diff --against-git HEAD " + repo + "/spec.yaml"), out) == 1);
  CHECK(out.find("error[state-removed]") != std::string::npos);
  // Unchanged against the working tree once committed.
  REQUIRE(run("cd " + repo + " && git -c user.name=s -c user.email=s@example.com commit -qam new", out) == 0);
  CHECK(run("cd " + repo + " && " + cli("diff --against-git HEAD spec.yaml"), out) == 0);
  CHECK(out == "No changes.\n");
  CHECK(run("cd " + repo + " && " + cli("diff --against-git HEAD~1 spec.yaml"), out) == 1);

  // A file the revision does not have is new: nothing to compare.
  statusc::test::write_file(repo + "/other.yaml", new_text);
  CHECK(run("cd " + repo + " && " + cli("diff --against-git HEAD other.yaml"), out) == 0);
  CHECK(out.find("does not exist at HEAD") != std::string::npos);
  // A revision that does not exist, or no repository at all: exit 2.
  CHECK(run("cd " + repo + " && " + cli("diff --against-git no-such-branch spec.yaml"), out) == 2);
  CHECK(out.find("git:") != std::string::npos);
  std::filesystem::remove_all(repo + "/.git");
  CHECK(run("cd " + repo + " && " + cli("diff --against-git HEAD spec.yaml"), out) == 2);
  std::filesystem::remove_all(repo);
}
