// `statusc init`: a commented statusc.yaml and a first spec to start from.
#include <filesystem>
#include <fstream>
#include <ostream>

#include "driver/driver.h"
#include "emit/emitter.h"

namespace fs = std::filesystem;

namespace statusc {
namespace {

const char* const kSpecPath = "specs/order_status.yaml";

// The targets section lists every target statusc has (the emitter
// registry), so a new target shows up here without editing this file.
std::string starter_workspace() {
  std::string text =
      "# statusc workspace: the specs of this repository and where their code goes.\n"
      "# Reference: docs/ci.md. Paths are relative to this file's folder.\n"
      "version: 1\n"
      "\n"
      "# Spec files: paths or globs ('*' and '?' within a folder name, '**' for any\n"
      "# number of folders).\n"
      "specs:\n"
      "  - specs/**/*.yaml\n"
      "\n"
      "# Per target: 'enabled', 'out' (its folder) and the options a spec's own\n"
      "# 'targets:' takes (a spec's settings win over these).\n"
      "targets:\n";
  for (const Emitter* e : all_emitters()) {
    text += "  " + std::string(e->spec_key()) + ":\n";
    text += "    out: generated/" + std::string(e->name()) + "\n";
    for (const TargetOptionSchema& option : e->options())
      text += "    # " + option.name + ": ...\n";
  }
  text +=
      "\n"
      "# Warnings turned off or raised to errors, everywhere or for some paths:\n"
      "lint:\n"
      "  off: []\n"
      "  error: []\n"
      "  #   - code: useless-restore\n"
      "  #     paths: [specs/legacy/**]\n"
      "\n"
      "# What 'statusc diff' compares against by default, and changes made on purpose:\n"
      "breaking:\n"
      "  against: HEAD\n"
      "  accept: []\n"
      "  #   - {code: state-removed, path: specs/order_status.yaml, machine: OrderStatus}\n";
  return text;
}

std::string starter_spec(const std::string& package) {
  return "# A first spec: one machine with its states and transitions. Reference:\n"
         "# docs/spec-format.md. Check it with 'statusc check'.\n"
         "statusc: 1\n"
         "package: " + package + "\n"
         "description: Where an order is between checkout and delivery.\n"
         "machines:\n"
         "  OrderStatus:\n"
         "    initial: placed\n"
         "    states:\n"
         "      placed:\n"
         "        description: The customer checked out.\n"
         "      shipped:\n"
         "        description: The parcel left the warehouse.\n"
         "      delivered:\n"
         "        terminal: true\n"
         "      cancelled:\n"
         "        terminal: true\n"
         "    transitions:\n"
         "      - {from: placed, to: shipped, on: ship}\n"
         "      - {from: shipped, to: delivered, on: deliver}\n"
         "      - {from: placed, to: cancelled, on: cancel}\n";
}

}  // namespace

int run_init(const InitOptions& options, const Console& console) {
  const fs::path dir(options.dir);
  const fs::path files[] = {(dir / "statusc.yaml").lexically_normal(), (dir / kSpecPath).lexically_normal()};
  std::error_code ec;
  for (const fs::path& f : files) {
    if (fs::exists(f, ec)) {
      console.err << "statusc init: error: " << f.generic_string()
                  << " already exists; nothing was written (statusc init never overwrites a file)\n";
      return 1;
    }
  }
  const std::string texts[] = {starter_workspace(), starter_spec(options.package)};
  for (int i = 0; i < 2; ++i) {
    fs::create_directories(files[i].parent_path(), ec);
    std::ofstream out(files[i], std::ios::binary);
    out << texts[i];
    out.close();
    if (!out) {
      console.err << "statusc init: error: cannot write " << files[i].generic_string() << "\n";
      return 2;
    }
    console.out << "wrote " << files[i].generic_string() << "\n";
  }
  console.out << "next: 'statusc check', then 'statusc generate'\n";
  return 0;
}

}  // namespace statusc
