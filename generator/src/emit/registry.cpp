// The code generators, one line each. Order is the order of --target help
// and of generated files.
#include "emit/emitter.h"

namespace statusc {

const Emitter& cpp_emitter();
const Emitter& proto_emitter();
const Emitter& ts_emitter();
const Emitter& md_emitter();

const std::vector<const Emitter*>& all_emitters() {
  static const std::vector<const Emitter*> emitters = {
      &cpp_emitter(),
      &proto_emitter(),
      &ts_emitter(),
      &md_emitter(),
  };
  return emitters;
}

const Emitter* find_emitter(std::string_view name) {
  for (const Emitter* e : all_emitters())
    if (e->name() == name || e->spec_key() == name) return e;
  return nullptr;
}

}  // namespace statusc
