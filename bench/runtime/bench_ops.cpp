// to_string, each predicate, can_transition and iteration over all values,
// on random valid states. Benchmark names: <operation>/<machine>/<implementation>.
// Name length does not matter here, so only the machines with medium names run.
#include <benchmark/benchmark.h>

#include <memory>

#include "inputs.h"
#include "register.h"

namespace bench {
namespace {

using States = std::shared_ptr<const std::vector<std::int32_t>>;

template <typename Fn>
void unary(const std::string& name, const States& in, Fn fn) {
  benchmark::RegisterBenchmark(name.c_str(), [in, fn](benchmark::State& state) {
    const std::int32_t* data = in->data();
    std::size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(fn(data[i++ & (kInputs - 1)]));
    state.SetItemsProcessed(state.iterations());
  });
}

}  // namespace

void register_ops(const std::vector<Machine>& machines) {
  for (const Machine& m : machines) {
    if (m.length != "medium") continue;
    const States from = std::make_shared<const std::vector<std::int32_t>>(state_inputs(m, 1));
    const States to = std::make_shared<const std::vector<std::int32_t>>(state_inputs(m, 2));
    for (const OpsImpl& o : m.ops) {
      const std::string suffix = "/" + m.name + "/" + o.name;
      if (o.to_string) unary("to_string" + suffix, from, o.to_string);
      for (int p = 0; p < kPredicateCount; ++p) {
        if (o.predicates[p]) unary(kPredicates[p] + suffix, from, o.predicates[p]);
      }
      if (o.can_transition) {
        benchmark::RegisterBenchmark(("can_transition" + suffix).c_str(), [from, to, fn = o.can_transition](benchmark::State& state) {
          const std::int32_t* a = from->data();
          const std::int32_t* b = to->data();
          std::size_t i = 0;
          for (auto _ : state) {
            benchmark::DoNotOptimize(fn(a[i & (kInputs - 1)], b[i & (kInputs - 1)]));
            ++i;
          }
          state.SetItemsProcessed(state.iterations());
        });
      }
      if (o.iterate) {
        benchmark::RegisterBenchmark(("iterate" + suffix).c_str(), [fn = o.iterate](benchmark::State& state) {
          for (auto _ : state) benchmark::DoNotOptimize(fn());
          state.SetItemsProcessed(state.iterations());
        });
      }
    }
  }
}

}  // namespace bench
