// statusc command line: parse arguments with CLI11, call the driver, return
// its exit code. Nothing else lives here.
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>

#include "driver/driver.h"
#include "util/suggest.h"

int main(int argc, char** argv) {
  CLI::App app{"statusc: a compiler for status specifications"};
  app.set_version_flag("--version", std::string("statusc ") + STATUSC_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options such as --color also work after the command

  std::string color = "auto";
  app.add_option("--color", color, "Color diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->option_text("auto|always|never");

  statusc::CheckOptions check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check spec files and report every problem");
  check_cmd->add_option("files", check.files, "Spec files (YAML)")->required()->type_name("FILE");
  check_cmd->add_flag("-q,--quiet", check.quiet, "Print only diagnostics, no summary line per valid file");

  std::string code;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Explain a diagnostic code; list all codes without one");
  explain_cmd->add_option("code", code, "A diagnostic code, e.g. unreachable-state")->type_name("CODE");

  // CLI11 would call an unknown command an unexpected argument; say it plainly.
  std::vector<std::string_view> commands{"check", "explain"};
  if (argc > 1 && argv[1][0] != '-' && std::find(commands.begin(), commands.end(), argv[1]) == commands.end()) {
    std::cerr << "statusc: error: unknown command '" << argv[1] << "'" << statusc::did_you_mean(argv[1], commands)
              << "\nRun 'statusc --help' for the list of commands.\n";
    return 2;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;  // usage error
  }

  statusc::ColorMode mode = color == "always"  ? statusc::ColorMode::Always
                           : color == "never" ? statusc::ColorMode::Never
                                              : statusc::ColorMode::Auto;
  statusc::Console console{std::cout, std::cerr, mode, isatty(STDERR_FILENO) != 0};
  if (check_cmd->parsed()) return statusc::run_check(check, console);
  if (explain_cmd->parsed()) return statusc::run_explain(code, console);
  return 2;
}
