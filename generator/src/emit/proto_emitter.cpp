// The proto target (stub: being written).
#include "emit/common.h"

namespace statusc {
namespace {

class ProtoEmitter final : public Emitter {
 public:
  std::string_view name() const override { return "proto"; }
  bool enabled(const Targets& targets) const override { return targets.proto; }
  std::vector<RenderJob> plan(const EmitContext& context) const override {
    return {{"proto/enums.proto.mustache", context.stem + ".proto", base_data(context)}};
  }
};

}  // namespace

const Emitter& proto_emitter() {
  static const ProtoEmitter emitter;
  return emitter;
}

}  // namespace statusc
