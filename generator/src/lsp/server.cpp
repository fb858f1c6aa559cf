#include "lsp/server.h"

#include <exception>

#include "driver/pipeline.h"
#include "lsp/features.h"
#include "lsp/request.h"

namespace statusc::lsp {
namespace {

json error_reply(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json result_reply(const json& id, json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json capabilities(Encoding encoding) {
  return {
      {"positionEncoding", encoding_name(encoding)},
      {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", false}}},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"hoverProvider", true},
      {"documentSymbolProvider", true},
      {"renameProvider", {{"prepareProvider", true}}},
      {"completionProvider", {{"triggerCharacters", json::array({" ", ":", "[", ",", "(", "{"})}}},
      {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}},
      {"semanticTokensProvider", {{"legend", semantic_token_legend()}, {"full", true}}},
      {"executeCommandProvider", {{"commands", json::array({kGenerateCommand, kDiagramCommand})}}},
      {"codeLensProvider", {{"resolveProvider", false}}},
  };
}

}  // namespace

Server::Server(ServerOptions options) : options_(std::move(options)) {}

std::vector<json> Server::framing_error(ReadStatus status) {
  std::string message = status == ReadStatus::TooLarge
                            ? "message larger than " + std::to_string(kMaxMessageBytes) + " bytes, dropped"
                            : "header without a valid Content-Length, skipped";
  return {error_reply(nullptr, error_code::kParseError, message)};
}

std::vector<json> Server::handle(std::string_view body) {
  std::vector<json> out;
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded()) {
    out.push_back(error_reply(nullptr, error_code::kParseError, "the message is not valid JSON"));
    return out;
  }
  if (message.is_array()) {  // LSP has no batches
    out.push_back(error_reply(nullptr, error_code::kInvalidRequest, "batch messages are not supported"));
    return out;
  }
  const json& method = member(message, "method");
  const json& id = member(message, "id");
  bool has_id = message.is_object() && message.contains("id");
  bool valid_id = id.is_string() || id.is_number_integer();
  if (!message.is_object() || (has_id && !valid_id) || (!method.is_string() && !message.contains("result") &&
                                                        !message.contains("error"))) {
    out.push_back(error_reply(valid_id ? id : json(nullptr), error_code::kInvalidRequest,
                              "not a JSON-RPC request, notification or response"));
    return out;
  }
  if (!method.is_string()) return out;  // a response to a request we never send
  std::string name = method.get<std::string>();
  const json& params = member(message, "params");

  if (!has_id) {  // a notification: no reply, errors are dropped
    try {
      notify(name, params, out);
    } catch (const RequestError&) {
    } catch (const std::exception&) {
    }
    return out;
  }
  if (!initialized_ && name != "initialize") {
    out.push_back(error_reply(id, error_code::kServerNotInitialized, "the server is not initialized"));
    return out;
  }
  if (shutdown_) {
    out.push_back(error_reply(id, error_code::kInvalidRequest, "the server is shutting down"));
    return out;
  }
  try {
    json result = dispatch(name, params, out);
    out.insert(out.begin(), result_reply(id, std::move(result)));
  } catch (const RequestError& e) {
    out.insert(out.begin(), error_reply(id, e.code, e.message));
  } catch (const std::exception& e) {
    out.insert(out.begin(), error_reply(id, error_code::kInternalError, std::string("internal error: ") + e.what()));
  }
  return out;
}

json Server::initialize(const json& params) {
  if (initialized_) throw RequestError{error_code::kInvalidRequest, "initialize was already called"};
  const json& encodings = member(member(member(params, "capabilities"), "general"), "positionEncodings");
  encoding_ = Encoding::Utf16;
  if (encodings.is_array())
    for (const json& e : encodings)
      if (e == "utf-8") encoding_ = Encoding::Utf8;
  const json& init = member(params, "initializationOptions");
  if (member(init, "renameKeepsOldName").is_boolean()) rename_keeps_old_name_ = member(init, "renameKeepsOldName").get<bool>();
  if (member(init, "gitRevision").is_string()) git_revision_ = member(init, "gitRevision").get<std::string>();
  if (member(init, "breakingChanges").is_boolean()) git_changes_ = member(init, "breakingChanges").get<bool>();
  if (git_revision_.empty() || git_revision_[0] == '-') git_revision_ = "HEAD";
  if (member(init, "outputDirectory").is_string()) output_directory_ = member(init, "outputDirectory").get<std::string>();
  // The workspace folder: relative output directories are taken from it.
  const json& folders = member(params, "workspaceFolders");
  if (member(params, "rootUri").is_string()) {
    root_path_ = path_from_uri(member(params, "rootUri").get<std::string>());
  } else if (folders.is_array() && !folders.empty() && member(folders.front(), "uri").is_string()) {
    root_path_ = path_from_uri(member(folders.front(), "uri").get<std::string>());
  }
  initialized_ = true;
  return {{"capabilities", capabilities(encoding_)},
          {"serverInfo", {{"name", "statusc"}, {"version", STATUSC_VERSION}}}};
}

void Server::notify(const std::string& method, const json& params, std::vector<json>& out) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ || shutdown_) return;
  if (method == "textDocument/didOpen") {
    open(params);
  } else if (method == "textDocument/didChange") {
    change(params);
  } else if (method == "textDocument/didClose") {
    std::string uri = text_member(member(params, "textDocument"), "uri");
    documents_.erase(uri);
    pending_.erase(uri);
    out.push_back({{"jsonrpc", "2.0"},
                   {"method", "textDocument/publishDiagnostics"},
                   {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
  } else if (method == "workspace/didChangeConfiguration") {
    const json& settings = member(member(params, "settings"), "statusc");
    if (member(settings, "outputDirectory").is_string())
      output_directory_ = member(settings, "outputDirectory").get<std::string>();
    if (member(settings, "gitRevision").is_string()) {
      std::string revision = member(settings, "gitRevision").get<std::string>();
      if (!revision.empty() && revision[0] != '-' && revision != git_revision_) {
        git_revision_ = revision;
        for (auto& [uri, doc] : documents_) {
          doc.baseline = {};
          pending_.insert(uri);
        }
      }
    }
  }
  // initialized, $/cancelRequest, $/setTrace and the rest need nothing.
}

void Server::open(const json& params) {
  const json& item = member(params, "textDocument");
  std::string uri = text_member(item, "uri");
  Document& doc = documents_[uri];
  doc = Document{};
  doc.uri = uri;
  doc.path = path_from_uri(uri);
  doc.text = text_member(item, "text");
  if (member(item, "version").is_number_integer()) doc.version = member(item, "version").get<long long>();
  changed(uri, doc);
}

void Server::change(const json& params) {
  const json& item = member(params, "textDocument");
  std::string uri = text_member(item, "uri");
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;
  Document& doc = it->second;
  const json& changes = member(params, "contentChanges");
  if (!changes.is_array()) return;
  for (const json& c : changes) {
    std::string text = text_member(c, "text");
    const json& range = member(c, "range");
    if (!range.is_object()) {
      doc.text = std::move(text);
      continue;
    }
    // Incremental edits are applied too, though the server asks for full text.
    SourceFile file("", doc.text);
    auto start = byte_position(file, member(range, "start"), encoding_);
    auto end = byte_position(file, member(range, "end"), encoding_);
    if (!start || !end) continue;
    auto offset = [&](const BytePosition& p) {
      size_t line_start = static_cast<size_t>(file.line_text(p.line).data() - file.text().data());
      return line_start + static_cast<size_t>(p.column);
    };
    size_t from = offset(*start), to = offset(*end);
    if (to < from) std::swap(from, to);
    doc.text.replace(from, to - from, text);
  }
  if (member(item, "version").is_number_integer()) doc.version = member(item, "version").get<long long>();
  changed(uri, doc);
}

void Server::changed(const std::string& uri, Document& doc) {
  doc.stale = true;
  pending_.insert(uri);
}

std::vector<json> Server::flush() {
  std::vector<json> out;
  for (const std::string& uri : pending_) {
    auto it = documents_.find(uri);
    if (it == documents_.end()) continue;
    out.push_back({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", publish(uri, it->second)}});
  }
  pending_.clear();
  return out;
}

json Server::publish(const std::string& uri, Document& doc) {
  Context ctx{fresh(doc), encoding_, uri, options_.diagnostics_docs_url, rename_keeps_old_name_};
  json diagnostics = to_lsp_diagnostics(ctx);
  // Breaking changes against the revision, once the buffer compiles cleanly:
  // a change is only meaningful between two valid specs.
  if (git_changes_ && options_.read_at_revision && !doc.path.empty() && doc.current->spec &&
      !doc.current->diags.has_errors()) {
    if (!doc.baseline.tried) {
      doc.baseline.tried = true;
      if (auto old = options_.read_at_revision(doc.path, git_revision_); old && old->exists) {
        auto before = analyze(git_revision_ + ":" + doc.path, std::move(old->text));
        if (before->spec && !before->diags.has_errors()) doc.baseline.analysis = std::move(before);
      }
    }
    if (doc.baseline.analysis) {
      std::vector<compat::Change> changes = compat::compare(*doc.baseline.analysis->spec, *doc.current->spec);
      for (json& d : change_diagnostics(ctx, changes, git_revision_)) diagnostics.push_back(std::move(d));
    }
  }
  return {{"uri", uri}, {"version", doc.version}, {"diagnostics", std::move(diagnostics)}};
}

const Analysis& Server::fresh(Document& doc) {
  if (doc.stale || !doc.current) {
    doc.current = analyze(doc.path.empty() ? doc.uri : doc.path, doc.text);
    if (doc.current->navigable()) doc.last_good = doc.current;
    doc.stale = false;
  }
  return *doc.current;
}

Server::Document* Server::document(const json& params) {
  std::string uri = text_member(member(params, "textDocument"), "uri");
  auto it = documents_.find(uri);
  if (it == documents_.end()) throw RequestError{error_code::kInvalidParams, "document not open: " + uri};
  fresh(it->second);  // a request answers on the text as last changed, published or not
  return &it->second;
}

std::optional<Context> Server::navigation_context(const json& params, const Document*& doc) {
  doc = document(params);
  std::string uri = text_member(member(params, "textDocument"), "uri");
  const Analysis* analysis = doc->current->navigable() ? doc->current.get() : doc->last_good.get();
  if (analysis == nullptr) return std::nullopt;
  return Context{*analysis, encoding_, uri, options_.diagnostics_docs_url, rename_keeps_old_name_};
}

json Server::dispatch(const std::string& method, const json& params, std::vector<json>& out) {
  if (method == "initialize") return initialize(params);
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  const Document* doc = nullptr;
  auto position_check = [&] {
    const json& pos = member(params, "position");
    auto natural = [](const json& v) { return v.is_number_unsigned() || (v.is_number_integer() && v.get<long long>() >= 0); };
    if (!natural(member(pos, "line")) || !natural(member(pos, "character")))
      throw RequestError{error_code::kInvalidParams, "'position' needs a non-negative 'line' and 'character'"};
  };
  if (method == "textDocument/definition" || method == "textDocument/references" ||
      method == "textDocument/hover" || method == "textDocument/prepareRename" || method == "textDocument/rename") {
    position_check();
    auto ctx = navigation_context(params, doc);
    if (!ctx) return nullptr;
    if (method == "textDocument/definition") return definition(*ctx, params);
    if (method == "textDocument/references") return references(*ctx, params);
    if (method == "textDocument/hover") return hover(*ctx, params);
    if (method == "textDocument/prepareRename") return prepare_rename(*ctx, params);
    std::string error;
    json edit = rename(*ctx, params, error);
    if (!error.empty()) throw RequestError{error_code::kRequestFailed, error};
    return edit;
  }
  if (method == "textDocument/documentSymbol") {
    auto ctx = navigation_context(params, doc);
    return ctx ? document_symbols(*ctx) : json::array();
  }
  if (method == "textDocument/semanticTokens/full") {
    auto ctx = navigation_context(params, doc);
    // Tokens must match the current text: none while it does not parse.
    if (!ctx || &ctx->analysis != doc->current.get()) return {{"data", json::array()}};
    return semantic_tokens(*ctx);
  }
  if (method == "textDocument/completion") {
    position_check();
    doc = document(params);
    const Analysis& analysis = doc->current->navigable() || !doc->last_good ? *doc->current : *doc->last_good;
    Context ctx{analysis, encoding_, text_member(member(params, "textDocument"), "uri"), options_.diagnostics_docs_url,
                rename_keeps_old_name_};
    return completion(ctx, *doc->current->file, params);
  }
  if (method == "textDocument/codeAction") {
    doc = document(params);
    Context ctx{*doc->current, encoding_, text_member(member(params, "textDocument"), "uri"),
                options_.diagnostics_docs_url, rename_keeps_old_name_};
    return code_actions(ctx, params);
  }
  if (method == "textDocument/codeLens") {
    Document* current = document(params);  // lenses must match the current text
    Context ctx{fresh(*current), encoding_, text_member(member(params, "textDocument"), "uri"),
                options_.diagnostics_docs_url, rename_keeps_old_name_};
    return code_lenses(ctx);
  }
  if (method == "workspace/executeCommand") return execute_command(params, out);
  throw RequestError{error_code::kMethodNotFound, "method not supported: " + method};
}

}  // namespace statusc::lsp
