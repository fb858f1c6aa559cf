// The md target: every reference passes the structural checks GitHub relies
// on (tests/compile/md/md_check.h), its tables and Mermaid diagram say what
// the spec says, hostile text renders escaped, and invariants read as words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <sstream>

#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "emit/md/text.h"
#include "naming/naming.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "md_check.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace statusc;

namespace {

using test::Compiled;
constexpr auto& compile = test::compile_valid;

std::string md_of(const Spec& spec, const std::string& path) {
  const Emitter* e = find_emitter("md");
  REQUIRE(e != nullptr);
  std::string error;
  auto files = render_jobs(e->plan(EmitContext{spec, path, fs::path(path).stem().string()}), Templates::embedded(), error);
  INFO(error);
  REQUIRE(files);
  REQUIRE(files->size() == 1);
  CHECK((*files)[0].path == fs::path(path).stem().string() + ".md");
  return (*files)[0].bytes;
}

std::string md_of_text(const std::string& yaml, const std::string& path = "inline.yaml") {
  Compiled c = compile(path, yaml);
  return md_of(*c.spec, path);
}


std::string problems_of(const std::string& markdown) {
  std::string out;
  for (const std::string& p : mdcheck::check(markdown)) out += p + "\n";
  return out;
}

// The bound expression of `text` over bools a, b, c, terminal, initial and
// the enum tone (neutral, danger, info).
std::string prose_of(const std::string& text) {
  expr::SymbolTable symbols;
  int slot = 0;
  for (const char* name : {"a", "b", "c", "terminal", "initial"}) symbols.add(name, {expr::Symbol::Type::Bool, slot++, {}});
  symbols.add("tone", {expr::Symbol::Type::Enum, slot++, {"neutral", "danger", "info"}});
  DiagnosticEngine diags;
  std::optional<expr::Expr> e = expr::compile(text, symbols, Location{}, diags);
  REQUIRE(e);
  return md::prose(*e);
}

// The lines of the table that follows `heading` (up to the next blank line).
std::vector<std::string> table_after(const std::string& markdown, const std::string& heading, size_t from = 0) {
  std::vector<std::string> rows;
  size_t at = markdown.find(heading + "\n\n", from);
  if (at == std::string::npos) return rows;
  std::istringstream in(markdown.substr(at + heading.size() + 2));
  std::string line;
  while (std::getline(in, line) && !line.empty() && line[0] == '|') rows.push_back(line);
  return rows;
}

}  // namespace

TEST_CASE("md: every reference is well-formed for GitHub", "[md]") {
  for (const std::string& path : test::valid_specs({"tests/compile/md"})) {
    DYNAMIC_SECTION(path) {
      Compiled c = compile(path, test::read_file(test::source_path(path)));
      CHECK(problems_of(md_of(*c.spec, path)) == "");
    }
  }
}

TEST_CASE("md: the diagram lists every state, initial, terminal and edge of the spec", "[md]") {
  for (const std::string& path : test::valid_specs({"tests/compile/md"})) {
    DYNAMIC_SECTION(path) {
      Compiled c = compile(path, test::read_file(test::source_path(path)));
      std::vector<mdcheck::Diagram> diagrams = mdcheck::diagrams(md_of(*c.spec, path));
      size_t next = 0;
      for (const Machine& m : c.spec->machines) {
        INFO("machine " << m.name);
        if (!m.has_transitions) continue;  // a vocabulary has no diagram
        REQUIRE(next < diagrams.size());
        const mdcheck::Diagram& d = diagrams[next++];
        auto id = [&](int s) { return "s_" + naming::word_key(m.states[static_cast<size_t>(s)].name); };
        std::vector<std::pair<std::string, std::string>> states;
        std::vector<std::string> initial, terminal;
        std::vector<std::tuple<std::string, std::string, std::string>> edges;
        for (size_t s = 0; s < m.states.size(); ++s) {
          states.emplace_back(id(static_cast<int>(s)), m.states[s].name);
          if (m.states[s].terminal()) terminal.push_back(id(static_cast<int>(s)));
        }
        for (int s : m.initial) initial.push_back(id(s));
        for (const Transition& t : m.transitions)
          edges.emplace_back(id(t.from), id(t.to), t.event >= 0 ? m.events[static_cast<size_t>(t.event)].name : "");
        CHECK(d.states == states);
        CHECK(d.initial == initial);
        CHECK(d.final == terminal);
        auto sorted = [](auto v) {
          std::sort(v.begin(), v.end());
          return v;
        };
        CHECK(sorted(d.edges) == sorted(edges));
      }
      CHECK(next == diagrams.size());
    }
  }
}

TEST_CASE("md: the states table has a row per state with its attributes", "[md]") {
  Compiled c = compile("spec/chat_session.yaml", test::read_file(test::source_path("spec/chat_session.yaml")));
  std::string text = md_of(*c.spec, "spec/chat_session.yaml");
  std::vector<std::string> rows = table_after(text, "### States");
  REQUIRE(rows.size() == 2 + c.spec->machines[0].states.size());
  CHECK(rows[0] == "| Value | Wire name | Number | Meaning | Terminal? | Can send? |");
  CHECK(rows[1] == "| --- | --- | --: | --- | --- | --- |");
  CHECK(rows[2] == "| `idle` | `SESSION_STATUS_IDLE` | 1 | The session exists but has not been started. | No | No |");
  CHECK(rows[5] == "| `ready` | `SESSION_STATUS_READY` | 4 | The session is connected and takes new messages. | No | Yes |");
  CHECK(text.find("| `ended` | `SESSION_STATUS_ENDED` | 12 | The session finished normally. | Yes | No |") != std::string::npos);
  CHECK(text.find("- Initial state: `idle`\n- Terminal states: `ended`, `expired`, `error`, `shutdown`\n") !=
        std::string::npos);
  CHECK(text.find("- **Can send?** (`can_send`, yes or no; every state sets it): The user may send a message in "
                  "this status.\n") != std::string::npos);
}

TEST_CASE("md: an override is one row that says it reaches terminal states; ints are a column", "[md]") {
  std::string text = md_of_text(
      "statusc: 1\npackage: t\nmachines:\n  Task:\n    initial: queued\n"
      "    attributes:\n      http_status: {type: int, default: 200}\n"
      "    states:\n      queued: {}\n      up_for_retry: {}\n      failed: {terminal: true, http_status: 500}\n"
      "    transitions:\n      - {from: queued, to: failed}\n      - {from: up_for_retry, to: failed}\n"
      "      - {from: \"*\", to: up_for_retry, on: retry, override: true}\n"
      "    invariants:\n      - assert: terminal -> http_status >= 400\n");
  std::vector<std::string> rows = table_after(text, "### Transitions");
  CHECK(std::count(rows.begin(), rows.end(),
                   "| any other state, terminal ones included (`*`, override) | `up_for_retry` | `retry` | Override: "
                   "also from terminal states, which it restores. |") == 1);
  CHECK(text.find("| `failed` |") != std::string::npos);
  CHECK(text.find("integer; default 200") != std::string::npos);
  CHECK(text.find("500") != std::string::npos);
  CHECK(text.find("If `terminal` then `http_status` is at least `400`") != std::string::npos);
}

TEST_CASE("md: transitions read as written, restore and removed states included", "[md]") {
  Compiled c = compile("spec/orchestrator_session.yaml",
                       test::read_file(test::source_path("spec/orchestrator_session.yaml")));
  std::string text = md_of(*c.spec, "spec/orchestrator_session.yaml");
  std::vector<std::string> rows = table_after(text, "### Transitions");
  REQUIRE(rows.size() > 2);
  CHECK(rows[0] == "| From | To | Event | Notes |");
  CHECK(std::find(rows.begin(), rows.end(),
                  "| `pr_open`, `review_pending`, `approved` | `ci_failed` | `ci_fail` |  |") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "| any non-terminal state (`*`) | `errored` | `fail` |  |") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(),
                  "| `errored`, `killed`, `terminated` | `spawning` | `restore` | Restore: leaves a terminal state. "
                  "An interrupted session is brought back by spawning it again. |") != rows.end());

  Compiled w = compile("spec/workflow_session.yaml", test::read_file(test::source_path("spec/workflow_session.yaml")));
  std::string workflow = md_of(*w.spec, "spec/workflow_session.yaml");
  std::vector<std::string> removed = table_after(workflow, "states' earlier names.");
  REQUIRE(removed.size() == 3);
  CHECK(removed[0] == "| Earlier value | Wire name | Number | Change | Reads as | Notes |");
  CHECK(removed[2].rfind("| `PAUSED` | `WORKFLOW_SESSION_STATUS_PAUSED` | 2 | removed | `IN_PROGRESS` | Used to mark",
                         0) == 0);
}

TEST_CASE("md: migrations list renamed states before removed ones", "[md]") {
  std::string text = md_of_text(
      "statusc: 1\npackage: a.b\nmachines:\n  Job:\n"
      "    states:\n      queued: {renamed_from: [pending, waiting]}\n      done: {number: 4, terminal: true}\n"
      "    removed:\n      lost: {number: 3, replaced_by: done}\n");
  std::vector<std::string> rows = table_after(text, "states' earlier names.");
  REQUIRE(rows.size() == 5);
  CHECK(rows[2] == "| `pending` | `JOB_PENDING` | 1 | renamed (deprecated name) | `queued` |  |");
  CHECK(rows[3] == "| `waiting` | `JOB_WAITING` | 1 | renamed (deprecated name) | `queued` |  |");
  CHECK(rows[4] == "| `lost` | `JOB_LOST` | 3 | removed | `done` |  |");
  CHECK(text.find("\n### Migrations\n") != std::string::npos);
  CHECK(problems_of(text) == "");
}

TEST_CASE("md: hostile text renders escaped and breaks no table", "[md]") {
  Compiled c = compile("tests/generate/hostile_text.yaml",
                       test::read_file(test::source_path("tests/generate/hostile_text.yaml")));
  std::string text = md_of(*c.spec, "tests/generate/hostile_text.yaml");
  CHECK(problems_of(text) == "");
  for (const char* raw : {"<script", "<b>", "<i>", "{{", "${x}", "\r", "\xE2\x80\xA8", "\xE2\x80\xA9"})
    CHECK(text.find(raw) == std::string::npos);
  CHECK(text.find("&lt;script&gt;alert(1)&lt;/script&gt; \\| pipe \\| \\`tick\\`") != std::string::npos);
  CHECK(text.find("| \\*/ \\#endif<br>\\#define first 1<br>// \\\\ |") != std::string::npos);
  CHECK(text.find("Lone CR here:<br>after it; U+2028:<br>after; U+2029:<br>after") != std::string::npos);
  CHECK(text.find("$&#123;injected} &#123;&#123;mustache}}") != std::string::npos);
  CHECK(text.find("| `first` | `second` | `advance` | Goes \\*/ on \"quoted\" \\| piped |") != std::string::npos);
  CHECK(text.find("if `tone` is `loud` then `terminal` (`tone == loud -> terminal`). Only \\*/ the end is loud \\| "
                  "really &lt;i&gt;\n") != std::string::npos);
  // Paragraphs keep their line breaks, escaped; nothing starts a heading.
  CHECK(text.find("\nMachine \\*/ with \"quotes\", a trailing backslash \\\\\nnext line \\#endif\n?\?/ trigraph\n") !=
        std::string::npos);
}

TEST_CASE("md: paragraphs never start a Markdown block from user text", "[md]") {
  CHECK(md::paragraph("- item\n+ plus\n1. one\n22) two\n===\n---\n    indented code\n# heading\n> quote\n```x") ==
        "\\- item\n\\+ plus\n1\\. one\n22\\) two\n\\===\n\\---\nindented code\n\\# heading\n&gt; quote\n\\`\\`\\`x");
  CHECK(md::paragraph("one\n\n\n\ntwo  \n") == "one\n\ntwo");
  CHECK(md::paragraph("") == "");
  CHECK(md::cell("{% include x %} a|b") == "&#123;% include x %} a\\|b");
}

TEST_CASE("md: invariants in words", "[md]") {
  CHECK(prose_of("a -> terminal") == "if `a` then `terminal`");
  CHECK(prose_of("exactly_one(a, terminal)") == "exactly one of `a` and `terminal`");
  CHECK(prose_of("at_most_one(a, b, c)") == "at most one of `a`, `b` and `c`");
  CHECK(prose_of("at_least_one(a, b && c)") == "at least one of `a` and (`b` and `c`)");
  CHECK(prose_of("a != terminal") == "exactly one of `a` and `terminal`");
  CHECK(prose_of("a == (tone == danger)") == "`a` exactly when `tone` is `danger`");
  CHECK(prose_of("terminal == (tone == danger || tone == info)") ==
        "`terminal` exactly when (`tone` is `danger` or `tone` is `info`)");
  CHECK(prose_of("a -> !terminal") == "if `a` then not `terminal`");
  CHECK(prose_of("!(tone != info)") == "`tone` is `info`");
  CHECK(prose_of("!(a && b)") == "not (`a` and `b`)");
  CHECK(prose_of("a && b && c") == "`a` and `b` and `c`");
  CHECK(prose_of("a && (b || c)") == "`a` and (`b` or `c`)");
  CHECK(prose_of("a && b || c") == "(`a` and `b`) or `c`");
  CHECK(prose_of("a -> b -> c") == "if `a` then (if `b` then `c`)");
  CHECK(prose_of("(a -> b) -> c") == "if (if `a` then `b`) then `c`");
  CHECK(prose_of("a && exactly_one(b, c)") == "`a` and (exactly one of `b` and `c`)");
  CHECK(prose_of("initial -> !terminal && !(a || b)") == "if `initial` then not `terminal` and not (`a` or `b`)");
  CHECK(prose_of("true") == "`true`");
  CHECK(prose_of("!false") == "`true`");
  // A long chain is written without recursion.
  std::string chain = "a";
  for (int i = 0; i < 20000; ++i) chain += " && a";
  std::string words = prose_of(chain);
  CHECK(words.size() == 3 + 20000 * 8);
}

TEST_CASE("md: column labels, anchors and the table of contents", "[md]") {
  CHECK(md::column_label("can_send", true) == "Can send?");
  CHECK(md::column_label("next_action", false) == "Next action");
  md::Anchors a;
  CHECK(a.add("Status reference: `acme.jobs`") == "status-reference-acmejobs");
  CHECK(a.add("States") == "states");
  CHECK(a.add("States") == "states-1");
  CHECK(a.add("states-1") == "states-1-1");
  // A machine named like a section heading still gets a working link.
  std::string text = md_of_text(
      "statusc: 1\npackage: a.b\nmachines:\n  Alpha:\n    states: {x: {}}\n  States:\n    states: {y: {}}\n"
      "  Transitions:\n    states: {z: {}}\n");
  CHECK(text.find("- [States](#states-1)\n- [Transitions](#transitions-2)\n") != std::string::npos);
  CHECK(problems_of(text) == "");
}

TEST_CASE("md: without the proto target there are no wire names", "[md]") {
  std::string text = md_of_text(
      "statusc: 1\npackage: a.b\ntargets:\n  proto: {enabled: false}\nmachines:\n  Job:\n"
      "    attributes:\n      label: {type: string, default: \"x | y\"}\n    states: {queued: {}, done: {terminal: true}}\n"
      "    removed:\n      old: {number: 9}\n");
  CHECK(text.find("Wire name") == std::string::npos);
  CHECK(text.find("Protobuf") == std::string::npos);
  CHECK(text.find("| Value | Number | Meaning | Terminal? | Label |\n") != std::string::npos);
  CHECK(text.find("| `old` | 9 | removed | — (no replacement) |  |\n") != std::string::npos);
  CHECK(text.find("`Job` is a vocabulary: a set of values without transitions.") != std::string::npos);
  CHECK(text.find("```mermaid") == std::string::npos);
  CHECK(text.find("- **Label** (`label`, text; default \"x \\| y\")\n") != std::string::npos);
  CHECK(problems_of(text) == "");
}

TEST_CASE("md: the banner comment cannot be closed by the spec path", "[md]") {
  Compiled c = compile("a-->b<c>.yaml", "statusc: 1\npackage: a.b\nmachines:\n  J:\n    states: {x: {}}\n");
  std::string text = md_of(*c.spec, "a-->b<c>.yaml");
  std::string first = text.substr(0, text.find('\n'));
  CHECK(first == "<!-- Generated by statusc from a--&gt;b&lt;c&gt;.yaml. Do not edit. -->");
}

TEST_CASE("md: the checker catches what would break on GitHub", "[md]") {
  const std::string good = "<!-- Generated. -->\n\n# T\n\n| A | B |\n| --- | --: |\n| x \\| y | `z` |\n";
  CHECK(problems_of(good) == "");
  CHECK(problems_of(good + "| one | two | three |\n") != "");
  CHECK(problems_of("# T\n\n| A |\n| x |\n") != "");                // no delimiter row
  CHECK(problems_of("# T\n\nText with <b>bold</b>\n") != "");
  CHECK(problems_of("# T\n\n<!-- late comment -->\n") != "");
  CHECK(problems_of("# T\n\n```mermaid\nstateDiagram-v2\n") != "");  // unclosed
  CHECK(problems_of("# T\n\n```sh\nx\n```\n") != "");
  CHECK(problems_of("# T\n\n[x](#nowhere)\n") != "");
  CHECK(problems_of("# T\n\n```mermaid\nstateDiagram-v2\n    class --> note\n```\n") != "");
  CHECK(problems_of("# T\n\n```mermaid\nstateDiagram-v2\n    s_a --> s_b\n```\n") != "");  // undeclared
  CHECK(problems_of("# T\n\n```mermaid\nstateDiagram-v2\n    state \"a\" as s_a\n    s_a --> [*]\n```\n") == "");
}
