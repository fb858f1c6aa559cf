// Lookups in the spec's `targets:` settings.
#include "model/spec.h"

namespace statusc {

const TargetOption* TargetSettings::option(std::string_view name) const {
  for (const TargetOption& o : options)
    if (o.name == name) return &o;
  return nullptr;
}

const TargetSettings* Targets::find(std::string_view key) const {
  for (const TargetSettings& t : given)
    if (t.key == key) return &t;
  return nullptr;
}

bool Targets::enabled(std::string_view key) const {
  const TargetSettings* t = find(key);
  return t == nullptr || t->enabled;
}

const TargetOption* Targets::option(std::string_view key, std::string_view name) const {
  const TargetSettings* t = find(key);
  return t ? t->option(name) : nullptr;
}

}  // namespace statusc
