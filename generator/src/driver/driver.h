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

  // Color only on a terminal, never with NO_COLOR set (https://no-color.org).
  bool use_color() const;
};

struct CheckOptions {
  std::vector<std::string> files;
  bool quiet = false;
};

int run_check(const CheckOptions& options, const Console& console);
// `statusc explain CODE`, or every code with its summary when `code` is empty.
int run_explain(const std::string& code, const Console& console);

}  // namespace statusc
