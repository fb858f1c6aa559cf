#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <deque>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "expr/expr.h"

using namespace statusc;
using namespace statusc::expr;

namespace {

// Slots: a=0, b=1, c=2 (bools) for truth tables.
SymbolTable abc_table() {
  SymbolTable t;
  t.add("a", {Symbol::Type::Bool, 0, {}});
  t.add("b", {Symbol::Type::Bool, 1, {}});
  t.add("c", {Symbol::Type::Bool, 2, {}});
  return t;
}

SymbolTable spec_table() {
  SymbolTable t;
  t.add("active", {Symbol::Type::Bool, 0, {}});
  t.add("terminal", {Symbol::Type::Bool, 1, {}});
  t.add("collectable", {Symbol::Type::Bool, 2, {}});
  t.add("tone", {Symbol::Type::Enum, 3, {"info", "warning", "danger"}});
  t.add("size", {Symbol::Type::Enum, 4, {"small", "large"}});
  t.add("label", {Symbol::Type::String, 5, {}});
  // A bool that shares its name with a value of `tone`.
  t.add("warning", {Symbol::Type::Bool, 6, {}});
  return t;
}

// The expression sits on line 1 of a spec file, after `    assert: `, so a
// diagnostic at byte offset k of the expression has column kColumn + k.
constexpr int kColumn = 12;

struct Compiled {
  std::unique_ptr<SourceFile> file;
  DiagnosticEngine diags;
  std::optional<Expr> expr;

  const std::deque<Diagnostic>& all() const { return diags.diagnostics(); }
  const Diagnostic& only() const {
    REQUIRE(diags.diagnostics().size() == 1);
    return diags.diagnostics().front();
  }
};

std::unique_ptr<Compiled> run(std::string_view text, const SymbolTable& symbols) {
  auto result = std::make_unique<Compiled>();
  result->file = std::make_unique<SourceFile>("spec.yaml", "machines:\n    assert: " + std::string(text) + "\n");
  Location where{result->file.get(), 1, kColumn, static_cast<int>(text.size())};
  result->expr = compile(text, symbols, where, result->diags);
  return result;
}

Expr compile_ok(std::string_view text, const SymbolTable& symbols) {
  auto result = run(text, symbols);
  std::string messages;
  for (const Diagnostic& d : result->all()) messages += "\n  " + d.message;
  INFO("expression: " << text << messages);
  REQUIRE(result->all().empty());
  REQUIRE(result->expr.has_value());
  return std::move(*result->expr);
}

bool eval3(const Expr& e, int mask) {
  std::array<std::int64_t, 3> slots{mask & 1, (mask >> 1) & 1, (mask >> 2) & 1};
  return evaluate(e, slots);
}

// Checks `text` against a reference over all 8 assignments of a, b, c, and
// that its canonical form compiles to the same function.
void require_truth_table(std::string_view text, const std::function<bool(bool, bool, bool)>& reference) {
  INFO("expression: " << text);
  SymbolTable table = abc_table();
  Expr e = compile_ok(text, table);
  Expr again = compile_ok(to_string(e), table);
  for (int mask = 0; mask < 8; ++mask) {
    INFO("a=" << (mask & 1) << " b=" << ((mask >> 1) & 1) << " c=" << ((mask >> 2) & 1));
    bool expected = reference(mask & 1, (mask >> 1) & 1, (mask >> 2) & 1);
    CHECK(eval3(e, mask) == expected);
    CHECK(eval3(again, mask) == expected);
  }
}

void require_error(std::string_view text, DiagKind kind, int offset, std::string_view message_part,
                   const SymbolTable& symbols = spec_table()) {
  INFO("expression: " << text);
  auto result = run(text, symbols);
  CHECK_FALSE(result->expr.has_value());
  const Diagnostic& d = result->only();
  CHECK(d.kind == kind);
  CHECK(d.loc.file == result->file.get());
  CHECK(d.loc.line == 1);
  CHECK(d.loc.column == kColumn + offset);
  CHECK_THAT(d.message, Catch::Contains(std::string(message_part)));
}

std::string canonical(std::string_view text) { return to_string(compile_ok(text, spec_table())); }

}  // namespace

TEST_CASE("expr: operators and precedence by truth table", "[expr]") {
  require_truth_table("a", [](bool a, bool, bool) { return a; });
  require_truth_table("true", [](bool, bool, bool) { return true; });
  require_truth_table("false || c", [](bool, bool, bool c) { return c; });
  require_truth_table("!a", [](bool a, bool, bool) { return !a; });
  require_truth_table("!!a", [](bool a, bool, bool) { return a; });
  require_truth_table("a && b", [](bool a, bool b, bool) { return a && b; });
  require_truth_table("a || b", [](bool a, bool b, bool) { return a || b; });
  require_truth_table("a -> b", [](bool a, bool b, bool) { return !a || b; });
  require_truth_table("a == b", [](bool a, bool b, bool) { return a == b; });
  require_truth_table("a != b", [](bool a, bool b, bool) { return a != b; });
  // && binds tighter than ||, which binds tighter than ->.
  require_truth_table("a || b && c", [](bool a, bool b, bool c) { return a || (b && c); });
  require_truth_table("a && b || c", [](bool a, bool b, bool c) { return (a && b) || c; });
  require_truth_table("a -> b || c", [](bool a, bool b, bool c) { return !a || (b || c); });
  require_truth_table("a || b -> c", [](bool a, bool b, bool c) { return !(a || b) || c; });
  require_truth_table("a && b -> c", [](bool a, bool b, bool c) { return !(a && b) || c; });
  // -> is right associative.
  require_truth_table("a -> b -> c", [](bool a, bool b, bool c) { return !a || (!b || c); });
  require_truth_table("(a -> b) -> c", [](bool a, bool b, bool c) { return !(!a || b) || c; });
  // ! binds tighter than && / ||, and applies to a whole comparison.
  require_truth_table("!a && b", [](bool a, bool b, bool) { return !a && b; });
  require_truth_table("!a || b", [](bool a, bool b, bool) { return !a || b; });
  require_truth_table("!(a && b)", [](bool a, bool b, bool) { return !(a && b); });
  require_truth_table("!a == b", [](bool a, bool b, bool) { return !(a == b); });
  require_truth_table("(!a) == b", [](bool a, bool b, bool) { return (!a) == b; });
  // Comparisons bind tighter than &&.
  require_truth_table("a == b && c", [](bool a, bool b, bool c) { return (a == b) && c; });
  require_truth_table("a && b != c", [](bool a, bool b, bool c) { return a && (b != c); });
  require_truth_table("(a == b) == c", [](bool a, bool b, bool c) { return (a == b) == c; });
  require_truth_table("a != (b -> c)", [](bool a, bool b, bool c) { return a != (!b || c); });
  // Functions.
  require_truth_table("exactly_one(a, b, c)", [](bool a, bool b, bool c) { return a + b + c == 1; });
  require_truth_table("at_most_one(a, b, c)", [](bool a, bool b, bool c) { return a + b + c <= 1; });
  require_truth_table("at_least_one(a, b, c)", [](bool a, bool b, bool c) { return a + b + c >= 1; });
  require_truth_table("exactly_one(a)", [](bool a, bool, bool) { return a; });
  require_truth_table("at_most_one(a -> b, c)", [](bool a, bool b, bool c) { return (!a || b) + c <= 1; });
  require_truth_table("!exactly_one(a && b, !c) -> a",
                      [](bool a, bool b, bool c) { return !!((a && b) + !c == 1) || a; });
  require_truth_table(" ( a\t&&\nb ) ", [](bool a, bool b, bool) { return a && b; });
}

TEST_CASE("expr: enum comparisons in both orders", "[expr]") {
  SymbolTable table = spec_table();
  for (std::string_view text : {"tone == danger", "danger == tone", "tone != danger", "danger != tone"}) {
    INFO(text);
    Expr e = compile_ok(text, table);
    bool negated = text.find("!=") != std::string_view::npos;
    CHECK(e.root_node().op == (negated ? Op::EnumIsNot : Op::EnumIs));
    CHECK(e.root_node().name == "tone");
    CHECK(e.root_node().slot == 3);
    CHECK(e.root_node().value == 2);
    CHECK(e.root_node().value_name == "danger");
    CHECK(to_string(e) == (negated ? "tone != danger" : "tone == danger"));
    for (int tone = 0; tone < 3; ++tone) {
      std::array<std::int64_t, 7> slots{0, 0, 0, tone, 0, 0, 0};
      CHECK(evaluate(e, slots) == ((tone == 2) != negated));
    }
  }
  // `warning` is also a bool symbol, but next to `tone` it is a value.
  Expr w = compile_ok("warning == tone", table);
  CHECK(w.root_node().op == Op::EnumIs);
  CHECK(w.root_node().value == 1);
  // Away from an enum attribute it is the bool.
  Expr b = compile_ok("warning -> tone == info", table);
  std::array<std::int64_t, 7> slots{0, 0, 0, 0, 0, 0, 1};
  CHECK(evaluate(b, slots));
  slots[3] = 2;
  CHECK_FALSE(evaluate(b, slots));

  Expr both = compile_ok("size == large && tone != info", table);
  std::array<std::int64_t, 7> s{0, 0, 0, 1, 1, 0, 0};
  CHECK(evaluate(both, s));
  s[4] = 0;
  CHECK_FALSE(evaluate(both, s));
}

TEST_CASE("expr: canonical printing", "[expr]") {
  CHECK(canonical("collectable -> terminal") == "collectable -> terminal");
  CHECK(canonical("collectable->terminal") == "collectable -> terminal");
  CHECK(canonical("exactly_one( active ,terminal )") == "exactly_one(active, terminal)");
  CHECK(canonical("(active -> terminal) -> collectable") == "(active -> terminal) -> collectable");
  CHECK(canonical("active -> (terminal -> collectable)") == "active -> terminal -> collectable");
  CHECK(canonical("active||terminal&&collectable") == "active || terminal && collectable");
  CHECK(canonical("(active || terminal) && collectable") == "(active || terminal) && collectable");
  CHECK(canonical("(active && terminal) && collectable") == "active && terminal && collectable");
  CHECK(canonical("active && (terminal && collectable)") == "active && (terminal && collectable)");
  CHECK(canonical("(active && terminal) || collectable") == "active && terminal || collectable");
  CHECK(canonical("((active))") == "active");
  CHECK(canonical("!(active)") == "!active");
  CHECK(canonical("!(active && terminal)") == "!(active && terminal)");
  CHECK(canonical("!!active") == "active");  // a double negation prints away
  CHECK(canonical("!active == terminal") == "!(active == terminal)");
  CHECK(canonical("(!active) == terminal") == "(!active) == terminal");
  CHECK(canonical("(active == terminal) != collectable") == "(active == terminal) != collectable");
  CHECK(canonical("active == (terminal || collectable)") == "active == (terminal || collectable)");
  CHECK(canonical("danger == tone") == "tone == danger");
  CHECK(canonical("tone != (danger)") == "tone != danger");
  CHECK(canonical("!(tone == danger)") == "!(tone == danger)");
  CHECK(canonical("exactly_one(active -> terminal, !collectable)") == "exactly_one(active -> terminal, !collectable)");
  CHECK(canonical("(exactly_one(active)) == true") == "exactly_one(active) == true");
  CHECK(canonical("true && !false") == "true && !false");
}

TEST_CASE("expr: random expressions round-trip through to_string", "[expr]") {
  std::mt19937 rng(20240601);
  const char* leaves[] = {"a", "b", "c", "true", "false"};
  const char* binary[] = {" && ", " || ", " -> ", " == ", " != "};
  const char* functions[] = {"exactly_one(", "at_most_one(", "at_least_one("};
  std::function<std::string(int)> gen = [&](int depth) -> std::string {
    int choice = depth == 0 ? 0 : static_cast<int>(rng() % 5);
    switch (choice) {
      case 0: return leaves[rng() % 5];
      case 1: return "!" + gen(depth - 1);
      case 2: {
        std::string out = functions[rng() % 3] + gen(depth - 1);
        for (unsigned n = rng() % 3; n > 0; --n) out += ", " + gen(depth - 1);
        return out + ")";
      }
      default: {
        // Parenthesise every operand so any combination parses.
        return "(" + gen(depth - 1) + ")" + binary[rng() % 5] + "(" + gen(depth - 1) + ")";
      }
    }
  };
  SymbolTable table = abc_table();
  for (int i = 0; i < 300; ++i) {
    std::string text = gen(4);
    INFO("expression: " << text);
    Expr e = compile_ok(text, table);
    std::string printed = to_string(e);
    INFO("printed: " << printed);
    Expr again = compile_ok(printed, table);
    CHECK(to_string(again) == printed);
    for (int mask = 0; mask < 8; ++mask) CHECK(eval3(e, mask) == eval3(again, mask));
  }
}

TEST_CASE("expr: bound tree shape", "[expr]") {
  Expr e = compile_ok("active && (tone == danger)", spec_table());
  CHECK(e.text == "active && (tone == danger)");
  CHECK(e.root == static_cast<int>(e.nodes.size()) - 1);
  for (size_t i = 0; i < e.nodes.size(); ++i)
    for (int child : e.nodes[i].children) CHECK(child < static_cast<int>(i));
  CHECK(e.root_node().op == Op::And);
  CHECK(e.root_node().begin == 0);
  CHECK(e.root_node().end == 26);
  const Node& test = e.nodes[static_cast<size_t>(e.root_node().children[1])];
  CHECK(test.op == Op::EnumIs);
  CHECK(test.begin == 10);  // the parentheses belong to the subexpression
  CHECK(test.end == 26);
  const Node& ref = e.nodes[static_cast<size_t>(e.root_node().children[0])];
  CHECK(ref.op == Op::BoolRef);
  CHECK(ref.name == "active");
  CHECK(ref.slot == 0);

  // Missing slots read as 0 instead of failing.
  CHECK_FALSE(evaluate(e, std::span<const std::int64_t>()));
  CHECK_FALSE(evaluate(Expr{}, std::span<const std::int64_t>()));
  CHECK(to_string(Expr{}).empty());
}

TEST_CASE("expr: syntax errors point at the offending token", "[expr]") {
  const DiagKind k = DiagKind::ExprSyntax;
  require_error("", k, 0, "empty invariant expression");
  require_error("  \t ", k, 0, "empty invariant expression");
  require_error("active & terminal", k, 7, "expected '&&'");
  require_error("active | terminal", k, 7, "expected '||'");
  require_error("active = terminal", k, 7, "expected '=='");
  require_error("active - terminal", k, 7, "expected '->'");
  require_error("active => terminal", k, 7, "use '->'");
  require_error("~active", k, 0, "use '!'");
  require_error("active $ terminal", k, 7, "unexpected character '$'");
  require_error("1abc && active", k, 0, "is not a name or a number");
  require_error("active && \xC3\xA9t\xC3\xA9", k, 10, "unexpected character '\xC3\xA9'");
  require_error("active == terminal == collectable", k, 19, "cannot be chained");
  require_error("active != terminal == collectable", k, 19, "(a == b) == c");
  require_error("(active && terminal", k, 0, "unclosed '('");
  require_error("active && (terminal || collectable", k, 10, "unclosed '('");
  require_error("active)", k, 6, "unmatched ')'");
  require_error("active terminal", k, 7, "expected an operator after 'active', found 'terminal'");
  require_error("active and terminal", k, 7, "use '&&'");
  require_error("not active", k, 4, "use '!'");
  require_error("active &&", k, 9, "expected an operand after '&&', found end of expression");
  require_error("-> active", k, 0, "expected a name");
  require_error("active && ()", k, 11, "empty parentheses");
  require_error("active, terminal", k, 6, "','");
  require_error("exactly_one()", k, 0, "needs at least one argument");
  require_error("exactly_one", k, 0, "is a function");
  require_error("exactly_one(active, )", k, 20, "expected a name");
  require_error("exactly_one(active terminal)", k, 19, "expected ',' or ')'");
  require_error("exactly_one(active, terminal", k, 0, "unclosed call");
  require_error("active == !terminal", k, 10, "needs parentheses");
  require_error("(active) terminal", k, 9, "expected an operator after ')'");
  require_error("(active terminal)", k, 8, "expected ')'");
}

TEST_CASE("expr: unknown names with suggestions", "[expr]") {
  const DiagKind k = DiagKind::ExprUnknownName;
  require_error("actve", k, 0, "unknown name 'actve' in invariant; did you mean 'active'?");
  require_error("active -> terminl", k, 10, "unknown name 'terminl' in invariant; did you mean 'terminal'?");
  require_error("active && zzz", k, 10, "unknown name 'zzz' in invariant");
  require_error("tone == dangr", k, 8, "'dangr' is not a value of enum attribute 'tone'; did you mean 'danger'?");
  require_error("dangr != tone", k, 0, "'dangr' is not a value of enum attribute 'tone'; did you mean 'danger'?");
  require_error("tone == zzz", k, 8, "(its values are: info, warning, danger)");
  require_error("exactly_once(active, terminal)", k, 0, "unknown function 'exactly_once'; did you mean 'exactly_one'?");
  require_error("frobnicate(active)", k, 0, "the functions are exactly_one, at_most_one and at_least_one");
  require_error("active && terminal()", k, 10, "'terminal' is an attribute, not a function; the functions are");
  require_error("frobnicate()", k, 0, "unknown function 'frobnicate'");
  // A misspelt attribute next to a value: one diagnostic, about the attribute.
  require_error("tne == danger", k, 0, "unknown name 'tne' in invariant; did you mean 'tone'?");
  // A string attribute is never suggested.
  auto none = run("lbel", spec_table());
  CHECK(none->only().message == "unknown name 'lbel' in invariant");

  SECTION("every problem is reported") {
    auto result = run("actve && (terminl || tone == dangr) && exactly_once(collectible)", spec_table());
    CHECK_FALSE(result->expr.has_value());
    REQUIRE(result->all().size() == 5);
    std::vector<std::pair<int, std::string>> seen;
    for (const Diagnostic& d : result->all()) {
      CHECK(d.kind == k);
      seen.emplace_back(d.loc.column - kColumn, d.message);
    }
    std::sort(seen.begin(), seen.end());
    CHECK(seen[0].first == 0);
    CHECK_THAT(seen[0].second, Catch::Contains("'actve'"));
    CHECK(seen[1].first == 10);
    CHECK_THAT(seen[1].second, Catch::Contains("'terminl'"));
    CHECK(seen[2].first == 29);
    CHECK_THAT(seen[2].second, Catch::Contains("'dangr'"));
    CHECK(seen[3].first == 39);
    CHECK_THAT(seen[3].second, Catch::Contains("'exactly_once'"));
    CHECK(seen[4].first == 52);
    CHECK_THAT(seen[4].second, Catch::Contains("did you mean 'collectable'?"));
    for (const Diagnostic& d : result->all()) CHECK(d.loc.length > 1);
  }
}

TEST_CASE("expr: type errors", "[expr]") {
  const DiagKind k = DiagKind::ExprType;
  require_error("tone", k, 0, "'tone' is an enum attribute; compare it with == or !=, e.g. tone == info");
  require_error("active && !size", k, 11, "'size' is an enum attribute");
  require_error("label", k, 0, "'label' is a string attribute and cannot be used in an invariant");
  require_error("active -> label == terminal", k, 10, "'label' is a string attribute");
  require_error("tone == label", k, 8, "'label' is a string attribute");
  require_error("tone == size", k, 0, "cannot compare enum attributes 'tone' and 'size'");
  require_error("tone == active", k, 8, "cannot compare enum attribute 'tone' with bool attribute 'active'");
  require_error("active != tone", k, 0, "cannot compare enum attribute 'tone' with bool attribute 'active'");
  require_error("tone == true", k, 8, "cannot compare enum attribute 'tone' with 'true'");
  require_error("(active && terminal) == tone", k, 0, "with a bool expression");
  require_error("danger", k, 0, "'danger' is a value of enum attribute 'tone', not a bool");
  require_error("active == danger", k, 10, "can only be compared with it, e.g. tone == danger");
  require_error("danger == large", k, 0, "are both enum values");

  auto location = run("active && tone", spec_table());
  CHECK(location->only().loc.length == 4);
}

// Slots: http_status=0, retries=1 (ints), terminal=2 (bool), tone=3 (enum).
SymbolTable int_table() {
  SymbolTable t;
  t.add("http_status", {Symbol::Type::Int, 0, {}});
  t.add("retries", {Symbol::Type::Int, 1, {}});
  t.add("terminal", {Symbol::Type::Bool, 2, {}});
  t.add("tone", {Symbol::Type::Enum, 3, {"calm", "loud"}});
  return t;
}

TEST_CASE("expr: int comparisons", "[expr]") {
  const SymbolTable table = int_table();
  struct Case {
    const char* text;
    const char* printed;
    std::function<bool(std::int64_t, std::int64_t)> truth;
  };
  const Case cases[] = {
      {"http_status >= 400", "http_status >= 400", [](std::int64_t h, std::int64_t) { return h >= 400; }},
      {"http_status>399", "http_status > 399", [](std::int64_t h, std::int64_t) { return h > 399; }},
      {"http_status < 300", "http_status < 300", [](std::int64_t h, std::int64_t) { return h < 300; }},
      {"http_status <= 299", "http_status <= 299", [](std::int64_t h, std::int64_t) { return h <= 299; }},
      {"http_status == 204", "http_status == 204", [](std::int64_t h, std::int64_t) { return h == 204; }},
      {"http_status != 204", "http_status != 204", [](std::int64_t h, std::int64_t) { return h != 204; }},
      // A number on the left is moved right, the comparison mirrored.
      {"400 <= http_status", "http_status >= 400", [](std::int64_t h, std::int64_t) { return h >= 400; }},
      {"-1 < retries", "retries > -1", [](std::int64_t, std::int64_t r) { return r > -1; }},
      {"retries < http_status", "retries < http_status", [](std::int64_t h, std::int64_t r) { return r < h; }},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Expr e = compile_ok(c.text, table);
    CHECK(e.root_node().op == Op::IntCompare);
    CHECK(to_string(e) == c.printed);
    for (std::int64_t h : {-5, 0, 200, 204, 299, 300, 399, 400, 503}) {
      for (std::int64_t r : {-2, -1, 0, 3}) {
        std::array<std::int64_t, 4> slots{h, r, 0, 0};
        CHECK(evaluate(e, slots) == c.truth(h, r));
      }
    }
  }
  // Inside bool logic, at comparison precedence.
  Expr e = compile_ok("terminal -> http_status >= 400 && tone == loud", table);
  CHECK(to_string(e) == "terminal -> http_status >= 400 && tone == loud");
  CHECK(evaluate(e, std::array<std::int64_t, 4>{200, 0, 0, 0}));
  CHECK_FALSE(evaluate(e, std::array<std::int64_t, 4>{200, 0, 1, 1}));
  CHECK(evaluate(e, std::array<std::int64_t, 4>{500, 0, 1, 1}));
}

TEST_CASE("expr: double negations print away, so the canonical form parses again", "[expr]") {
  // Found by fuzz_expr: 256 '!' around a comparison parsed, but printed as
  // 256 '!' and the comparison's parentheses, one level past the limit.
  const SymbolTable table = int_table();
  const std::string deep = std::string(256, '!') + "http_status > -5";
  Expr e = compile_ok(deep, table);
  CHECK(to_string(e) == "http_status > -5");
  Expr odd = compile_ok(std::string(255, '!') + "http_status > -5", table);
  CHECK(to_string(odd) == "!(http_status > -5)");
  CHECK(to_string(compile_ok("!!terminal && !!!retries < 3", table)) == "terminal && !(retries < 3)");
  for (std::int64_t h : {-10, 0}) {
    std::array<std::int64_t, 4> slots{h, 0, 0, 0};
    CHECK(evaluate(compile_ok(to_string(e), table), slots) == evaluate(e, slots));
    CHECK(evaluate(compile_ok(to_string(odd), table), slots) == evaluate(odd, slots));
  }
}

TEST_CASE("expr: int type errors are located", "[expr]") {
  const SymbolTable table = int_table();
  auto first = [&](std::string_view text) {
    auto r = run(text, table);
    REQUIRE_FALSE(r->all().empty());
    return r->all().front();
  };
  Diagnostic d = first("terminal >= 4");
  CHECK(d.kind == DiagKind::ExprType);
  CHECK(d.loc.column == kColumn);
  CHECK(d.message == "'>=' compares ints, but 'terminal' is a bool attribute");
  d = first("http_status");
  CHECK(d.kind == DiagKind::ExprType);
  CHECK(d.message == "'http_status' is an int attribute, not a bool; compare it, e.g. http_status >= 1");
  d = first("terminal && 3");
  CHECK(d.kind == DiagKind::ExprType);
  CHECK(d.loc.column == kColumn + 12);
  d = first("tone < 3");
  CHECK(d.message == "'<' compares ints, but 'tone' is an enum attribute");
  d = first("3 < 4");
  CHECK(d.kind == DiagKind::ExprType);
  CHECK(d.message.find("compares two numbers") != std::string::npos);
  d = first("http_stats > 3");
  CHECK(d.kind == DiagKind::ExprUnknownName);
  CHECK(d.message == "unknown name 'http_stats' in invariant; did you mean 'http_status'?");
  d = first("http_status > 9007199254740992");
  CHECK(d.kind == DiagKind::ExprSyntax);
  CHECK(d.loc.column == kColumn + 14);
  d = first("(terminal && terminal) < 3");
  CHECK(d.message == "'<' compares ints, but this is a bool expression");
  d = first("http_status >= 4 >= 3");
  CHECK(d.kind == DiagKind::ExprSyntax);
}

TEST_CASE("expr: nesting depth is limited", "[expr]") {
  SymbolTable table = abc_table();
  auto nested = [](size_t depth) { return std::string(depth, '(') + "a" + std::string(depth, ')'); };
  CHECK(evaluate(compile_ok(nested(256), table), std::array<std::int64_t, 3>{1, 0, 0}));
  require_error(nested(257), DiagKind::ExprSyntax, 256, "nests too deeply", table);
  require_error(nested(100000), DiagKind::ExprSyntax, 256, "nests too deeply", table);

  CHECK_FALSE(evaluate(compile_ok(std::string(255, '!') + "a", table), std::array<std::int64_t, 3>{1, 0, 0}));
  require_error(std::string(257, '!') + "a", DiagKind::ExprSyntax, 256, "nests too deeply", table);
  require_error(std::string(100000, '!') + "a", DiagKind::ExprSyntax, 256, "nests too deeply", table);

  // The limit counts parentheses, `!` and calls together.
  std::string mixed;
  for (int i = 0; i < 100; ++i) mixed += "!(exactly_one(";
  mixed += "a";
  for (int i = 0; i < 100; ++i) mixed += "))";
  auto result = run(mixed, table);
  CHECK_THAT(result->only().message, Catch::Contains("nests too deeply"));
  // Each round opens three levels, so the 257th is the `(` after the 86th `!`.
  CHECK(result->only().loc.column == kColumn + 85 * 14 + 1);
}

TEST_CASE("expr: long expressions", "[expr]") {
  SymbolTable table = abc_table();
  const char* names[] = {"a", "b", "c"};
  auto build = [&](const char* op, size_t bytes) {
    std::string text = "a";
    for (size_t i = 1; text.size() < bytes; ++i) {
      text += op;
      text += names[i % 3];
    }
    return text;
  };

  SECTION("a 100 KB chain of && (a left-deep tree)") {
    std::string text = build(" && ", 100000);
    Expr e = compile_ok(text, table);
    CHECK(eval3(e, 7));
    for (int mask = 0; mask < 7; ++mask) CHECK_FALSE(eval3(e, mask));
    std::string printed = to_string(e);
    CHECK(printed == text);
  }
  SECTION("a 100 KB chain of -> (a right-deep tree)") {
    std::string text = build(" -> ", 100000);
    Expr e = compile_ok(text, table);
    std::string printed = to_string(e);
    CHECK(printed == text);
    Expr again = compile_ok(printed, table);
    for (int mask = 0; mask < 8; ++mask) CHECK(eval3(e, mask) == eval3(again, mask));
  }
  SECTION("a 100 KB mix of all operators") {
    const char* ops[] = {" && ", " || ", " -> ", " && !", " || exactly_one(b, c) != "};
    std::string text = "a";
    for (size_t i = 1; text.size() < 100000; ++i) {
      text += ops[i % 5];
      text += names[i % 3];
    }
    Expr e = compile_ok(text, table);
    Expr again = compile_ok(to_string(e), table);
    for (int mask = 0; mask < 8; ++mask) CHECK(eval3(e, mask) == eval3(again, mask));
  }
  SECTION("a function with 20000 arguments") {
    std::string text = "exactly_one(a";
    for (int i = 0; i < 19999; ++i) text += ", false";
    text += ")";
    Expr e = compile_ok(text, table);
    CHECK(eval3(e, 1));
    CHECK_FALSE(eval3(e, 0));
  }
  SECTION("thousands of unknown names are each reported") {
    std::string text = build(" || ", 100000);
    for (char& ch : text)
      if (ch == 'b') ch = 'x';
    auto result = run(text, table);
    CHECK_FALSE(result->expr.has_value());
    const auto unknown = static_cast<size_t>(std::count(text.begin(), text.end(), 'x'));
    CHECK(unknown > 6000);
    CHECK(result->all().size() == unknown);
    CHECK(result->all().front().loc.column == kColumn + 5);
  }
  SECTION("a 100 KB name") {
    std::string text(100000, 'q');
    auto result = run(text, table);
    CHECK(result->only().kind == DiagKind::ExprUnknownName);
    CHECK(result->only().loc.length == 100000);
  }
}
