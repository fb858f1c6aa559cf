#include "emit/graph.h"

#include <map>

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

// Words Mermaid's state diagram grammar reserves; a state so named is
// declared under an alias (`state "note" as note_`).
bool mermaid_keyword(const std::string& name) {
  static const char* const kWords[] = {"state", "note", "end", "direction", "class", "classDef", "style",
                                       "click", "linkStyle", "as", "left", "right", "of", "over"};
  for (const char* w : kWords)
    if (name == w) return true;
  return false;
}

std::string mermaid_id(const std::string& name) { return mermaid_keyword(name) ? name + "_" : name; }

// DOT ids are always quoted: `node`, `edge` and `graph` are keywords there.
std::string dot_id(const std::string& name) { return "\"" + name + "\""; }

}  // namespace

std::string mermaid(const Machine& m) {
  std::string out = "stateDiagram-v2\n";
  for (const State& s : m.states)
    if (mermaid_keyword(s.name)) out += "  state \"" + s.name + "\" as " + mermaid_id(s.name) + "\n";
  auto id = [&](int s) { return mermaid_id(m.states[static_cast<size_t>(s)].name); };
  for (int s : m.initial) out += "  [*] --> " + id(s) + "\n";
  for (const Edge& e : edges_of(m)) {
    out += "  " + id(e.from) + " --> " + id(e.to);
    if (!e.label.empty()) out += ": " + e.label;
    out += "\n";
  }
  for (const State& s : m.states)
    if (s.terminal()) out += "  " + mermaid_id(s.name) + " --> [*]\n";
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
