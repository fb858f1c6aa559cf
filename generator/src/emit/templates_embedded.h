#pragma once
// Declarations for the table generated at build time from templates/ by
// generator/tools/embed_templates.cpp.

#include <cstddef>

#include "emit/template_tree.h"

namespace statusc {

struct EmbeddedTemplate {
  const char* name;
  const unsigned char* bytes;
  size_t size;
  const TemplateNode* nodes;  // kainjow's parse, flat; nullptr: parse at run time
  size_t node_count;
};

extern const EmbeddedTemplate kEmbeddedTemplates[];
extern const size_t kEmbeddedTemplateCount;

}  // namespace statusc
