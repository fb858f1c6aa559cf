// The code generators, one line each. Order is the order of --target help
// and of generated files. A target's folder defines its `<name>_emitter()`.
#include "emit/emitter.h"

namespace statusc {

const Emitter& cpp_emitter();
const Emitter& proto_emitter();
const Emitter& ts_emitter();
const Emitter& md_emitter();
const Emitter& python_emitter();
const Emitter& go_emitter();

const std::vector<const Emitter*>& all_emitters() {
  static const std::vector<const Emitter*> emitters = {
      &cpp_emitter(),
      &proto_emitter(),
      &ts_emitter(),
      &md_emitter(),
      &python_emitter(),
      &go_emitter(),
  };
  return emitters;
}

const Emitter* find_emitter(std::string_view name) {
  for (const Emitter* e : all_emitters())
    if (e->name() == name || e->spec_key() == name) return e;
  return nullptr;
}

const std::vector<TargetSchema>& target_schemas() {
  static const std::vector<TargetSchema> schemas = [] {
    std::vector<TargetSchema> out;
    for (const Emitter* e : all_emitters())
      out.push_back(TargetSchema{std::string(e->spec_key()), e->options(), std::string(e->description())});
    return out;
  }();
  return schemas;
}

void check_target_settings(const Spec& spec, DiagnosticEngine& diags) {
  for (const Emitter* e : all_emitters())
    if (e->enabled(spec.targets)) e->check_settings(spec, diags);
}

}  // namespace statusc
