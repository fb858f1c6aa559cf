#pragma once
// The body of `statusc generate`, in two steps, shared with the language
// server's `statusc.generate` command (driver/lsp_command.cpp), so an editor
// writes exactly the files the command line would. Internal to driver/.

#include <optional>
#include <string>
#include <vector>

#include "emit/emitter.h"
#include "emit/templates.h"
#include "model/spec.h"

namespace statusc {

struct Workspace;

struct SpecToGenerate {
  std::string path;  // the spec file, for the banner and the output stem
  const Spec* spec;  // checked, without errors
};

// Why generation stopped: `message` follows "statusc: " ("error: ..." or
// "internal error: ..."); `status` is the exit code for the command line.
struct GenerateError {
  std::string message;
  int status = 2;
};

// Renders, in memory, every target each spec enables (of `selected` only,
// when it is not empty; the targets on every core, each a piece of work of
// its own), each file's path under its target's folder
// (output_dir(): `out_option`, else the workspace's `out`). A template error
// or two specs making the same file leave nothing rendered.
// `keep_until_exit` hands the render data to the operating system instead
// of freeing it (a one-shot command saves the time; a long-running server
// must not).
std::optional<std::vector<OutputFile>> render_outputs(const std::vector<SpecToGenerate>& specs,
                                                      const std::vector<const Emitter*>& selected,
                                                      const Templates& templates, bool keep_until_exit,
                                                      const Workspace* ws, const std::string& out_option,
                                                      GenerateError& error);

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

// Writes each file whose bytes differ from what is on disk, atomically.
// Stops at the first failure.
bool write_outputs(const std::vector<OutputFile>& outputs, WriteSummary& summary, GenerateError& error);

}  // namespace statusc
