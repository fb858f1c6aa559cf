#include "emit/render.h"

namespace statusc {

Renderer::Renderer(const Templates& templates) : templates_(templates) {}
Renderer::~Renderer() = default;

std::optional<std::vector<OutputFile>> Renderer::render(const std::vector<RenderJob>& jobs, std::string& error) {
  std::vector<OutputFile> out;
  for (const RenderJob& job : jobs) {
    auto it = parsed_.find(job.template_name);
    if (it == parsed_.end()) {
      const std::string* text = templates_.find(job.template_name);
      if (text == nullptr) {
        error = "no template named '" + job.template_name + "'";
        return std::nullopt;
      }
      // An embedded template comes parsed (by kainjow, at build time).
      std::span<const TemplateNode> tree = templates_.tree(job.template_name);
      auto tmpl = tree.empty() ? std::make_unique<kainjow::mustache::mustache>(*text)
                               : build_template(*text, tree.data(), tree.size());
      if (!tmpl->is_valid()) {
        error = "template '" + job.template_name + "': " + tmpl->error_message();
        return std::nullopt;
      }
      tmpl->set_custom_escape([](const std::string& s) { return s; });
      it = parsed_.emplace(job.template_name, std::move(tmpl)).first;
    }
    out.push_back({job.path, it->second->render(job.data)});
  }
  return out;
}

std::optional<std::vector<OutputFile>> render_jobs(const std::vector<RenderJob>& jobs, const Templates& templates,
                                                   std::string& error) {
  return Renderer(templates).render(jobs, error);
}

}  // namespace statusc
