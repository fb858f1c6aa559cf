// Malformed input never crashes or hangs statusc: it always ends in a
// located diagnostic and exit 1.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "driver/pipeline.h"
#include "test_support.h"

using namespace statusc;

namespace {

struct Case {
  const char* name;
  std::string bytes;
};

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<Case> malformed_cases() {
  std::string seed = test::read_file(test::source_path("spec/chat_session.yaml"));
  std::mt19937 rng(12345);
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>(rng() & 0xFF);
  std::string bomb = "statusc: 1\npackage: a\nl0: &a0 [x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 30; ++i)
    bomb += "l" + std::to_string(i) + ": &a" + std::to_string(i) + " [" +
            repeat("*a" + std::to_string(i - 1) + ", ", 8) + "*a" + std::to_string(i - 1) + "]\n";
  std::string block_deep;
  for (int i = 0; i < 3000; ++i) block_deep += std::string(static_cast<size_t>(i), ' ') + "k:\n";
  return {
      {"truncated in a quoted string", seed.substr(0, seed.find("description: ") + 20) + "\"half"},
      {"unclosed double quote at EOF", "statusc: 1\npackage: \"acme"},
      {"unclosed single quote at EOF", "statusc: 1\npackage: 'acme"},
      {"tab indentation", "statusc: 1\npackage: a\nmachines:\n\tM:\n\t\tstates: {}\n"},
      {"binary garbage", garbage},
      {"NUL bytes", std::string("statusc: 1\n\0\0\0", 14)},
      {"UTF-16 with BOM", std::string("\xFF\xFEs\0t\0", 6)},
      {"lone continuation byte", "statusc: 1\npackage: \x80\n"},
      {"overlong UTF-8", "statusc: 1\npackage: \xC0\xAF\n"},
      {"flow nesting 100000 deep", repeat("[", 100000)},
      {"block nesting 3000 deep", block_deep},
      {"alias bomb", bomb},
      {"self-referencing alias", "a: &a [*a]\n"},
      {"unclosed flow mapping", "statusc: 1\nmachines: {M: {states: {a: {}}\n"},
      {"only a document marker", "---\n...\n---\n"},
      {"a scalar document", "just some text\n"},
      {"a list document", "- statusc: 1\n"},
      {"lone CRs", "statusc: 1\rpackage: a\rmachines:\r  M: [\r"},
      {"huge single line", "statusc: 1\npackage: " + std::string(200000, 'a') + " b: c\n"},
      {"control character", "statusc: 1\npackage: a\x07\n"},
      {"directive only", "%YAML 1.2\n"},
  };
}

}  // namespace

TEST_CASE("malformed bytes give a diagnostic and exit 1, never a crash", "[robustness]") {
  std::string dir = (std::filesystem::temp_directory_path() / "statusc_robustness").string();
  std::filesystem::create_directories(dir);
  int index = 0;
  for (const Case& c : malformed_cases()) {
    DYNAMIC_SECTION(c.name) {
      std::string path = dir + "/case" + std::to_string(index) + ".yaml";
      test::write_file(path, c.bytes);
      std::string out;
      int code = test::run("timeout 10 " + std::string(STATUSC_BINARY) + " check " + path, out);
      CHECK(code == 1);
      CHECK(out.find(path + ":") != std::string::npos);
      CHECK(out.find(": error[") != std::string::npos);
    }
    ++index;
  }
}

TEST_CASE("random mutations of real specs never escape as exceptions or bad locations", "[robustness]") {
  std::vector<std::string> seeds;
  for (const std::string& spec : test::list_files("spec", ".yaml")) seeds.push_back(test::read_file(test::source_path(spec)));
  REQUIRE(!seeds.empty());
  std::mt19937 rng(2026);
  const char alphabet[] = ":-[]{},&*!|>'\"#\n\t %@`?\\";
  for (int iteration = 0; iteration < 1500; ++iteration) {
    std::string text = seeds[rng() % seeds.size()];
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0: text[at] = alphabet[rng() % (sizeof alphabet - 1)]; break;
        case 1: text.erase(at, 1 + rng() % 8); break;
        case 2: text.insert(at, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
        case 3: text.resize(at); break;
      }
    }
    SourceFile file("mutant.yaml", text);
    DiagnosticEngine diags;
    REQUIRE_NOTHROW(compile_spec(file, diags));
    for (const Diagnostic& d : diags.diagnostics()) {
      if (!d.loc.has_position()) continue;
      INFO("iteration " << iteration << ": " << d.message);
      CHECK(d.loc.line < file.line_count());
      CHECK(d.loc.column <= static_cast<int>(file.line_text(d.loc.line).size()));
    }
  }
}
