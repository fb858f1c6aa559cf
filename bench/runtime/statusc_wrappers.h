// The benchmark's wrappers around statusc's generated API, for any machine
// type E: the header-only layout (peers_statusc.cpp, enums.h) and the split
// layout (peers_statusc_split.cpp, enums_split.h) go through the same code.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "peers.h"

namespace bench::statusc_peer {

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

// The machine's names, and its parse and operations under `peer`.
template <typename E>
void add_peer(Machine& m, const char* peer) {
  if (m.names.empty())
    for (const E state : statusc::machine_traits<E>::values) m.names.emplace_back(to_string(state));
  m.parse.push_back({peer, &parse<E>});
  OpsImpl ops;
  ops.name = peer;
  ops.to_string = &name<E>;
  ops.predicates[0] = &initial<E>;
  ops.predicates[1] = &terminal<E>;
  ops.predicates[2] = &flag0<E>;
  ops.predicates[3] = &flag1<E>;
  ops.can_transition = &transition<E>;
  ops.iterate = &iterate<E>;
  m.ops.push_back(ops);
}

}  // namespace bench::statusc_peer
