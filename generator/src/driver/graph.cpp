// `statusc graph FILE [--machine NAME] --format mermaid|dot`
#include <ostream>

#include "driver/driver.h"
#include "driver/files.h"
#include "emit/graph.h"
#include "util/suggest.h"

namespace statusc {

int run_graph(const GraphOptions& options, const Console& console) {
  DiagnosticEngine diags;
  LoadedSpecs loaded = load_specs({options.file}, diags);
  if (int code = report(diags, console, loaded.io_error); code != 0) return code;
  if (loaded.valid.empty()) return 1;  // unreachable: a spec without a model has an error
  const Spec* spec = &loaded.valid.front().second;

  std::vector<const Machine*> machines;
  for (const Machine& m : spec->machines)
    if (options.machine.empty() || m.name == options.machine) machines.push_back(&m);
  if (machines.empty()) {
    std::vector<std::string> names;
    for (const Machine& m : spec->machines) names.push_back(m.name);
    console.err << "statusc: error: no machine '" << options.machine << "' in " << options.file
                << did_you_mean(options.machine, names) << "\n";
    return 2;
  }
  bool first = true;
  for (const Machine* m : machines) {
    if (!first) console.out << "\n";
    first = false;
    if (options.format == "dot") {
      console.out << graph::dot(*m);
    } else {
      if (machines.size() > 1) console.out << "%% " << m->name << "\n";
      console.out << graph::mermaid(*m);
    }
  }
  return 0;
}

}  // namespace statusc
