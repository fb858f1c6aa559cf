// Valid specs produce no diagnostics at all: the seed systems in spec/, the
// format's own example in tests/valid/, and the spec shown in README.md.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace statusc;

TEST_CASE("every spec in spec/ and tests/valid/ checks without a diagnostic", "[valid]") {
  auto specs = test::list_files("spec", ".yaml");
  auto valid = test::list_files("tests/valid", ".yaml");
  REQUIRE(specs.size() >= 5);  // one per seed system
  specs.insert(specs.end(), valid.begin(), valid.end());
  for (const std::string& spec : specs) {
    DYNAMIC_SECTION(spec) { CHECK(test::check_text(spec, test::read_file(test::source_path(spec))) == ""); }
  }
}

TEST_CASE("the spec in README.md's tour is valid", "[valid]") {
  std::string readme = test::read_file(test::source_path("README.md"));
  size_t begin = readme.find("```yaml\n");
  REQUIRE(begin != std::string::npos);
  begin += 8;
  size_t end = readme.find("```", begin);
  REQUIRE(end != std::string::npos);
  CHECK(test::check_text("README.md", readme.substr(begin, end - begin)) == "");
}
