// statusc's generated code (enums.h, generated at build time from
// enums.yaml by the statusc just built), through the same wrappers as the
// peers.
#include "enums.h"
#include "peers.h"

namespace bench {
namespace {

template <typename E>
BENCH_WRAPPER int parse(const std::string& name) {
  const auto state = statusc::machine_traits<E>::parse(name);
  return state ? static_cast<int>(*state) : 0;
}

template <typename E>
BENCH_WRAPPER std::string_view name(std::int32_t state) {
  return to_string(static_cast<E>(state));
}

template <typename E>
BENCH_WRAPPER bool initial(std::int32_t state) {
  return is_initial(static_cast<E>(state));
}

template <typename E>
BENCH_WRAPPER bool terminal(std::int32_t state) {
  return is_terminal(static_cast<E>(state));
}

template <typename E>
BENCH_WRAPPER bool flag0(std::int32_t state) {
  return is_flag0(static_cast<E>(state));
}

template <typename E>
BENCH_WRAPPER bool flag1(std::int32_t state) {
  return is_flag1(static_cast<E>(state));
}

template <typename E>
BENCH_WRAPPER bool transition(std::int32_t from, std::int32_t to) {
  return can_transition(static_cast<E>(from), static_cast<E>(to));
}

template <typename E>
BENCH_WRAPPER std::int64_t iterate() {
  std::int64_t sum = 0;
  for (const E state : statusc::machine_traits<E>::values) {
    std::int64_t n = to_number(state);
    keep(n);
    sum += n;
  }
  return sum;
}

template <typename E>
Machine machine(const char* machine_name, int size, const char* length) {
  Machine m;
  m.name = machine_name;
  m.size = size;
  m.length = length;
  for (const E state : statusc::machine_traits<E>::values) m.names.emplace_back(to_string(state));
  m.parse.push_back({"statusc", &parse<E>});
  OpsImpl ops;
  ops.name = "statusc";
  ops.to_string = &name<E>;
  ops.predicates[0] = &initial<E>;
  ops.predicates[1] = &terminal<E>;
  ops.predicates[2] = &flag0<E>;
  ops.predicates[3] = &flag1<E>;
  ops.can_transition = &transition<E>;
  ops.iterate = &iterate<E>;
  m.ops.push_back(ops);
  return m;
}

}  // namespace

std::vector<Machine> statusc_machines() {
  std::vector<Machine> machines;
#define MACHINE(M, size, length) machines.push_back(machine<::bench::enums::M>(#M, size, length));
#include "machines.def"
#undef MACHINE
  return machines;
}

}  // namespace bench
