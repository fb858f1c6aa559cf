// protobuf 3.21's generated enum helpers for the same names and numbers:
// full.proto (descriptor-based X_Parse / X_Name) and lite.proto
// (LITE_RUNTIME: sorted tables). Each enum is nested in a message named
// after the machine, so its helpers are M::V_Parse, M::V_Name, ...
//
// X_Parse takes a const std::string&; the inputs are std::strings already,
// so protobuf is not charged for building one.
#include "full.pb.h"
#include "lite.pb.h"
#include "peers.h"

namespace bench {
namespace {

template <typename Message>
BENCH_WRAPPER int parse(const std::string& name) {
  typename Message::V value;
  return Message::V_Parse(name, &value) ? static_cast<int>(value) : 0;
}

template <typename Message>
BENCH_WRAPPER std::string_view name(std::int32_t state) {
  return Message::V_Name(static_cast<typename Message::V>(state));
}

// Full runtime: the descriptor lists the values.
template <typename Message>
BENCH_WRAPPER std::int64_t iterate_descriptor() {
  const auto* descriptor = Message::V_descriptor();
  std::int64_t sum = 0;
  for (int i = 0; i < descriptor->value_count(); ++i) {
    std::int64_t n = descriptor->value(i)->number();
    keep(n);
    sum += n;
  }
  return sum;
}

// Lite runtime: the numbers from V_MIN to V_MAX that V_IsValid accepts.
template <typename Message>
BENCH_WRAPPER std::int64_t iterate_range() {
  std::int64_t sum = 0;
  for (int n = Message::V_MIN; n <= Message::V_MAX; ++n) {
    if (Message::V_IsValid(n)) {
      std::int64_t k = n;
      keep(k);
      sum += k;
    }
  }
  return sum;
}

template <typename Message>
OpsImpl ops(const char* impl_name, IterateFn iterate) {
  OpsImpl o;
  o.name = impl_name;
  o.to_string = &name<Message>;
  o.iterate = iterate;
  return o;
}

}  // namespace

void add_protobuf(std::vector<Machine>& machines) {
  std::size_t i = 0;
#define MACHINE(M, size, length)                                                               \
  machines[i].parse.push_back({"protobuf_lite", &parse<::bench::lite::M>});                    \
  machines[i].parse.push_back({"protobuf_full", &parse<::bench::full::M>});                    \
  machines[i].ops.push_back(ops<::bench::full::M>("protobuf_full", &iterate_descriptor<::bench::full::M>)); \
  machines[i].ops.push_back(ops<::bench::lite::M>("protobuf_lite", &iterate_range<::bench::lite::M>));      \
  ++i;
#include "machines.def"
#undef MACHINE
}

}  // namespace bench
