// Go's reserved words and the names the go tool and the standard library
// give a meaning, with their sources (docs/generated/go.md states the rules
// built on them).
#include <algorithm>
#include <vector>

#include "naming/naming.h"
#include "naming/reserved.h"

namespace statusc::naming {
namespace {

// The Go Programming Language Specification, "Keywords" (unchanged from Go 1
// to Go 1.22).
constexpr std::string_view kGoKeywords[] = {
    "break",    "case",   "chan",    "const", "continue", "default", "defer",  "else",      "fallthrough",
    "for",      "func",   "go",      "goto",  "if",       "import",  "interface", "map",    "package",
    "range",    "return", "select",  "struct", "switch",  "type",    "var",
};
static_assert(std::size(kGoKeywords) == 25);

// The Go Programming Language Specification (Go 1.19), "Predeclared
// identifiers", which includes `any` and `comparable` since Go 1.18. `clear`,
// `min` and `max` became built-in functions in Go 1.21; they are reserved
// too, so a package named after one reads the same under newer Go.
constexpr std::string_view kGoPredeclared[] = {
    // Types
    "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64",
    "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32",
    "uint64", "uintptr",
    // Constants and the zero value
    "true", "false", "iota", "nil",
    // Functions
    "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new", "panic",
    "print", "println", "real", "recover",
    // Functions since Go 1.21
    "clear", "min", "max",
};

// Method names with a meaning to someone else:
// - fmt: String (Stringer), GoString (GoStringer), Format (Formatter),
//   Error (fmt prints an error's Error() before String()), Scan (Scanner);
// - encoding: MarshalText, UnmarshalText, MarshalBinary, UnmarshalBinary;
//   encoding/json: MarshalJSON, UnmarshalJSON; encoding/xml: MarshalXML,
//   UnmarshalXML, MarshalXMLAttr, UnmarshalXMLAttr; encoding/gob: GobEncode,
//   GobDecode;
// - database/sql: Scan (Scanner), database/sql/driver: Value (Valuer);
// - errors: Is, As, Unwrap;
// - io, as go vet's stdmethods analyzer checks them (Go 1.19,
//   cmd/vendor/golang.org/x/tools/go/analysis/passes/stdmethods):
//   ReadByte, ReadFrom, ReadRune, Seek, UnreadByte, UnreadRune, WriteByte,
//   WriteTo;
// - gopkg.in/yaml.v2 and v3: MarshalYAML, UnmarshalYAML.
constexpr std::string_view kGoSpecialMethods[] = {
    "String",      "GoString",      "Format",         "Error",           "Scan",
    "MarshalText", "UnmarshalText", "MarshalBinary",  "UnmarshalBinary", "MarshalJSON",
    "UnmarshalJSON", "MarshalXML",  "UnmarshalXML",   "MarshalXMLAttr",  "UnmarshalXMLAttr",
    "GobEncode",   "GobDecode",     "Value",          "Is",              "As",
    "Unwrap",      "ReadByte",      "ReadFrom",       "ReadRune",        "Seek",
    "UnreadByte",  "UnreadRune",    "WriteByte",      "WriteTo",         "MarshalYAML",
    "UnmarshalYAML",
};

// go/build's knownOS and knownArch (src/go/build/syslist.go, Go 1.19; Go
// 1.21 added wasip1): a file whose name ends in _GOOS, _GOARCH or
// _GOOS_GOARCH (before an optional _test) is built only there.
constexpr std::string_view kGoKnownOS[] = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux",
    "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
};
constexpr std::string_view kGoKnownArch[] = {
    "386",   "amd64",    "amd64p32", "arm",        "armbe",       "arm64",   "arm64be", "loong64",
    "mips",  "mipsle",   "mips64",   "mips64le",   "mips64p32",   "mips64p32le", "ppc", "ppc64",
    "ppc64le", "riscv",  "riscv64",  "s390",       "s390x",       "sparc",   "sparc64", "wasm",
};

bool lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// ASCII letters and digits of `text`, lower-cased; everything else dropped.
std::string squeezed(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if (lower_alnum(c)) out += c;
  }
  return out;
}

bool claimed_by_go(std::string_view name) {
  return is_go_keyword(name) || is_go_predeclared(name) || name == "main";
}

// go/build's goodOSArchFile: the name up to its first '.', from its first
// '_', split at '_', without a final "test".
bool constrained_by_name(std::string_view file) {
  std::string_view name = file.substr(0, file.find('.'));
  size_t underscore = name.find('_');
  if (underscore == std::string_view::npos) return false;
  std::vector<std::string_view> parts;
  for (size_t start = underscore + 1;;) {
    size_t end = name.find('_', start);
    parts.push_back(name.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  if (!parts.empty() && parts.back() == "test") parts.pop_back();
  if (parts.empty()) return false;
  return contains_word(kGoKnownOS, parts.back()) || contains_word(kGoKnownArch, parts.back());
}

}  // namespace

bool is_go_keyword(std::string_view word) { return contains_word(kGoKeywords, word); }
bool is_go_predeclared(std::string_view word) { return contains_word(kGoPredeclared, word); }
bool is_go_special_method(std::string_view name) { return contains_word(kGoSpecialMethods, name); }

std::string go_package_problem(std::string_view name) {
  if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z') || !std::all_of(name.begin(), name.end(), lower_alnum))
    return "a Go package name is lower-case ASCII letters and digits, starting with a letter (no '_')";
  if (is_go_keyword(name)) return "it is a Go keyword";
  if (is_go_predeclared(name)) return "it is a predeclared Go identifier";
  if (name == "main") return "package main is a command, not a package other code can import";
  return "";
}

std::string go_default_package(std::string_view stem, std::string_view spec_package) {
  std::string name = squeezed(stem);
  if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) {
    size_t dot = spec_package.rfind('.');
    name = squeezed(dot == std::string_view::npos ? spec_package : spec_package.substr(dot + 1));
  }
  if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) name = "status" + name;
  if (claimed_by_go(name)) name += "pkg";
  return name;
}

std::string go_import_path_problem(std::string_view path) {
  if (path.empty()) return "it is empty";
  for (size_t start = 0;;) {
    size_t end = path.find('/', start);
    std::string_view element = path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (element.empty()) return "it has an empty element (a leading, trailing or doubled '/')";
    if (element == "." || element == "..") return "it has a '.' or '..' element";
    if (element[0] == '-' || element[0] == '.') return "an element starts with '-' or '.'";
    for (char c : element) {
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == '+';
      if (!ok) return "import paths are ASCII letters, digits and '-._~+' in '/'-separated elements";
    }
    if (end == std::string_view::npos) return "";
    start = end + 1;
  }
}

std::string go_file_name(std::string_view stem, std::string_view package) {
  std::string file = std::string(stem) + ".go";
  const bool ignored = stem.empty() || stem[0] == '_' || stem[0] == '.';
  const bool test = stem.size() >= 5 && stem.substr(stem.size() - 5) == "_test";
  if (ignored || test || constrained_by_name(file)) return std::string(package) + ".go";
  return file;
}

}  // namespace statusc::naming
