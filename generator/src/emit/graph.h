#pragma once
// A machine's state diagram as Mermaid `stateDiagram-v2` or Graphviz DOT
// text. Used by `statusc graph` and by the Markdown reference.

#include <string>

#include "model/spec.h"

namespace statusc::graph {

// The diagram body, without a ```mermaid fence:
//   stateDiagram-v2
//     [*] --> spawning
//     spawning --> working: start
//     merged --> [*]
// State names are lower_snake identifiers and event names likewise, so
// they need no escaping; parallel edges with different events are merged
// into one labelled "a, b".
std::string mermaid(const Machine& machine);

// A `digraph` with the initial states marked by an arrow from a point,
// terminal states drawn as double circles, and event labels on edges.
std::string dot(const Machine& machine);

}  // namespace statusc::graph
