// statusc's generated C++ against its peers, in one binary and one run:
// cross-check every implementation, then time them and print ratio tables.
// Exits 1 when two implementations disagree.
//
//   build-bench/bench/statusc_runtime_bench [--benchmark_min_time=0.05] [--benchmark_filter=parse/hits]
#include <benchmark/benchmark.h>

#include <cstdio>

#include "crosscheck.h"
#include "peers.h"
#include "ratio_reporter.h"
#include "register.h"

int main(int argc, char** argv) {
  std::vector<bench::Machine> machines = bench::statusc_machines();
  bench::add_statusc_split(machines);
  bench::add_gperf(machines);
  bench::add_protobuf(machines);
  bench::add_std(machines);
  if (bench::cross_check(machines) != 0) return 1;

  // A short default run; any --benchmark_min_time given later wins.
  std::vector<char*> args(argv, argv + argc);
  char default_min_time[] = "--benchmark_min_time=0.05";
  args.insert(args.begin() + 1, default_min_time);
  int count = static_cast<int>(args.size());
  benchmark::Initialize(&count, args.data());
  if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 2;

  bench::register_parse(machines);
  bench::register_ops(machines);
  bench::RatioReporter reporter(machines);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
