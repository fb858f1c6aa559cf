// The md target (stub: being written).
#include "emit/common.h"

namespace statusc {
namespace {

class MdEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "md"; }
  bool enabled(const Targets& targets) const override { return targets.markdown; }
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    return {{"md/reference.md.mustache", context.stem + ".md", base_data(context)}};
  }
};

}  // namespace

const Emitter& md_emitter() {
  static const MdEmitter emitter;
  return emitter;
}

}  // namespace statusc
