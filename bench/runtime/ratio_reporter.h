// A Google Benchmark reporter that keeps the time of every case and, at the
// end, prints Markdown tables of ratios: statusc's time divided by each
// peer's (below 1: statusc is faster).
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

#include "peers.h"

namespace bench {

class RatioReporter : public benchmark::BenchmarkReporter {
 public:
  explicit RatioReporter(const std::vector<Machine>& machines) : machines_(machines) {}
  bool ReportContext(const Context& context) override;
  void ReportRuns(const std::vector<Run>& runs) override;
  void Finalize() override;

 private:
  double ns(const std::string& name) const;  // < 0 when that case did not run
  void parse_tables() const;
  void ops_table() const;
  void targets() const;

  const std::vector<Machine>& machines_;
  std::map<std::string, double> ns_;  // case name -> best ns per call
};

}  // namespace bench
