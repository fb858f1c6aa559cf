#include "emit/templates.h"

#include "emit/templates_embedded.h"

namespace statusc {

Templates Templates::embedded() {
  Templates t;
  for (size_t i = 0; i < kEmbeddedTemplateCount; ++i) {
    const EmbeddedTemplate& e = kEmbeddedTemplates[i];
    t.entries_.emplace(e.name, Entry{std::string(reinterpret_cast<const char*>(e.bytes), e.size),
                                     std::span<const TemplateNode>(e.nodes, e.node_count)});
  }
  return t;
}

const std::string* Templates::find(std::string_view name) const {
  auto it = entries_.find(name);
  return it == entries_.end() ? nullptr : &it->second.text;
}

std::span<const TemplateNode> Templates::tree(std::string_view name) const {
  auto it = entries_.find(name);
  return it == entries_.end() ? std::span<const TemplateNode>() : it->second.tree;
}

std::vector<std::string> Templates::names() const {
  std::vector<std::string> out;
  for (const auto& [name, entry] : entries_) out.push_back(name);
  return out;
}

}  // namespace statusc
