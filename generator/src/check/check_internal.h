#pragma once
// Shared pieces of the checks (internal to check/).

#include <string>
#include <vector>

#include "model/spec.h"
#include "util/suggest.h"  // name_list

namespace statusc {

// Adjacency lists of a machine's transitions, built once per machine.
struct Graph {
  std::vector<std::vector<int>> out;  // out[s]: indices into Machine::transitions
  std::vector<std::vector<int>> in;

  explicit Graph(const Machine& m);
  // States reachable from `sources` following edges forwards (or backwards).
  std::vector<bool> reach(const std::vector<int>& sources, bool backwards, const Machine& m) const;
};

void check_names(const Spec& spec, DiagnosticEngine& diags);
void check_numbers(const Machine& m, bool proto, DiagnosticEngine& diags);
void check_exhaustiveness(const Machine& m, DiagnosticEngine& diags);
void check_reachability(const Machine& m, const Graph& g, DiagnosticEngine& diags);
void check_initial_terminal(const Machine& m, DiagnosticEngine& diags);
void check_terminal(const Machine& m, DiagnosticEngine& diags);
void check_dead_ends(const Machine& m, const Graph& g, DiagnosticEngine& diags);
void check_progress(const Machine& m, const Graph& g, DiagnosticEngine& diags);
void check_determinism(const Machine& m, DiagnosticEngine& diags);
void check_invariants(const Machine& m, DiagnosticEngine& diags);

}  // namespace statusc
