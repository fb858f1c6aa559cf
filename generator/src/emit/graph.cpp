#include "emit/graph.h"

#include <map>

#include "naming/naming.h"

namespace statusc::graph {
namespace {

// Edges in declaration order, with the events of parallel edges joined.
struct Edge {
  int from, to;
  std::string label;
};

std::vector<Edge> edges_of(const Machine& m) {
  std::vector<Edge> edges;
  std::map<std::pair<int, int>, size_t> index;
  for (const Transition& t : m.transitions) {
    auto [it, fresh] = index.emplace(std::make_pair(t.from, t.to), edges.size());
    if (fresh) edges.push_back({t.from, t.to, ""});
    Edge& e = edges[it->second];
    std::string event = t.event >= 0 ? m.events[static_cast<size_t>(t.event)].name : "";
    if (t.restore) event += event.empty() ? "restore" : " (restore)";
    if (!event.empty()) e.label += (e.label.empty() ? "" : ", ") + event;
  }
  return edges;
}

// DOT ids are always quoted: `node`, `edge` and `graph` are keywords there.
std::string dot_id(const std::string& name) { return "\"" + name + "\""; }

// From the name's words, so that every spelling gives a plain Mermaid id
// (`shutting-down` -> s_shutting_down); the label shows the name itself.
std::string mermaid_id(const Machine& m, int s) {
  return "s_" + naming::word_key(m.states[static_cast<size_t>(s)].name);
}

}  // namespace

std::vector<std::string> mermaid_lines(const Machine& m) {
  // Each state's id, spelled once rather than once per edge.
  std::vector<std::string> ids;
  ids.reserve(m.states.size());
  for (size_t s = 0; s < m.states.size(); ++s) ids.push_back(mermaid_id(m, static_cast<int>(s)));
  auto id = [&](int s) -> const std::string& { return ids[static_cast<size_t>(s)]; };
  std::vector<std::string> lines;
  lines.reserve(2 * m.states.size() + m.initial.size() + m.transitions.size());
  for (size_t s = 0; s < m.states.size(); ++s) lines.push_back("state \"" + m.states[s].name + "\" as " + ids[s]);
  for (int s : m.initial) lines.push_back("[*] --> " + id(s));
  for (const Transition& t : m.transitions) {
    std::string line = id(t.from) + " --> " + id(t.to);
    if (t.event >= 0) line.append(": ").append(m.events[static_cast<size_t>(t.event)].name);
    lines.push_back(std::move(line));
  }
  for (size_t s = 0; s < m.states.size(); ++s)
    if (m.states[s].terminal()) lines.push_back(ids[s] + " --> [*]");
  return lines;
}

std::string mermaid(const Machine& m) {
  std::string out = "stateDiagram-v2\n";
  for (const std::string& line : mermaid_lines(m)) out += "  " + line + "\n";
  return out;
}

std::string dot(const Machine& m) {
  std::string out = "digraph " + dot_id(m.name) + " {\n  rankdir=LR;\n  node [shape=circle];\n";
  for (const State& s : m.states)
    out += "  " + dot_id(s.name) + (s.terminal() ? " [shape=doublecircle];\n" : ";\n");
  for (int s : m.initial) {
    std::string start = dot_id("[*] " + m.states[static_cast<size_t>(s)].name);
    out += "  " + start + " [shape=point];\n  " + start + " -> " + dot_id(m.states[static_cast<size_t>(s)].name) + ";\n";
  }
  for (const Edge& e : edges_of(m)) {
    out += "  " + dot_id(m.states[static_cast<size_t>(e.from)].name) + " -> " +
           dot_id(m.states[static_cast<size_t>(e.to)].name);
    if (!e.label.empty()) out += " [label=\"" + e.label + "\"]";
    out += ";\n";
  }
  return out + "}\n";
}

}  // namespace statusc::graph
