#pragma once
// A mustache template's parse tree as a flat array, made at build time from
// kainjow's own parse (generator/tools/embed_templates.cpp), so that statusc
// does not parse its embedded templates on every run.
//
// kainjow's parser makes a node of every space, tab and newline and copies
// each node as it goes: for the 48 KB of templates that was 13.6 million
// instructions and a thousand page faults per run, more than the whole
// front end takes for a small spec. The flat form keeps kainjow's tree but
// merges each run of text between two newlines or tags into one node, which
// renders the same: kainjow appends text nodes to a line buffer, and only
// newlines, tags and the buffer's contents decide what a line becomes.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

namespace statusc {

// One node, in depth-first order; every string is a slice of the template.
struct TemplateNode {
  uint8_t kind;           // a kainjow::mustache::tag_type
  uint32_t begin;         // text, or the tag's name: bytes [begin, begin + length)
  uint32_t length;
  uint32_t children;      // how many direct children follow (sections)
  uint32_t section_begin;  // a section's body, as kainjow keeps it for lambdas
  uint32_t section_length;

  bool operator==(const TemplateNode&) const = default;
};

// kainjow's parse of `text` as a flat array; empty and `error` set when the
// template is malformed or changes its delimiters (which the flat form does
// not keep, and statusc's templates do not use).
std::vector<TemplateNode> flatten_template(const std::string& text, std::string& error);

// The template that kainjow would parse from `text`, built from its flat
// form without parsing.
std::unique_ptr<kainjow::mustache::mustache> build_template(std::string_view text, const TemplateNode* nodes,
                                                            size_t count);

}  // namespace statusc
