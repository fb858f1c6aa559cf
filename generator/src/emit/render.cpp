#include "emit/render.h"

namespace statusc {

std::optional<std::vector<OutputFile>> render_jobs(const std::vector<RenderJob>& jobs, const Templates& templates,
                                                   std::string& error) {
  std::vector<OutputFile> out;
  for (const RenderJob& job : jobs) {
    const std::string* text = templates.find(job.template_name);
    if (text == nullptr) {
      error = "no template named '" + job.template_name + "'";
      return std::nullopt;
    }
    kainjow::mustache::mustache tmpl(*text);
    if (!tmpl.is_valid()) {
      error = "template '" + job.template_name + "': " + tmpl.error_message();
      return std::nullopt;
    }
    tmpl.set_custom_escape([](const std::string& s) { return s; });
    out.push_back({job.path, tmpl.render(job.data)});
  }
  return out;
}

}  // namespace statusc
