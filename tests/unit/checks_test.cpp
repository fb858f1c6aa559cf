// One or more cases per property check, asserting exactly which states or
// edges are reported.
#include <catch2/catch.hpp>

#include <sstream>

#include "driver/pipeline.h"

using namespace statusc;

namespace {

// "code@line" for every diagnostic (1-based lines), in report order.
std::vector<std::string> findings(const std::string& machine_body, const std::string& attributes = "") {
  std::string text = "statusc: 1\npackage: t\nmachines:\n  M:\n" + attributes + machine_body;
  SourceFile file("t.yaml", text);
  DiagnosticEngine diags;
  compile_spec(file, diags);
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.diagnostics())
    out.push_back(std::string(kind_info(d.kind).code) + "@" + std::to_string(d.loc.line + 1));
  return out;
}

using V = std::vector<std::string>;

// The edges of machine M as "from>to", after expansion, with "!" marking a
// restore edge.
std::vector<std::string> edges(const std::string& machine_body) {
  SourceFile file("t.yaml", "statusc: 1\npackage: t\nmachines:\n  M:\n" + machine_body);
  DiagnosticEngine diags;
  std::optional<Spec> spec = compile_spec(file, diags);
  std::vector<std::string> out;
  if (!spec) return out;
  const Machine& m = spec->machines.at(0);
  for (const Transition& t : m.transitions)
    out.push_back(m.states[static_cast<size_t>(t.from)].name + ">" + m.states[static_cast<size_t>(t.to)].name +
                  (t.restore ? "!" : ""));
  return out;
}

}  // namespace

TEST_CASE("reachability: states not reachable from any initial state", "[checks]") {
  // line 5: initial, 7: a, 8: b, 9: c (reachable only from b), 10: d
  CHECK(findings("    initial: a\n    states:\n      a: {}\n      b: {}\n      c: {}\n      d: {terminal: true}\n"
                 "    transitions:\n      - {from: a, to: d}\n      - {from: b, to: c}\n      - {from: c, to: d}\n") ==
        V{"unreachable-state@8", "unreachable-state@9"});
  // Two initial states together reach everything.
  CHECK(findings("    initial: [a, b]\n    states:\n      a: {}\n      b: {}\n      d: {terminal: true}\n"
                 "    transitions:\n      - {from: [a, b], to: d}\n")
            .empty());
}

TEST_CASE("missing initial state when transitions exist", "[checks]") {
  CHECK(findings("    states:\n      a: {}\n      b: {terminal: true}\n    transitions:\n      - {from: a, to: b}\n") ==
        V{"missing-initial@4"});
  // A vocabulary needs none.
  CHECK(findings("    states:\n      a: {}\n      b: {}\n").empty());
}

TEST_CASE("terminal correctness", "[checks]") {
  std::string states = "    initial: a\n    states:\n      a: {}\n      b: {terminal: true}\n      c: {terminal: true}\n";
  // Leaving a terminal state for a non-terminal one needs restore.
  CHECK(findings(states + "    transitions:\n      - {from: a, to: b}\n      - {from: b, to: a}\n      - {from: a, to: c}\n") ==
        V{"terminal-exit@12"});
  CHECK(findings(states + "    transitions:\n      - {from: a, to: b}\n      - {from: b, to: a, restore: true}\n"
                          "      - {from: a, to: c}\n")
            .empty());
  // Finalisation (terminal -> terminal) is allowed.
  CHECK(findings(states + "    transitions:\n      - {from: a, to: b}\n      - {from: b, to: c}\n").empty());
  // restore: true that leaves nothing is a warning.
  CHECK(findings(states + "    transitions:\n      - {from: a, to: b, restore: true}\n      - {from: b, to: c}\n") ==
        V{"useless-restore@11"});
  // An initial state may not be terminal.
  CHECK(findings("    initial: a\n    states:\n      a: {terminal: true}\n      c: {terminal: true}\n"
                 "    transitions:\n      - {from: a, to: c}\n") == V{"initial-terminal@7"});
  // ...and its way out is not also a terminal exit: one mistake, one error.
  CHECK(findings("    initial: a\n    states:\n      a: {terminal: true}\n      b: {}\n      c: {terminal: true}\n"
                 "    transitions:\n      - {from: a, to: b}\n      - {from: b, to: c}\n") == V{"initial-terminal@7"});
}

TEST_CASE("dead ends and trap cycles", "[checks]") {
  // b has no way out; c <-> d loop without reaching the terminal e.
  auto f = findings(
      "    initial: a\n    states:\n      a: {}\n      b: {}\n      c: {}\n      d: {}\n      e: {terminal: true}\n"
      "    transitions:\n      - {from: a, to: [b, c, e]}\n      - {from: c, to: d}\n      - {from: d, to: c}\n");
  CHECK(f == V{"dead-end@8", "trap-cycle@9"});
  // Without terminal states there is no progress property, but a lifecycle
  // that never ends must say so (`cyclic: true`), or it is warned about.
  CHECK(findings("    initial: a\n    states:\n      a: {}\n      b: {}\n"
                 "    transitions:\n      - {from: a, to: b}\n      - {from: b, to: a}\n") == V{"no-terminal-state@4"});
  CHECK(findings("    cyclic: true\n    initial: a\n    states:\n      a: {}\n      b: {}\n"
                 "    transitions:\n      - {from: a, to: b}\n      - {from: b, to: a}\n")
            .empty());
  CHECK(findings("    cyclic: true\n    initial: a\n    states:\n      a: {}\n      b: {terminal: true}\n"
                 "    transitions:\n      - {from: a, to: b}\n") == V{"useless-cyclic@5"});
}

TEST_CASE("\"*\" expands to non-terminal states and drops its own self-loops", "[checks]") {
  std::string states = "    initial: a\n    states:\n      a: {}\n      b: {terminal: true}\n";
  CHECK(findings(states + "    transitions:\n      - {from: \"*\", to: a}\n      - {from: a, to: b}\n").empty());
  // An explicit edge that "*" also produces is a duplicate.
  CHECK(findings(states + "    transitions:\n      - {from: \"*\", to: b}\n      - {from: a, to: b}\n") ==
        V{"duplicate-transition@11"});
}

TEST_CASE("to: \"*\" is every state; override: true widens from: \"*\" to terminal states", "[checks]") {
  std::string states = "    initial: a\n    states:\n      a: {}\n      b: {}\n      c: {terminal: true}\n";
  // Every other state, terminal ones included; never a self loop.
  CHECK(edges(states + "    transitions:\n      - {from: a, to: \"*\"}\n      - {from: b, to: c}\n") ==
        V{"a>b", "a>c", "b>c"});
  CHECK(findings(states + "    transitions:\n      - {from: a, to: \"*\"}\n      - {from: b, to: c}\n").empty());
  // With an event, one event would lead to several targets.
  CHECK(findings(states + "    transitions:\n      - {from: a, to: \"*\", on: jump}\n      - {from: b, to: c}\n") ==
        V{"nondeterministic-event@11"});
  // An operator's override reaches terminal states, and leaving one is a restore.
  const std::string to_c = "    transitions:\n      - {from: [a, b], to: c}\n";
  CHECK(edges(states + to_c + "      - {from: \"*\", to: b, on: reset, override: true}\n") ==
        V{"a>c", "b>c", "a>b", "c>b!"});
  CHECK(findings(states + to_c + "      - {from: \"*\", to: b, on: reset, override: true}\n").empty());
  // Without it, "*" stays on the non-terminal states.
  CHECK(edges(states + to_c + "      - {from: \"*\", to: b, on: reset}\n") == V{"a>c", "b>c", "a>b"});
  CHECK(findings(states + to_c + "      - {from: [c], to: b, override: true}\n") == V{"invalid-value@12"});
}

TEST_CASE("initial states: some may be terminal, not all", "[checks]") {
  std::string states = "    states:\n      queued: {}\n      done: {terminal: true}\n"
                       "    transitions:\n      - {from: queued, to: done}\n";
  CHECK(findings("    initial: [queued, done]\n" + states).empty());
  CHECK(findings("    initial: [done]\n" + states) == V{"initial-terminal@8", "unreachable-state@7"});
  // A terminal initial state still may not be left without restore.
  CHECK(findings("    initial: [queued, done]\n" + states + "      - {from: done, to: queued}\n") ==
        V{"terminal-exit@11"});
}

TEST_CASE("determinism: one target per (state, event)", "[checks]") {
  std::string states = "    initial: a\n    states:\n      a: {}\n      b: {terminal: true}\n      c: {terminal: true}\n";
  CHECK(findings(states + "    transitions:\n      - {from: a, to: b, on: go}\n      - {from: a, to: c, on: go}\n") ==
        V{"nondeterministic-event@12"});
  CHECK(findings(states + "    transitions:\n      - {from: a, to: b, on: go}\n      - {from: a, to: c, on: stop}\n").empty());
  // The same edge under two events is two edges, not a duplicate.
  CHECK(findings(states + "    transitions:\n      - {from: a, to: [b, c], on: go}\n      - {from: a, to: b, on: fail}\n") ==
        V{"nondeterministic-event@11"});
}

TEST_CASE("exhaustiveness: attributes without default are set by every state", "[checks]") {
  std::string attrs = "    attributes:\n      live: {}\n      shown: {default: true}\n";
  CHECK(findings("    states:\n      a: {live: true}\n      b: {}\n      c: {shown: false}\n", attrs) ==
        V{"missing-attribute@10", "missing-attribute@11"});
}

TEST_CASE("numbers: 0, duplicates across states and removed entries", "[checks]") {
  CHECK(findings("    states:\n      a: {number: 2}\n      b: {number: 2}\n") == V{"duplicate-number@7"});
  // b follows a (number 3), colliding with the removed entry's 3: b is blamed.
  CHECK(findings("    states:\n      a: {number: 2}\n      b: {}\n    removed:\n      old: {number: 3}\n") ==
        V{"duplicate-number@7"});
  // A rejected number does not make the next implicit number collide.
  CHECK(findings("    states:\n      a: {}\n      b: {number: 0}\n      c: {}\n") == V{"invalid-number@7"});
  CHECK(findings("    states:\n      a: {number: 2147483647}\n      b: {}\n") == V{"invalid-number@7"});
  CHECK(findings("    states:\n      a: {number: 0}\n") == V{"invalid-number@6"});
  // Any 32-bit number is a number; 0 only once the proto target is off.
  CHECK(findings("    states:\n      a: {number: -5}\n      b: {number: 2147483647}\n").empty());
  CHECK(findings("    states:\n      a: {number: -2147483649}\n") == V{"invalid-number@6"});
  SourceFile ec2("t.yaml", "statusc: 1\npackage: t\ntargets: {proto: {enabled: false}}\nmachines:\n  M:\n"
                           "    states:\n      pending: {number: 0}\n      running: {number: 16}\n");
  DiagnosticEngine diags;
  compile_spec(ec2, diags);
  CHECK(diags.diagnostics().empty());
}

TEST_CASE("invariants are reported once per violating state", "[checks]") {
  std::string attrs = "    attributes:\n      live: {}\n      tone: {type: enum, values: [calm, loud], default: calm}\n";
  auto f = findings(
      "    states:\n      a: {live: true}\n      b: {live: false, terminal: true, tone: loud}\n      c: {live: true, terminal: true}\n"
      "    invariants:\n      - assert: live != terminal\n      - {name: loud_is_final, assert: tone == loud -> terminal}\n",
      attrs);
  CHECK(f == V{"invariant-violated@11"});
  auto g = findings("    states:\n      a: {live: false}\n      b: {live: false}\n    invariants:\n      - assert: live\n",
                    "    attributes:\n      live: {}\n");
  CHECK(g == V{"invariant-violated@8", "invariant-violated@9"});
}

TEST_CASE("names: casing, reserved words of the format, collisions", "[checks]") {
  CHECK(findings("    states:\n      \"Bad Name\": {}\n") == V{"invalid-name@6"});
  for (const char* bad : {"in__progress", "-pending", "pending-", "a_-b", "9lives", "\"caf\u00e9\""})
    CHECK(findings(std::string("    states:\n      ") + bad + ": {}\n") == V{"invalid-name@6"});
  // A state's name is its wire string, in any convention the system uses.
  for (const char* good : {"in_progress", "IN_PROGRESS", "Pending", "CrashLoopBackOff", "waitingInput", "shutting-down"})
    CHECK(findings(std::string("    states:\n      ") + good + ": {}\n").empty());
  // One name in two spellings is one identifier in every target.
  CHECK(findings("    states:\n      Pending: {}\n      PENDING: {}\n") == V{"name-collision@7"});
  CHECK(findings("    states:\n      in-progress: {}\n      in_progress: {}\n") == V{"name-collision@7"});
  // Mixed conventions are legal but flagged once per machine.
  CHECK(findings("    states:\n      Pending: {}\n      RUNNING: {}\n      done: {}\n") == V{"mixed-spelling@7"});
  CHECK(findings("    states:\n      running: {}\n      shutting-down: {}\n").empty());
  CHECK(findings("    states:\n      UNSPECIFIED: {}\n") == V{"reserved-name@6"});
  CHECK(findings("    states:\n      unspecified: {}\n") == V{"reserved-name@6"});
  CHECK(findings("    states:\n      a1: {}\n      a_1: {}\n") == V{"name-collision@7"});
  CHECK(findings("    states:\n      a: {}\n", "    attributes:\n      number: {}\n") == V{"reserved-name@6"});
  // YAML 1.1 booleans are ordinary names.
  CHECK(findings("    states:\n      on: {}\n      off: {}\n      yes: {}\n      no: {}\n").empty());
}

TEST_CASE("a binding error does not cascade into graph errors", "[checks]") {
  CHECK(findings("    initial: a\n    states:\n      a: {}\n      b: {terminal: true}\n"
                 "    transitions:\n      - {from: a, to: bb}\n") == V{"unknown-state@10"});
}

TEST_CASE("a 1000-state machine with 5000 transitions checks cleanly", "[checks]") {
  std::ostringstream body;
  body << "    initial: s0\n    attributes:\n      live: {}\n    states:\n";
  const int n = 1000;
  for (int i = 0; i < n; ++i)
    body << "      s" << i << ": {live: " << (i == n - 1 ? "false, terminal: true" : "true") << "}\n";
  body << "    transitions:\n";
  for (int i = 0; i < n - 1; ++i)
    for (int k = 1; k <= 5; ++k)
      body << "      - {from: s" << i << ", to: s" << std::min(n - 1, i + k) << ", on: e" << k << "}\n";
  body << "    invariants:\n      - assert: live != terminal\n";
  CHECK(findings(body.str()).empty());
}
