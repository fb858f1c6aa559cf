#pragma once
// The language features, each a pure function of one Analysis and the
// request's params. Internal to lsp/; the server dispatches to them.

#include <optional>
#include <string>
#include <vector>

#include "compat/compat.h"
#include "lsp/analysis.h"
#include "lsp/protocol.h"
#include "parse/text_checks.h"

namespace statusc::lsp {

struct Context {
  const Analysis& analysis;  // the text the positions refer to
  Encoding encoding;
  std::string uri;
  std::string docs_url;  // docs/diagnostics.md; "" when unknown
  bool rename_keeps_old_name = true;

  const SourceFile& file() const { return *analysis.file; }
  json range(int line, int column, int length) const;
  json location(int line, int column, int length) const;
  // The occurrence at params.position, or nullptr.
  const Occurrence* occurrence_at(const json& params) const;
};

// diagnostics.cpp
json to_lsp_diagnostics(const Context& ctx);
// Changes `statusc diff` reports between `before` and the buffer, as
// diagnostics: errors as errors, warnings as warnings, notes as hints.
json change_diagnostics(const Context& ctx, const std::vector<compat::Change>& changes, const std::string& revision);

// navigation.cpp
json definition(const Context& ctx, const json& params);
json references(const Context& ctx, const json& params);
json prepare_rename(const Context& ctx, const json& params);
json rename(const Context& ctx, const json& params, std::string& error);
json document_symbols(const Context& ctx);

// An edit adding `entry` ("key: value") to the mapping that is the value
// of the key ending at (key_line, key_end): inside `{...}`, as a new line of
// a block mapping, or as `{ entry }` for an empty value.
std::optional<json> add_mapping_entry(const Context& ctx, int key_line, int key_end, const std::string& entry);

// hover.cpp
json hover(const Context& ctx, const json& params);

// completion.cpp: works on the current text even when it does not parse.
json completion(const Context& ctx, const SourceFile& current, const json& params);

// code_actions.cpp
json code_actions(const Context& ctx, const json& params);

// commands.cpp: the commands of workspace/executeCommand, and code lenses
// that run them.
inline constexpr const char* kGenerateCommand = "statusc.generate";
inline constexpr const char* kDiagramCommand = "statusc.diagram";
// {"machines": [{"name", "mermaid"}], "markdown"}: the Mermaid text of one
// machine (`machine` names it) or of every machine (`machine` empty), and a
// Markdown document that shows them; nullopt when no machine has that name.
// The analysis must hold a spec without errors.
std::optional<json> diagram(const Context& ctx, const std::string& machine);
// "Generate ..." above the first line, "Show diagram" above each machine.
json code_lenses(const Context& ctx);

// semantic_tokens.cpp
json semantic_token_legend();
json semantic_tokens(const Context& ctx);

// A name as the spec format takes it: [a-z_][a-z0-9_]* and friends; used
// to refuse a rename to something that is not a name.
bool is_plain_name(std::string_view name);

// The spaces before a line's first other character, as the features count
// columns (yaml_text::indent_of).
inline int indentation(std::string_view line) { return static_cast<int>(yaml_text::indent_of(line)); }

}  // namespace statusc::lsp
