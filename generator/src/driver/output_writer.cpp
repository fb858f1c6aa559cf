#include "driver/output_writer.h"

#include <string_view>
#include <system_error>

#include <unistd.h>

#include "driver/files.h"

namespace fs = std::filesystem;

namespace statusc {

OutputWriter::~OutputWriter() {
  if (!committed_) rollback();
}

bool OutputWriter::make_folder(const fs::path& folder, std::string& failure) {
  if (folder.empty()) return false;  // the working directory
  if (auto it = folders_.find(folder); it != folders_.end()) return it->second;
  std::error_code ec;
  bool made = false;
  if (!fs::is_directory(folder, ec)) {
    make_folder(folder.parent_path(), failure);
    if (!failure.empty()) return false;  // the first folder that could not be made says why
    made = fs::create_directory(folder, ec);
    if (ec) {
      failure = "cannot make the folder " + folder.string() + ": " + ec.message();
      return false;
    }
    if (made) made_.push_back(folder);
  }
  folders_.emplace(folder, made);
  return made;
}

void OutputWriter::stage(const OutputFile& file) {
  Staged staged{file.path, {}, {}};
  bool fresh_folder = false;
  size_t number = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    fresh_folder = make_folder(fs::path(file.path).parent_path(), staged.failure);
    number = temps_++;
  }
  if (staged.failure.empty()) {
    // A folder this run made holds no file to compare with (a clean build's).
    std::optional<std::string> existing;
    if (!fresh_folder) existing = read_bytes(file.path);
    if (!existing || *existing != file.bytes) {  // else leave it and its mtime alone: no needless rebuilds
      std::string temp = file.path + ".statusc-tmp-" + std::to_string(::getpid()) + "-" + std::to_string(number);
      if (write_bytes(temp, file.bytes)) {
        staged.temp = std::move(temp);
      } else {
        staged.failure = "cannot write " + temp;
      }
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  staged_.push_back(std::move(staged));
}

bool OutputWriter::commit(const std::vector<OutputFile>& outputs, Workers& workers, WriteSummary& summary,
                          std::string& error) {
  std::map<std::string_view, Staged*> by_path;
  for (Staged& s : staged_) by_path.emplace(s.path, &s);
  std::vector<Staged*> in_order;
  for (const OutputFile& f : outputs) {
    auto it = by_path.find(f.path);
    if (it == by_path.end()) {
      error = "internal error: " + f.path + " was not staged (please report it)";
      return false;  // the destructor rolls back
    }
    // A file that could not be staged fails the run before any rename.
    if (!it->second->failure.empty()) {
      error = it->second->failure;
      return false;
    }
    in_order.push_back(it->second);
  }
  summary.files.assign(outputs.size(), {});
  std::vector<std::string> failures(outputs.size());
  workers.for_each(outputs.size(), [&](size_t, size_t i) {
    Staged& s = *in_order[i];
    summary.files[i] = {s.path, false};
    if (s.temp.empty()) return;  // it already had these bytes
    std::error_code ec;
    fs::rename(s.temp, s.path, ec);
    if (ec) {
      // Only here can a run end with some files replaced: a rename fails
      // when the target turned into a folder, or the disk went read-only.
      failures[i] = "cannot rename " + s.temp + " to " + s.path + ": " + ec.message();
      return;  // rollback() below removes the temporary file
    }
    summary.files[i].written = true;
    s.temp.clear();
  });
  committed_ = true;
  rollback();  // the temporary files of failed renames, and any not among the outputs
  for (const std::string& failure : failures)
    if (!failure.empty()) {
      error = failure;
      return false;
    }
  return true;
}

void OutputWriter::rollback() {
  std::error_code ec;
  for (Staged& s : staged_)
    if (!s.temp.empty()) {
      fs::remove(s.temp, ec);
      s.temp.clear();
    }
  if (committed_) return;  // the folders hold the files now
  for (auto it = made_.rbegin(); it != made_.rend(); ++it) fs::remove(*it, ec);  // empty ones only
  made_.clear();
}

}  // namespace statusc
