#pragma once
// Casing and reserved words for every target, in one place.
//
// Checks use these to find names that would collide after conversion;
// emitters use them to spell identifiers.

#include <string>
#include <string_view>

namespace statusc::naming {

// "HTTPStatus" -> "HTTP_STATUS", "pr_open" -> "PR_OPEN", "v2Api" -> "V2_API".
std::string upper_snake(std::string_view name);
// "pr_open" -> "PrOpen", "a_1" -> "A1".
std::string upper_camel(std::string_view snake);
// "pr_open" -> "prOpen".
std::string lower_camel(std::string_view snake);

// lower_snake_case ASCII: [a-z][a-z0-9]*(_[a-z0-9]+)*
bool is_lower_snake(std::string_view name);
// UpperCamelCase ASCII: [A-Z][A-Za-z0-9]*
bool is_upper_camel(std::string_view name);
// UPPER_SNAKE_CASE ASCII: [A-Z][A-Z0-9]*(_[A-Z0-9]+)*
bool is_upper_snake(std::string_view name);
// A C++ identifier that is not a keyword.
bool is_cpp_identifier(std::string_view name);

bool is_cpp_keyword(std::string_view word);

}  // namespace statusc::naming

namespace statusc::naming {

// --- per-target identifiers (docs/generated-code.md lists the rules) -------

// C++ enumerator for a state, event or enum value: UpperCamel ("pr_open" ->
// "PrOpen"). UpperCamel words are never C++ keywords or standard macros.
std::string cpp_enumerator(std::string_view snake);
// A lower_snake C++ function or variable name, with '_' appended when it is
// a keyword, a standard or predefined macro, or a name statusc generates
// itself (see kCppGenerated in naming.cpp).
std::string cpp_identifier(std::string_view snake);
// Keywords plus macros of the C and POSIX headers and the GNU predefined
// ones (`linux`, `unix` under gnu++17) that would break a declaration.
bool is_cpp_reserved(std::string_view word);

// TypeScript/JavaScript identifier from a lowerCamel or UpperCamel name, with
// '_' appended when it is a reserved word (ECMAScript + TypeScript).
std::string ts_identifier(std::string_view camel);
bool is_ts_reserved(std::string_view word);

// Protobuf enum value name: PREFIX_UPPER_SNAKE.
std::string proto_value(std::string_view prefix, std::string_view state);

}  // namespace statusc::naming
