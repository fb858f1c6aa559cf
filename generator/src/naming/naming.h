#pragma once
// Casing and reserved words for every target, in one place, below every
// stage: the model and the checks use the words and casings to find names
// that would collide after conversion, emitters use the same functions to
// spell identifiers. words.cpp holds the casings; each target's reserved
// words and identifier rule are in reserved_<target>.cpp, with their sources.

#include <string>
#include <string_view>
#include <vector>

namespace statusc::naming {

// The words of a name, lower-cased. A word ends at '_' or '-', before a
// capital that follows a lower-case letter or a digit ("waitingInput",
// "v2Api"), and before the last capital of an acronym that a lower-case
// letter follows ("HTTPError" -> http, error). Every target derives its
// identifiers from these words, so `IN_PROGRESS`, `in_progress`,
// `InProgress` and `in-progress` are one name to every target.
std::vector<std::string> words(std::string_view name);
// The words joined with '_': the name's identity across spellings
// ("Pending" and "PENDING" are both "pending").
std::string word_key(std::string_view name);

// "HTTPStatus" -> "HTTP_STATUS", "pr_open" -> "PR_OPEN", "v2Api" -> "V2_API",
// "shutting-down" -> "SHUTTING_DOWN".
std::string upper_snake(std::string_view name);
// "pr_open" -> "PrOpen", "a_1" -> "A1", "IN_PROGRESS" -> "InProgress".
std::string upper_camel(std::string_view name);
// "pr_open" -> "prOpen", "CrashLoopBackOff" -> "crashLoopBackOff".
std::string lower_camel(std::string_view name);
// "IN_PROGRESS" -> "in_progress", "waitingInput" -> "waiting_input".
std::string lower_snake(std::string_view name);

// A name as a system spells it, the rule for states (and their removed and
// earlier names) and events: an ASCII letter, then letters and digits, in
// words joined by single '_' or '-'. `in_progress`, `IN_PROGRESS`,
// `CrashLoopBackOff`, `shutting-down`.
bool is_wire_name(std::string_view name);

// The spelling conventions a name is written in, as a bit set of Spelling.
// A one-word name fits several ("running" is lower_snake, kebab-case and
// lowerCamel); a name that mixes conventions ("In_progress") fits none.
enum Spelling : unsigned {
  kLowerSnake = 1, kUpperSnake = 2, kKebab = 4, kUpperKebab = 8, kUpperCamel = 16, kLowerCamel = 32,
};
unsigned spellings(std::string_view name);
// "lower_snake_case", "UPPER_SNAKE_CASE", ... for the lowest bit of `set`.
const char* spelling_name(unsigned set);

// lower_snake_case ASCII: [a-z][a-z0-9]*(_[a-z0-9]+)*
bool is_lower_snake(std::string_view name);
// UpperCamelCase ASCII: [A-Z][A-Za-z0-9]*
bool is_upper_camel(std::string_view name);
// UPPER_SNAKE_CASE ASCII: [A-Z][A-Z0-9]*(_[A-Z0-9]+)*
bool is_upper_snake(std::string_view name);
// Protobuf enum value name: PREFIX_UPPER_SNAKE.
std::string proto_value(std::string_view prefix, std::string_view state);

}  // namespace statusc::naming

namespace statusc::naming {

// --- per-target identifiers (docs/generated/<target>.md lists the rules) ---
// One block per target, each defined in reserved_<target>.cpp.

// A C++ identifier that is not a keyword.
bool is_cpp_identifier(std::string_view name);

bool is_cpp_keyword(std::string_view word);

// C++ enumerator for a state, event or enum value: UpperCamel ("pr_open" ->
// "PrOpen"). UpperCamel words are never C++ keywords or standard macros.
std::string cpp_enumerator(std::string_view snake);
// A lower_snake C++ function or variable name, with '_' appended when it is
// a keyword, a standard or predefined macro, or a name statusc generates
// itself (see kCppGenerated in reserved_cpp.cpp).
std::string cpp_identifier(std::string_view snake);
// Keywords plus macros of the C and POSIX headers and the GNU predefined
// ones (`linux`, `unix` under gnu++17) that would break a declaration.
bool is_cpp_reserved(std::string_view word);

// TypeScript/JavaScript identifier from a lowerCamel or UpperCamel name, with
// '_' appended when it is a reserved word (ECMAScript + TypeScript).
std::string ts_identifier(std::string_view camel);
bool is_ts_reserved(std::string_view word);

// A Python keyword (keyword.kwlist), soft keyword (keyword.softkwlist:
// match, case, _, and type since 3.12) or builtin (dir(builtins)) that a
// generated name would shadow.
bool is_python_reserved(std::string_view word);
// `name` with '_' appended when it is reserved (PEP 8's
// single_trailing_underscore_): `class` -> `class_`, `type` -> `type_`.
std::string python_identifier(std::string_view name);
// An attribute every member of a `class X(str, enum.Enum)` has: the methods
// of str (dir(str)) and Enum's `name` and `value`. A generated method with
// such a name would override it.
bool is_python_str_enum_attribute(std::string_view word);

// Go: the 25 keywords (spec, "Keywords") and the predeclared identifiers
// (spec, "Predeclared identifiers"). Every identifier the go target derives
// is exported, so these constrain only the package name.
bool is_go_keyword(std::string_view word);
bool is_go_predeclared(std::string_view word);
// Method names the standard library (and gopkg.in/yaml) look for, or whose
// signature `go vet` checks: an attribute's accessor never takes one (an
// `Error() string` accessor would make fmt print every status as its
// attribute).
bool is_go_special_method(std::string_view name);
// Why `targets.go.package` cannot be `name`, or "" when it can: it must be
// lower-case ASCII letters and digits starting with a letter (no '_'), and
// not a keyword, a predeclared identifier or `main`.
std::string go_package_problem(std::string_view name);
// The default package: the spec file's stem, lower-cased, letters and
// digits only ("chat_session" -> "chatsession"); when that leaves nothing
// starting with a letter, the last segment of the spec's package the same
// way. A keyword, predeclared identifier or `main` gets "pkg" appended.
std::string go_default_package(std::string_view stem, std::string_view spec_package);
// Why `targets.go.import_path` cannot be `path`, or "" when it can:
// '/'-separated elements of ASCII letters, digits and "-._~+", none empty,
// "." or "..", none starting with '-' or '.'.
std::string go_import_path_problem(std::string_view path);
// The generated file's name: "<stem>.go", or "<package>.go" when the go
// tool would treat "<stem>.go" specially: ignore it (a leading '_' or '.'),
// take it for a test (`_test`), or build it only on one system (a `_linux`,
// `_arm64`, `_windows_amd64` suffix: go/build's file-name rule).
std::string go_file_name(std::string_view stem, std::string_view package);

}  // namespace statusc::naming
