// parse (string -> state): every implementation of every machine on every
// input mix. Benchmark names: parse/<mix>/<machine>/<implementation>.
#include <benchmark/benchmark.h>

#include <memory>

#include "inputs.h"
#include "register.h"

namespace bench {

void register_parse(const std::vector<Machine>& machines) {
  for (const Mix mix : kMixes) {
    for (const Machine& m : machines) {
      auto in = std::make_shared<const std::vector<std::string>>(parse_inputs(m, mix));
      for (const ParseImpl& p : m.parse) {
        const std::string name = std::string("parse/") + mix_name(mix) + "/" + m.name + "/" + p.name;
        benchmark::RegisterBenchmark(name.c_str(), [in, fn = p.fn](benchmark::State& state) {
          const std::string* data = in->data();
          std::size_t i = 0;
          for (auto _ : state) benchmark::DoNotOptimize(fn(data[i++ & (kInputs - 1)]));
          state.SetItemsProcessed(state.iterations());
        });
      }
    }
  }
}

}  // namespace bench
