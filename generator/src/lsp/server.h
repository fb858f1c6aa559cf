#pragma once
// The language server's state machine: takes one JSON-RPC message at a time
// and returns the messages to send back (the reply); flush() returns the
// diagnostics of the documents changed since the last flush.
// No I/O: the driver (driver/lsp_command.cpp) owns stdin/stdout and hands
// in the one thing that needs the disk, reading a file at a git revision.

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lsp/analysis.h"
#include "lsp/features.h"
#include "lsp/protocol.h"

namespace statusc::lsp {

struct ServerOptions {
  // URL of docs/diagnostics.md; a diagnostic's code links to URL#code.
  std::string diagnostics_docs_url;
  // The text of `path` at git revision `revision`: nullopt when git cannot
  // answer or the file is not in the work tree; an empty optional string
  // member of the pair means the revision does not have the file.
  struct GitText {
    bool exists = false;
    std::string text;
  };
  std::function<std::optional<GitText>(const std::string& path, const std::string& revision)> read_at_revision;
  // Writes the files the spec `text` (of the file `spec_path`) enables,
  // exactly as `statusc generate` does: under `out_dir`, or when it is
  // empty where the statusc.yaml above the spec puts each target, else next
  // to the spec. nullopt with `error` when it cannot. Unset: the
  // statusc.generate command is refused.
  struct Generated {
    std::string directory;  // where the files went, for people
    std::vector<std::string> written;
    std::vector<std::string> unchanged;
  };
  std::function<std::optional<Generated>(const std::string& spec_path, const std::string& text,
                                         const std::string& out_dir, std::string& error)>
      generate;
};

class Server {
 public:
  explicit Server(ServerOptions options);

  // Replies to a request come back at once; diagnostics of changed
  // documents wait for flush(), so a burst of edits is checked once.
  std::vector<json> handle(std::string_view body);
  // Whether a document changed since its diagnostics were last published.
  bool has_pending() const { return !pending_.empty(); }
  // Publishes the diagnostics of every changed document: the driver calls
  // it once no message is waiting to be read.
  std::vector<json> flush();
  // A message that could not be read (bad header, too large): the error
  // reply, with a null id since the request's id is unknown.
  std::vector<json> framing_error(ReadStatus status);

  bool exited() const { return exited_; }
  // 0 after shutdown then exit, 1 for an exit without shutdown (LSP spec).
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct Document {
    std::string uri;
    std::string path;  // "" for URIs that are not files
    std::string text;
    long long version = 0;
    bool stale = true;  // `text` changed after `current` was made
    std::shared_ptr<const Analysis> current;
    std::shared_ptr<const Analysis> last_good;  // the last one with a readable shape
    // The spec at the comparison revision, compiled once per document.
    struct Baseline {
      bool tried = false;
      std::shared_ptr<const Analysis> analysis;  // null: nothing to compare with
    } baseline;
  };

  json dispatch(const std::string& method, const json& params, std::vector<json>& out);
  json initialize(const json& params);
  void notify(const std::string& method, const json& params, std::vector<json>& out);
  void open(const json& params);
  void change(const json& params);
  void changed(const std::string& uri, Document& doc);
  json publish(const std::string& uri, Document& doc);
  Document* document(const json& params);
  // The analysis of the document's current text, made now if it changed.
  const Analysis& fresh(Document& doc);
  std::optional<Context> navigation_context(const json& params, const Document*& doc);
  // commands.cpp: workspace/executeCommand.
  json execute_command(const json& params, std::vector<json>& out);
  json generate(const json& argument, std::vector<json>& out);
  std::string output_directory(const Document& doc, const json& argument) const;

  ServerOptions options_;
  Encoding encoding_ = Encoding::Utf16;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  bool rename_keeps_old_name_ = true;
  bool git_changes_ = true;
  std::string git_revision_ = "HEAD";
  std::string root_path_;         // the workspace folder, "" when the client named none
  std::string output_directory_;  // setting `outputDirectory`: "" is the spec's folder
  std::map<std::string, Document> documents_;
  std::set<std::string> pending_;  // URIs whose diagnostics are to be published
};

}  // namespace statusc::lsp
