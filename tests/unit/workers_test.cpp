// driver/workers.h: the threads `statusc generate` renders and writes on.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <vector>

#include "driver/workers.h"

using statusc::Workers;

TEST_CASE("for_each calls every item once, each on a worker of the pool", "[workers]") {
  for (size_t threads : {1u, 2u, 4u}) {
    Workers workers(threads);
    REQUIRE(workers.size() >= 1);
    REQUIRE(workers.size() <= threads);
    for (size_t count : {0u, 1u, 3u, 1000u}) {
      std::vector<std::atomic<int>> calls(count);
      std::mutex seen_mutex;
      std::set<size_t> seen_workers;
      workers.for_each(count, [&](size_t worker, size_t i) {
        calls[i].fetch_add(1);
        std::lock_guard<std::mutex> lock(seen_mutex);
        seen_workers.insert(worker);
      });
      for (size_t i = 0; i < count; ++i) CHECK(calls[i].load() == 1);
      for (size_t w : seen_workers) CHECK(w < workers.size());
    }
  }
}

TEST_CASE("for_each waits for what start() began, and later batches see earlier ones", "[workers]") {
  for (size_t threads : {1u, 2u, 3u}) {
    Workers workers(threads);
    std::vector<int> made;  // written by the started task, read by the items
    workers.start([&](size_t worker) {
      CHECK(worker < workers.size());
      for (int i = 0; i < 100; ++i) made.push_back(i);
    });
    std::atomic<int> complete{0};
    workers.for_each(50, [&](size_t, size_t i) {
      if (made.size() == 100 && made[i] == static_cast<int>(i)) complete.fetch_add(1);
    });
    CHECK(complete.load() == 50);
    std::vector<int> doubled(100);
    workers.for_each(100, [&](size_t, size_t i) { doubled[i] = made[i] * 2; });
    workers.for_each(100, [&](size_t, size_t i) { CHECK(doubled[i] == static_cast<int>(i) * 2); });
  }
}

TEST_CASE("a pool that is destroyed with a task running lets it finish", "[workers]") {
  std::atomic<bool> finished{false};
  {
    Workers workers(2);
    workers.start([&](size_t) {
      volatile long sum = 0;
      for (long i = 0; i < 2000000; ++i) sum = sum + i;
      finished = true;
    });
  }
  CHECK(finished.load());
}
