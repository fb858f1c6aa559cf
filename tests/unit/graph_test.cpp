// `statusc graph`: Mermaid and DOT text for a machine.
#include <catch2/catch.hpp>

#include "driver/pipeline.h"
#include "emit/graph.h"
#include "test_support.h"

using namespace statusc;

namespace {

Spec compile(const std::string& text) {
  SourceFile file("g.yaml", text);
  DiagnosticEngine diags;
  std::optional<Spec> spec = compile_spec(file, diags);
  REQUIRE(spec);
  REQUIRE(!diags.has_errors());
  return std::move(*spec);
}

const char* kSpec =
    "statusc: 1\npackage: g\nmachines:\n  M:\n    initial: note\n    states:\n      note: {}\n      node: {}\n"
    "      done: {terminal: true}\n    transitions:\n      - {from: note, to: node, on: go}\n"
    "      - {from: note, to: node, on: jump}\n      - {from: node, to: done}\n"
    "      - {from: done, to: note, restore: true}\n";

}  // namespace

TEST_CASE("mermaid: every state aliased, initial and terminal markers, one edge per transition", "[graph]") {
  Spec spec = compile(kSpec);
  CHECK(graph::mermaid(spec.machines[0]) ==
        "stateDiagram-v2\n"
        "  state \"note\" as s_note\n"
        "  state \"node\" as s_node\n"
        "  state \"done\" as s_done\n"
        "  [*] --> s_note\n"
        "  s_note --> s_node: go\n"
        "  s_note --> s_node: jump\n"
        "  s_node --> s_done\n"
        "  s_done --> s_note\n"
        "  s_done --> [*]\n");
}

TEST_CASE("dot: quoted ids, so DOT keywords are safe state names", "[graph]") {
  Spec spec = compile(kSpec);
  std::string dot = graph::dot(spec.machines[0]);
  CHECK(dot.find("\"node\";") != std::string::npos);
  CHECK(dot.find("\"done\" [shape=doublecircle];") != std::string::npos);
  CHECK(dot.find("\"note\" -> \"node\" [label=\"go, jump\"];") != std::string::npos);
  CHECK(dot.find("\"[*] note\" [shape=point];") != std::string::npos);
}

TEST_CASE("graph command: every machine, one machine, unknown machine", "[graph][cli]") {
  std::string out;
  std::string cd = "cd " + test::source_path("") + " && " + STATUSC_BINARY;
  CHECK(test::run(cd + " graph spec/chat_session.yaml", out) == 0);
  CHECK(out.find("%% SessionStatus") != std::string::npos);
  CHECK(out.find("%% HandoffStatus") != std::string::npos);
  CHECK(test::run(cd + " graph spec/chat_session.yaml --machine HandoffStatus --format dot", out) == 0);
  CHECK(out.rfind("digraph \"HandoffStatus\"", 0) == 0);
  CHECK(test::run(cd + " graph spec/chat_session.yaml --machine Nope", out) == 2);
  CHECK(test::run(cd + " graph tests/cli/invalid.yaml", out) == 1);
}
