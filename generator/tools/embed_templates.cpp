// Writes a C++ source that holds every template under a folder, so a single
// statusc binary carries its templates: each one's bytes (for `statusc
// templates dump` and --templates), and kainjow's parse of it as a flat array
// (emit/template_tree.h), so that statusc does not parse them on every run.
//   statusc_embed_templates TEMPLATE_DIR OUTPUT
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "emit/template_tree.h"

namespace fs = std::filesystem;
using statusc::TemplateNode;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(std::ostream& out, const std::string& text) {
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    out << "0x" << hex[b >> 4] << hex[b & 15] << (i % 16 == 15 ? ",\n" : ",");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: statusc_embed_templates TEMPLATE_DIR OUTPUT\n";
    return 2;
  }
  const fs::path dir = argv[1];
  std::vector<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".mustache")
      names.push_back(entry.path().lexically_relative(dir).generic_string());
  std::sort(names.begin(), names.end());

  std::ostringstream body, table;
  body << "// Generated from templates/ by generator/tools/embed_templates.cpp. Do not edit.\n"
       << "#include \"emit/templates_embedded.h\"\n\nnamespace statusc {\nnamespace {\n";
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string text = read(dir / names[i]);
    body << "const unsigned char t" << i << "[] = {\n";
    write_bytes(body, text);
    body << "0};\n";
    std::string error;
    const std::vector<TemplateNode> nodes = statusc::flatten_template(text, error);
    if (!error.empty()) {  // a malformed template, or one that changes its delimiters
      std::cerr << "statusc_embed_templates: templates/" << names[i] << ": " << error << "\n";
      return 1;
    }
    if (!nodes.empty()) {  // else an empty template, parsed at run time for nothing
      body << "const TemplateNode n" << i << "[] = {\n";
      for (const TemplateNode& n : nodes)
        body << "{" << int(n.kind) << "," << n.begin << "," << n.length << "," << n.children << "," << n.section_begin
             << "," << n.section_length << "},\n";
      body << "};\n";
    }
    table << "    {\"" << names[i] << "\", t" << i << ", " << text.size() << ", ";
    if (nodes.empty())
      table << "nullptr";
    else
      table << "n" << i;
    table << ", " << nodes.size() << "},\n";
  }
  body << "}  // namespace\n\nconst EmbeddedTemplate kEmbeddedTemplates[] = {\n"
       << table.str() << "    {nullptr, nullptr, 0, nullptr, 0},\n};\n"
       << "const size_t kEmbeddedTemplateCount = " << names.size() << ";\n\n}  // namespace statusc\n";

  // Only touch the output when it changes, so builds stay incremental.
  const fs::path output = argv[2];
  if (fs::exists(output) && read(output) == body.str()) return 0;
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << body.str();
  return out ? 0 : 1;
}
