// libFuzzer: one input is an invariant expression, compiled against a fixed
// table of bool, enum, string and int attributes. A valid one is evaluated
// over many attribute values, printed in canonical form, and the printed
// form must compile again to an expression that agrees everywhere (the
// printer's parentheses are right).
#include <array>

#include "expr/expr.h"

namespace {

using statusc::expr::Symbol;

statusc::expr::SymbolTable table() {
  statusc::expr::SymbolTable t;
  t.add("a", {Symbol::Type::Bool, 0, {}});
  t.add("b", {Symbol::Type::Bool, 1, {}});
  t.add("terminal", {Symbol::Type::Bool, 2, {}});
  t.add("tone", {Symbol::Type::Enum, 3, {"calm", "loud", "a"}});
  t.add("label", {Symbol::Type::String, 4, {}});
  t.add("n", {Symbol::Type::Int, 5, {}});
  t.add("m", {Symbol::Type::Int, 6, {}});
  t.add("initial", {Symbol::Type::Bool, 7, {}});
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const statusc::expr::SymbolTable symbols = table();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  statusc::SourceFile file("fuzz.yaml", "assert: " + std::string(text) + "\n");
  statusc::Location where{&file, 0, 8, static_cast<int>(size == 0 ? 1 : size)};
  statusc::DiagnosticEngine diags;
  std::optional<statusc::expr::Expr> expr = statusc::expr::compile(text, symbols, where, diags);
  if (!expr) {
    if (!diags.has_errors()) __builtin_trap();  // a refusal always says why
    return 0;
  }
  const std::string printed = statusc::expr::to_string(*expr);
  statusc::DiagnosticEngine again_diags;
  std::optional<statusc::expr::Expr> again =
      statusc::expr::compile(printed, symbols, statusc::Location{&file, 0, 8, 1}, again_diags);
  if (!again) __builtin_trap();  // the canonical form must compile
  constexpr std::int64_t kInts[] = {-1, 0, 1, 400, 9007199254740991};
  for (unsigned bits = 0; bits < 64; ++bits) {
    for (std::int64_t n : kInts) {
      std::array<std::int64_t, 8> slots{bits & 1, (bits >> 1) & 1, (bits >> 2) & 1, (bits >> 3) % 3, 0,
                                        n, static_cast<std::int64_t>(bits) - 30, (bits >> 5) & 1};
      if (statusc::expr::evaluate(*expr, slots) != statusc::expr::evaluate(*again, slots)) __builtin_trap();
    }
  }
  return 0;
}
