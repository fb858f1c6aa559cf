#include "test_support.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "driver/pipeline.h"

namespace statusc::test {

std::string source_path(const std::string& relative) { return std::string(STATUSC_SOURCE_DIR) + "/" + relative; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::vector<std::string> list_files(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(source_path(dir))) {
    std::string name = entry.path().filename().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(dir + "/" + name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> valid_specs(std::initializer_list<const char*> extra_dirs) {
  std::vector<std::string> out;
  std::vector<const char*> dirs{"spec", "tests/valid", "tests/generate"};
  dirs.insert(dirs.end(), extra_dirs.begin(), extra_dirs.end());
  for (const char* dir : dirs) {
    // A renamed or emptied folder must fail the tests that loop over these
    // specs, not let them pass on nothing.
    std::vector<std::string> files = list_files(dir, ".yaml");
    if (files.empty()) throw std::runtime_error(std::string("valid_specs: no .yaml files in ") + dir);
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

std::string check_text(const std::string& path, const std::string& text) {
  SourceFile file(path, text);
  DiagnosticEngine diags;
  compile_spec(file, diags);
  std::ostringstream out;
  render(out, diags, RenderOptions{false});
  render_summary(out, diags);
  return out.str();
}

Compiled compile_valid(const std::string& path, const std::string& yaml) {
  Compiled c;
  c.file = std::make_unique<SourceFile>(path, yaml);
  DiagnosticEngine diags;
  c.spec = compile_spec(*c.file, diags);
  std::ostringstream shown;
  render(shown, diags, RenderOptions{false});
  INFO(shown.str());
  REQUIRE(c.spec);
  REQUIRE(diags.error_count() == 0);
  return c;
}

int run(const std::string& command, std::string& output) {
  output.clear();
  // Braces let a command redirect its own stderr (e.g. 2>/dev/null).
  FILE* pipe = popen(("{ " + command + "; } 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace statusc::test
