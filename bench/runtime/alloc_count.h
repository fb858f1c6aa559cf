// Counts heap allocations: alloc_count.cpp replaces the global operator new.
#pragma once

#include <cstdint>

namespace bench {

std::uint64_t allocations();  // operator new calls so far

}  // namespace bench
