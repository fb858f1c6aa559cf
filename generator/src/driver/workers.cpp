#include "driver/workers.h"

#include <algorithm>
#include <atomic>
#include <system_error>

namespace statusc {

Workers::Workers(size_t threads) {
  helpers_.reserve(threads);  // emplace_back can then only fail to start a thread
  for (size_t w = 1; w < threads; ++w) {
    try {
      helpers_.emplace_back([this, w] { serve(w); });
    } catch (const std::system_error&) {
      break;  // no thread to be had: those started (and the caller) do the work
    }
  }
}

Workers::~Workers() {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    wait_until_idle(lock);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& t : helpers_) t.join();
}

void Workers::serve(size_t worker) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    work_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and nothing left
    run_queued(lock, worker);
  }
}

void Workers::run_queued(std::unique_lock<std::mutex>& lock, size_t worker) {
  std::function<void(size_t)> task = std::move(queue_.front());
  queue_.pop_front();
  lock.unlock();
  run(task, worker);
  lock.lock();
  if (--unfinished_ == 0) all_done_.notify_all();
}

void Workers::run(const std::function<void(size_t)>& task, size_t worker) noexcept {
  try {
    task(worker);
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!failure_) failure_ = std::current_exception();
  }
}

void Workers::rethrow_failure(std::unique_lock<std::mutex>& lock) {
  if (!failure_) return;
  std::exception_ptr failure = std::move(failure_);
  failure_ = nullptr;
  lock.unlock();
  std::rethrow_exception(failure);
}

void Workers::wait_until_idle(std::unique_lock<std::mutex>& lock) {
  all_done_.wait(lock, [this] { return unfinished_ == 0; });
}

void Workers::start(std::function<void(size_t worker)> task) {
  if (helpers_.empty()) {
    run(task, 0);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(std::move(task));
    ++unfinished_;
  }
  work_ready_.notify_one();
}

void Workers::wait() {
  // A task no helper has taken yet is run here: a new thread may wait for a
  // core until this one blocks.
  std::unique_lock<std::mutex> lock(mutex_);
  while (!queue_.empty()) run_queued(lock, 0);
  wait_until_idle(lock);
  rethrow_failure(lock);
}

void Workers::for_each(size_t count, const std::function<void(size_t worker, size_t i)>& task) {
  std::atomic<size_t> next{0};
  auto take_items = [&](size_t worker) {
    for (size_t i; (i = next.fetch_add(1)) < count;) task(worker, i);
  };
  wait();  // what start() began may use state that the items use too
  {
    std::unique_lock<std::mutex> lock(mutex_);
    const size_t joining = std::min(helpers_.size(), count > 0 ? count - 1 : 0);
    for (size_t h = 0; h < joining; ++h) queue_.push_back(take_items);
    unfinished_ += joining;
  }
  work_ready_.notify_all();
  run(take_items, 0);
  std::unique_lock<std::mutex> lock(mutex_);
  wait_until_idle(lock);  // the helpers' items refer to this frame's locals
  rethrow_failure(lock);
}

}  // namespace statusc
