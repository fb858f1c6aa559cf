// statusc_conformance_cpp_main OUT.cpp GEN_DIR SPEC...
//
// Writes the main() of the C++ conformance driver (driver.h) for the headers
// `statusc generate --target cpp` wrote for SPEC... under GEN_DIR (the
// header of `dir/x.yaml` is GEN_DIR/dir/x.h). The machine types come from
// each header's machine_traits specializations, in order, as a user's code
// would name them. machine_traits exposes the bool predicates but not the
// enum, string and int accessors, so the glue calls every attribute's
// predicate or accessor by the name docs/generated/cpp.md gives it
// (naming::cpp_identifier of the predicate or attribute name), found by
// argument-dependent lookup.

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/pipeline.h"
#include "naming/naming.h"
#include "model/spec.h"

namespace {

std::optional<std::string> read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The types of `struct machine_traits<TYPE> {` lines, in order.
std::vector<std::string> machine_types(const std::string& header) {
  static const std::string open = "struct machine_traits<";
  std::vector<std::string> out;
  std::istringstream lines(header);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(open, 0) == 0 && line.size() > open.size() + 3 && line.compare(line.size() - 3, 3, "> {") == 0)
      out.push_back(line.substr(open.size(), line.size() - open.size() - 3));
  return out;
}

// The glue line that registers attribute `a` of the machine whose type is E.
std::string attribute_glue(const statusc::Attribute& a) {
  using statusc::AttrType;
  const std::string accessor = statusc::naming::cpp_identifier(a.type == AttrType::Bool ? a.predicate : a.name);
  std::string value;
  switch (a.type) {
    case AttrType::Bool: value = "Json(" + accessor + "(state))"; break;
    case AttrType::Enum: value = "Json(std::string(to_string(" + accessor + "(state))))"; break;
    case AttrType::String: value = "Json(std::string(" + accessor + "(state)))"; break;
    case AttrType::Int: value = "Json(static_cast<std::int64_t>(" + accessor + "(state)))"; break;
  }
  return "  m.attributes[\"" + a.name + "\"] = [](std::int32_t n) { const E state = static_cast<E>(n); return " +
         value + "; };\n";
}

int run(const std::string& out_path, const std::string& gen, const std::vector<std::string>& specs) {
  std::ostringstream includes, makers, registry;
  int count = 0;
  for (const std::string& spec_path : specs) {
    std::optional<std::string> text = read(spec_path);
    if (!text) {
      std::cerr << "cannot read " << spec_path << "\n";
      return 2;
    }
    statusc::SourceFile file(spec_path, std::move(*text));
    statusc::DiagnosticEngine diags;
    std::optional<statusc::Spec> spec = statusc::compile_spec(file, diags);
    if (!spec || diags.has_errors()) {
      statusc::render(std::cerr, diags, {});
      return 1;
    }
    const std::string stem = spec_path.substr(0, spec_path.size() - std::string(".yaml").size());
    std::optional<std::string> header = read(gen + "/" + stem + ".h");
    if (!header) {
      if (spec->targets.enabled("cpp")) {
        std::cerr << spec_path << ": the cpp target is on, but " << gen << "/" << stem << ".h is missing\n";
        return 1;
      }
      continue;  // cpp off: the driver reports the spec with 0 checks
    }
    const std::vector<std::string> types = machine_types(*header);
    if (types.size() != spec->machines.size()) {
      std::cerr << stem << ".h: " << types.size() << " machine_traits for " << spec->machines.size() << " machines\n";
      return 1;
    }
    includes << "#include \"" << stem << ".h\"\n";
    registry << "  registry.generated[\"" << spec_path << "\"];\n";
    for (size_t i = 0; i < types.size(); ++i) {
      const statusc::Machine& m = spec->machines[i];
      makers << "\n// " << spec_path << ": " << m.name << "\nMachine machine_" << count << "() {\n"
             << "  using E = " << types[i] << ";\n  Machine m = machine_of<E>();\n";
      for (const statusc::Attribute& a : m.attributes)
        if (!a.builtin) makers << attribute_glue(a);
      makers << "  return m;\n}\n";
      registry << "  registry.generated[\"" << spec_path << "\"].push_back(machine_" << count << "());\n";
      ++count;
    }
  }
  std::ofstream out(out_path, std::ios::binary);
  out << "// Written by statusc_conformance_cpp_main (tests/conformance/cpp/write_main.cpp).\n"
      << includes.str() << "#include \"driver.h\"\n\nnamespace {\n\nusing statusc_conformance::Json;\n"
      << "using statusc_conformance::Machine;\nusing statusc_conformance::machine_of;\n"
      << makers.str() << "\n}  // namespace\n\nint main(int argc, char** argv) {\n"
      << "  statusc_conformance::Registry registry;\n"
      << registry.str() << "  return statusc_conformance::run(registry, argc, argv);\n}\n";
  return out ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: statusc_conformance_cpp_main OUT.cpp GEN_DIR SPEC...\n";
    return 2;
  }
  return run(argv[1], argv[2], std::vector<std::string>(argv + 3, argv + argc));
}
