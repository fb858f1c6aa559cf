// statusc's generated code (enums.h, generated at build time from
// enums.yaml by the statusc just built, in the default header-only layout),
// through the same wrappers as the peers.
#include "enums.h"
#include "peers.h"
#include "statusc_wrappers.h"

namespace bench {

std::vector<Machine> statusc_machines() {
  std::vector<Machine> machines;
#define MACHINE(M, states, name_length)                                     \
  machines.emplace_back();                                                 \
  machines.back().name = #M;                                               \
  machines.back().size = states;                                           \
  machines.back().length = name_length;                                    \
  statusc_peer::add_peer<::bench::enums::M>(machines.back(), "statusc");
#include "machines.def"
#undef MACHINE
  return machines;
}

}  // namespace bench
