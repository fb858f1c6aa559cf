// `statusc schema`: prints the JSON Schema of the spec format, with the
// `targets:` section of every registered emitter. schema/statusc.schema.json
// in the repository is this output (a test keeps them equal).
#include "driver/schema_command.h"

#include <ostream>

#include "emit/emitter.h"
#include "schema/spec_schema.h"

namespace statusc {

int run_schema(const Console& console) {
  console.out << spec_schema_text(target_schemas());
  console.out.flush();
  if (console.out) return 0;
  console.err << "statusc: error: cannot write the schema to stdout\n";
  return 2;
}

}  // namespace statusc
