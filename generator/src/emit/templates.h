#pragma once
// The mustache templates, embedded into the binary at build time (see
// generator/tools/embed_templates.cpp), optionally overridden from a
// directory.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "emit/template_tree.h"

namespace statusc {

class Templates {
 public:
  // The templates compiled into statusc.
  static Templates embedded();

  // The text of a template, e.g. "cpp/header.h.mustache"; nullptr if unknown.
  const std::string* find(std::string_view name) const;
  // kainjow's parse of an embedded template, made at build time; empty for a
  // template given as text (parse it).
  std::span<const TemplateNode> tree(std::string_view name) const;
  // Replaces an embedded template (from --templates DIR).
  void override_with(const std::string& name, std::string text) { entries_[name] = {std::move(text), {}}; }
  std::vector<std::string> names() const;

 private:
  struct Entry {
    std::string text;
    std::span<const TemplateNode> tree;
  };
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace statusc
