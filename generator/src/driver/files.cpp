#include "driver/files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parse/yaml_tree.h"

namespace statusc {
namespace {

// A diagnostic about a file as a whole: the location names the file only.
Location whole_file(const SourceFile* file) {
  Location loc;
  loc.file = file;
  return loc;
}

}  // namespace

ReadResult read_spec_file(const std::string& path, DiagnosticEngine& diags) {
  auto fail = [&](DiagKind kind, const std::string& message) {
    ReadResult result{std::make_unique<SourceFile>(path, std::string()), false};
    diags.report(kind, whole_file(result.file.get()), message);
    return result;
  };
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return fail(DiagKind::IoError, "no such file");
  if (std::filesystem::is_directory(status)) return fail(DiagKind::IoError, "is a directory, not a spec file");
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > YamlLimits{}.max_bytes)
    return fail(DiagKind::FileTooLarge, "spec file is " + std::to_string(size) + " bytes; the limit is " +
                                            std::to_string(YamlLimits{}.max_bytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(DiagKind::IoError, std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return fail(DiagKind::IoError, "read error");
  return ReadResult{std::make_unique<SourceFile>(path, std::move(text).str()), true};
}

}  // namespace statusc
