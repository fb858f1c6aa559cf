// `statusc diff OLD NEW` and `statusc diff --against-git REF FILE...`.
#include <memory>
#include <ostream>

#include "compat/compat.h"
#include "driver/driver.h"
#include "driver/files.h"
#include "driver/git.h"
#include "driver/pipeline.h"
#include "driver/report_formats.h"
#include "driver/workspace.h"

namespace statusc {
namespace {

// Two versions of one spec, read but not yet compiled.
struct Pair {
  std::unique_ptr<SourceFile> before, after;
  std::string path;  // the new side's, for breaking.accept
};

int usage(const Console& console, const std::string& message) {
  console.err << "statusc diff: error: " << message << "\nRun 'statusc diff --help' for usage.\n";
  return 2;
}

// The old side from git. Returns false (after reporting) on a git error; a
// file that the revision does not have leaves `before` empty.
bool read_from_git(const std::string& path, const std::string& ref, Pair& pair, const Console& console) {
  std::string error;
  std::optional<GitFile> file = read_at_revision(path, ref, error);
  if (!file) {
    console.err << "statusc diff: error: git: " << error << "\n";
    return false;
  }
  if (!file->exists) {
    console.err << "statusc diff: note: " << path << " does not exist at " << ref << "; nothing to compare\n";
    return true;
  }
  // Its size limit and text checks are load_yaml's, as for files on disk.
  pair.before = std::make_unique<SourceFile>(ref + ":" + path, std::move(file->text));
  return true;
}

}  // namespace

int run_diff(const DiffOptions& options, const Console& console) {
  DiagnosticEngine diags;
  // With no files, the workspace names the specs, and with no revision
  // either, its `breaking.against` (else HEAD) is the old side.
  Inputs inputs;
  if (int code = resolve_inputs(options.config, options.files, "diff", options.format, diags, console, inputs);
      code != 0)
    return code;
  const Workspace* ws = inputs.ws.get();
  std::string against = options.against_git;
  if (against.empty() && (options.files.empty() || options.against_workspace))
    against = ws != nullptr && ws->raw.against ? ws->raw.against->value : "HEAD";
  const bool git = !against.empty();
  if (git && against[0] == '-') return usage(console, "--against-git needs a revision, not '" + against + "'");
  if (!git && inputs.files.size() != 2)
    return usage(console, "expected OLD and NEW spec files (or --against-git REF FILE...), got " +
                              std::to_string(inputs.files.size()) + " file(s)");
  const RawTargets* defaults = ws ? &ws->raw.targets : nullptr;

  bool io_error = false;
  std::vector<Pair> pairs;
  auto read = [&](const std::string& path) {
    ReadResult r = read_spec_file(path, diags);
    io_error = io_error || !r.ok;
    return std::move(r.file);
  };
  if (git) {
    for (const std::string& path : inputs.files) {
      Pair pair;
      if (!read_from_git(path, against, pair, console)) return 2;
      pair.after = read(path);
      pair.path = path;
      if (pair.before) pairs.push_back(std::move(pair));
    }
  } else {
    Pair pair;
    pair.before = read(inputs.files[0]);
    pair.after = read(inputs.files[1]);
    pair.path = inputs.files[1];
    pairs.push_back(std::move(pair));
  }

  // Both sides must be valid specs: a change is only meaningful between two.
  struct Compared {
    Spec before, after;
    std::string path;
  };
  std::vector<Compared> specs;
  if (!io_error && !diags.has_errors()) {
    for (Pair& pair : pairs) {
      std::optional<Spec> before = compile_spec(*pair.before, diags, defaults);
      std::optional<Spec> after = compile_spec(*pair.after, diags, defaults);
      if (before && after) specs.push_back(Compared{std::move(*before), std::move(*after), pair.path});
    }
  }
  const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::Text);
  if (io_error || diags.has_errors()) {
    if (format != OutputFormat::Text) {
      console.out << format_report(format, MachineReport{"diff", &diags, nullptr, {}});
      return io_error ? 2 : 1;
    }
    render(console.err, diags, RenderOptions{console.use_color(), console.error_limit});
    render_summary(console.err, diags);
    console.err << "statusc diff: nothing compared: "
                << (io_error ? "a file could not be read" : "both versions must be valid specs") << "\n";
    return io_error ? 2 : 1;
  }

  std::vector<compat::Change> changes;
  size_t accepted = 0;
  for (const Compared& c : specs) {
    std::vector<compat::Change> one = compat::compare(c.before, c.after);
    if (ws != nullptr) accepted += remove_accepted(one, c.path, *ws);
    changes.insert(changes.end(), std::make_move_iterator(one.begin()), std::make_move_iterator(one.end()));
  }
  compat::Summary summary;
  summary.add(changes);
  if (format != OutputFormat::Text) {
    console.out << format_report(format, MachineReport{"diff", nullptr, &changes, {}});
  } else {
    compat::render_text(console.out, changes, RenderOptions{console.use_color_on(console.out_is_terminal)});
    console.out << compat::summary_line(summary) << "\n";
  }
  if (accepted > 0)
    console.err << "statusc diff: " << accepted << " change" << (accepted == 1 ? "" : "s")
                << " accepted by breaking.accept in " << ws->file->path() << "\n";
  return summary.errors > 0 || (options.strict && summary.warnings > 0) ? 1 : 0;
}

}  // namespace statusc
