// The baseline of bench/generate_cost.py: a bare yaml-cpp load of a spec
// (YAML::LoadFile builds the node tree), what any YAML-driven generator has
// to pay before it does anything.
#include <yaml-cpp/yaml.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: yaml_load FILE.yaml\n");
    return 2;
  }
  const YAML::Node root = YAML::LoadFile(argv[1]);
  return root.size() == 0 ? 1 : 0;
}
