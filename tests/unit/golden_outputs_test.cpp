// Generated output is kept in git and compared byte for byte:
//   generated/            the output for spec/*.yaml (what users browse)
//   tests/golden/outputs/ the output for tests/valid and tests/generate
// UPDATE_GOLDEN=1 regenerates both (review the diff before committing).
#include <catch2/catch.hpp>

#include <cstdlib>

#include "test_support.h"

using namespace statusc;

namespace {

bool updating() {
  const char* v = std::getenv("UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

void check_outputs(const std::vector<std::string>& dirs, const std::string& out) {
  std::string specs;
  for (const std::string& dir : dirs)
    for (const std::string& spec : test::list_files(dir, ".yaml")) specs += " " + spec;
  std::string command = "cd " + test::source_path("") + " && " + STATUSC_BINARY + " generate" + specs + " -o " + out;
  std::string log;
  if (updating()) REQUIRE(test::run(command + " -q", log) == 0);
  INFO(log << "\n(UPDATE_GOLDEN=1 regenerates " << out << "; review the diff)");
  CHECK(test::run(command + " --check", log) == 0);
}

}  // namespace

TEST_CASE("generated/ is in sync with spec/", "[golden][generated]") { check_outputs({"spec"}, "generated"); }

TEST_CASE("golden outputs for the valid and adversarial specs", "[golden][generated]") {
  check_outputs({"tests/valid", "tests/generate"}, "tests/golden/outputs");
}
