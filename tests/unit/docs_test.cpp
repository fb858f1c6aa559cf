// Documentation that shows statusc's input or output must match the real
// thing: the tutorial's spec is the example's spec, and its diagram is what
// `statusc graph` prints for it.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace statusc;

namespace {

// The contents of every ```LANG fenced block in a Markdown text.
std::vector<std::string> fenced_blocks(const std::string& markdown, const std::string& lang) {
  std::vector<std::string> out;
  std::string open = "```" + lang + "\n";
  for (size_t at = markdown.find(open); at != std::string::npos; at = markdown.find(open, at)) {
    size_t begin = at + open.size();
    size_t end = markdown.find("```", begin);
    out.push_back(markdown.substr(begin, end - begin));
    at = end;
  }
  return out;
}

}  // namespace

TEST_CASE("the tutorial builds up to the example consumer's spec, and shows its diagram", "[docs]") {
  std::string tutorial = test::read_file(test::source_path("docs/tutorial.md"));
  auto yaml = fenced_blocks(tutorial, "yaml");
  REQUIRE(yaml.size() == 2);
  CHECK(yaml.back() == test::read_file(test::source_path("examples/cmake-consumer/spec/job_state.yaml")));
  auto mermaid = fenced_blocks(tutorial, "mermaid");
  REQUIRE(mermaid.size() == 1);
  std::string out;
  REQUIRE(test::run("cd " + test::source_path("") + " && " + STATUSC_BINARY +
                        " graph examples/cmake-consumer/spec/job_state.yaml 2>/dev/null",
                    out) == 0);
  CHECK(mermaid[0] == out);
  // The first spec has exactly the one typo the tutorial shows.
  std::string first = test::check_text("job_state.yaml", yaml.front());
  CHECK(first.find("error[unknown-state]: target state 'runing'") != std::string::npos);
  CHECK(first.find("1 error generated.") != std::string::npos);
}

TEST_CASE("docs/reference links the reference page of every spec", "[docs]") {
  std::string index = test::read_file(test::source_path("docs/reference/README.md"));
  for (const std::string& spec : test::list_files("spec", ".yaml")) {
    std::string stem = spec.substr(5, spec.size() - 10);  // spec/NAME.yaml
    INFO("docs/reference/README.md does not link generated/" << stem << ".md");
    CHECK(index.find("(../../generated/" + stem + ".md)") != std::string::npos);
  }
}
