#pragma once
// The body of `statusc generate`, in two steps, shared with the language
// server's `statusc.generate` command (driver/lsp_command.cpp), so an editor
// writes exactly the files the command line would. Internal to driver/.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "driver/output_writer.h"
#include "driver/workers.h"
#include "emit/emitter.h"
#include "emit/render.h"
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

// The threads that render and write, one per core, each with a Renderer.
// Made before the specs are read: meanwhile the threads start, and one makes
// the embedded templates' trees.
class Rendering {
 public:
  // `templates` outlives it. `keep_until_exit` hands the trees and the
  // render data to the operating system instead of freeing them (a one-shot
  // command saves the time; a long-running server must not).
  explicit Rendering(const Templates& templates, bool keep_until_exit = false);
  ~Rendering();
  bool keep_until_exit() const { return keep_until_exit_; }
  Workers& workers() { return workers_; }
  Renderer& renderer(size_t worker) { return *renderers_[worker]; }

 private:
  EmbeddedTrees trees_;  // made by a worker, then read by all
  std::vector<std::unique_ptr<Renderer>> renderers_;  // one per worker
  bool keep_until_exit_;
  Workers workers_;  // last: its threads end before the rest is destroyed
};

// Renders, in memory, every target each spec enables (of `selected` only,
// when it is not empty; the targets on every core, each a piece of work of
// its own), each file's path under its target's folder
// (output_dir(): `out_option`, else the workspace's `out`). A template error
// or two specs making the same file leave nothing rendered.
// `rendering.keep_until_exit()` decides whether the render data is freed.
// With a `writer`, each file is staged there as soon as it is
// rendered (commit it once this returns them; on an error, nothing staged
// is left once the writer is gone).
std::optional<std::vector<OutputFile>> render_outputs(const std::vector<SpecToGenerate>& specs,
                                                      const std::vector<const Emitter*>& selected,
                                                      Rendering& rendering, const Workspace* ws,
                                                      const std::string& out_option, OutputWriter* writer,
                                                      GenerateError& error);

}  // namespace statusc
