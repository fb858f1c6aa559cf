#pragma once
#include "emit/escape.h"
// Rules of the proto target that are not casing (naming.h) nor escaping
// (escape.h): where the file goes, which buf lint rules the spec's names
// cannot satisfy, and how a file option is written. docs/generated/proto.md
// explains each decision.

#include <string>
#include <string_view>
#include <vector>

#include "model/spec.h"

namespace statusc::proto {

// buf's own UPPER_SNAKE_CASE conversion (xstrings.ToUpperSnakeCase, without
// new words at digits), which ENUM_VALUE_PREFIX applies to the enum name.
// It differs from naming::upper_snake at digits: "Abc1D" -> "ABC1D".
std::string buf_upper_snake(std::string_view name);

// True when the enum values `<prefix>_...` pass ENUM_VALUE_PREFIX for an enum
// named `machine`: every value starts with buf_upper_snake(machine) + "_".
bool prefix_satisfies_buf(std::string_view machine, std::string_view prefix);

// True when the last package segment is a version buf's PACKAGE_VERSION_SUFFIX
// accepts: v1, v2beta1, v1alpha, v1test, v1p1beta1. Deliberately narrower
// than buf (a needless ignore comment is harmless; a missing one fails lint).
bool has_version_suffix(std::string_view package);

// The spec file's stem as a lower_snake_case file name (buf's
// FILE_LOWER_SNAKE_CASE): "ChatSession" and "chat-session" -> "chat_session";
// characters other than a-z, 0-9 and '_' become '_'; never empty.
std::string file_stem(std::string_view stem);

// Output path: the proto package as directories (PACKAGE_DIRECTORY_MATCH),
// then file_stem(stem) + ".proto": "chat/session/v1/chat_session.proto".
std::string file_path(const Spec& spec, std::string_view stem);

// A file option name protoc can parse: `java_package`, `(my.ext).field`.
bool is_option_name(std::string_view name);

// The line for one `targets.proto.options` entry: `option NAME = VALUE;`.
// Known bool options (java_multiple_files, cc_enable_arenas, ...) written as
// true/false and optimize_for written as SPEED, CODE_SIZE or LITE_RUNTIME are
// emitted unquoted; every other value is a string literal. A name protoc
// could not parse becomes a comment saying the option was skipped.
std::string option_line(std::string_view name, std::string_view value);

using escape::wrap;  // one word-wrapper for every target (escape.h)

// One line of user text for a `//` comment: escape::comment_line, and a line
// that would read as a buf directive ("buf:lint:ignore ...") is defused, so
// a description cannot switch lint rules off.
std::string comment_text(std::string_view line);

}  // namespace statusc::proto
