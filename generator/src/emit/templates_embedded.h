#pragma once
// Declarations for the table generated at build time from templates/.

#include <cstddef>

namespace statusc {

struct EmbeddedTemplate {
  const char* name;
  const unsigned char* bytes;
  size_t size;
};

extern const EmbeddedTemplate kEmbeddedTemplates[];
extern const size_t kEmbeddedTemplateCount;

}  // namespace statusc
