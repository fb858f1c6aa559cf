#pragma once
// A few threads that `statusc generate` keeps from its start to its end.
//
// On a small spec the whole run takes a few milliseconds, and starting a
// thread when the rendering begins cost 0.1 to 2 ms of it (measured): the
// helper often started after the calling thread had rendered everything
// alone. Started first, the helpers are running by the time there is work,
// and they can do work of their own (building the template trees) while the
// calling thread reads the spec.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace statusc {

class Workers {
 public:
  // `threads` counts the calling thread: Workers(1) starts none and runs
  // everything in the caller. Fewer start when the system has none to give.
  explicit Workers(size_t threads);
  ~Workers();
  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;

  // The threads that run tasks, the caller included; `worker` arguments
  // below are < size(), 0 being the caller, so each thread can keep state
  // of its own in a vector of size() entries.
  size_t size() const { return helpers_.size() + 1; }

  // Starts `task` on a helper and returns at once (with no helper, runs it
  // here first). The next wait() or for_each() waits for it.
  void start(std::function<void(size_t worker)> task);

  // Returns once what start() began has ended.
  void wait();

  // Calls task(worker, i) once for every i < count, on every thread, and
  // returns when all calls have returned. Calls are taken in order of i.
  //
  // An exception a task throws is rethrown by wait() or for_each() once
  // every thread is idle (the first one; the thread that caught it takes
  // no more items). A task must not call wait() or for_each() itself.
  void for_each(size_t count, const std::function<void(size_t worker, size_t i)>& task);

 private:
  void serve(size_t worker);
  // Runs the task at the queue's front; `lock` is held on entry and exit.
  void run_queued(std::unique_lock<std::mutex>& lock, size_t worker);
  void run(const std::function<void(size_t)>& task, size_t worker) noexcept;
  void wait_until_idle(std::unique_lock<std::mutex>& lock);
  void rethrow_failure(std::unique_lock<std::mutex>& lock);

  std::mutex mutex_;
  std::condition_variable work_ready_;  // a task was queued, or stopping
  std::condition_variable all_done_;    // queued and running tasks reached zero
  std::deque<std::function<void(size_t)>> queue_;
  size_t unfinished_ = 0;  // queued or running
  bool stopping_ = false;
  std::exception_ptr failure_;  // the first a task threw, until rethrown
  std::vector<std::thread> helpers_;
};

}  // namespace statusc
