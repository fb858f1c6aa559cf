#include "emit/template_tree.h"

namespace statusc {
namespace {

using Mustache = kainjow::mustache::mustache;
using Component = kainjow::mustache::component<std::string>;
using kainjow::mustache::tag_type;

// kainjow keeps the tree in a private member and builds it only by parsing.
// An explicit instantiation may name a private member ([temp.spec.general]),
// so this one hands out a pointer to it; a kainjow that renamed the member
// would fail to compile here rather than misbehave.
Component Mustache::*root_member();
template <Component Mustache::*Member>
struct RootAccess {
  friend Component Mustache::*root_member() { return Member; }
};
template struct RootAccess<&Mustache::root_component_>;

Component& root_of(Mustache& m) { return m.*root_member(); }

bool is_section(uint8_t kind) {
  return kind == static_cast<uint8_t>(tag_type::section_begin) ||
         kind == static_cast<uint8_t>(tag_type::section_begin_inverted);
}

uint32_t offset(size_t n) { return static_cast<uint32_t>(n); }

// Appends `children` to `out`, merging runs of text; returns how many nodes
// it made at this level, or -1 with `error` set.
long flatten_children(const std::string& text, const std::vector<Component>& children, std::vector<TemplateNode>& out,
                      std::string& error) {
  long made = 0;
  bool merging = false;  // the last node made at this level is text a further run may extend
  for (const Component& c : children) {
    if (c.is_text()) {
      if (text.compare(c.position, c.text.size(), c.text) != 0) {
        error = "text node at " + std::to_string(c.position) + " is not the template's";
        return -1;
      }
      const bool newline = c.is_newline();
      if (merging && !newline && out.back().begin + out.back().length == c.position) {
        out.back().length += offset(c.text.size());
        continue;
      }
      out.push_back({static_cast<uint8_t>(tag_type::text), offset(c.position), offset(c.text.size()), 0, 0, 0});
      ++made;
      merging = !newline;
      continue;
    }
    merging = false;
    if (c.tag.type == tag_type::set_delimiter) {
      error = "a delimiter change at " + std::to_string(c.position);
      return -1;
    }
    const size_t name = text.find(c.tag.name, c.position);
    const size_t tag_end = text.find("}}", c.position);
    if (name == std::string::npos || tag_end == std::string::npos || name > tag_end) {
      error = "tag at " + std::to_string(c.position) + " not found in the template";
      return -1;
    }
    TemplateNode node{static_cast<uint8_t>(c.tag.type), offset(name), offset(c.tag.name.size()), 0, 0, 0};
    if (is_section(node.kind)) {
      const std::string& body = *c.tag.section_text;
      if (text.compare(tag_end + 2, body.size(), body) != 0) {
        error = "section at " + std::to_string(c.position) + " has a body not found in the template";
        return -1;
      }
      node.section_begin = offset(tag_end + 2);
      node.section_length = offset(body.size());
    }
    const size_t at = out.size();
    out.push_back(node);
    ++made;
    if (is_section(node.kind)) {
      const long inner = flatten_children(text, c.children, out, error);
      if (inner < 0) return -1;
      out[at].children = static_cast<uint32_t>(inner);
    }
  }
  return made;
}

// Builds the node at `i` into `into`; returns the index after its subtree.
size_t build(std::string_view text, const TemplateNode* nodes, size_t i, std::vector<Component>& into) {
  const TemplateNode& n = nodes[i++];
  Component& c = into.emplace_back();
  c.position = n.begin;
  if (n.kind == static_cast<uint8_t>(tag_type::text)) {
    c.text.assign(text.substr(n.begin, n.length));
    return i;
  }
  c.tag.type = static_cast<tag_type>(n.kind);
  c.tag.name.assign(text.substr(n.begin, n.length));
  if (is_section(n.kind)) {
    c.tag.section_text = std::make_shared<std::string>(text.substr(n.section_begin, n.section_length));
    c.children.reserve(n.children);
    for (uint32_t k = 0; k < n.children; ++k) i = build(text, nodes, i, c.children);
  }
  return i;
}

}  // namespace

std::vector<TemplateNode> flatten_template(const std::string& text, std::string& error) {
  Mustache parsed(text);
  if (!parsed.is_valid()) {
    error = parsed.error_message();
    return {};
  }
  std::vector<TemplateNode> out;
  if (flatten_children(text, root_of(parsed).children, out, error) < 0) return {};
  return out;
}

std::unique_ptr<Mustache> build_template(std::string_view text, const TemplateNode* nodes, size_t count) {
  auto tmpl = std::make_unique<Mustache>(std::string());
  std::vector<Component>& top = root_of(*tmpl).children;
  for (size_t i = 0; i < count;) i = build(text, nodes, i, top);
  return tmpl;
}

}  // namespace statusc
