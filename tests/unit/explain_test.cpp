// `statusc explain CODE` and docs/diagnostics.md: every code in kinds.def
// has a long explanation in explain.def and a section in the catalogue, and
// neither names a code that does not exist.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

using namespace statusc;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  INFO("reading " << path);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Display width of a UTF-8 line, counting code points (the texts hold no
// wide characters).
size_t columns(const std::string& line) {
  size_t n = 0;
  for (unsigned char c : line)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

std::vector<std::string> codes_in_order() {
  std::vector<std::string> codes;
  for (const KindInfo& info : all_kinds()) codes.emplace_back(info.code);
  return codes;
}

}  // namespace

TEST_CASE("every diagnostic code has an explanation with an example and a fix", "[explain]") {
  // An indented excerpt line that looks like YAML `key: value` or `key:`.
  const std::regex yaml_line(R"(^ {4,}(- )?[A-Za-z_"][A-Za-z0-9_"]*:( .*)?$)");
  size_t explained = 0;
  for (const KindInfo& info : all_kinds()) {
    std::string code(info.code);
    std::string_view text = explanation(info.kind);
    INFO("explanation of " << code << " in generator/src/diag/explain.def");
    CHECK_FALSE(text.empty());
    if (text.empty()) continue;
    ++explained;
    CHECK(text.back() == '\n');
    CHECK(text.front() != '\n');
    CHECK(text.find('\t') == std::string_view::npos);
    std::vector<std::string> lines = lines_of(text);
    CHECK(lines.size() >= 10);
    CHECK(lines.size() <= 45);
    bool example = false, fix = false, yaml = false, why = false;
    for (const std::string& line : lines) {
      INFO("line: " << line);
      CHECK(columns(line) < 90);
      example = example || starts_with(line, "Example");
      fix = fix || starts_with(line, "Fix:");
      why = why || starts_with(line, "Why:");
      yaml = yaml || std::regex_match(line, yaml_line);
    }
    CHECK(why);
    CHECK(example);
    CHECK(fix);
    CHECK(yaml);
  }
  CHECK(explained == all_kinds().size());
}

TEST_CASE("explain.def has one entry per code, in the order of kinds.def", "[explain]") {
  std::string def = slurp(std::string(STATUSC_SOURCE_DIR) + "/generator/src/diag/explain.def");
  std::regex entry(R"re(^EXPLAIN\("([^"]*)")re", std::regex::multiline);
  std::vector<std::string> entries;
  for (std::sregex_iterator it(def.begin(), def.end(), entry), end; it != end; ++it) entries.push_back((*it)[1]);
  for (const std::string& code : entries) {
    INFO("explain.def has an entry for '" << code << "', which is not a code in kinds.def");
    CHECK(find_kind(code).has_value());
  }
  CHECK(entries == codes_in_order());
}

TEST_CASE("docs/diagnostics.md has a section per code, in the order of kinds.def", "[explain]") {
  std::string doc = slurp(std::string(STATUSC_SOURCE_DIR) + "/docs/diagnostics.md");
  // Headings outside fenced code blocks; a `## code` heading opens the
  // section of that code, which runs to the next heading.
  struct Section {
    std::string code;
    std::string body;
  };
  std::vector<Section> sections;
  std::vector<std::string> unknown;
  static const std::regex code_heading(R"(^## ([a-z0-9]+(-[a-z0-9]+)*)\s*$)");
  bool in_fence = false;
  Section* open = nullptr;
  for (const std::string& line : lines_of(doc)) {
    if (starts_with(line, "```")) in_fence = !in_fence;
    if (!in_fence && starts_with(line, "#")) {
      open = nullptr;
      std::smatch m;
      // Only headings that look like codes; the introduction's headings are
      // written in words.
      if (std::regex_match(line, m, code_heading)) {
        if (find_kind(m[1].str())) {
          sections.push_back({m[1], {}});
          open = &sections.back();
        } else {
          unknown.push_back(m[1]);
        }
      }
      continue;
    }
    if (open != nullptr) open->body += line + "\n";
  }
  for (const std::string& code : unknown) {
    INFO("docs/diagnostics.md has a section '## " << code << "', which is not a code in kinds.def");
    CHECK(false);
  }
  std::vector<std::string> codes;
  for (const Section& s : sections) codes.push_back(s.code);
  for (const KindInfo& info : all_kinds()) {
    INFO("docs/diagnostics.md has no section '## " << info.code << "' (or has it twice)");
    CHECK(std::count(codes.begin(), codes.end(), std::string(info.code)) == 1);
  }
  CHECK(codes == codes_in_order());

  // Each section shows the code's summary, a spec excerpt and the fix.
  for (const Section& s : sections) {
    INFO("section '## " << s.code << "' of docs/diagnostics.md");
    CHECK(s.body.find(std::string(kind_info(*find_kind(s.code)).summary)) != std::string::npos);
    CHECK(s.body.find("```yaml") != std::string::npos);
    CHECK(s.body.find("Fix") != std::string::npos);
  }
}
