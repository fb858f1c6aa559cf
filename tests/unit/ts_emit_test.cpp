// The ts emitter's own logic: identifier allocation, property keys, JSDoc,
// and the translation of invariant expressions into TypeScript. The
// translation is checked against statusc's evaluator by interpreting the
// emitted TypeScript with a small interpreter of exactly the JavaScript
// subset it uses (JavaScript precedence and strict equality), over every
// assignment of the symbols; tests/compile/ts.cmake runs the real tsc and
// node on whole modules.
#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>
#include <variant>

#include "diag/diagnostic.h"
#include "diag/source_file.h"
#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "emit/ts/support.h"
#include "expr/expr.h"

using namespace statusc;

namespace {

// --- a JavaScript-subset interpreter ----------------------------------------

using Value = std::variant<bool, double, std::string>;

bool truthy(const Value& v) {
  if (const bool* b = std::get_if<bool>(&v)) return *b;
  if (const double* d = std::get_if<double>(&v)) return *d != 0;
  return !std::get<std::string>(v).empty();
}

// Evaluates what ts::expression() emits: `row.x`, `row["x"]`, `initial`,
// true/false, numbers, double-quoted strings, ! && || === !== <= > + ?: ( )
// and `X as T`. Anything else throws, so an unexpected construct fails the
// test instead of being misread.
class Interpreter {
 public:
  Interpreter(std::string text, std::map<std::string, Value> row, bool initial)
      : text_(std::move(text)), row_(std::move(row)), initial_(initial) {}

  Value run() {
    Value v = conditional();
    skip_space();
    if (pos_ != text_.size()) fail("trailing text");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(what + " at " + std::to_string(pos_) + " in: " + text_);
  }
  void skip_space() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  bool eat(std::string_view token) {
    skip_space();
    if (text_.compare(pos_, token.size(), token) != 0) return false;
    // `!` must not eat the start of `!==`, nor a word the start of a longer word.
    if (token == "!" && text_.compare(pos_, 3, "!==") == 0) return false;
    if (std::isalpha(static_cast<unsigned char>(token.back())) && pos_ + token.size() < text_.size() &&
        std::isalnum(static_cast<unsigned char>(text_[pos_ + token.size()])))
      return false;
    pos_ += token.size();
    return true;
  }

  Value conditional() {
    Value c = logical_or();
    if (!eat("?")) return c;
    Value a = conditional();
    if (!eat(":")) fail("expected ':'");
    Value b = conditional();
    return truthy(c) ? a : b;
  }
  Value logical_or() {
    Value v = logical_and();
    while (eat("||")) {
      Value r = logical_and();  // evaluated regardless: no side effects here
      v = truthy(v) ? v : r;
    }
    return v;
  }
  Value logical_and() {
    Value v = equality();
    while (eat("&&")) {
      Value r = equality();
      v = truthy(v) ? r : v;
    }
    return v;
  }
  Value equality() {
    Value v = relational();
    while (true) {
      if (eat("===")) {
        v = Value(v == relational());
      } else if (eat("!==")) {
        v = Value(v != relational());
      } else {
        return v;
      }
    }
  }
  Value relational() {
    Value v = additive();
    while (true) {
      if (eat("<=")) {
        v = Value(std::get<double>(v) <= std::get<double>(additive()));
      } else if (eat(">")) {
        v = Value(std::get<double>(v) > std::get<double>(additive()));
      } else if (eat("as")) {
        if (!eat("string") && !eat("boolean")) fail("unknown type after 'as'");
      } else {
        return v;
      }
    }
  }
  Value additive() {
    Value v = unary();
    while (eat("+")) v = Value(std::get<double>(v) + std::get<double>(unary()));
    return v;
  }
  Value unary() {
    if (eat("!")) return Value(!truthy(unary()));
    return primary();
  }
  Value primary() {
    skip_space();
    if (eat("(")) {
      Value v = conditional();
      if (!eat(")")) fail("expected ')'");
      return v;
    }
    if (eat("true")) return Value(true);
    if (eat("false")) return Value(false);
    if (eat("initial")) return Value(initial_);
    if (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
      double d = 0;
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) d = d * 10 + (text_[pos_++] - '0');
      return Value(d);
    }
    if (pos_ < text_.size() && text_[pos_] == '"') return Value(string_literal());
    if (eat("row")) {
      std::string field;
      if (eat(".")) {
        while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_'))
          field += text_[pos_++];
      } else if (eat("[")) {
        field = string_literal();
        if (!eat("]")) fail("expected ']'");
      } else {
        fail("expected a field of row");
      }
      auto it = row_.find(field);
      if (it == row_.end()) fail("unknown field '" + field + "'");
      return it->second;
    }
    fail("unexpected text");
  }
  std::string string_literal() {
    skip_space();
    if (text_[pos_] != '"') fail("expected a string");
    std::string out;
    for (++pos_; pos_ < text_.size() && text_[pos_] != '"'; ++pos_) {
      if (text_[pos_] == '\\') fail("escapes are not expected in names");
      out += text_[pos_];
    }
    if (pos_ == text_.size()) fail("unterminated string");
    ++pos_;
    return out;
  }

  std::string text_;
  size_t pos_ = 0;
  std::map<std::string, Value> row_;
  bool initial_;
};

// --- fixtures ------------------------------------------------------------------

// Symbols as a machine gives them: slot 0 `terminal`, then a, b (bools),
// tone (enum x, y, z), then `initial`.
struct Fixture {
  expr::SymbolTable symbols;
  ts::ExprContext context;
  Fixture() {
    symbols.add("terminal", {expr::Symbol::Type::Bool, 0, {}});
    symbols.add("a", {expr::Symbol::Type::Bool, 1, {}});
    symbols.add("b", {expr::Symbol::Type::Bool, 2, {}});
    symbols.add("tone", {expr::Symbol::Type::Enum, 3, {"x", "y", "z"}});
    symbols.add("initial", {expr::Symbol::Type::Bool, 4, {}});
    context.fields = {"terminal", "a", "b", "tone"};
    context.domain = {2, 2, 2, 3, 2};
  }
};

const std::vector<std::string> kTones = {"x", "y", "z"};

expr::Expr compile(const Fixture& f, const std::string& text) {
  SourceFile file("spec.yaml", "    assert: " + text + "\n");
  DiagnosticEngine diags;
  Location where{&file, 0, 12, static_cast<int>(text.size())};
  std::optional<expr::Expr> e = expr::compile(text, f.symbols, where, diags);
  INFO("expression: " << text);
  REQUIRE(e.has_value());
  return std::move(*e);
}

// Every assignment of the five slots: the emitted text and its negation
// must agree with statusc's evaluator.
void require_same_function(const Fixture& f, const std::string& text) {
  expr::Expr e = compile(f, text);
  const std::string ts_text = ts::expression(e, f.context);
  const std::string ts_negated = ts::negated_expression(e, f.context);
  INFO("expression: " << text << "\n  TypeScript: " << ts_text << "\n  negated:    " << ts_negated);
  for (int mask = 0; mask < 48; ++mask) {
    std::vector<std::int64_t> slots = {mask & 1, (mask >> 1) & 1, (mask >> 2) & 1, (mask >> 3) % 3, (mask / 24) & 1};
    std::map<std::string, Value> row = {{"terminal", slots[0] != 0},
                                        {"a", slots[1] != 0},
                                        {"b", slots[2] != 0},
                                        {"tone", kTones[static_cast<size_t>(slots[3])]}};
    bool expected = expr::evaluate(e, slots);
    INFO("slots " << slots[0] << slots[1] << slots[2] << slots[3] << slots[4]);
    Value got = Interpreter(ts_text, row, slots[4] != 0).run();
    REQUIRE(std::holds_alternative<bool>(got));
    CHECK(std::get<bool>(got) == expected);
    Value negated = Interpreter(ts_negated, row, slots[4] != 0).run();
    REQUIRE(std::holds_alternative<bool>(negated));
    CHECK(std::get<bool>(negated) == !expected);
  }
}

std::string ts_of(const Fixture& f, const std::string& text) { return ts::expression(compile(f, text), f.context); }
std::string negated_of(const Fixture& f, const std::string& text) {
  return ts::negated_expression(compile(f, text), f.context);
}

}  // namespace

TEST_CASE("ts: the interpreter follows JavaScript precedence", "[ts]") {
  auto eval = [](const std::string& text) {
    return std::get<bool>(Interpreter(text, {{"a", true}, {"tone", std::string("x")}}, false).run());
  };
  CHECK(eval("true || false && false"));     // && binds tighter
  CHECK_FALSE(eval("(true || false) && false"));
  CHECK(eval("!false === true"));            // ! binds tighter than ===
  CHECK(eval("(true ? 1 : 0) + (false ? 1 : 0) === 1"));
  CHECK(eval("(row.tone as string) === \"x\""));
  CHECK(eval("row[\"a\"] && !initial"));
  CHECK_THROWS(eval("row.missing"));
  CHECK_THROWS(eval("a"));
}

TEST_CASE("ts: invariant translation, readable forms", "[ts]") {
  Fixture f;
  CHECK(ts_of(f, "a -> terminal") == "!row.a || row.terminal");
  CHECK(negated_of(f, "a -> terminal") == "row.a && !row.terminal");
  CHECK(negated_of(f, "a -> !terminal") == "row.a && row.terminal");
  CHECK(ts_of(f, "exactly_one(a, terminal)") == "(row.a ? 1 : 0) + (row.terminal ? 1 : 0) === 1");
  CHECK(negated_of(f, "exactly_one(a, terminal)") == "(row.a ? 1 : 0) + (row.terminal ? 1 : 0) !== 1");
  CHECK(ts_of(f, "at_most_one(a, b)") == "(row.a ? 1 : 0) + (row.b ? 1 : 0) <= 1");
  CHECK(ts_of(f, "at_least_one(a, b, terminal)") == "row.a || row.b || row.terminal");
  CHECK(ts_of(f, "a != terminal") == "row.a !== row.terminal");
  CHECK(negated_of(f, "a != terminal") == "row.a === row.terminal");
  CHECK(ts_of(f, "terminal == (tone == x || tone == y)") ==
        "row.terminal === (row.tone === \"x\" || row.tone === \"y\")");
  CHECK(ts_of(f, "tone != z") == "row.tone !== \"z\"");
  CHECK(negated_of(f, "!(tone == z)") == "row.tone === \"z\"");
  CHECK(ts_of(f, "a && b || terminal") == "(row.a && row.b) || row.terminal");
  CHECK(ts_of(f, "a && (b || terminal)") == "row.a && (row.b || row.terminal)");
  CHECK(ts_of(f, "initial -> !terminal") == "!initial || !row.terminal");
  // Comparisons with a literal fold away.
  CHECK(ts_of(f, "a == true") == "row.a");
  CHECK(ts_of(f, "a == false") == "!row.a");
  CHECK(ts_of(f, "true != a") == "!row.a");
  CHECK(ts_of(f, "true == false") == "false");
  CHECK(negated_of(f, "true") == "false");
}

TEST_CASE("ts: casts exactly where TypeScript narrowing would reject a comparison", "[ts]") {
  Fixture f;
  // Not narrowed, or narrowed to a type that still overlaps: no cast.
  CHECK(ts_of(f, "tone == x -> terminal") == "row.tone !== \"x\" || row.terminal");
  CHECK(ts_of(f, "tone != x -> tone == y") == "row.tone === \"x\" || row.tone === \"y\"");
  CHECK(ts_of(f, "terminal == (tone == x || tone == y)") ==
        "row.terminal === (row.tone === \"x\" || row.tone === \"y\")");
  CHECK(ts_of(f, "a -> a == b") == "!row.a || row.a === row.b");
  // Narrowed to "x", compared with "y": TS2367 without the cast.
  CHECK(ts_of(f, "tone == x -> tone != y") == "row.tone !== \"x\" || (row.tone as string) !== \"y\"");
  CHECK(ts_of(f, "at_least_one(tone == x, tone != x)") == "row.tone === \"x\" || (row.tone as string) !== \"x\"");
  // Both operands pinned to different literals: true === false.
  CHECK(ts_of(f, "(a && !b) -> a == b") == "!(row.a && !row.b) || (row.a as boolean) === (row.b as boolean)");
  // A path that cannot be taken at all.
  CHECK(ts_of(f, "(tone == x && tone == y) -> terminal") ==
        "!(row.tone === \"x\" && (row.tone as string) === \"y\") || row.terminal");
}

TEST_CASE("ts: invariant translation agrees with the evaluator", "[ts]") {
  Fixture f;
  for (const char* text : {
           "a", "!a", "true", "false", "a && b", "a || b", "a -> b", "a -> b -> terminal", "(a -> b) -> terminal",
           "a == b", "a != b", "!(a == b)", "a == (b == terminal)", "(a == b) != terminal", "a == (!b)",
           "exactly_one(a, b, terminal)", "at_most_one(a, b, terminal)", "at_least_one(a, b, terminal)",
           "exactly_one(a)", "at_most_one(a && b, !a)", "!exactly_one(a, b)", "!at_most_one(a, b)",
           "tone == x", "tone != y", "x == tone", "tone == x -> tone != y", "tone != x -> tone == y",
           "at_least_one(tone == x, tone != x)", "(a && !b) -> a == b", "(a && !b) -> (a != b) == true",
           "(tone == x && tone == y) -> terminal", "terminal == (tone == x || tone == z)", "initial -> !terminal",
           "initial == a", "!(initial -> a) -> b", "a && !(b || !terminal)", "!(a -> b)", "!!a", "!(!a && !b)",
           "(a || b) && (a || terminal) && !(b && terminal)", "a == true", "false != a", "true == true -> a",
           "(a && b) == (b || !a)", "(false -> a) && (true || b)", "!((a -> b) == (b -> a))",
       }) {
    require_same_function(f, text);
  }
}

TEST_CASE("ts: random invariants translate to the same function", "[ts]") {
  Fixture f;
  std::mt19937 rng(20260429);
  const char* leaves[] = {"a", "b", "terminal", "initial", "true", "false", "tone == x", "tone != y", "z == tone"};
  const char* binary[] = {" && ", " || ", " -> ", " == ", " != "};
  const char* functions[] = {"exactly_one(", "at_most_one(", "at_least_one("};
  std::function<std::string(int)> gen = [&](int depth) -> std::string {
    int choice = depth == 0 ? 0 : static_cast<int>(rng() % 5);
    switch (choice) {
      case 0: return leaves[rng() % 9];
      case 1: return "!(" + gen(depth - 1) + ")";
      case 2: {
        std::string out = functions[rng() % 3] + gen(depth - 1);
        for (unsigned n = rng() % 3; n > 0; --n) out += ", " + gen(depth - 1);
        return out + ")";
      }
      default: return "(" + gen(depth - 1) + ")" + binary[rng() % 5] + "(" + gen(depth - 1) + ")";
    }
  };
  for (int i = 0; i < 400; ++i) require_same_function(f, gen(4));
}

TEST_CASE("ts: long invariants translate without recursion or blow-up", "[ts]") {
  Fixture f;
  for (const char* op : {" && ", " -> ", " || "}) {
    std::string text = "a";
    for (int i = 0; text.size() < 60000; ++i) text += std::string(op) + (i % 2 ? "tone == x" : "b");
    expr::Expr e = compile(f, text);
    std::string out = ts::expression(e, f.context);
    std::string negated = ts::negated_expression(e, f.context);
    CHECK(out.size() > text.size());
    CHECK(!negated.empty());
    // Large expressions are not analysed: guarded enum comparisons are cast.
    CHECK(out.find("(row.tone as string)") != std::string::npos);
  }
}

TEST_CASE("ts: identifiers are unique in a module and avoid what it uses", "[ts]") {
  ts::NameTable names;
  CHECK(names.claim("SessionStatus") == "SessionStatus");
  CHECK(names.claim("SessionStatus") == "SessionStatus_");
  CHECK(names.claim("SessionStatus") == "SessionStatus__");
  CHECK(names.claim("Set") == "Set_");           // a global the module uses
  CHECK(names.claim("Record") == "Record_");
  CHECK(names.claim("ReadonlyMap") == "ReadonlyMap_");
  CHECK(names.claim("Error") == "Error_");
  CHECK(names.claim("NaN") == "NaN_");           // reserved (naming::ts_identifier)
  CHECK(names.claim("default") == "default_");
  CHECK(names.claim("state") == "state_");       // a parameter name of the generated functions
  CHECK(names.claim("Date") == "Date");          // a global the module does not use
  CHECK(names.taken("Date"));
  CHECK_FALSE(names.taken("Other"));
}

TEST_CASE("ts: property keys and member access", "[ts]") {
  CHECK(ts::property_key("running") == "running");
  CHECK(ts::property_key("pr_open") == "pr_open");
  CHECK(ts::property_key("constructor") == "constructor");
  CHECK(ts::property_key("to_string") == "to_string");
  CHECK(ts::property_key("null") == "\"null\"");
  CHECK(ts::property_key("default") == "\"default\"");
  CHECK(ts::property_key("__proto__") == "[\"__proto__\"]");
  CHECK(ts::property_key("a-b") == "\"a-b\"");
  CHECK(ts::property_key("1st") == "\"1st\"");
  CHECK(ts::property_key("") == "\"\"");
  CHECK(ts::member("row", "active") == "row.active");
  CHECK(ts::member("row", "default") == "row.default");
  CHECK(ts::member("row", "__proto__") == "row[\"__proto__\"]");
  CHECK(ts::member("row", "a b") == "row[\"a b\"]");
  CHECK(ts::is_identifier_name("$x_1"));
  CHECK_FALSE(ts::is_identifier_name("1x"));
}

TEST_CASE("ts: JSDoc blocks escape and wrap", "[ts]") {
  CHECK(ts::jsdoc("", "").empty());
  CHECK(ts::jsdoc("Short.", "  ") == std::vector<std::string>{"  /** Short. */"});
  CHECK(ts::jsdoc("Ends */ here", "") == std::vector<std::string>{"/** Ends *\\/ here */"});
  CHECK(ts::jsdoc("a\u2028b", "") == std::vector<std::string>{"/**", " * a", " * b", " */"});
  CHECK(ts::jsdoc("one\n\ntwo", "") == std::vector<std::string>{"/**", " * one", " *", " * two", " */"});
  CHECK(ts::jsdoc("trailing \\", "") == std::vector<std::string>{"/** trailing <U+005C> */"});
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "word" + std::to_string(i) + " ";
  std::vector<std::string> block = ts::jsdoc(long_text, "  ");
  REQUIRE(block.size() > 3);
  CHECK(block.front() == "  /**");
  CHECK(block.back() == "   */");
  std::string rejoined;
  for (size_t i = 1; i + 1 < block.size(); ++i) {
    CHECK(block[i].size() <= 80);
    CHECK(block[i].rfind("   * ", 0) == 0);
    rejoined += (rejoined.empty() ? "" : " ") + block[i].substr(5);
  }
  CHECK(rejoined + " " == long_text);
  CHECK(ts::wrap(std::string(120, 'x'), 40) == std::vector<std::string>{std::string(120, 'x')});
}

TEST_CASE("ts: generated module for the policy seed", "[ts]") {
  std::string path = std::string(STATUSC_SOURCE_DIR) + "/spec/session_policy.yaml";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  SourceFile file("spec/session_policy.yaml", text.str());
  DiagnosticEngine diags;
  std::optional<Spec> spec = compile_spec(file, diags);
  REQUIRE(spec);
  REQUIRE_FALSE(diags.has_errors());
  const Emitter* ts = find_emitter("ts");
  REQUIRE(ts != nullptr);
  EmitContext context{*spec, "spec/session_policy.yaml", "session_policy"};
  std::string error;
  auto files = render_jobs(ts->plan(context), Templates::embedded(), error);
  REQUIRE(files);
  REQUIRE(files->size() == 1);
  const std::string& out = files->front().bytes;
  CHECK(files->front().path == "session_policy.ts");
  for (const char* expected : {
           "export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];",
           "} as const satisfies Record<SessionStatus, SessionStatusAttributes>;",
           "export function isSessionStatus(value: unknown): value is SessionStatus {",
           "export function isCommandableSessionStatus(state: SessionStatus): state is \"running\" {",
           // Past 100 columns, signatures break the way Prettier breaks them.
           "export function isLiveHostEligibleSessionStatus(\n  state: SessionStatus,\n): state is \"running\" | \"exiting\" {",
           "export function canTransitionSessionStatus(from: SessionStatus, to: SessionStatus): boolean {",
           "export function nextSessionStatus(state: SessionStatus, event: SessionStatusEvent): SessionStatus | undefined {",
           "export function sessionStatusFromNumber(n: number): SessionStatus | undefined {",
           "    if (row.collectable && !row.terminal) {",
           "checkSessionStatusInvariants(sessionStatusAttributes);",
       }) {
    INFO(expected);
    CHECK(out.find(expected) != std::string::npos);
  }
  // No blank-line debris from sections that were left out, and no doubled blank lines.
  CHECK(out.find("\n\n\n") == std::string::npos);
  CHECK(out.find(" \n") == std::string::npos);
  CHECK(out.back() == '\n');
  // Rendering twice gives the same bytes.
  auto again = render_jobs(ts->plan(context), Templates::embedded(), error);
  REQUIRE(again);
  CHECK(again->front().bytes == out);
}
