#include "emit/render.h"

namespace statusc {

namespace {

TemplateTree make_tree(const Templates& templates, const std::string& name, const std::string& text) {
  // An embedded template comes parsed (by kainjow, at build time).
  std::span<const TemplateNode> nodes = templates.tree(name);
  TemplateTree tmpl = nodes.empty() ? std::make_unique<kainjow::mustache::mustache>(text)
                                    : build_template(text, nodes.data(), nodes.size());
  tmpl->set_custom_escape([](const std::string& s) { return s; });
  return tmpl;
}

}  // namespace

void EmbeddedTrees::make(const Templates& templates) {
  for (const std::string& name : templates.names())
    if (!templates.tree(name).empty()) trees_.emplace(name, make_tree(templates, name, *templates.find(name)));
}

const TemplateTree* EmbeddedTrees::find(std::string_view name) const {
  auto it = trees_.find(name);
  return it == trees_.end() ? nullptr : &it->second;
}

Renderer::Renderer(const Templates& templates, const EmbeddedTrees* shared) : templates_(templates), shared_(shared) {}
Renderer::~Renderer() = default;

const TemplateTree& Renderer::tree_of(const std::string& name, const std::string& text) {
  if (shared_ != nullptr)
    if (const TemplateTree* tree = shared_->find(name)) return *tree;
  auto it = parsed_.find(name);
  if (it != parsed_.end()) return it->second;
  return parsed_.emplace(name, make_tree(templates_, name, text)).first->second;
}

std::optional<std::vector<OutputFile>> Renderer::render(const std::vector<RenderJob>& jobs, std::string& error) {
  std::vector<OutputFile> out;
  for (const RenderJob& job : jobs) {
    const std::string* text = templates_.find(job.template_name);
    if (text == nullptr) {
      error = "no template named '" + job.template_name + "'";
      return std::nullopt;
    }
    const TemplateTree& tmpl = tree_of(job.template_name, *text);
    if (!tmpl->is_valid()) {
      error = "template '" + job.template_name + "': " + tmpl->error_message();
      return std::nullopt;
    }
    // Appended as kainjow hands over each line: its render(data) would go
    // through an ostringstream, a tenth of the rendering's instructions.
    std::string bytes;
    tmpl->render(job.data, [&bytes](const std::string& piece) { bytes += piece; });
    out.push_back({job.path, std::move(bytes)});
  }
  return out;
}

std::optional<std::vector<OutputFile>> render_jobs(const std::vector<RenderJob>& jobs, const Templates& templates,
                                                   std::string& error) {
  return Renderer(templates).render(jobs, error);
}

}  // namespace statusc
