// The language server's debounce, driven message by message without I/O:
// changes publish nothing until flush(), which publishes the last text
// once; a request in between answers on the text as last changed.
#include <catch2/catch.hpp>

#include "lsp/server.h"

using namespace statusc;
using lsp::json;

namespace {

const char* kSpec = R"(statusc: 1
package: acme.jobs
machines:
  Job:
    initial: queued
    states:
      queued: {}
      running: {}
      done: {terminal: true}
    transitions:
      - {from: queued, to: running, on: start}
      - {from: running, to: done, on: finish}
)";

struct Session {
  lsp::Server server{lsp::ServerOptions{}};
  int next_id = 1;
  std::vector<json> send(json message) {
    message["jsonrpc"] = "2.0";
    return server.handle(message.dump());
  }
  json request(const std::string& method, json params) {
    std::vector<json> out = send({{"id", next_id++}, {"method", method}, {"params", std::move(params)}});
    REQUIRE(!out.empty());
    return out.front();
  }
  void notify(const std::string& method, json params) {
    CHECK(send({{"method", method}, {"params", std::move(params)}}).empty());  // nothing until flush()
  }
};

const std::string kUri = "untitled:jobs";

json change(const std::string& text, int version) {
  return {{"textDocument", {{"uri", kUri}, {"version", version}}}, {"contentChanges", json::array({{{"text", text}}})}};
}

}  // namespace

TEST_CASE("lsp: a burst of changes is checked and published once, after it", "[lsp]") {
  Session s;
  s.request("initialize", {{"capabilities", json::object()}});
  s.notify("textDocument/didOpen", {{"textDocument", {{"uri", kUri}, {"version", 1}, {"text", kSpec}}}});
  CHECK(s.server.has_pending());
  std::vector<json> first = s.server.flush();
  REQUIRE(first.size() == 1);
  CHECK(first[0]["params"]["version"] == 1);
  CHECK(first[0]["params"]["diagnostics"].empty());
  CHECK_FALSE(s.server.has_pending());
  CHECK(s.server.flush().empty());

  // Typing `runing` for `running` one character at a time.
  std::string text = kSpec;
  const std::string typo = "to: runing";
  size_t at = text.find("to: running, on: start");
  auto typed = [&](size_t n) { return text.substr(0, at) + typo.substr(0, n) + text.substr(at + 11); };
  int version = 1;
  for (size_t n = 7; n <= typo.size(); ++n) s.notify("textDocument/didChange", change(typed(n), ++version));
  // A request among the changes answers on the text as last changed:
  // `runing` has no definition, `running` has.
  json position = {{"line", 10}, {"character", std::string("      - {from: queued, to: ru").size()}};
  json at_typo = s.request("textDocument/definition", {{"textDocument", {{"uri", kUri}}}, {"position", position}});
  CHECK(at_typo["result"].is_null());
  s.notify("textDocument/didChange", change(kSpec, ++version));
  json at_name = s.request("textDocument/definition", {{"textDocument", {{"uri", kUri}}}, {"position", position}});
  CHECK(at_name["result"]["range"]["start"]["line"] == 7);
  s.notify("textDocument/didChange", change(typed(typo.size()), ++version));
  std::vector<json> published = s.server.flush();
  REQUIRE(published.size() == 1);
  CHECK(published[0]["params"]["version"] == version);
  REQUIRE(published[0]["params"]["diagnostics"].size() == 1);
  CHECK(published[0]["params"]["diagnostics"][0]["code"] == "unknown-state");

  // Closed before the flush: only the clearing publish of didClose.
  s.notify("textDocument/didChange", change(kSpec, ++version));
  std::vector<json> closed = s.send({{"method", "textDocument/didClose"}, {"params", {{"textDocument", {{"uri", kUri}}}}}});
  REQUIRE(closed.size() == 1);
  CHECK(closed[0]["params"]["diagnostics"].empty());
  CHECK_FALSE(s.server.has_pending());
}
