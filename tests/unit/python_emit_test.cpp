// The python emitter's own logic: escaping for string literals, docstrings
// and comments (checked by python3 itself, which reads the literals back),
// the layouts black would choose for long lines, the reserved-word rules and
// the module-wide name table, and a whole module. tests/compile/python.cmake
// runs black, mypy --strict, pyright and python3 on whole modules.
#include <catch2/catch.hpp>

#include <cstdio>
#include <sstream>

#include "diag/diagnostic.h"
#include "diag/source_file.h"
#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "emit/python/names.h"
#include "emit/python/text.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "naming/naming.h"
#include "test_support.h"

using namespace statusc;

namespace {

std::string hex(std::string_view bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

std::string module_for(const std::string& relative, const std::string& stem) {
  SourceFile file(relative, test::read_file(test::source_path(relative)));
  DiagnosticEngine diags;
  std::optional<Spec> spec = compile_spec(file, diags);
  REQUIRE(spec);
  REQUIRE_FALSE(diags.has_errors());
  const Emitter* py = find_emitter("python");
  REQUIRE(py != nullptr);
  EmitContext context{*spec, relative, stem};
  std::string error;
  auto files = render_jobs(py->plan(context), Templates::embedded(), error);
  REQUIRE(files);
  REQUIRE(files->size() == 1);
  CHECK(files->front().path == stem + ".py");
  auto again = render_jobs(py->plan(context), Templates::embedded(), error);
  REQUIRE(again);
  CHECK(again->front().bytes == files->front().bytes);
  return files->front().bytes;
}

// Hostile texts: quotes, backslashes, escapes Python would otherwise read,
// line separators, control and bidi characters, and a surrogate that a YAML
// escape ("\ud800") produces as three bytes.
const std::vector<std::string> kHostile = {
    "plain",
    "it's",
    "say \"hi\"",
    "both ' and \" and \"\"",
    "\"\"\" triple \"\"\"",
    "back\\slash \\N{BULLET} \\x41 \\u0041 \\",
    "tab\tnew\nline\rcr",
    "nel\xc2\x85 ls\xe2\x80\xa8 ps\xe2\x80\xa9",
    std::string("nul\0byte", 8),
    "bidi \xe2\x80\xae evil \xe2\x81\xa6",
    "bom \xef\xbb\xbf nbsp\xc2\xa0 ideographic\xe3\x80\x80space",
    "emoji \xf0\x9f\x98\x80 accents \xc3\xa9",
    "surrogate \xed\xa0\x80 end",
    "{braces} %s ${x}",
};

}  // namespace

TEST_CASE("python: string literals read back as the text", "[python]") {
  CHECK(py::string_literal("a") == "\"a\"");
  CHECK(py::string_literal("it's") == "\"it's\"");
  CHECK(py::string_literal("say \"hi\"") == "'say \"hi\"'");      // fewer escapes, as black prefers
  CHECK(py::string_literal("'\"'") == "\"'\\\"'\"");              // a tie keeps double quotes
  CHECK(py::string_literal("a\xe2\x80\xa8z") == "\"a\\u2028z\"");
  CHECK(py::string_literal("x\xed\xa0\x80") == "\"x\\ud800\"");
  // python3 itself compares every literal with the bytes it stands for.
  std::string script = "import sys\nbad = 0\n";
  for (const std::string& text : kHostile)
    script += "if " + py::string_literal(text) + ".encode('utf-8', 'surrogatepass') != bytes.fromhex('" + hex(text) +
              "'):\n    print('mismatch:', " + py::string_literal(text) + ")\n    bad += 1\n";
  script += "sys.exit(bad)\n";
  const std::string path = "/tmp/statusc_python_literals_test.py";
  test::write_file(path, script);
  std::string output;
  INFO(output);
  CHECK(test::run("python3 " + path, output) == 0);
  std::remove(path.c_str());
}

TEST_CASE("python: docstrings are escaped for their context", "[python]") {
  using Lines = std::vector<std::string>;
  CHECK(py::docstring("", 4).empty());
  CHECK(py::docstring("One line.", 4) == Lines{"    \"\"\"One line.\"\"\""});
  // A quote at either end, or a third one in a row, is escaped; a text
  // ending in a quote takes the long form (black would pad it otherwise).
  CHECK(py::docstring("\"quoted\"", 0) == Lines{"\"\"\"\\\"quoted\"", "\"\"\""});
  CHECK(py::docstring("a \"\"\" b", 0) == Lines{"\"\"\"a \"\\\"\" b\"\"\""});
  CHECK(py::docstring("ends \\", 0) == Lines{"\"\"\"ends \\\\\"\"\""});
  CHECK(py::docstring("\\N{BULLET}", 0) == Lines{"\"\"\"\\\\N{BULLET}\"\"\""});
  // Line separators are line breaks; other hazards are escapes.
  CHECK(py::docstring("a\xe2\x80\xa8z\rq", 4) == Lines{"    \"\"\"a", "    z", "    q", "    \"\"\""});
  CHECK(py::docstring("tab\there \xe2\x80\xae nbsp\xc2\xa0!", 0) ==
        Lines{"\"\"\"tab\\there \\u202e nbsp\\xa0!\"\"\""});
  // Blank lines stay empty, trailing spaces go, and when every later line is
  // indented one space is written as \x20 so that black keeps the indentation.
  CHECK(py::docstring("first  \n\n  second\n  third", 4) ==
        Lines{"    \"\"\"first", "", "    \\x20 second", "      third", "    \"\"\""});
  // Long text is wrapped to 79 columns.
  Lines wrapped = py::docstring(std::string(50, 'a') + " " + std::string(50, 'b'), 4);
  REQUIRE(wrapped.size() == 3);
  CHECK(wrapped[1] == "    " + std::string(50, 'b'));
}

TEST_CASE("python: docstrings read back as the text", "[python]") {
  std::string script = "import sys\nbad = 0\n";
  for (const std::string& text : kHostile) {
    std::string expected = text;
    for (const char* sep : {"\r", "\xc2\x85", "\xe2\x80\xa8", "\xe2\x80\xa9"})
      for (size_t at; (at = expected.find(sep)) != std::string::npos;) expected.replace(at, std::string(sep).size(), "\n");
    while (!expected.empty() && expected.back() == '\n') expected.pop_back();  // trailing blank lines are dropped
    script += "def f():\n";
    for (const std::string& line : py::docstring(text, 4)) script += line + "\n";
    // The value without the docstring's own layout: the indentation of the
    // lines after the first, and the closing quotes' line.
    script += "\nlines = f.__doc__.split('\\n')\nlines = lines[:1] + [l[4:] for l in lines[1:]]\n"
              "if len(lines) > 1 and lines[-1] == '':\n    lines.pop()\n"
              "if '\\n'.join(lines).encode('utf-8', 'surrogatepass') != bytes.fromhex('" + hex(expected) +
              "'):\n    print('mismatch:', repr(f.__doc__))\n    bad += 1\n";
  }
  script += "sys.exit(bad)\n";
  const std::string path = "/tmp/statusc_python_docstrings_test.py";
  test::write_file(path, script);
  std::string output;
  int rc = test::run("python3 " + path, output);
  INFO(output);
  CHECK(rc == 0);
  std::remove(path.c_str());
}

TEST_CASE("python: comments show hazards and never end in spaces", "[python]") {
  CHECK(py::comment_text("spec/a b.yaml  ") == "spec/a b.yaml");
  CHECK(py::comment_text("a\nb\xe2\x80\xae") == "a<U+000A>b<U+202E>");
}

TEST_CASE("python: long lines are laid out as black lays them out", "[python]") {
  const std::string X(60, 'X');
  CHECK(py::def_header(4, "parse", {"cls", "text: object"}, "Short | None") ==
        "    def parse(cls, text: object) -> Short | None:");
  CHECK(py::def_header(4, "parse", {"cls", "text: object"}, X + " | None") ==
        "    def parse(\n        cls,\n        text: object,\n    ) -> " + X + " | None:");
  // Each expectation below is what black 23 printed for the same line.
  py::Bracketed get;
  get.callee = "_T.get";
  get.items = {"text"};
  CHECK(py::statement(8, "return ", get, true) == "        return _T.get(text)");
  get.callee = "_" + std::string(59, 'T') + ".get";
  get.items = {"text_with_a_long_name"};
  CHECK(py::statement(8, "return ", get, true) ==
        "        return " + get.callee + "(\n            text_with_a_long_name\n        )");
  // The split's first line is too long, but parentheses would not help.
  get.callee = "_" + std::string(74, 'T') + ".get";
  get.items = {"text"};
  CHECK(py::statement(8, "return ", get, true) == "        return " + get.callee + "(\n            text\n        )");
  // Here they do.
  py::Bracketed row;
  row.callee = std::string(74, 'N');
  row.open = '[';
  row.items = {"self"};
  row.close = ']';
  CHECK(py::statement(8, "return ", row, true) ==
        "        return (\n            " + row.callee + "[\n                self\n            ]\n        )");
  CHECK(py::return_comparison(8, "value", "in", std::string(60, 'T')) == "        return value in " + std::string(60, 'T'));
  CHECK(py::return_comparison(8, "value", "in", std::string(70, 'T')) ==
        "        return (\n            value\n            in " + std::string(70, 'T') + "\n        )");
  CHECK(py::class_header("Short", "str, enum.Enum") == "class Short(str, enum.Enum):");
  CHECK(py::class_header(std::string(70, 'L'), "str, enum.Enum") ==
        "class " + std::string(70, 'L') + "(\n    str, enum.Enum\n):");
  CHECK(py::assignment(4, "A", "\"a\"") == "    A = \"a\"");
  const std::string long_name(42, 'N');
  CHECK(py::assignment(4, long_name, "\"" + std::string(42, 'n') + "\"") ==
        "    " + long_name + " = (\n        \"" + std::string(42, 'n') + "\"\n    )");
}

TEST_CASE("python: reserved words and the name tables", "[python]") {
  CHECK(naming::python_identifier("class") == "class_");
  CHECK(naming::python_identifier("match") == "match_");  // soft keyword
  CHECK(naming::python_identifier("type") == "type_");    // soft keyword since 3.12, and a builtin
  CHECK(naming::python_identifier("None") == "None_");
  CHECK(naming::python_identifier("Warning") == "Warning_");
  CHECK(naming::python_identifier("format") == "format_");
  CHECK(naming::python_identifier("running") == "running");
  CHECK(naming::is_python_str_enum_attribute("title"));
  CHECK(naming::is_python_str_enum_attribute("value"));
  CHECK_FALSE(naming::is_python_str_enum_attribute("label"));

  py::NameTable module(py::NameTable::Scope::Module);
  module.reserve("HTTP");  // a member
  CHECK(module.claim("HTTP") == "HTTP_");
  CHECK(module.claim("Session") == "Session");
  CHECK(module.claim("Session") == "Session_");
  CHECK(module.claim("enum") == "enum_");  // an imported module
  CHECK(module.claim("title") == "title");  // str's methods matter only in a class
  py::NameTable cls(py::NameTable::Scope::StrEnumClass);
  CHECK(cls.claim("parse") == "parse");
  CHECK(cls.claim("parse") == "parse_");
  CHECK(cls.claim("title") == "title_");
  CHECK(cls.claim("count") == "count_");
  CHECK(cls.claim("name") == "name_");
  CHECK(cls.claim("label") == "label");
  CHECK(py::member_name("shutting-down") == "SHUTTING_DOWN");
  CHECK(py::member_name("CrashLoopBackOff") == "CRASH_LOOP_BACK_OFF");
}

TEST_CASE("python: generated module for seed 004's workflow session", "[python]") {
  const std::string out = module_for("spec/workflow_session.yaml", "workflow_session");
  for (const char* expected : {
           "# Generated by statusc. Do not edit.\n#\n# Source: spec/workflow_session.yaml\n",
           "class WorkflowSessionStatus(str, enum.Enum):\n",
           "    IN_PROGRESS = \"IN_PROGRESS\"\n",
           "    def __str__(self) -> str:\n",
           "    def parse(cls, text: object) -> WorkflowSessionStatus | None:\n",
           "    def is_resumable(self) -> bool:\n",
           "    def next_state(\n        self,\n        event: WorkflowSessionStatusEvent,\n    ) -> WorkflowSessionStatus | None:\n",
           "        return _WORKFLOW_SESSION_STATUS_NEXT.get(f\"{self} {event}\")\n",
           "class WorkflowSessionStatusEvent(str, enum.Enum):\n",
           "@dataclasses.dataclass(frozen=True)\nclass WorkflowSessionStatusAttributes:\n",
           "WorkflowSessionStatusLiteral: typing.TypeAlias = typing.Literal[\n    \"IN_PROGRESS\",\n    \"COMPLETED\",\n]\n",
           ") -> typing.TypeGuard[WorkflowSessionStatusLiteral]:\n",
           "WORKFLOW_SESSION_STATUS_ATTRIBUTES: typing.Final = types.MappingProxyType(\n",
           // PAUSED (number 2) reads as IN_PROGRESS.
           "    \"PAUSED\": WorkflowSessionStatus.IN_PROGRESS,\n",
           "    2: WorkflowSessionStatus.IN_PROGRESS,\n",
           "    \"IN_PROGRESS complete\": WorkflowSessionStatus.COMPLETED,\n",
       }) {
    INFO(expected);
    CHECK(out.find(expected) != std::string::npos);
  }
  // The removed state is no current state: parse's table does not hold it.
  const size_t by_wire = out.find("_WORKFLOW_SESSION_STATUS_BY_WIRE: typing.Final = {");
  REQUIRE(by_wire != std::string::npos);
  CHECK(out.substr(by_wire, out.find('}', by_wire) - by_wire).find("PAUSED") == std::string::npos);
  CHECK(out.find("\n\n\n\n") == std::string::npos);
  CHECK(out.find(" \n") == std::string::npos);
  CHECK(out.back() == '\n');
}

TEST_CASE("python: reserved names get a predictable '_'", "[python]") {
  const std::string out = module_for("tests/compile/python/specs/python_names.yaml", "python_names");
  for (const char* expected : {
           "class Warning_(str, enum.Enum):\n",   // a builtin
           "class HTTP_(str, enum.Enum):\n",      // its own member HTTP would shadow it
           "class Exception_(str, enum.Enum):\n",
           "    MATCH = \"match\"\n",                // members are UPPER_SNAKE: never reserved
           "    def type_(self) -> WarningType:\n",  // soft keyword and builtin
           "    def format_(self) -> str:\n",        // builtin and str method
           "    def count_(self) -> int:\n",         // str method
           "    def name_(self) -> str:\n",          // Enum's name
           "    def is_values(self) -> bool:\n",     // derived predicate
           "    def title_(self) -> bool:\n",        // predicate: title, a str method
           "    type_: WarningType\n",               // record fields: keywords and builtins only
           "    count: int\n",
           "def is_warning(value: object) -> typing.TypeGuard[WarningLiteral]:\n",
       }) {
    INFO(expected);
    CHECK(out.find(expected) != std::string::npos);
  }
  // The proto target is off: no protobuf names.
  CHECK(out.find("proto_name") == std::string::npos);
}
