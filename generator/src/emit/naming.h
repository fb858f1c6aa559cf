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
