#pragma once
// Renders RenderJobs with kainjow mustache, HTML escaping off: every value is
// already escaped for its target by the emitter (escape.h).

#include <map>
#include <memory>
#include <optional>

#include "emit/emitter.h"
#include "emit/templates.h"

namespace statusc {

using TemplateTree = std::unique_ptr<kainjow::mustache::mustache>;

// The trees of the embedded templates, made once and then shared by every
// thread that renders: making them is half a millisecond, a tenth of a
// small spec's `generate`. Sharing is safe because kainjow writes to a
// template while rendering only on the paths of partials and lambdas, and
// neither statusc's templates nor its render data have any. A template
// given as text (--templates) may have partials, so it is not shared: each
// Renderer parses its own.
class EmbeddedTrees {
 public:
  // Makes the tree of each template of `templates` that is still embedded.
  void make(const Templates& templates);
  const TemplateTree* find(std::string_view name) const;

 private:
  std::map<std::string, TemplateTree, std::less<>> trees_;
};

// Renders jobs, making each template's tree once: `statusc generate
// spec/*.yaml` renders the same templates for every spec. Embedded templates
// come parsed (emit/template_tree.h); one given as text is parsed here.
class Renderer {
 public:
  // `shared`, when given, holds the embedded templates' trees (it is made
  // before the first render() and outlives the Renderer).
  explicit Renderer(const Templates& templates, const EmbeddedTrees* shared = nullptr);
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // Renders every job; on a missing or malformed template, returns nullopt
  // and sets `error`.
  std::optional<std::vector<OutputFile>> render(const std::vector<RenderJob>& jobs, std::string& error);

 private:
  // The tree of a known template, made on first use (invalid if malformed).
  const TemplateTree& tree_of(const std::string& name, const std::string& text);

  const Templates& templates_;
  const EmbeddedTrees* shared_;
  std::map<std::string, TemplateTree, std::less<>> parsed_;
};

// One-off rendering with a fresh Renderer.
std::optional<std::vector<OutputFile>> render_jobs(const std::vector<RenderJob>& jobs, const Templates& templates,
                                                   std::string& error);

}  // namespace statusc
