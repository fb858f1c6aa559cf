#pragma once
// Writing generated files so that a failed run leaves no file of its own
// behind (internal to driver/).
//
// Each file is staged as soon as its target is rendered, on the thread that
// rendered it: its folder made, its bytes compared with the file there and,
// when they differ, written to a temporary file beside it. commit() then
// renames every staged file over its target. Until then no file a reader
// or build system looks at has changed (only temporary `*.statusc-tmp-*`
// files come and go beside them), and rollback() (or the destructor)
// removes the temporary files and the folders staging made. A file that
// could not be staged fails the run before any rename; only a rename that
// fails (a folder where the file goes, a disk gone read-only) leaves the
// others replaced. Making folders and files is most of the cost of writing
// (ext4 creates an inode for each), and staging lets it overlap the
// rendering of the other targets.

#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "driver/workers.h"
#include "emit/emitter.h"

namespace statusc {

struct WriteSummary {
  struct File {
    std::string path;
    bool written = false;  // false: it already had these bytes and was left alone
  };
  std::vector<File> files;  // in the order of the outputs
  size_t written_count() const {
    size_t n = 0;
    for (const File& f : files) n += f.written ? 1 : 0;
    return n;
  }
};

class OutputWriter {
 public:
  OutputWriter() = default;
  ~OutputWriter();  // rolls back what was staged and not committed
  OutputWriter(const OutputWriter&) = delete;
  OutputWriter& operator=(const OutputWriter&) = delete;

  // Stages `file` (its path final). Safe from several threads at once; a
  // failure is kept for commit() to report.
  void stage(const OutputFile& file);

  // Renames each of `outputs` (all staged) over its target, on every
  // worker, and fills `summary` in their order. When a file could not be
  // staged, renames none. On failures, `error` says the first in that order
  // and the result is false.
  bool commit(const std::vector<OutputFile>& outputs, Workers& workers, WriteSummary& summary, std::string& error);

  // Removes the temporary files and the folders that staging made.
  void rollback();

 private:
  struct Staged {
    std::string path;
    std::string temp;     // empty when the file already has these bytes
    std::string failure;  // why it could not be staged
  };
  // Makes `folder` and any missing parent, remembering each it made; true
  // when `folder` itself is new (so it holds no file to compare with).
  bool make_folder(const std::filesystem::path& folder, std::string& failure);

  std::mutex mutex_;
  std::vector<Staged> staged_;
  std::map<std::filesystem::path, bool> folders_;  // folder -> made by this run
  std::vector<std::filesystem::path> made_;        // in the order made
  size_t temps_ = 0;                               // names each temporary file
  bool committed_ = false;
};

}  // namespace statusc
