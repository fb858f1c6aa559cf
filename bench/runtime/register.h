// Registration of the Google Benchmark cases, one file per subject.
#pragma once

#include <vector>

#include "peers.h"

namespace bench {

void register_parse(const std::vector<Machine>& machines);  // bench_parse.cpp
void register_ops(const std::vector<Machine>& machines);    // bench_ops.cpp

}  // namespace bench
