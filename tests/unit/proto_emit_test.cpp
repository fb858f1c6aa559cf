// The proto target: its naming and lint rules, the shape of every generated
// file, and what protoc itself reads back from it (the descriptor), compared
// with the spec. tests/compile/proto.cmake adds protoc's code generators, a
// C++ build of their output and buf lint.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <sstream>

#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "naming/naming.h"
#include "emit/proto/text.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace statusc;

namespace {

using test::Compiled;
constexpr auto& compile = test::compile_valid;

// The proto target's one output file for a compiled spec.
OutputFile proto_of(const Spec& spec, const std::string& path, const std::string& stem) {
  const Emitter* e = find_emitter("proto");
  REQUIRE(e != nullptr);
  std::string error;
  auto files = render_jobs(e->plan(EmitContext{spec, path, stem}), Templates::embedded(), error);
  INFO(error);
  REQUIRE(files);
  REQUIRE(files->size() == 1);
  return (*files)[0];
}

OutputFile proto_of_text(const std::string& yaml, const std::string& stem = "inline") {
  Compiled c = compile(stem + ".yaml", yaml);
  return proto_of(*c.spec, stem + ".yaml", stem);
}


std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }

std::string protoc() {
#ifdef STATUSC_PROTOC
  std::string p = STATUSC_PROTOC;
#else
  std::string p;
#endif
  if (p.empty() || p.find("NOTFOUND") != std::string::npos) p = "protoc";
  return p;
}

// Writes `file` under a fresh directory and returns that directory.
std::string write_tree(const std::string& name, const OutputFile& file) {
  fs::path dir = fs::temp_directory_path() / ("statusc_proto_test_" + name);
  fs::remove_all(dir);
  fs::create_directories((dir / file.path).parent_path());
  test::write_file((dir / file.path).string(), file.bytes);
  return dir.string();
}

// Unescapes a protobuf text-format string body (between the quotes).
std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    switch (c) {
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'x': {
        int v = 0, k = 0;
        while (k < 2 && i + 1 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])))
          v = v * 16 + std::stoi(std::string(1, s[++i]), nullptr, 16), ++k;
        out += static_cast<char>(v);
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          int v = c - '0', k = 1;
          while (k < 3 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7') v = v * 8 + (s[++i] - '0'), ++k;
          out += static_cast<char>(v);
        } else {
          out += c;  // \" \' \\ and the rest
        }
    }
  }
  return out;
}

// What protoc's descriptor says about one file, from --decode's text format.
struct DescriptorEnum {
  std::string name;
  std::vector<std::pair<std::string, int>> values;
  std::vector<std::pair<int, int>> reserved_ranges;
  std::vector<std::string> reserved_names;
};
struct Descriptor {
  std::string package;
  std::vector<DescriptorEnum> enums;
  std::map<std::string, std::string> options;  // strings unescaped; others as written
};

Descriptor parse_descriptor(const std::string& text) {
  Descriptor d;
  std::vector<std::string> blocks;
  std::istringstream in(text);
  std::string line;
  static const std::regex field(R"re(^\s*([a-z_]+): (.*)$)re");
  static const std::regex open(R"re(^\s*([a-z_]+) \{$)re");
  static const std::regex close(R"re(^\s*\}$)re");
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, open)) {
      std::string block = m[1];
      blocks.push_back(block);
      if (block == "enum_type") d.enums.emplace_back();
      if (block == "value") d.enums.back().values.emplace_back();
      if (block == "reserved_range") d.enums.back().reserved_ranges.emplace_back();
      continue;
    }
    if (std::regex_match(line, close)) {
      if (!blocks.empty()) blocks.pop_back();
      continue;
    }
    if (!std::regex_match(line, m, field)) continue;
    std::string key = m[1], value = m[2];
    if (value.size() >= 2 && value.front() == '"') value = unescape(value.substr(1, value.size() - 2));
    const std::string where = blocks.empty() ? "" : blocks.back();
    if (where == "file" && key == "package") d.package = value;
    else if (where == "enum_type" && key == "name") d.enums.back().name = value;
    else if (where == "enum_type" && key == "reserved_name") d.enums.back().reserved_names.push_back(value);
    else if (where == "value" && key == "name") d.enums.back().values.back().first = value;
    else if (where == "value" && key == "number") d.enums.back().values.back().second = std::stoi(value);
    else if (where == "reserved_range" && key == "start") d.enums.back().reserved_ranges.back().first = std::stoi(value);
    else if (where == "reserved_range" && key == "end") d.enums.back().reserved_ranges.back().second = std::stoi(value);
    else if (where == "options") d.options[key] = value;
  }
  return d;
}

// Runs protoc on the file in `dir`; returns its exit code and output.
int run_protoc(const std::string& dir, const std::string& file, const std::string& extra, std::string& output) {
  return test::run("'" + protoc() + "' --proto_path='" + dir + "' " + extra + " '" + file + "'", output);
}

Descriptor descriptor_of(const std::string& name, const OutputFile& file) {
  std::string dir = write_tree(name, file);
  std::string output;
  std::string set = dir + "/descriptor.pb";
  INFO("protoc (" + protoc() + ") is needed: install protobuf-compiler");
  REQUIRE(run_protoc(dir, file.path, "--descriptor_set_out='" + set + "'", output) == 0);
  REQUIRE(test::run("'" + protoc() + "' --decode=google.protobuf.FileDescriptorSet google/protobuf/descriptor.proto < '" +
                        set + "'",
                    output) == 0);
  return parse_descriptor(output);
}

}  // namespace

TEST_CASE("proto: buf's UPPER_SNAKE_CASE and the enum value prefix rule", "[proto]") {
  CHECK(proto::buf_upper_snake("SessionStatus") == "SESSION_STATUS");
  CHECK(proto::buf_upper_snake("HTTPStatus") == "HTTP_STATUS");
  CHECK(proto::buf_upper_snake("Http2Status") == "HTTP2_STATUS");
  CHECK(proto::buf_upper_snake("Abc1D") == "ABC1D");  // statusc's default prefix is ABC1_D
  CHECK(proto::buf_upper_snake("Status") == "STATUS");
  CHECK(proto::prefix_satisfies_buf("Status", "STATUS"));
  CHECK(proto::prefix_satisfies_buf("SessionStatus", "SESSION_STATUS"));
  CHECK(proto::prefix_satisfies_buf("SessionStatus", "SESSION_STATUS_V2"));
  CHECK_FALSE(proto::prefix_satisfies_buf("SessionStatus", "SESSION_STATUSES"));
  CHECK_FALSE(proto::prefix_satisfies_buf("SessionStatus", "SESSION"));
  CHECK_FALSE(proto::prefix_satisfies_buf("Abc1D", naming::upper_snake("Abc1D")));
}

TEST_CASE("proto: version suffixes buf accepts", "[proto]") {
  for (const char* ok : {"a.v1", "a.b.v10", "a.v1beta1", "a.v1alpha", "a.v2beta", "a.v1test", "a.v1p1beta1", "a.v1p2alpha"})
    CHECK(proto::has_version_suffix(ok));
  // buf rejects these (v0, beta0, a suffix after test); a single segment has
  // no version; v01 is accepted by buf but left out to stay on the safe side.
  for (const char* no : {"jobs", "a.b", "a.v0", "a.v1beta0", "a.v1alpha1test", "a.v01", "a.version1", "a.v1x", "v1"})
    CHECK_FALSE(proto::has_version_suffix(no));
}

TEST_CASE("proto: file names are lower_snake_case under the package's directory", "[proto]") {
  CHECK(proto::file_stem("chat_session") == "chat_session");
  CHECK(proto::file_stem("ChatSession") == "chat_session");
  CHECK(proto::file_stem("chat-session") == "chat_session");
  CHECK(proto::file_stem("chat.session v2") == "chat_session_v2");
  CHECK(proto::file_stem("__x__") == "x");
  CHECK(proto::file_stem("HTTPStatus") == "http_status");
  CHECK(proto::file_stem("\xE6\x97\xA5\xE6\x9C\xAC") == "spec");
  Compiled c = compile("chat.yaml", test::read_file(test::source_path("spec/chat_session.yaml")));
  CHECK(proto::file_path(*c.spec, "chat_session") == "chat/session/v1/chat_session.proto");
  CHECK(proto_of(*c.spec, "spec/Chat-Session.yaml", "Chat-Session").path == "chat/session/v1/chat_session.proto");
}

TEST_CASE("proto: file options", "[proto]") {
  CHECK(proto::option_line("go_package", "example.com/x") == "option go_package = \"example.com/x\";");
  CHECK(proto::option_line("java_multiple_files", "true") == "option java_multiple_files = true;");
  CHECK(proto::option_line("cc_enable_arenas", "False") == "option cc_enable_arenas = false;");
  CHECK(proto::option_line("optimize_for", "LITE_RUNTIME") == "option optimize_for = LITE_RUNTIME;");
  // Values that protoc would reject stay strings, so protoc names the problem.
  CHECK(proto::option_line("optimize_for", "FAST") == "option optimize_for = \"FAST\";");
  CHECK(proto::option_line("java_multiple_files", "yes") == "option java_multiple_files = \"yes\";");
  CHECK(proto::option_line("objc_class_prefix", "42") == "option objc_class_prefix = \"42\";");
  CHECK(proto::option_line("java_package", "a\"; option x = 1; //") ==
        "option java_package = \"a\\\"; option x = 1; //\";");
  CHECK(proto::option_line("(my.ext).field", "v") == "option (my.ext).field = \"v\";");
  CHECK(proto::is_option_name("(.my.ext)"));
  for (const char* bad : {"", "a b", "a;", "1a", "a.", "(a", "(a)b", "a = 1; option b", "a\nb"}) {
    CHECK_FALSE(proto::is_option_name(bad));
    std::string line = proto::option_line(bad, "v");
    CHECK(line.rfind("// statusc: skipped the file option ", 0) == 0);
    CHECK(line.find('\n') == std::string::npos);
  }
}

TEST_CASE("proto: comments cannot carry buf directives, and wrap at spaces", "[proto]") {
  CHECK(proto::comment_text("buf:lint:ignore ENUM_VALUE_PREFIX") == "buf<U+003A>lint:ignore ENUM_VALUE_PREFIX");
  CHECK(proto::comment_text("  buf:lint:ignore X") == "  buf<U+003A>lint:ignore X");
  CHECK(proto::comment_text("see buf:lint:ignore") == "see buf:lint:ignore");
  CHECK(proto::comment_text("ends in \\") == "ends in <U+005C>");
  CHECK(proto::wrap("short", 10) == std::vector<std::string>{"short"});
  CHECK(proto::wrap("aaa bbb ccc ddd", 7) == std::vector<std::string>{"aaa bbb", "ccc ddd"});
  CHECK(proto::wrap("  aaa bbb ccc", 8) == std::vector<std::string>{"  aaa", "  bbb", "  ccc"});
  CHECK(proto::wrap("averyveryverylongword x", 5) == std::vector<std::string>{"averyveryverylongword", "x"});
}

TEST_CASE("proto: lint ignore comments only where the names cannot satisfy buf", "[proto]") {
  const std::string base = "statusc: 1\npackage: acme.jobs\nmachines:\n  JobState:\n";
  std::string plain = proto_of_text(base + "    states: {a: {}}\n").bytes;
  CHECK(plain.find("// buf:lint:ignore PACKAGE_VERSION_SUFFIX\npackage acme.jobs;\n") != std::string::npos);
  CHECK(plain.find("ENUM_VALUE_PREFIX") == std::string::npos);

  std::string versioned =
      proto_of_text("statusc: 1\npackage: acme.jobs\ntargets:\n  proto:\n    package: acme.jobs.v1\n"
                    "machines:\n  JobState:\n    proto_prefix: JOB\n    description: Jobs.\n    states: {a: {}}\n")
          .bytes;
  CHECK(versioned.find("PACKAGE_VERSION_SUFFIX") == std::string::npos);
  CHECK(versioned.find("\npackage acme.jobs.v1;\n") != std::string::npos);
  // The directive ends the enum's leading comment, right above it.
  CHECK(versioned.find("// Jobs.\n// buf:lint:ignore ENUM_VALUE_PREFIX\nenum JobState {\n") != std::string::npos);

  // The seed names its machine Status so that STATUS_ values need no ignore.
  std::string product = proto_of(*compile("p.yaml", test::read_file(test::source_path("spec/product_status.yaml"))).spec,
                                 "spec/product_status.yaml", "product_status")
                            .bytes;
  CHECK(product.find("buf:lint:ignore") == std::string::npos);
}

TEST_CASE("proto: every generated line is a statement, a blank line or a comment", "[proto]") {
  static const std::regex statement(
      R"re(^(syntax = "proto3";|package [a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*;|option [A-Za-z_(][A-Za-z0-9_.()]* = (true|false|SPEED|CODE_SIZE|LITE_RUNTIME|"([^"\\]|\\.)*");|enum [A-Z][A-Za-z0-9]* \{|  [A-Z][A-Z0-9_]* = (0|[1-9][0-9]*);|  reserved [1-9][0-9]*;|  reserved "[A-Z][A-Z0-9_]*";|\}|)$)re");
  for (const std::string& path : test::valid_specs({"tests/compile/proto"})) {
    DYNAMIC_SECTION(path) {
      Compiled c = compile(path, test::read_file(test::source_path(path)));
      OutputFile f = proto_of(*c.spec, path, stem_of(path));
      std::istringstream in(f.bytes);
      std::string line;
      int n = 0;
      while (std::getline(in, line)) {
        ++n;
        INFO(f.path << ":" << n << ": " << line);
        size_t text = line.find_first_not_of(' ');
        if (text != std::string::npos && line.compare(text, 2, "//") == 0) {
          // No character that ends a line or a comment for some reader, no
          // splice, no directive smuggled in from user text.
          CHECK(line.find('\r') == std::string::npos);
          CHECK(line.find("\xE2\x80\xA8") == std::string::npos);
          CHECK(line.find("\xE2\x80\xA9") == std::string::npos);
          CHECK(line.find("\xE2\x80\xAE") == std::string::npos);
          CHECK(line.back() != '\\');
          std::string body = line.substr(text + 2);
          size_t b = body.find_first_not_of(' ');
          if (b != std::string::npos && body.compare(b, 4, "buf:") == 0)
            CHECK(std::regex_match(body, std::regex(" buf:lint:ignore (PACKAGE_VERSION_SUFFIX|ENUM_VALUE_PREFIX)")));
        } else {
          CHECK(std::regex_match(line, statement));
        }
      }
      CHECK(f.bytes.back() == '\n');
    }
  }
}

TEST_CASE("proto: protoc reads back every enum, value, number and reservation of the spec", "[proto]") {
  for (const std::string& path : test::valid_specs({"tests/compile/proto"})) {
    DYNAMIC_SECTION(path) {
      Compiled c = compile(path, test::read_file(test::source_path(path)));
      const Spec& spec = *c.spec;
      OutputFile f = proto_of(spec, path, stem_of(path));
      Descriptor d = descriptor_of(stem_of(path), f);
      CHECK(d.package == spec.targets.proto_package);
      REQUIRE(d.enums.size() == spec.machines.size());
      for (size_t i = 0; i < spec.machines.size(); ++i) {
        const Machine& m = spec.machines[i];
        const DescriptorEnum& e = d.enums[i];
        CHECK(e.name == m.name);
        std::vector<std::pair<std::string, int>> want{{m.proto_prefix + "_UNSPECIFIED", 0}};
        for (const State& s : m.states) want.emplace_back(naming::proto_value(m.proto_prefix, s.name), s.number);
        CHECK(e.values == want);
        std::vector<std::pair<int, int>> ranges;
        std::vector<std::string> names;
        for (const Removed& r : m.removed) {
          ranges.emplace_back(r.number, r.number);  // enum reserved ranges are inclusive
          names.push_back(naming::proto_value(m.proto_prefix, r.name));
        }
        for (const State& s : m.states)  // earlier names of renamed states: the name only
          for (const std::string& old : s.renamed_from) names.push_back(naming::proto_value(m.proto_prefix, old));
        CHECK(e.reserved_ranges == ranges);
        CHECK(e.reserved_names == names);
      }
      // String options arrive byte for byte, hostile ones included.
      for (const auto& [name, value] : spec.targets.proto_options) {
        if (!proto::is_option_name(name) || name[0] == '(') continue;
        INFO("option " << name);
        REQUIRE(d.options.count(name) == 1);
        std::string got = d.options[name];
        if (got == "true" || got == "false") CHECK((got == "true") == (value == "true" || value == "True" || value == "TRUE"));
        else CHECK(got == value);
      }
    }
  }
}

TEST_CASE("proto: protoc refuses to reuse a removed state's number or name", "[proto]") {
  Compiled c = compile("spec/workflow_session.yaml", test::read_file(test::source_path("spec/workflow_session.yaml")));
  OutputFile f = proto_of(*c.spec, "spec/workflow_session.yaml", "workflow_session");
  // After the zero value, which proto3 wants first.
  const std::string anchor = "  WORKFLOW_SESSION_STATUS_UNSPECIFIED = 0;\n";
  REQUIRE(f.bytes.find(anchor) != std::string::npos);
  std::string output;

  OutputFile ok = f;  // the probe itself is sound: a fresh name and number pass
  ok.bytes.insert(ok.bytes.find(anchor) + anchor.size(), "  WORKFLOW_SESSION_STATUS_PROBE = 9;\n");
  INFO("protoc (" + protoc() + ") is needed: install protobuf-compiler");
  CHECK(run_protoc(write_tree("probe_ok", ok), ok.path, "--descriptor_set_out=/dev/null", output) == 0);

  OutputFile number = f;
  number.bytes.insert(number.bytes.find(anchor) + anchor.size(), "  WORKFLOW_SESSION_STATUS_PROBE = 2;\n");
  CHECK(run_protoc(write_tree("probe_number", number), number.path, "--descriptor_set_out=/dev/null", output) != 0);
  CHECK(output.find("reserved number 2") != std::string::npos);

  OutputFile name = f;
  name.bytes.insert(name.bytes.find(anchor) + anchor.size(), "  WORKFLOW_SESSION_STATUS_PAUSED = 9;\n");
  CHECK(run_protoc(write_tree("probe_name", name), name.path, "--descriptor_set_out=/dev/null", output) != 0);
  CHECK(output.find("WORKFLOW_SESSION_STATUS_PAUSED") != std::string::npos);
  CHECK(output.find("reserved") != std::string::npos);
}

TEST_CASE("proto: hostile text stays inside comments and string literals", "[proto]") {
  Compiled c = compile("tests/generate/hostile_text.yaml",
                       test::read_file(test::source_path("tests/generate/hostile_text.yaml")));
  std::string text = proto_of(*c.spec, "tests/generate/hostile_text.yaml", "hostile_text").bytes;
  CHECK(text.find("\n#define") == std::string::npos);  // only inside a comment line
  CHECK(text.find("// #define first 1\n") != std::string::npos);
  CHECK(text.find("*/") == std::string::npos);
  CHECK(text.find("  // Lone CR here:\n  // after it; U+2028:\n  // after; U+2029:\n  // after\n") != std::string::npos);
  CHECK(text.find("// Removed: TEXT_STATUS_ZEROTH (4), migrates to TEXT_STATUS_FIRST.\n") != std::string::npos);
}

TEST_CASE("proto: the banner's first line is whole; long descriptions wrap", "[proto]") {
  Compiled c = compile("spec/chat_session.yaml", test::read_file(test::source_path("spec/chat_session.yaml")));
  std::string text = proto_of(*c.spec, "spec/chat_session.yaml", "chat_session").bytes;
  CHECK(text.rfind("// Generated by statusc from spec/chat_session.yaml. Do not edit.\n//\n// Statuses", 0) == 0);
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (line.find("Generated by statusc") == std::string::npos) CHECK(line.size() <= 82);
}
