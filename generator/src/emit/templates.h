#pragma once
// The mustache templates, embedded into the binary at build time (see
// cmake/EmbedTemplates.cmake), optionally overridden from a directory.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace statusc {

class Templates {
 public:
  // The templates compiled into statusc.
  static Templates embedded();

  // The text of a template, e.g. "cpp/header.h.mustache"; nullptr if unknown.
  const std::string* find(std::string_view name) const;
  // Replaces an embedded template (from --templates DIR).
  void override_with(const std::string& name, std::string text) { texts_[name] = std::move(text); }
  std::vector<std::string> names() const;

 private:
  std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace statusc
