// The diagnostics corpus: every tests/diagnostics/NAME.yaml is checked and
// its rendered diagnostics compared byte for byte with NAME.expected.
// UPDATE_GOLDEN=1 rewrites the .expected files (review the diff!).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <regex>
#include <set>

#include "test_support.h"

using namespace statusc;

namespace {

bool updating() {
  const char* v = std::getenv("UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

std::string golden_path(const std::string& spec) { return spec.substr(0, spec.size() - 5) + ".expected"; }

}  // namespace

TEST_CASE("every invalid spec in the corpus gives its golden diagnostics", "[golden][diagnostics]") {
  auto specs = test::list_files("tests/diagnostics", ".yaml");
  REQUIRE(specs.size() >= 40);
  for (const std::string& spec : specs) {
    DYNAMIC_SECTION(spec) {
      std::string actual = test::check_text(spec, test::read_file(test::source_path(spec)));
      std::string expected_path = test::source_path(golden_path(spec));
      if (updating()) test::write_file(expected_path, actual);
      INFO("golden file: " << golden_path(spec) << " (UPDATE_GOLDEN=1 rewrites it)");
      CHECK(actual == test::read_file(expected_path));
      // The corpus holds invalid specs only: each must report an error.
      CHECK(actual.find(": error[") != std::string::npos);
    }
  }
}

TEST_CASE("the corpus covers every diagnostic code", "[golden][diagnostics]") {
  std::set<std::string> seen;
  std::regex code(R"((?:error|warning)\[([a-z0-9-]+)\])");
  for (const std::string dir : {"tests/diagnostics", "tests/cli"}) {
    for (const std::string& golden : test::list_files(dir, ".expected")) {
      std::string text = test::read_file(test::source_path(golden));
      for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) seen.insert((*it)[1]);
    }
  }
  for (const KindInfo& info : all_kinds()) {
    // file-too-large needs a 16 MiB file; it is covered in yaml_test.cpp
    // with a small limit instead.
    if (info.code == "file-too-large") continue;
    // unused-suppression is reported only on a file without errors, and
    // every file here has one; tests/unit/suppress_test.cpp shows it.
    if (info.code == "unused-suppression") continue;
    INFO("no golden file in tests/diagnostics or tests/cli shows [" << info.code << "]");
    CHECK(seen.count(std::string(info.code)) == 1);
  }
}
