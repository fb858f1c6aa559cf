// libFuzzer: one input is one spec file. It goes through load, parse, build
// and check, its diagnostics are rendered, and when it is valid every
// emitter renders its output in memory. Any crash, sanitizer report, leak
// or timeout is a bug: statusc must answer every input with diagnostics.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto compiled = statusc::fuzz::compile(text, "fuzz.yaml");
  if (compiled->ok()) statusc::fuzz::generate(*compiled->spec, "fuzz.yaml");
  return 0;
}
