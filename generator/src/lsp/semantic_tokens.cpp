#include "lsp/features.h"
namespace statusc::lsp {
json semantic_token_legend() { return {{"tokenTypes", json::array()}, {"tokenModifiers", json::array()}}; }
json semantic_tokens(const Context&) { return {{"data", json::array()}}; }
}  // namespace statusc::lsp
