// statusc command line: parse arguments with CLI11, call the driver, return
// its exit code. Nothing else lives here.
#include <unistd.h>

#include <iostream>

#include <CLI/CLI.hpp>

#include "driver/driver.h"

int main(int argc, char** argv) {
  CLI::App app{"statusc: a compiler for status specifications"};
  app.set_version_flag("--version", std::string("statusc ") + STATUSC_VERSION);
  app.require_subcommand(1);

  statusc::ColorMode color = statusc::ColorMode::Auto;
  std::map<std::string, statusc::ColorMode> color_names{
      {"auto", statusc::ColorMode::Auto}, {"always", statusc::ColorMode::Always}, {"never", statusc::ColorMode::Never}};
  app.add_option("--color", color, "Color diagnostics: auto (on a terminal without NO_COLOR), always, never")
      ->transform(CLI::CheckedTransformer(color_names, CLI::ignore_case))
      ->option_text("auto|always|never");

  statusc::CheckOptions check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check spec files and report every problem");
  check_cmd->add_option("files", check.files, "Spec files (YAML)")->required()->type_name("FILE");
  check_cmd->add_flag("-q,--quiet", check.quiet, "Print only diagnostics, no summary line per valid file");

  std::string code;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Explain a diagnostic code; list all codes without one");
  explain_cmd->add_option("code", code, "A diagnostic code, e.g. unreachable-state")->type_name("CODE");

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

  statusc::Console console{std::cout, std::cerr, color, isatty(STDERR_FILENO) != 0};
  if (check_cmd->parsed()) return statusc::run_check(check, console);
  if (explain_cmd->parsed()) return statusc::run_explain(code, console);
  return 2;
}
