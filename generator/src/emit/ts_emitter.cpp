// The ts target (stub: being written).
#include "emit/common.h"

namespace statusc {
namespace {

class TsEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "ts"; }
  bool enabled(const Targets& targets) const override { return targets.typescript; }
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    return {{"ts/module.ts.mustache", context.stem + ".ts", base_data(context)}};
  }
};

}  // namespace

const Emitter& ts_emitter() {
  static const TsEmitter emitter;
  return emitter;
}

}  // namespace statusc
