// job_report: reads job states as text (as from a request or a database),
// and uses the code statusc generated from spec/job_state.yaml at build time
// (by the custom_target in meson.build).
//
//   ./job_report running failed bogus
#include <cstdio>
#include <optional>
#include <string_view>

#include "job_state.h"

using example::jobs::JobState;
using example::jobs::JobStateEvent;

// The generated header is constexpr all the way: policy can be checked at
// compile time.
static_assert(example::jobs::can_transition(JobState::Queued, JobState::Running));
static_assert(!example::jobs::can_transition(JobState::Succeeded, JobState::Running));
static_assert(example::jobs::is_retryable(JobState::Failed));

namespace {

void report(std::string_view text) {
  std::optional<JobState> state = example::jobs::parse_job_state(text);
  if (!state) {
    std::printf("%.*s: not a job state\n", static_cast<int>(text.size()), text.data());
    return;
  }
  std::string_view name = example::jobs::to_string(*state);
  std::printf("%.*s (wire number %d): %s%s; next:", static_cast<int>(name.size()), name.data(),
              example::jobs::to_number(*state), example::jobs::is_terminal(*state) ? "finished" : "in progress",
              example::jobs::is_retryable(*state) ? ", can be retried" : "");
  for (JobState next : example::jobs::successors(*state)) {
    std::string_view n = example::jobs::to_string(next);
    std::printf(" %.*s", static_cast<int>(n.size()), n.data());
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1) {
    for (int i = 1; i < argc; ++i) report(argv[i]);
    return 0;
  }
  // Without arguments (as CI runs it): a walk through the lifecycle that
  // fails loudly if the generated code disagrees with the spec.
  int failures = 0;
  auto expect = [&](bool ok, const char* what) {
    if (!ok) {
      std::printf("FAILED: %s\n", what);
      ++failures;
    }
  };
  std::optional<JobState> s = example::jobs::parse_job_state("queued");
  expect(s == JobState::Queued, "parse_job_state(\"queued\")");
  s = example::jobs::next(*s, JobStateEvent::Start);
  expect(s == JobState::Running, "queued --start--> running");
  s = example::jobs::next(*s, JobStateEvent::Fail);
  expect(s == JobState::Failed, "running --fail--> failed");
  expect(example::jobs::is_terminal(*s) && example::jobs::is_retryable(*s), "failed is terminal and retryable");
  expect(example::jobs::next(*s, JobStateEvent::Retry) == JobState::Queued, "failed --retry--> queued");
  expect(!example::jobs::next(JobState::Succeeded, JobStateEvent::Retry), "succeeded cannot retry");
  expect(!example::jobs::parse_job_state("Queued"), "names are case-sensitive");
  expect(!example::jobs::job_state_from_number(99), "an unknown wire number is rejected");
  report("running");
  report("bogus");
  std::printf("%s\n", failures == 0 ? "job_report: all expectations hold" : "job_report: FAILED");
  return failures == 0 ? 0 : 1;
}
