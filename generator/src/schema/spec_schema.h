#pragma once
// The JSON Schema of the spec format, for editors that complete and explain
// YAML from a schema (yaml-language-server and the editors built on it).
// docs/spec-format.md is the contract and parse/ the truth; the schema
// follows them, and tests/unit/schema_test.cpp holds it to the parser key by
// key. The `targets:` section is built from the emitters' own declarations
// (emit/emitter.h), so a new target appears without an edit here.

#include <string>
#include <vector>

#include "parse/raw_spec.h"

namespace statusc {

// Draft-07, the newest draft that every yaml-language-server release (and
// so VS Code, Neovim, Helix and Emacs set-ups built on it) and ajv's default
// class understand. Pretty-printed with two spaces, ending in a newline;
// the same bytes on every run.
std::string spec_schema_text(const std::vector<TargetSchema>& targets);

}  // namespace statusc
