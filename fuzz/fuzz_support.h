#pragma once
// Shared by the libFuzzer harnesses (see docs/fuzzing.md): one spec text
// through the whole pipeline, in memory, as `statusc generate` would run it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "model/spec.h"

namespace statusc::fuzz {

// A compiled spec and the engine that owns its diagnostics' file.
struct Compiled {
  std::unique_ptr<SourceFile> file;
  DiagnosticEngine diags;
  std::optional<Spec> spec;
  bool ok() const { return spec.has_value() && !diags.has_errors(); }
};

inline std::unique_ptr<Compiled> compile(std::string_view text, const char* path) {
  auto c = std::make_unique<Compiled>();
  c->file = std::make_unique<SourceFile>(path, std::string(text));
  c->spec = compile_spec(*c->file, c->diags);
  // Rendering the diagnostics is part of the pipeline under test, bounded
  // like the command line's.
  std::ostringstream sink;
  render(sink, c->diags, RenderOptions{false, 20});
  render_summary(sink, c->diags);
  return c;
}

// Every emitter's output for a valid spec, rendered in memory.
inline void generate(const Spec& spec, const char* path) {
  static const Templates templates = Templates::embedded();
  Renderer renderer(templates);
  for (const Emitter* e : all_emitters()) {
    if (!e->enabled(spec.targets)) continue;
    EmitContext context{spec, path, "fuzz"};
    std::string error;
    if (!renderer.render(e->plan(context), error)) __builtin_trap();  // the embedded templates always render
  }
}

}  // namespace statusc::fuzz
