#include "driver/git.h"

#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

extern char** environ;

namespace statusc {
namespace {

struct Run {
  int status = -1;  // exit status, or -1 when git could not be started
  std::string out, err;
};

// Runs `git args...`, collecting stdout and stderr (both drained together,
// so neither pipe can fill up and stall git).
Run run_git(const std::vector<std::string>& args) {
  Run run;
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0) return run;
  if (pipe(err_pipe) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
  std::vector<char*> argv;
  std::string git = "git";
  argv.push_back(git.data());
  std::vector<std::string> owned = args;
  for (std::string& a : owned) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (spawned != 0) {
    close(out_pipe[0]);
    close(err_pipe[0]);
    run.err = std::string("cannot run git: ") + std::strerror(spawned);
    return run;
  }
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&run.out, &run.err};
  int open_count = 2;
  char buffer[65536];
  while (open_count > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int k = 0; k < 2; ++k) {
      if (fds[k].fd < 0 || (fds[k].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      ssize_t n = read(fds[k].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[k]->append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[k].fd);
        fds[k].fd = -1;
        --open_count;
      }
    }
  }
  for (pollfd& f : fds)
    if (f.fd >= 0) close(f.fd);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  if (line.rfind("fatal: ", 0) == 0) line.erase(0, 7);
  return line;
}

}  // namespace

std::optional<GitFile> read_at_revision(const std::string& path, const std::string& ref, std::string& error) {
  std::filesystem::path p(path);
  std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  // `REV:./NAME` is NAME relative to the directory git runs in (-C).
  std::string object = ref + ":./" + p.filename().string();
  Run commit = run_git({"-C", dir, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"});
  if (commit.status != 0) {
    if (commit.status < 0 && !commit.err.empty()) error = commit.err;
    else if (!commit.err.empty()) error = first_line(commit.err);
    else error = "'" + ref + "' is not a commit of the git repository at " + dir;
    return std::nullopt;
  }
  if (run_git({"-C", dir, "cat-file", "-e", object}).status != 0) return GitFile{false, {}};
  Run blob = run_git({"-C", dir, "cat-file", "blob", object});
  if (blob.status != 0) {
    error = blob.err.empty() ? "git cat-file failed for " + object : first_line(blob.err);
    return std::nullopt;
  }
  return GitFile{true, std::move(blob.out)};
}

}  // namespace statusc
