#pragma once
// Code generation backends. Each target (cpp, proto, ts, md) is one Emitter
// in its own file, listed once in registry.cpp. An emitter only turns the
// model into mustache data: it names the template to render and the output
// path. Rendering is shared (render.cpp) and writing is the driver's job, so
// backends never touch the disk (protoc's CodeGenerator habit).

#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

#include "model/spec.h"
#include "parse/raw_spec.h"

namespace statusc {

using MustacheData = kainjow::mustache::data;

struct EmitContext {
  const Spec& spec;
  // Shown in the banner: relative to the git work tree's root (the driver
  // decides), so the bytes do not depend on the working directory.
  std::string spec_path;
  std::string stem;       // output file stem, e.g. "chat_session"
};

// One file to produce: `template_name` rendered with `data` into `path`
// (relative to the output directory).
struct RenderJob {
  std::string template_name;
  std::string path;
  MustacheData data;
};

struct OutputFile {
  std::string path;   // relative to the output directory
  std::string bytes;
};

class Emitter {
 public:
  virtual ~Emitter() = default;
  // The --target name: "cpp", "proto", "ts" or "md".
  virtual std::string_view name() const = 0;
  // The target's key under the spec's `targets:` ("typescript" for "ts");
  // --target accepts both.
  virtual std::string_view spec_key() const { return name(); }
  // What the target generates, one sentence: the `targets.<spec_key>`
  // description that `statusc schema` gives editors.
  virtual std::string_view description() const { return {}; }
  // The options the target reads under `targets.<spec_key>:` besides
  // `enabled`; the parser accepts exactly these. Give each a description and
  // an example: `statusc schema` shows them in editors.
  virtual std::vector<TargetOptionSchema> options() const { return {}; }
  // Checks the values of those options (a package name that is a keyword,
  // say), for `statusc check` as much as for `generate`. Runs only while the
  // target is enabled.
  virtual void check_settings(const Spec& spec, DiagnosticEngine& diags) const {
    (void)spec;
    (void)diags;
  }
  // The spec's `targets:` section turns a target off with `enabled: false`.
  bool enabled(const Targets& targets) const { return targets.enabled(spec_key()); }
  virtual std::vector<RenderJob> plan(const EmitContext& context) const = 0;
};

// Every emitter, in a fixed order (registry.cpp).
const std::vector<const Emitter*>& all_emitters();
// By name() or spec_key(); nullptr when no target has that name.
const Emitter* find_emitter(std::string_view name);
// What `targets:` may hold: every emitter's spec_key() and options().
const std::vector<TargetSchema>& target_schemas();
// Every enabled emitter's check_settings().
void check_target_settings(const Spec& spec, DiagnosticEngine& diags);

}  // namespace statusc
