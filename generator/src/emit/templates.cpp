#include "emit/templates.h"

#include "emit/templates_embedded.h"

namespace statusc {

Templates Templates::embedded() {
  Templates t;
  for (size_t i = 0; i < kEmbeddedTemplateCount; ++i)
    t.texts_.emplace(kEmbeddedTemplates[i].name,
                     std::string(reinterpret_cast<const char*>(kEmbeddedTemplates[i].bytes), kEmbeddedTemplates[i].size));
  return t;
}

const std::string* Templates::find(std::string_view name) const {
  auto it = texts_.find(name);
  return it == texts_.end() ? nullptr : &it->second;
}

std::vector<std::string> Templates::names() const {
  std::vector<std::string> out;
  for (const auto& [name, text] : texts_) out.push_back(name);
  return out;
}

}  // namespace statusc
