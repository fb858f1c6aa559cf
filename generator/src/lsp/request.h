#pragma once
// Reading a request's params, shared by the server's request handlers
// (server.cpp, commands.cpp). Internal to lsp/.

#include <string>

#include "lsp/protocol.h"

namespace statusc::lsp {

// A failure the client caused (bad params) or a request that cannot be
// done: answered with its code.
struct RequestError {
  int code;
  std::string message;
};

// object[key], or null when `object` is not an object or lacks it.
inline const json& member(const json& object, const char* key) {
  static const json null;
  if (!object.is_object()) return null;
  auto it = object.find(key);
  return it == object.end() ? null : *it;
}

// object[key] as a string; InvalidParams when it is not one.
inline std::string text_member(const json& object, const char* key) {
  const json& value = member(object, key);
  if (!value.is_string()) throw RequestError{error_code::kInvalidParams, std::string("'") + key + "' must be a string"};
  return value.get<std::string>();
}

}  // namespace statusc::lsp
