#pragma once
// Renders RenderJobs with kainjow mustache, HTML escaping off: every value is
// already escaped for its target by the emitter (escape.h).

#include <optional>

#include "emit/emitter.h"
#include "emit/templates.h"

namespace statusc {

// Renders every job; on a missing or malformed template, returns nullopt and
// sets `error`.
std::optional<std::vector<OutputFile>> render_jobs(const std::vector<RenderJob>& jobs, const Templates& templates,
                                                   std::string& error);

}  // namespace statusc
