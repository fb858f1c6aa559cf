#pragma once
// Renders RenderJobs with kainjow mustache, HTML escaping off: every value is
// already escaped for its target by the emitter (escape.h).

#include <map>
#include <memory>
#include <optional>

#include "emit/emitter.h"
#include "emit/templates.h"

namespace statusc {

// Renders jobs, making each template's tree once: `statusc generate
// spec/*.yaml` renders the same templates for every spec. Embedded templates
// come parsed (emit/template_tree.h); one given as text is parsed here.
class Renderer {
 public:
  explicit Renderer(const Templates& templates);
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // Renders every job; on a missing or malformed template, returns nullopt
  // and sets `error`.
  std::optional<std::vector<OutputFile>> render(const std::vector<RenderJob>& jobs, std::string& error);

 private:
  const Templates& templates_;
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>, std::less<>> parsed_;
};

// One-off rendering with a fresh Renderer.
std::optional<std::vector<OutputFile>> render_jobs(const std::vector<RenderJob>& jobs, const Templates& templates,
                                                   std::string& error);

}  // namespace statusc
