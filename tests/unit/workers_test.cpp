// driver/workers.h: the threads `statusc generate` renders and writes on.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
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
    // Catch2's assertions are not thread-safe: the tasks record, the test
    // thread checks.
    Workers workers(threads);
    std::vector<int> made;  // written by the started task, read by the items
    std::atomic<size_t> started_on{~size_t{0}};
    workers.start([&](size_t worker) {
      started_on = worker;
      for (int i = 0; i < 100; ++i) made.push_back(i);
    });
    std::atomic<int> complete{0};
    workers.for_each(50, [&](size_t, size_t i) {
      if (made.size() == 100 && made[i] == static_cast<int>(i)) complete.fetch_add(1);
    });
    CHECK(started_on.load() < workers.size());
    CHECK(complete.load() == 50);
    std::vector<int> doubled(100);
    workers.for_each(100, [&](size_t, size_t i) { doubled[i] = made[i] * 2; });
    std::atomic<int> right{0};
    workers.for_each(100, [&](size_t, size_t i) {
      if (doubled[i] == static_cast<int>(i) * 2) right.fetch_add(1);
    });
    CHECK(right.load() == 100);
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

TEST_CASE("an exception in a task comes out of for_each or wait once every thread is idle", "[workers]") {
  for (size_t threads : {1u, 2u, 3u}) {
    Workers workers(threads);
    std::atomic<int> done{0};
    CHECK_THROWS_WITH(workers.for_each(200,
                                       [&](size_t, size_t i) {
                                         if (i == 7) throw std::runtime_error("item 7");
                                         done.fetch_add(1);
                                       }),
                      "item 7");
    CHECK(done.load() > 0);
    CHECK(done.load() < 200);
    // The pool still works afterwards, and a started task's exception
    // comes out of the next wait().
    std::atomic<int> again{0};
    workers.for_each(10, [&](size_t, size_t) { again.fetch_add(1); });
    CHECK(again.load() == 10);
    workers.start([](size_t) { throw std::runtime_error("started"); });
    CHECK_THROWS_WITH(workers.wait(), "started");
    workers.wait();  // rethrown once
  }
}
