// The implementations the runtime benchmark compares, behind one set of
// function types. Every implementation is a BENCH_WRAPPER function (never
// inlined into the timing loop, so every peer pays the same call), with the
// same signature per operation: states travel as their wire number, parse
// answers a wire number or 0 when no state has the name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#define BENCH_WRAPPER __attribute__((noinline))

namespace bench {

// Makes the compiler materialise x, so a loop over constant data cannot be
// folded into its result at compile time. Every iteration benchmark uses it.
template <typename T>
inline void keep(T& x) {
  asm volatile("" : "+r"(x));
}

using ParseFn = int (*)(const std::string& name);
using NameFn = std::string_view (*)(std::int32_t state);
using PredicateFn = bool (*)(std::int32_t state);
using TransitionFn = bool (*)(std::int32_t from, std::int32_t to);
using IterateFn = std::int64_t (*)();  // the sum of every state's wire number

// The predicates every machine of enums.yaml has, in this order.
inline constexpr const char* kPredicates[] = {"is_initial", "is_terminal", "is_flag0", "is_flag1"};
inline constexpr int kPredicateCount = 4;

struct ParseImpl {
  std::string name;  // "statusc", "gperf", ...
  ParseFn fn;
};

// One implementation of the per-state operations; nullptr where the peer
// has no such operation (protobuf has no predicates or transitions).
struct OpsImpl {
  std::string name;
  NameFn to_string = nullptr;
  PredicateFn predicates[kPredicateCount] = {};
  TransitionFn can_transition = nullptr;
  IterateFn iterate = nullptr;
};

struct Machine {
  std::string name;    // Enum32Medium
  int size = 0;        // number of states
  std::string length;  // short, medium, long
  std::vector<std::string> names;  // names[i] is the state with wire number i + 1
  std::vector<ParseImpl> parse;    // statusc first
  std::vector<OpsImpl> ops;        // statusc first
};

// The machines of machines.def, with statusc's implementations and names.
std::vector<Machine> statusc_machines();
// Each adds its implementations to every machine, in machines.def order.
void add_statusc_split(std::vector<Machine>& machines);
void add_gperf(std::vector<Machine>& machines);
void add_protobuf(std::vector<Machine>& machines);
void add_std(std::vector<Machine>& machines);  // unordered_map, linear scan, hand-written switch

}  // namespace bench
