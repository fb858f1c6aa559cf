#include "crosscheck.h"

#include <cstdio>
#include <map>

#include "alloc_count.h"
#include "inputs.h"

namespace bench {
namespace {

int reference_parse(const Machine& m, const std::string& s) {
  for (std::size_t i = 0; i < m.names.size(); ++i) {
    if (m.names[i] == s) return static_cast<int>(i + 1);
  }
  return 0;
}

// Every benchmark input, plus every name, its prefixes and extensions,
// upper-cased and with a NUL appended.
std::vector<std::string> check_inputs(const Machine& m) {
  std::vector<std::string> in;
  for (const Mix mix : kMixes) {
    for (std::string& s : parse_inputs(m, mix)) in.push_back(std::move(s));
  }
  for (const std::string& name : m.names) {
    in.push_back(name);
    for (std::size_t k = 0; k < name.size(); ++k) in.push_back(name.substr(0, k));
    in.push_back(name + "_");
    in.push_back(name + std::string(1, '\0'));
    std::string upper = name;
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    in.push_back(upper);
  }
  in.push_back(std::string(1000, 'a'));
  return in;
}

int fail(const Machine& m, const std::string& impl, const std::string& what) {
  std::fprintf(stderr, "cross-check: %s, %s: %s\n", m.name.c_str(), impl.c_str(), what.c_str());
  return 1;
}

}  // namespace

int cross_check(const std::vector<Machine>& machines) {
  int failures = 0;
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> allocs;  // impl -> (allocations, calls)
  std::vector<std::string> impl_order;
  for (const Machine& m : machines) {
    const std::vector<std::string> in = check_inputs(m);
    std::vector<int> expected(in.size());
    for (std::size_t k = 0; k < in.size(); ++k) expected[k] = reference_parse(m, in[k]);
    for (const ParseImpl& p : m.parse) {
      if (allocs.find(p.name) == allocs.end()) impl_order.push_back(p.name);
      const std::uint64_t before = allocations();
      std::size_t wrong = 0;
      std::string first_wrong;
      for (std::size_t k = 0; k < in.size(); ++k) {
        if (p.fn(in[k]) != expected[k] && wrong++ == 0) first_wrong = in[k];
      }
      auto& a = allocs[p.name];
      a.first += allocations() - before;
      a.second += in.size();
      if (wrong != 0) {
        failures += fail(m, p.name, "parse disagrees on " + std::to_string(wrong) + " inputs, first '" + first_wrong + "'");
      }
    }
    const OpsImpl& ref = m.ops.front();
    const std::int64_t sum = static_cast<std::int64_t>(m.size) * (m.size + 1) / 2;
    for (const OpsImpl& o : m.ops) {
      for (std::int32_t n = 1; n <= m.size; ++n) {
        if (o.to_string && o.to_string(n) != m.names[static_cast<std::size_t>(n - 1)]) {
          failures += fail(m, o.name, "to_string(" + std::to_string(n) + ")");
        }
        for (int p = 0; p < kPredicateCount; ++p) {
          if (o.predicates[p] && o.predicates[p](n) != ref.predicates[p](n)) {
            failures += fail(m, o.name, std::string(kPredicates[p]) + "(" + std::to_string(n) + ")");
          }
        }
        for (std::int32_t t = 1; o.can_transition && t <= m.size; ++t) {
          if (o.can_transition(n, t) != ref.can_transition(n, t)) {
            failures += fail(m, o.name, "can_transition(" + std::to_string(n) + ", " + std::to_string(t) + ")");
          }
        }
      }
      if (o.iterate && o.iterate() != sum) failures += fail(m, o.name, "iterate");
    }
  }
  std::printf("Cross-check: %zu machines, every implementation %s.\n\n", machines.size(),
              failures == 0 ? "gives the same answers" : "DOES NOT give the same answers");
  std::printf("Heap allocations per parse call (all check inputs of all machines):\n\n");
  std::printf("| implementation | allocations per call |\n|---|---:|\n");
  for (const std::string& impl : impl_order) {
    const auto& a = allocs[impl];
    std::printf("| %s | %.3f |\n", impl.c_str(), static_cast<double>(a.first) / static_cast<double>(a.second));
  }
  std::printf("\n");
  return failures;
}

}  // namespace bench
