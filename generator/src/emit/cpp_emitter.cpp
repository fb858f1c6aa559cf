// The cpp target (stub: being written).
#include "emit/common.h"

namespace statusc {
namespace {

class CppEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "cpp"; }
  bool enabled(const Targets& targets) const override { return targets.cpp; }
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    return {{"cpp/header.h.mustache", context.stem + ".h", base_data(context)}};
  }
};

}  // namespace

const Emitter& cpp_emitter() {
  static const CppEmitter emitter;
  return emitter;
}

}  // namespace statusc
