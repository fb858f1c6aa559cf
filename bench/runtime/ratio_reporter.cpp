#include "ratio_reporter.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "inputs.h"

namespace bench {
namespace {

// statusc_split: the same enums in the split layout (one call, not inlined).
const char* kParsePeers[] = {"statusc_split", "gperf", "protobuf_lite", "protobuf_full", "unordered_map", "linear"};
const char* kOpsPeers[] = {"statusc_split", "switch", "protobuf_full", "protobuf_lite"};
const char* kOps[] = {"to_string", "is_initial", "is_terminal", "is_flag0", "is_flag1", "can_transition", "iterate"};

std::string cell(double statusc, double peer) {
  if (statusc < 0 || peer <= 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", statusc / peer);
  return buf;
}

}  // namespace

bool RatioReporter::ReportContext(const Context& context) {
  PrintBasicContext(&std::cerr, context);
  std::cerr << "One dot per case:\n";
  return true;
}

void RatioReporter::ReportRuns(const std::vector<Run>& runs) {
  for (const Run& run : runs) {
    if (run.error_occurred || run.run_type != Run::RT_Iteration) continue;
    // Time per call in ns (every case runs in the default unit, ns); the best
    // of repetitions when --benchmark_repetitions is given.
    const double t = run.GetAdjustedRealTime();
    auto [it, fresh] = ns_.emplace(run.benchmark_name(), t);
    if (!fresh) it->second = std::min(it->second, t);
  }
  std::cerr << '.' << std::flush;
}

double RatioReporter::ns(const std::string& name) const {
  const auto it = ns_.find(name);
  return it == ns_.end() ? -1 : it->second;
}

void RatioReporter::parse_tables() const {
  for (const Mix mix : kMixes) {
    std::printf("\n### parse, %s\n\nstatusc's time per call, and statusc's time / the peer's (below 1: statusc is faster).\n\n",
                mix_name(mix));
    std::printf("| states | names | statusc ns |");
    for (const char* p : kParsePeers) std::printf(" / %s |", p);
    std::printf("\n|---:|---|---:|");
    for (std::size_t k = 0; k < std::size(kParsePeers); ++k) std::printf("---:|");
    std::printf("\n");
    for (const Machine& m : machines_) {
      const std::string base = std::string("parse/") + mix_name(mix) + "/" + m.name + "/";
      const double s = ns(base + "statusc");
      if (s < 0) continue;
      std::printf("| %d | %s | %.2f |", m.size, m.length.c_str(), s);
      for (const char* p : kParsePeers) std::printf(" %s |", cell(s, ns(base + p)).c_str());
      std::printf("\n");
    }
  }
}

void RatioReporter::ops_table() const {
  std::printf("\n### to_string, predicates, can_transition, iteration\n\n"
              "Random valid states; statusc's time per call, and statusc's time / the peer's.\n\n");
  std::printf("| operation | states | statusc ns |");
  for (const char* p : kOpsPeers) std::printf(" / %s |", p);
  std::printf("\n|---|---:|---:|");
  for (std::size_t k = 0; k < std::size(kOpsPeers); ++k) std::printf("---:|");
  std::printf("\n");
  for (const char* op : kOps) {
    for (const Machine& m : machines_) {
      const std::string base = std::string(op) + "/" + m.name + "/";
      const double s = ns(base + "statusc");
      if (s < 0) continue;
      std::printf("| %s | %d | %.2f |", op, m.size, s);
      for (const char* p : kOpsPeers) std::printf(" %s |", cell(s, ns(base + p)).c_str());
      std::printf("\n");
    }
  }
}

void RatioReporter::targets() const {
  double worst_gperf = 0, worst_protobuf = 0;
  std::string at_gperf, at_protobuf;
  for (const Mix mix : {Mix::Hits, Mix::NearMisses}) {
    for (const Machine& m : machines_) {
      const std::string base = std::string("parse/") + mix_name(mix) + "/" + m.name + "/";
      const double s = ns(base + "statusc");
      if (s < 0) continue;
      const double g = s / ns(base + "gperf");
      if (g > worst_gperf) worst_gperf = g, at_gperf = base + "gperf";
      for (const char* p : {"protobuf_lite", "protobuf_full"}) {
        const double r = s / ns(base + p);
        if (r > worst_protobuf) worst_protobuf = r, at_protobuf = base + p;
      }
    }
  }
  if (at_gperf.empty()) return;
  std::printf("\n### Targets\n\n| target | worst case | measured | |\n|---|---|---:|---|\n");
  std::printf("| parse / gperf <= 0.9 (hits, near misses) | %s | %.2f | %s |\n", at_gperf.c_str(), worst_gperf,
              worst_gperf <= 0.9 ? "met" : "MISSED");
  std::printf("| parse / protobuf <= 0.1 | %s | %.3f | %s |\n", at_protobuf.c_str(), worst_protobuf,
              worst_protobuf <= 0.1 ? "met" : "MISSED");
}

void RatioReporter::Finalize() {
  std::cerr << "\n";
  std::printf("## Runtime benchmark (bench/runtime)\n");
  parse_tables();
  ops_table();
  targets();
  std::fflush(stdout);
}

}  // namespace bench
