#pragma once
// The commands behind the CLI. The driver is the only code that touches the
// disk; main.cpp only parses arguments and calls these.
//
// Exit codes: 0 success (warnings allowed), 1 a spec has errors, 2 usage or
// I/O error (missing file, directory, unreadable).

#include <iosfwd>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace statusc {

enum class ColorMode { Auto, Always, Never };

struct Console {
  std::ostream& out;
  std::ostream& err;
  ColorMode color = ColorMode::Auto;
  bool err_is_terminal = false;  // decided by main from isatty(2)
  bool out_is_terminal = false;  // and isatty(1)
  int error_limit = 20;          // --error-limit: errors (and warnings) shown at most; 0 for all

  // Color only on a terminal, never with NO_COLOR set (https://no-color.org).
  bool use_color() const { return use_color_on(err_is_terminal); }  // for `err`
  bool use_color_on(bool terminal) const;
};

// `config` in each is --config: statusc.yaml's path; empty finds the nearest
// one upwards (docs/ci.md). With a workspace, `files` may be empty.
struct CheckOptions {
  std::vector<std::string> files;
  bool quiet = false;
  std::string format = "text";  // text, json, github or sarif (docs/formats.md)
  std::string config;
};

int run_check(const CheckOptions& options, const Console& console);

struct GenerateOptions {
  std::vector<std::string> files;
  std::string out_dir;                // empty: each target's `out` in statusc.yaml
  std::vector<std::string> targets;  // empty: every target the spec enables
  bool check = false;                // compare with out_dir, write nothing
  std::string templates_dir;         // empty: the embedded templates
  bool quiet = false;
  std::string format = "text";       // text, json, github or sarif (docs/formats.md)
  std::string config;
};

// Writes nothing unless every spec is free of errors; writes each file
// atomically and only when its bytes change. With `check`, lists missing or
// stale files with a short diff and exits 1 if there are any.
int run_generate(const GenerateOptions& options, const Console& console);
struct GraphOptions {
  std::string file;
  std::string machine;  // empty: every machine
  std::string format = "mermaid";  // or "dot"
};

// Prints the state diagram of one or every machine of a valid spec.
int run_graph(const GraphOptions& options, const Console& console);

struct DiffOptions {
  std::vector<std::string> files;  // OLD NEW; with against_git, one or more current files
  std::string against_git;         // a git revision: compare each file with its version there
  std::string format = "text";     // text, json, github or sarif (docs/formats.md)
  bool strict = false;             // warnings fail too
  std::string config;
  bool against_workspace = false;  // no revision given: statusc.yaml's `breaking.against`, else HEAD
};

// `statusc diff`: every change between two versions of a spec, classified
// as error (wire-breaking), warning (behaviour) or note (safe), on stdout.
// Exit 1 when there is an error (or, with strict, a warning) or a spec does
// not compile; 2 for usage, I/O and git errors.
int run_diff(const DiffOptions& options, const Console& console);

struct InitOptions {
  std::string dir = ".";  // where statusc.yaml and specs/ go
  std::string package = "acme.example";
};
// `statusc init`: a commented statusc.yaml and a first spec; refuses (exit 1)
// to overwrite either.
int run_init(const InitOptions& options, const Console& console);

// Writes the embedded templates under `dir`, ready for --templates.
int run_templates_dump(const std::string& dir, const Console& console);
struct LspOptions {
  std::string docs_url;  // where diagnostics link to; "" finds docs/diagnostics.md near the binary
};
// `statusc lsp`: a Language Server Protocol server on stdin/stdout until
// the client sends `exit` (0 after `shutdown`, else 1).
int run_lsp(const LspOptions& options);

// `statusc explain CODE`, or every code with its summary when `code` is empty.
int run_explain(const std::string& code, const Console& console);

}  // namespace statusc
