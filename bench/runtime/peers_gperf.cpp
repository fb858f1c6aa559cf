// gperf 3.1: a perfect hash generated from <Machine>.gperf for the same
// names (%compare-lengths, so keys are compared with memcmp and need no NUL).
// gperf's headers define non-inline functions: include them only here.
#include <cstddef>
#include <cstring>

#include "peers.h"

#include "gperf_all.h"  // generated: includes every <Machine>_gperf.h

namespace bench {
namespace {

template <typename Gperf>
BENCH_WRAPPER int parse(const std::string& name) {
  const auto* entry = Gperf::find(name.data(), name.size());
  return entry ? entry->number : 0;
}

}  // namespace

void add_gperf(std::vector<Machine>& machines) {
  std::size_t i = 0;
#define MACHINE(M, size, length) machines[i++].parse.push_back({"gperf", &parse<M##Gperf>});
#include "machines.def"
#undef MACHINE
}

}  // namespace bench
