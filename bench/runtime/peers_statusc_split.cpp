// The same enums in the split layout (enums_split.h declares them,
// enums_split.cpp, compiled into the benchmark, defines them): what a call
// costs when it is not inlined, beside the header-only layout.
#include "enums_split.h"
#include "peers.h"
#include "statusc_wrappers.h"

namespace bench {

void add_statusc_split(std::vector<Machine>& machines) {
  std::size_t i = 0;
#define MACHINE(M, size, length) statusc_peer::add_peer<::bench::enums_split::M>(machines[i++], "statusc_split");
#include "machines.def"
#undef MACHINE
}

}  // namespace bench
