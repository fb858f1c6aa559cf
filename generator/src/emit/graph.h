#pragma once
// A machine's state diagram as Mermaid `stateDiagram-v2` or Graphviz DOT
// text. Used by `statusc graph` and by the Markdown reference.

#include <string>
#include <vector>

#include "model/spec.h"

namespace statusc::graph {

// The lines of a Mermaid state diagram after `stateDiagram-v2`, unindented:
//   state "spawning" as s_spawning      (every state, in order)
//   [*] --> s_spawning                  (each initial state)
//   s_spawning --> s_working: start     (each transition, with its event)
//   s_merged --> [*]                    (each terminal state)
// Ids are "s_" + the name: Mermaid's lexer reads a line starting with
// `default`, `class `, `state `, `note ` or `scale ` as a keyword, so bare
// names are not safe ids; the label shows the name. Names and events are
// lower_snake identifiers, so nothing else needs escaping.
std::vector<std::string> mermaid_lines(const Machine& machine);

// "stateDiagram-v2" and the lines above, one per line, indented by two spaces.
std::string mermaid(const Machine& machine);

// A `digraph` with the initial states marked by an arrow from a point,
// terminal states drawn as double circles, and event labels on edges.
std::string dot(const Machine& machine);

}  // namespace statusc::graph
