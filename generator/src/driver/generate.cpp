// `statusc generate` and `statusc templates dump`.
#include <algorithm>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <ostream>
#include <sstream>
#include <system_error>
#include <thread>

#include <unistd.h>

#include "driver/text_diff.h"
#include "driver/driver.h"
#include "driver/files.h"
#include "driver/generate.h"
#include "driver/report_formats.h"
#include "driver/workspace.h"
#include "emit/emitter.h"
#include "emit/render.h"
#include "emit/templates.h"
#include "util/suggest.h"

namespace fs = std::filesystem;

namespace statusc {
namespace {

// Writes to a temporary file beside the target and renames it over, so a
// reader (or a build system) never sees a half-written file.
bool write_atomically(const fs::path& path, const std::string& bytes, std::string& error) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  fs::path tmp = path;
  tmp += ".statusc-tmp-" + std::to_string(::getpid());
  if (!write_bytes(tmp.string(), bytes)) {
    error = "cannot write " + tmp.string();
    return false;
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    error = "cannot rename " + tmp.string() + " to " + path.string() + ": " + ec.message();
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

bool load_templates(const GenerateOptions& options, const Console& console, Templates& templates) {
  templates = Templates::embedded();
  if (options.templates_dir.empty()) return true;
  if (!fs::is_directory(options.templates_dir)) {
    console.err << "statusc: error: --templates: '" << options.templates_dir << "' is not a directory\n";
    return false;
  }
  for (const std::string& name : templates.names()) {
    fs::path p = fs::path(options.templates_dir) / name;
    if (!fs::exists(p)) continue;  // keep the embedded one
    std::optional<std::string> text = read_bytes(p.string());
    if (!text) {
      console.err << "statusc: error: cannot read template " << p.string() << "\n";
      return false;
    }
    templates.override_with(name, std::move(*text));
  }
  return true;
}

std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }

// The spec's path as the banners name it, the same from any working
// directory: relative to the workspace root (statusc.yaml's folder) when the
// spec is inside it, else to the root of the git work tree that holds the
// spec (the nearest folder above it with a `.git`), else the file name alone.
std::string banner_path(const std::string& path, const Workspace* ws) {
  if (ws != nullptr)
    if (std::string rel = ws->relative(path); !rel.empty()) return rel;
  std::error_code error;
  const fs::path file = fs::weakly_canonical(fs::absolute(path, error), error);
  if (error) return fs::path(path).filename().generic_string();
  for (fs::path dir = file.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", error)) return file.lexically_relative(dir).generic_string();
    if (dir == dir.root_path()) break;
  }
  return file.filename().generic_string();
}

// The render data of a large spec is a tree of hundreds of thousands of small
// heap blocks. Freeing them one by one costs a good part of what building
// them did (malloc_consolidate), and `statusc generate` exits once the files
// are written, so the tree is handed over here and never freed: the
// operating system reclaims it at exit, all at once.
const std::vector<RenderJob>& kept_until_exit(std::vector<RenderJob>&& jobs) {
  return *new std::vector<RenderJob>(std::move(jobs));
}

// Where a target's pieces go in render_outputs' schedule: the costliest
// first (measured with bench/generate_cost.py), any other after them.
size_t render_cost_rank(std::string_view target) {
  static constexpr std::string_view kCostliestFirst[] = {"go", "ts", "python", "md"};
  return static_cast<size_t>(std::find(std::begin(kCostliestFirst), std::end(kCostliestFirst), target) -
                             std::begin(kCostliestFirst));
}

}  // namespace

Rendering::Rendering(const Templates& templates, bool keep_until_exit)
    // One spec's targets are the work that small runs share out; more
    // threads would only start and wait (a CI machine may have 64 cores).
    : keep_until_exit_(keep_until_exit),
      workers_(std::clamp<size_t>(std::thread::hardware_concurrency(), 1, all_emitters().size())) {
  for (size_t w = 0; w < workers_.size(); ++w) renderers_.push_back(std::make_unique<Renderer>(templates, &trees_));
  workers_.start([this, &templates](size_t) { trees_.make(templates); });
}

Rendering::~Rendering() {
  try {
    workers_.wait();  // the trees may still be in the making
  } catch (const std::exception&) {
    // It failed where render_outputs() would have reported it.
  }
  // Freeing the trees node by node is a tenth of a millisecond of a small
  // spec's run, at its very end.
  if (keep_until_exit_) new EmbeddedTrees(std::move(trees_));
}

std::optional<std::vector<OutputFile>> render_outputs(const std::vector<SpecToGenerate>& specs,
                                                      const std::vector<const Emitter*>& selected,
                                                      Rendering& rendering, const Workspace* ws,
                                                      const std::string& out_option, OutputWriter* writer,
                                                      GenerateError& error) {
  // Each spec's target is a piece of work of its own: they share nothing but
  // the (const) spec and templates, so they are rendered on every core.
  struct Piece {
    const SpecToGenerate* spec;
    const EmitContext* context;
    const Emitter* emitter;
    std::optional<std::vector<OutputFile>> rendered;
    std::string message;   // why rendered is empty: a template error
    std::string internal;  // or an exception: a bug in statusc
  };
  std::vector<EmitContext> contexts;
  contexts.reserve(specs.size());
  for (const SpecToGenerate& s : specs) contexts.push_back({*s.spec, banner_path(s.path, ws), stem_of(s.path)});
  std::vector<Piece> pieces;
  for (size_t i = 0; i < specs.size(); ++i)
    for (const Emitter* e : all_emitters()) {
      bool wanted = selected.empty() || std::find(selected.begin(), selected.end(), e) != selected.end();
      if (wanted && e->enabled(specs[i].spec->targets)) pieces.push_back({&specs[i], &contexts[i], e, {}, {}, {}});
    }
  // The costliest targets are taken first, so that the last pieces to finish
  // are short ones. In the registry's order, on 2 cores, a 10,000-state spec
  // left one core idle for the last 0.28 s of 0.71 s of rendering (go 355
  // ms, ts 316, python 198, md 157, cpp 72, proto 39); costliest first, the
  // rendering took 0.56 to 0.66 s. Only the schedule depends on the order.
  std::vector<size_t> schedule(pieces.size());
  for (size_t i = 0; i < schedule.size(); ++i) schedule[i] = i;
  std::stable_sort(schedule.begin(), schedule.end(), [&](size_t a, size_t b) {
    return render_cost_rank(pieces[a].emitter->name()) < render_cost_rank(pieces[b].emitter->name());
  });
  try {
    rendering.workers().wait();  // the trees are made
  } catch (const std::exception& x) {
    error = {"internal error: making the template trees: " + std::string(x.what()) + " (please report it)", 2};
    return std::nullopt;
  }
  rendering.workers().for_each(schedule.size(), [&](size_t worker, size_t k) {
    Piece& p = pieces[schedule[k]];
    Renderer& renderer = rendering.renderer(worker);
    try {
      if (rendering.keep_until_exit()) {
        p.rendered = renderer.render(kept_until_exit(p.emitter->plan(*p.context)), p.message);
      } else {
        p.rendered = renderer.render(p.emitter->plan(*p.context), p.message);
      }
      if (p.rendered) {
        const fs::path dir(output_dir(ws, out_option, p.emitter->spec_key()));
        for (OutputFile& f : *p.rendered) {
          f.path = (dir / f.path).generic_string();
          if (writer != nullptr) writer->stage(f);
        }
      }
    } catch (const std::exception& x) {
      p.internal = x.what();
    } catch (...) {
      p.internal = "an exception that is no std::exception";
    }
  });

  // Then in order, as if rendered one after the other: the first failure wins.
  std::vector<OutputFile> outputs;
  std::map<std::string, std::string> owner;  // output path -> spec that made it
  for (Piece& p : pieces) {
    const std::string& spec_path = p.spec->path;
    if (!p.internal.empty()) {
      // A bug in statusc, never the spec's fault: say so, write nothing.
      error = {"internal error: " + spec_path + ": " + std::string(p.emitter->name()) + " target: " + p.internal +
                   " (please report it)",
               2};
      return std::nullopt;
    }
    if (!p.rendered) {
      error = {"error: " + p.message, 2};
      return std::nullopt;
    }
    for (OutputFile& f : *p.rendered) {
      auto [it, fresh] = owner.emplace(f.path, spec_path);
      if (!fresh) {
        error = {"error: " + it->second + " and " + spec_path + " both generate '" + f.path + "'; rename one spec file",
                 1};
        return std::nullopt;
      }
      outputs.push_back(std::move(f));
    }
  }
  return outputs;
}

int run_generate(const GenerateOptions& options, const Console& console) {
  // --target names are checked before anything else: a typo is a usage error.
  std::vector<const Emitter*> selected;
  for (const std::string& name : options.targets) {
    const Emitter* e = find_emitter(name);
    if (e == nullptr) {
      std::vector<std::string_view> names;
      std::string listed;
      for (const Emitter* x : all_emitters()) {
        names.push_back(x->name());
        if (x->spec_key() != x->name()) names.push_back(x->spec_key());
        listed += std::string(listed.empty() ? "" : ", ") + std::string(x->name()) +
                  (x->spec_key() != x->name() ? " (or " + std::string(x->spec_key()) + ")" : "");
      }
      console.err << "statusc: error: unknown target '" << name << "'" << did_you_mean(name, names)
                  << " (targets: " << listed << ")\n";
      return 2;
    }
    selected.push_back(e);
  }
  Templates templates;
  if (!load_templates(options, console, templates)) return 2;
  // Its threads start, and make the template trees, while the specs are read.
  Rendering rendering(templates, true);

  DiagnosticEngine diags;
  Inputs inputs;
  if (int code = resolve_inputs(options.config, options.files, "generate", options.format, diags, console, inputs);
      code != 0)
    return code;
  const Workspace* ws = inputs.ws.get();
  if (ws == nullptr && options.out_dir.empty()) {
    console.err << "statusc generate: error: no output directory: pass -o DIR (or give each target an 'out' in "
                   "statusc.yaml)\n";
    return 2;
  }
  LoadedSpecs loaded = load_specs(inputs.files, diags, ws ? &ws->raw.targets : nullptr);
  if (ws != nullptr) diags = apply_lint(diags, *ws);
  // Nothing is written when any spec has errors.
  const bool text = options.format == "text";
  if (text) {
    if (int code = report(diags, console, loaded.io_error); code != 0) return code;
  } else if (loaded.io_error || diags.has_errors()) {
    return report(diags, console, loaded.io_error, options.format, "generate");
  }
  // With --format, warnings and the files' status go out as one report at the end.
  MachineReport machine{"generate", &diags, nullptr, {}};
  auto finish = [&](int code) {
    if (!text) console.out << format_report(*parse_output_format(options.format), machine);
    return code;
  };

  // Render everything in memory first: a template error must not leave
  // some files written and others not.
  std::vector<SpecToGenerate> specs;
  for (const auto& [path, spec] : loaded.valid) specs.push_back({path, &spec});
  GenerateError error;
  OutputWriter writer;  // files are staged as they are rendered, unless only checked
  std::optional<std::vector<OutputFile>> rendered = render_outputs(
      specs, selected, rendering, ws, options.out_dir, options.check ? nullptr : &writer, error);
  if (!rendered) {
    console.err << "statusc: " << error.message << "\n";
    return error.status;
  }
  const std::vector<OutputFile>& outputs = *rendered;

  if (options.check) {
    int stale = 0;
    for (const OutputFile& f : outputs) {
      fs::path p = f.path;
      std::optional<std::string> existing = read_bytes(p.string());
      if (existing && *existing == f.bytes) {
        machine.files.push_back({p.generic_string(), "unchanged"});
        continue;
      }
      ++stale;
      machine.files.push_back({p.generic_string(), existing ? "differs" : "missing"});
      // The listing is for people: on stderr when stdout carries a report.
      std::ostream& listing = text ? console.out : console.err;
      if (!existing) {
        listing << "missing: " << p.string() << "\n";
      } else {
        listing << "differs: " << p.string() << "\n" << unified_diff(*existing, f.bytes, p.string());
      }
    }
    if (stale > 0) {
      console.err << "statusc: " << stale << " generated file" << (stale == 1 ? " is" : "s are")
                  << " out of date; run 'statusc generate' without --check\n";
      return finish(1);
    }
    return finish(0);
  }

  WriteSummary summary;
  std::string failure;
  bool ok = writer.commit(outputs, rendering.workers(), summary, failure);
  for (const WriteSummary::File& f : summary.files)
    machine.files.push_back({fs::path(f.path).generic_string(), f.written ? "written" : "unchanged"});
  if (!ok) {
    console.err << "statusc: error: " << failure << "\n";
    return 2;
  }
  size_t written = summary.written_count();
  if (!text) return finish(0);
  if (!options.quiet)
    console.out << "statusc: " << outputs.size() << " file" << (outputs.size() == 1 ? "" : "s") << " generated, "
                << written << " written, " << outputs.size() - written << " unchanged\n";
  return 0;
}

int run_templates_dump(const std::string& dir, const Console& console) {
  Templates templates = Templates::embedded();
  for (const std::string& name : templates.names()) {
    std::string error;
    if (!write_atomically(fs::path(dir) / name, *templates.find(name), error)) {
      console.err << "statusc: error: " << error << "\n";
      return 2;
    }
    console.out << (fs::path(dir) / name).string() << "\n";
  }
  return 0;
}

}  // namespace statusc
