// `statusc lsp`: the language server on stdin/stdout. The protocol and the
// features live in lsp/; this loop owns the streams and the disk (git,
// writing generated files through generate.cpp's code path, and finding
// docs/diagnostics.md for the links).
#include <filesystem>
#include <iostream>
#include <sstream>

#include <poll.h>

#include "driver/driver.h"
#include "driver/generate.h"
#include "driver/git.h"
#include "driver/pipeline.h"
#include "driver/workspace.h"
#include "lsp/server.h"

namespace statusc {
namespace {

namespace fs = std::filesystem;

// docs/diagnostics.md next to the binary: in the build tree
// (build/generator/statusc) or an install (bin/ and share/doc/statusc/).
std::string diagnostics_docs_url() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  for (const char* relative : {"../../docs/diagnostics.md", "../share/doc/statusc/diagnostics.md"}) {
    std::filesystem::path candidate = (exe.parent_path() / relative).lexically_normal();
    if (std::filesystem::exists(candidate, ec)) return lsp::uri_from_path(candidate.string());
  }
  return {};
}

// Whether a message (or part of one) is waiting: in the stream's buffer or
// in the pipe. Never blocks.
bool input_waiting() {
  if (std::cin.rdbuf()->in_avail() > 0) return true;
  pollfd fd{0, POLLIN, 0};
  return ::poll(&fd, 1, 0) > 0 && (fd.revents & POLLIN) != 0;
}

// statusc.generate: `statusc generate` of one buffer. The statusc.yaml above
// the spec, as `statusc generate` in that folder finds it, adds its target
// defaults, lint and output folders; without one the files go next to the
// spec.
std::optional<lsp::ServerOptions::Generated> generate_for_editor(const std::string& spec_path, const std::string& text,
                                                                 const std::string& out_dir, std::string& error) {
  std::optional<Workspace> ws;
  if (std::optional<fs::path> found = find_workspace_file(fs::path(spec_path).parent_path())) {
    DiagnosticEngine ws_diags;
    std::ostringstream ignored;
    Console quiet{ignored, ignored};
    if (load_workspace(found->string(), ws_diags, quiet, ws) != 0) {
      error = found->string() + " has errors; run 'statusc check' there";
      return std::nullopt;
    }
  }
  SourceFile file(spec_path, text);
  DiagnosticEngine diags;
  std::optional<Spec> spec = compile_spec(file, diags, ws ? &ws->raw.targets : nullptr);
  if (ws) diags = apply_lint(diags, *ws);
  if (!spec || diags.has_errors()) {
    error = ws ? "the spec has errors with the settings of " + (ws->root / "statusc.yaml").string() +
                     "; nothing is generated"
               : std::string("the spec has errors; nothing is generated");
    return std::nullopt;
  }
  lsp::ServerOptions::Generated generated;
  std::string out = out_dir;
  if (out.empty() && !ws) out = fs::path(spec_path).parent_path().string();
  generated.directory = out.empty() ? "the folders " + (ws->root / "statusc.yaml").string() + " gives" : out;
  GenerateError failure;
  const Templates templates = Templates::embedded();
  Rendering rendering(templates);
  OutputWriter writer;
  std::optional<std::vector<OutputFile>> outputs =
      render_outputs({{spec_path, &*spec}}, {}, rendering, ws ? &*ws : nullptr, out, &writer, failure);
  if (!outputs) {
    error = failure.message;
    return std::nullopt;
  }
  WriteSummary summary;
  std::string write_failure;
  if (!writer.commit(*outputs, rendering.workers(), summary, write_failure)) {
    error = "error: " + write_failure;
    return std::nullopt;
  }
  for (WriteSummary::File& f : summary.files) (f.written ? generated.written : generated.unchanged).push_back(f.path);
  return generated;
}

}  // namespace

int run_lsp(const LspOptions& options) {
  lsp::ServerOptions server_options;
  server_options.diagnostics_docs_url = options.docs_url.empty() ? diagnostics_docs_url() : options.docs_url;
  server_options.read_at_revision = [](const std::string& path, const std::string& revision)
      -> std::optional<lsp::ServerOptions::GitText> {
    std::string error;
    std::optional<GitFile> file = read_at_revision(path, revision, error);
    if (!file) return std::nullopt;
    return lsp::ServerOptions::GitText{file->exists, std::move(file->text)};
  };
  server_options.generate = generate_for_editor;
  lsp::Server server(std::move(server_options));
  std::ios::sync_with_stdio(false);
  std::string body;
  auto send = [](const std::vector<lsp::json>& messages) {
    for (const lsp::json& m : messages)
      lsp::write_message(std::cout, m.dump(-1, ' ', false, lsp::json::error_handler_t::replace));
  };
  while (!server.exited()) {
    // The debounce: diagnostics once the messages that came in together
    // (a burst of keystrokes) are handled, so only the last text is
    // checked and published; requests among them are answered on the text
    // as it is when they arrive.
    if (server.has_pending() && !input_waiting()) send(server.flush());
    lsp::ReadStatus status = lsp::read_message(std::cin, body);
    if (status == lsp::ReadStatus::End) return 1;  // the client went away without `exit`
    if (status != lsp::ReadStatus::Message) {
      send(server.framing_error(status));
      continue;
    }
    send(server.handle(body));
  }
  return server.exit_code();
}

}  // namespace statusc
