#pragma once
// `statusc schema`: the spec format as a JSON Schema, on stdout.

#include "driver/driver.h"

namespace statusc {

int run_schema(const Console& console);

}  // namespace statusc
