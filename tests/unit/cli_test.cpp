// The real binary: exit codes, streams, --help/--version, explain, color.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "test_support.h"

using statusc::test::run;
using statusc::test::source_path;

namespace {

std::string cli(const std::string& args) { return std::string(STATUSC_BINARY) + " " + args; }
const std::string kValid = "spec/workflow_session.yaml";
const std::string kInvalid = "tests/cli/invalid.yaml";

}  // namespace

TEST_CASE("the version and help options exit 0", "[cli]") {
  std::string out;
  CHECK(run(cli("--version"), out) == 0);
  CHECK(out == std::string("statusc ") + STATUSC_VERSION + "\n");
  CHECK(run(cli("--help"), out) == 0);
  CHECK(out.find("check") != std::string::npos);
  CHECK(out.find("explain") != std::string::npos);
  CHECK(run(cli("check --help"), out) == 0);
  CHECK(out.find("FILE") != std::string::npos);
  CHECK(run(cli("explain --help"), out) == 0);
}

TEST_CASE("usage errors exit 2", "[cli]") {
  std::string out;
  CHECK(run(cli(""), out) == 2);
  CHECK(run(cli("check"), out) == 2);
  CHECK(run(cli("frobnicate"), out) == 2);
  CHECK(run(cli("--color=sometimes check " + kValid), out) == 2);
}

TEST_CASE("check: exit 0 for valid specs, with a summary on stdout", "[cli]") {
  std::string out;
  CHECK(run("cd " + source_path("") + " && " + cli("check " + kValid + " 2>/dev/null"), out) == 0);
  CHECK(out == kValid + ": ok (1 machine, 2 states, 1 transition)\n");
  CHECK(run("cd " + source_path("") + " && " + cli("check -q " + kValid), out) == 0);
  CHECK(out.empty());
}

TEST_CASE("check: exit 1 for a spec with errors, diagnostics on stderr only", "[cli]") {
  std::string out;
  std::string cd = "cd " + source_path("") + " && ";
  CHECK(run(cd + cli("check " + kInvalid + " 2>/dev/null"), out) == 1);
  CHECK(out.empty());
  CHECK(run(cd + cli("check " + kInvalid), out) == 1);
  CHECK(out == statusc::test::read_file(source_path("tests/cli/invalid.expected")));
  // Every file is checked even after one fails.
  CHECK(run(cd + cli("check " + kInvalid + " " + kValid), out) == 1);
  CHECK(out.find(kValid + ": ok") != std::string::npos);
}

TEST_CASE("check: exit 2 for a missing file or a directory, other files still checked", "[cli]") {
  std::string out;
  std::string cd = "cd " + source_path("") + " && ";
  CHECK(run(cd + cli("check tests/cli/no_such_file.yaml"), out) == 2);
  CHECK(out == statusc::test::read_file(source_path("tests/cli/missing_file.expected")));
  CHECK(run(cd + cli("check spec"), out) == 2);
  CHECK(out.find("spec: error[io-error]: is a directory") != std::string::npos);
  CHECK(run(cd + cli("check " + kInvalid + " tests/cli/no_such_file.yaml"), out) == 2);
  CHECK(out.find("invalid.yaml:") != std::string::npos);
}

TEST_CASE("color only when asked or on a terminal, never with NO_COLOR", "[cli]") {
  std::string out;
  std::string cd = "cd " + source_path("") + " && ";
  run(cd + cli("check " + kInvalid), out);
  CHECK(out.find('\x1b') == std::string::npos);  // a pipe is not a terminal
  run(cd + cli("--color=always check " + kInvalid), out);
  CHECK(out.find("\x1b[") != std::string::npos);
  run(cd + "NO_COLOR=1 " + cli("--color=never check " + kInvalid), out);
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("explain prints a code's explanation, lists codes, rejects unknown ones", "[cli]") {
  std::string out;
  CHECK(run(cli("explain unreachable-state"), out) == 0);
  CHECK(out.rfind("unreachable-state: ", 0) == 0);
  CHECK(run(cli("explain"), out) == 0);
  for (const statusc::KindInfo& info : statusc::all_kinds()) CHECK(out.find(std::string(info.code)) != std::string::npos);
  CHECK(run(cli("explain unreachable-stat"), out) == 2);
  CHECK(out.find("did you mean 'unreachable-state'?") != std::string::npos);
}

TEST_CASE("output stays bounded: an error limit, one line per repeated code, long lines cut", "[cli]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "statusc_cli_bounded";
  fs::create_directories(dir);
  // 64,000 control characters on one line, and 1,000 unknown keys in one
  // flow mapping: each a code repeated on one line of 64,000 bytes or more.
  const std::string controls = (dir / "controls.yaml").string();
  statusc::test::write_file(controls, "statusc: 1\npackage: " + std::string(64000, '\x01') + "\n");
  std::string keys;
  for (int i = 0; i < 1000; ++i) keys += (i ? ", k" : "k") + std::to_string(i) + ": 1";
  const std::string flow = (dir / "flow.yaml").string();
  statusc::test::write_file(flow, "statusc: 1\npackage: t\nmachines:\n  M:\n    states:\n      a: {" + keys + "}\n");
  // Fifty separate errors, one per line.
  std::string states;
  for (int i = 0; i < 50; ++i) states += "      s" + std::to_string(i) + ": {number: 0}\n";
  const std::string many = (dir / "many.yaml").string();
  statusc::test::write_file(many, "statusc: 1\npackage: t\nmachines:\n  M:\n    states:\n" + states);

  std::string out;
  CHECK(run(cli("check " + controls + " 2>&1"), out) == 1);
  CHECK(out.size() < 1000);  // was 20 MB: the line once per problem
  CHECK(out.find("63999 more [yaml-syntax] on line 2 not shown") != std::string::npos);
  CHECK(out.find("64000 errors generated.") != std::string::npos);
  CHECK(run(cli("check " + flow + " 2>&1"), out) == 1);
  CHECK(out.size() < 1000);
  CHECK(out.find("999 more [unknown-attribute] on line 6 not shown") != std::string::npos);

  CHECK(run(cli("check " + many + " 2>&1"), out) == 1);
  CHECK(std::count(out.begin(), out.end(), '^') == 20);
  CHECK(out.find("statusc: note: 30 more errors not shown (the limit is 20 of each); --error-limit=0 shows "
                 "them all") != std::string::npos);
  CHECK(out.find("50 errors generated.") != std::string::npos);
  CHECK(run(cli("--error-limit=5 check " + many + " 2>&1"), out) == 1);
  CHECK(std::count(out.begin(), out.end(), '^') == 5);
  CHECK(run(cli("check --error-limit=0 " + many + " 2>&1"), out) == 1);
  CHECK(std::count(out.begin(), out.end(), '^') == 50);
  CHECK(out.find("not shown") == std::string::npos);
  // Every problem on the long line, when asked for, each with a cut echo.
  CHECK(run(cli("--error-limit=0 check " + flow + " 2>&1"), out) == 1);
  CHECK(std::count(out.begin(), out.end(), '^') == 1000);
  CHECK(out.size() < 1000 * 600);
  CHECK(run(cli("--error-limit=-1 check " + many), out) == 2);
  // A megabyte-long name is quoted in a message of bounded length.
  const std::string huge = (dir / "huge.yaml").string();
  statusc::test::write_file(huge, "statusc: 1\npackage: t\nmachines:\n  M:\n    initial: " +
                                      std::string(1 << 20, 'x') + "\n    states:\n      a: {}\n");
  CHECK(run(cli("check " + huge + " 2>&1"), out) == 1);
  CHECK(out.find("more bytes)") != std::string::npos);
  CHECK(out.size() < 4000);
  fs::remove_all(dir);
}
