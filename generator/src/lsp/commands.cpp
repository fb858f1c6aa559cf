// workspace/executeCommand: statusc.generate (write the spec's outputs, as
// `statusc generate` does, through the driver's callback) and
// statusc.diagram (the Mermaid text of its machines), and the code lenses
// that offer both.
#include <filesystem>

#include "emit/emitter.h"
#include "emit/graph.h"
#include "lsp/features.h"
#include "lsp/request.h"
#include "lsp/server.h"

namespace statusc::lsp {
namespace {

// A command's one argument: the document's URI, or an object with `uri`
// and the command's options.
json argument_object(const json& params) {
  const json& arguments = member(params, "arguments");
  if (!arguments.is_array() || arguments.empty())
    throw RequestError{error_code::kInvalidParams, "the command takes one argument: the document's URI, or {\"uri\": ...}"};
  const json& first = arguments.front();
  if (first.is_string()) return {{"uri", first}};
  if (!first.is_object()) throw RequestError{error_code::kInvalidParams, "the argument must be a URI or an object with 'uri'"};
  return first;
}

std::string enabled_targets(const Spec& spec) {
  std::string list;
  for (const Emitter* e : all_emitters())
    if (e->enabled(spec.targets)) list += (list.empty() ? "" : ", ") + std::string(e->name());
  return list;
}

json lens(const Context& ctx, int line, const std::string& title, const char* command, json argument) {
  return {{"range", ctx.range(line, 0, 0)},
          {"command", {{"title", title}, {"command", command}, {"arguments", json::array({std::move(argument)})}}}};
}

}  // namespace

std::optional<json> diagram(const Context& ctx, const std::string& machine) {
  json machines = json::array();
  std::string markdown;
  for (const Machine& m : ctx.analysis.spec->machines) {
    if (!machine.empty() && m.name != machine) continue;
    std::string text = graph::mermaid(m);
    markdown += (markdown.empty() ? "" : "\n") + std::string("## ") + m.name + "\n\n```mermaid\n" + text + "```\n";
    machines.push_back({{"name", m.name}, {"mermaid", std::move(text)}});
  }
  if (machines.empty()) return std::nullopt;
  return json{{"machines", std::move(machines)}, {"markdown", std::move(markdown)}};
}

json code_lenses(const Context& ctx) {
  json lenses = json::array();
  const Analysis& a = ctx.analysis;
  if (!a.raw) return lenses;
  // Only a spec without errors can be generated or drawn; while it has
  // errors the lenses would only fail.
  if (!a.spec || a.diags.has_errors()) return lenses;
  std::string targets = enabled_targets(*a.spec);
  if (!targets.empty()) lenses.push_back(lens(ctx, 0, "Generate " + targets, kGenerateCommand, {{"uri", ctx.uri}}));
  for (const RawMachine& m : a.raw->machines)
    if (m.name.loc.has_position() && a.machine(m.name.value) != nullptr)
      lenses.push_back(lens(ctx, m.name.loc.line, "Show diagram", kDiagramCommand,
                            {{"uri", ctx.uri}, {"machine", m.name.value}}));
  return lenses;
}

json Server::execute_command(const json& params, std::vector<json>& out) {
  std::string command = text_member(params, "command");
  if (command != kGenerateCommand && command != kDiagramCommand)
    throw RequestError{error_code::kInvalidParams, "unknown command: " + command};
  json argument = argument_object(params);
  if (command == kGenerateCommand) return generate(argument, out);

  json uri_holder = {{"textDocument", {{"uri", member(argument, "uri")}}}};
  Document* doc = document(uri_holder);
  const Analysis& analysis = fresh(*doc);
  if (!analysis.spec || analysis.diags.has_errors())
    throw RequestError{error_code::kRequestFailed, "the spec has errors; the diagram is drawn once it has none"};
  std::string machine = member(argument, "machine").is_string() ? member(argument, "machine").get<std::string>() : "";
  Context ctx{analysis, encoding_, text_member(argument, "uri"), options_.diagnostics_docs_url, rename_keeps_old_name_};
  std::optional<json> result = diagram(ctx, machine);
  if (!result) throw RequestError{error_code::kInvalidParams, "no machine '" + machine + "' in the spec"};
  return *result;
}

std::string Server::output_directory(const Document& doc, const json& argument) const {
  namespace fs = std::filesystem;
  const json& given = member(argument, "outputDirectory");
  std::string dir = given.is_string() ? given.get<std::string>() : output_directory_;
  fs::path spec_dir = fs::path(doc.path).parent_path();
  if (dir.empty()) return {};  // as configured: the driver looks for statusc.yaml
  fs::path p(dir);
  if (p.is_absolute()) return p.lexically_normal().string();
  return ((root_path_.empty() ? spec_dir : fs::path(root_path_)) / p).lexically_normal().string();
}

json Server::generate(const json& argument, std::vector<json>& out) {
  json uri_holder = {{"textDocument", {{"uri", member(argument, "uri")}}}};
  Document* doc = document(uri_holder);
  if (doc->path.empty()) throw RequestError{error_code::kRequestFailed, "the document is not a file: save it first"};
  if (!options_.generate) throw RequestError{error_code::kRequestFailed, "this server cannot write files"};
  const Analysis& analysis = fresh(*doc);
  if (!analysis.spec || analysis.diags.has_errors()) {
    int errors = analysis.diags.error_count();
    throw RequestError{error_code::kRequestFailed, "the spec has " + std::to_string(errors) + " error" +
                                                       (errors == 1 ? "" : "s") + "; nothing is generated until it has none"};
  }
  std::string dir = output_directory(*doc, argument);
  std::string error;
  std::optional<ServerOptions::Generated> generated = options_.generate(doc->path, doc->text, dir, error);
  if (!generated) throw RequestError{error_code::kRequestFailed, error};
  dir = generated->directory;
  size_t total = generated->written.size() + generated->unchanged.size();
  std::string message = "statusc: " + std::to_string(total) + " file" + (total == 1 ? "" : "s") + " generated in " +
                        dir + ", " + std::to_string(generated->written.size()) + " written, " +
                        std::to_string(generated->unchanged.size()) + " unchanged";
  out.push_back({{"jsonrpc", "2.0"}, {"method", "window/showMessage"}, {"params", {{"type", 3}, {"message", message}}}});
  return {{"outputDirectory", dir}, {"written", generated->written}, {"unchanged", generated->unchanged}};
}

}  // namespace statusc::lsp
