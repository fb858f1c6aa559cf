// Every state classifies every attribute that has no default.
#include "check/check_internal.h"

namespace statusc {

void check_exhaustiveness(const Machine& m, DiagnosticEngine& diags) {
  for (const State& s : m.states) {
    for (size_t i = 0; i < m.attributes.size(); ++i) {
      const Attribute& a = m.attributes[i];
      if (a.has_default || s.values[i].set) continue;
      const char* type = attr_type_name(a.type);
      diags.report(DiagKind::MissingAttribute, s.loc,
                   "state '" + s.name + "' does not set '" + a.name + "'; " + type +
                       " attribute '" + a.name + "' has no default, so every state must set it")
          .note(a.loc, "'" + a.name + "' is declared here");
    }
  }
}

}  // namespace statusc
