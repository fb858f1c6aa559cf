// The replaceable global allocation functions, counting every call. The
// array and nothrow forms default to these; the benchmark is single-threaded.
#include "alloc_count.h"

#include <cstdlib>
#include <new>

namespace {
std::uint64_t g_allocations = 0;
}

namespace bench {
std::uint64_t allocations() { return g_allocations; }
}  // namespace bench

void* operator new(std::size_t size) {
  ++g_allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}

void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
