// Semantic tokens: every indexed name, typed (machine, state, attribute,
// enum value, event), declarations marked. Positions are relative, in the
// negotiated encoding, as LSP encodes them.
#include "lsp/features.h"

namespace statusc::lsp {
namespace {

// Indices into the legend below.
int token_type(SymKind kind) {
  switch (kind) {
    case SymKind::Machine: return 0;      // type
    case SymKind::State:
    case SymKind::Removed:
    case SymKind::EarlierName: return 1;  // enumMember
    case SymKind::Attribute: return 2;    // property
    case SymKind::EnumValue: return 3;    // enum
    case SymKind::Event: return 4;        // event
    case SymKind::Invariant:
    case SymKind::Target: return 5;       // label
  }
  return 5;
}

}  // namespace

json semantic_token_legend() {
  return {{"tokenTypes", {"type", "enumMember", "property", "enum", "event", "label"}},
          {"tokenModifiers", {"declaration"}}};
}

json semantic_tokens(const Context& ctx) {
  json data = json::array();
  int previous_line = 0, previous_start = 0;
  for (const Occurrence& o : ctx.analysis.index.occurrences) {
    std::string_view line = ctx.file().line_text(o.line);
    int start = to_character(line, o.column, ctx.encoding);
    int length = to_character(line, o.column + o.length, ctx.encoding) - start;
    if (length <= 0) continue;
    int delta_line = o.line - previous_line;
    if (delta_line < 0 || (delta_line == 0 && start < previous_start)) continue;  // overlapping: keep the first
    data.push_back(delta_line);
    data.push_back(delta_line == 0 ? start - previous_start : start);
    data.push_back(length);
    data.push_back(token_type(o.key.kind));
    data.push_back(o.definition ? 1 : 0);
    previous_line = o.line;
    previous_start = start;
  }
  return {{"data", std::move(data)}};
}

}  // namespace statusc::lsp
