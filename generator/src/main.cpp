// statusc command line: parse arguments with CLI11, call the driver, return
// its exit code. Nothing else lives here.
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>

#include "driver/driver.h"
#include "driver/schema_command.h"
#include "util/suggest.h"

int main(int argc, char** argv) {
  CLI::App app{"statusc: a compiler for status specifications"};
  app.set_version_flag("--version", std::string("statusc ") + STATUSC_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options such as --color also work after the command

  std::string color = "auto";
  app.add_option("--color", color, "Color diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->transform(CLI::IsMember({"auto", "always", "never"}, CLI::ignore_case))
      ->option_text("auto|always|never");

  int error_limit = 20;
  app.add_option("--error-limit", error_limit,
                 "Show at most N errors and N warnings (a code repeated on one line counts once); 0 shows all")
      ->check(CLI::NonNegativeNumber)
      ->type_name("N");

  std::string config;
  app.add_option("--config", config,
                 "The workspace file (statusc.yaml); default: the nearest one from here up to the git work-tree root")
      ->type_name("FILE");

  statusc::CheckOptions check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check spec files and report every problem");
  check_cmd->add_option("files", check.files, "Spec files (YAML); default: the workspace's specs")->type_name("FILE");
  check_cmd->add_flag("-q,--quiet", check.quiet, "Print only diagnostics, no summary line per valid file");
  // --format: the same four formats on check, generate and diff (docs/formats.md).
  const std::vector<std::string> report_formats{"text", "json", "github", "sarif"};
  const char* format_help = "Diagnostics as text (default, on stderr) or on stdout as json, github (Actions "
                            "workflow commands) or sarif (SARIF 2.1.0)";
  check_cmd->add_option("--format", check.format, format_help)
      ->check(CLI::IsMember(report_formats))
      ->option_text("text|json|github|sarif");

  statusc::GenerateOptions generate;
  CLI::App* generate_cmd = app.add_subcommand("generate", "Check specs, then generate code for every enabled target");
  generate_cmd->add_option("files", generate.files, "Spec files (YAML); default: the workspace's specs")
      ->type_name("FILE");
  generate_cmd->add_option("-o,--out", generate.out_dir,
                           "Output directory for every target (default with a workspace: each target's 'out')")
      ->type_name("DIR");
  generate_cmd->add_option("--target", generate.targets, "Only these targets: cpp, proto, ts (or typescript), md (or markdown), python, go; comma-separated")
      ->delimiter(',')
      ->type_name("LIST");
  generate_cmd->add_flag("--check", generate.check,
                         "Write nothing; exit 1 listing each missing or stale file with a diff (for CI)");
  generate_cmd->add_option("--templates", generate.templates_dir,
                           "Use templates from DIR where present (see 'statusc templates dump')")
      ->type_name("DIR");
  generate_cmd->add_flag("-q,--quiet", generate.quiet, "No summary line");
  generate_cmd->add_option("--format", generate.format, format_help)
      ->check(CLI::IsMember(report_formats))
      ->option_text("text|json|github|sarif");

  statusc::GraphOptions graph;
  CLI::App* graph_cmd = app.add_subcommand("graph", "Print a machine's state diagram (Mermaid or Graphviz DOT)");
  graph_cmd->add_option("file", graph.file, "Spec file (YAML)")->required()->type_name("FILE");
  graph_cmd->add_option("--machine", graph.machine, "Only this machine (default: every machine)")->type_name("NAME");
  graph_cmd->add_option("--format", graph.format, "mermaid (default) or dot")
      ->check(CLI::IsMember({"mermaid", "dot"}))
      ->option_text("mermaid|dot");

  statusc::DiffOptions diff;
  CLI::App* diff_cmd = app.add_subcommand("diff", "Report every change between two versions of a spec, classified");
  diff_cmd->add_option("files", diff.files,
                       "OLD NEW, or with --against-git the current file(s); default: the workspace's specs")
      ->type_name("FILE");
  CLI::Option* against_git =
      diff_cmd
          ->add_option("--against-git", diff.against_git,
                       "Compare each FILE with its version at git revision REF (default: the workspace's "
                       "breaking.against, else HEAD)")
          ->expected(0, 1)
          ->type_name("[REF]");
  diff_cmd->add_option("--format", diff.format, "Changes as text (default), json, github or sarif, on stdout")
      ->check(CLI::IsMember(report_formats))
      ->option_text("text|json|github|sarif");
  diff_cmd->add_flag("--strict", diff.strict, "Exit 1 on warnings (behaviour changes) too");

  statusc::InitOptions init;
  CLI::App* init_cmd = app.add_subcommand("init", "Write a commented statusc.yaml and a first spec (never overwrites)");
  init_cmd->add_option("dir", init.dir, "Folder to write into (default: the current one)")->type_name("DIR");
  init_cmd->add_option("--package", init.package, "The first spec's package (default: acme.example)")
      ->type_name("NAME");

  std::string dump_dir;
  CLI::App* templates_cmd = app.add_subcommand("templates", "Work with the code-generation templates");
  templates_cmd->require_subcommand(1);
  CLI::App* dump_cmd = templates_cmd->add_subcommand("dump", "Write the built-in templates to DIR for customising");
  dump_cmd->add_option("dir", dump_dir, "Directory to write into")->required()->type_name("DIR");

  std::string code;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Explain a diagnostic code; list all codes without one");
  explain_cmd->add_option("code", code, "A diagnostic code, e.g. unreachable-state")->type_name("CODE");

  statusc::LspOptions lsp;
  CLI::App* lsp_cmd = app.add_subcommand("lsp", "Run the language server (LSP 3.17) on stdin/stdout for editors");
  lsp_cmd->add_option("--docs-url", lsp.docs_url, "Link diagnostic codes to URL#code (default: docs/diagnostics.md)")
      ->type_name("URL");
  bool lsp_stdio = false;
  lsp_cmd->add_flag("--stdio", lsp_stdio, "Talk over stdin/stdout (the only transport; accepted for editors that pass it)");

  CLI::App* schema_cmd = app.add_subcommand(
      "schema", "Print the JSON Schema of the spec format, for editors (see docs/editors.md)");

  // CLI11 would call an unknown command an unexpected argument; say it plainly.
  std::vector<std::string_view> commands{"check",   "generate",  "diff", "graph",
                                         "explain", "templates", "lsp",  "schema", "init"};
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
  statusc::Console console{std::cout, std::cerr, mode, isatty(STDERR_FILENO) != 0, isatty(STDOUT_FILENO) != 0,
                           error_limit};
  check.config = generate.config = diff.config = config;
  diff.against_workspace = against_git->count() > 0 && diff.against_git.empty();
  if (init_cmd->parsed()) return statusc::run_init(init, console);
  if (check_cmd->parsed()) return statusc::run_check(check, console);
  if (explain_cmd->parsed()) return statusc::run_explain(code, console);
  if (generate_cmd->parsed()) return statusc::run_generate(generate, console);
  if (graph_cmd->parsed()) return statusc::run_graph(graph, console);
  if (diff_cmd->parsed()) return statusc::run_diff(diff, console);
  if (lsp_cmd->parsed()) return statusc::run_lsp(lsp);
  if (dump_cmd->parsed()) return statusc::run_templates_dump(dump_dir, console);
  if (schema_cmd->parsed()) return statusc::run_schema(console);
  return 2;
}
