#include "driver/files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver/pipeline.h"
#include "driver/report_formats.h"
#include "driver/workspace.h"
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
  std::string error;
  std::optional<std::string> text = read_bytes(path, &error);
  if (!text) return fail(DiagKind::IoError, error);
  return ReadResult{std::make_unique<SourceFile>(path, std::move(*text)), true};
}

bool write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (out) return true;
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return false;
}

std::optional<std::string> read_bytes(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error != nullptr) *error = std::string("cannot open: ") + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    if (error != nullptr) *error = "read error";
    return std::nullopt;
  }
  return std::move(text).str();
}

LoadedSpecs load_specs(const std::vector<std::string>& paths, DiagnosticEngine& diags, const RawTargets* defaults) {
  LoadedSpecs loaded;
  for (const std::string& path : paths) {
    ReadResult read = read_spec_file(path, diags);
    if (read.ok) {
      int before = diags.error_count();
      std::optional<Spec> spec = compile_spec(*read.file, diags, defaults);
      if (spec && diags.error_count() == before) loaded.valid.emplace_back(path, std::move(*spec));
    } else {
      loaded.io_error = true;
    }
    loaded.files.push_back(std::move(read.file));
  }
  return loaded;
}

int report(const DiagnosticEngine& diags, const Console& console, bool io_error) {
  render(console.err, diags, RenderOptions{console.use_color(), console.error_limit});
  render_summary(console.err, diags);
  if (io_error) return 2;
  return diags.has_errors() ? 1 : 0;
}

int report(const DiagnosticEngine& diags, const Console& console, bool io_error, const std::string& format,
           const std::string& command) {
  OutputFormat f = parse_output_format(format).value_or(OutputFormat::Text);
  if (f == OutputFormat::Text) return report(diags, console, io_error);
  MachineReport machine{command, &diags, nullptr, {}};
  console.out << format_report(f, machine);
  if (io_error) return 2;
  return diags.has_errors() ? 1 : 0;
}

Inputs::Inputs() = default;
Inputs::~Inputs() = default;

int resolve_inputs(const std::string& config, const std::vector<std::string>& files, const std::string& command,
                   const std::string& format, DiagnosticEngine& diags, const Console& console, Inputs& inputs) {
  std::optional<Workspace> ws;
  int code = load_workspace(config, diags, console, ws);
  if (ws) inputs.ws = std::make_unique<Workspace>(std::move(*ws));
  if (code != 0) {
    report(diags, console, code == 2, format, command);
    return code;
  }
  if (!files.empty()) {
    inputs.files = files;
    return 0;
  }
  if (!inputs.ws) {
    console.err << "statusc " << command << ": error: no spec files given, and no statusc.yaml in this folder "
                << "or above it (up to the git work-tree root); name the specs, pass --config, or run 'statusc init'\n";
    return 2;
  }
  inputs.files = workspace_specs(*inputs.ws, diags);
  if (diags.has_errors()) return report(diags, console, false, format, command);
  return 0;
}

}  // namespace statusc
