// Builds one Machine: states and numbers, initial states, invariants and
// removed entries. Attributes and transitions have files of their own.
#include <algorithm>
#include <climits>

#include "naming/naming.h"
#include "model/builder_internal.h"
#include "util/suggest.h"

namespace statusc {
namespace {

// Every target stores a wire number as a 32-bit signed integer (protobuf
// enum values are int32). Number 0 is a number like any other here; while
// the proto target is on, check/numbers.cpp keeps it for UNSPECIFIED.
constexpr int64_t kMinNumber = INT32_MIN;
constexpr int64_t kMaxNumber = INT32_MAX;

// Checks a written number; nullopt after reporting.
std::optional<int> check_number(const Located<int64_t>& n, std::string_view what, DiagnosticEngine& diags) {
  if (n.value < kMinNumber || n.value > kMaxNumber) {
    diags.report(DiagKind::InvalidNumber, n.loc,
                 std::string(what) + " has number " + std::to_string(n.value) + ", outside " +
                     std::to_string(kMinNumber) + ".." + std::to_string(kMaxNumber) +
                     " (wire numbers are 32-bit signed integers, as protobuf enum values are)");
    return std::nullopt;
  }
  return static_cast<int>(n.value);
}

// A number is unknown (`number_known` false) when it was written and
// rejected, or is implicit and follows an unknown one (previous + 1 of
// what?). Unknown numbers sit out the duplicate check, so one bad number
// gives one error; the next valid written number makes the sequence known.
void build_states(const RawMachine& raw, Machine& m, DiagnosticEngine& diags) {
  int64_t previous = 0;
  bool known = true;
  for (const RawState& rs : raw.states) {
    State s;
    s.name = rs.name.value;
    s.loc = rs.loc;
    s.number_loc = rs.loc;
    if (rs.number) {
      std::optional<int> n = check_number(*rs.number, "state '" + s.name + "'", diags);
      s.number = n.value_or(0);
      s.number_known = n.has_value();
      s.number_given = true;
      s.number_loc = rs.number->loc;
    } else if (rs.number_invalid) {
      s.number_given = true;  // reported by the parser
    } else if (known && previous >= kMaxNumber) {
      diags.report(DiagKind::InvalidNumber, rs.loc,
                   "state '" + s.name + "' would get number " + std::to_string(previous + 1) +
                       " (previous + 1), outside " + std::to_string(kMinNumber) + ".." + std::to_string(kMaxNumber) +
                       "; give it a number");
      known = false;  // the states after it are unknown too, not each an error
    } else if (known) {
      s.number = static_cast<int>(previous + 1);
      s.number_known = true;
    }
    if (s.number_given) known = s.number_known;
    if (s.number_known) previous = s.number;
    if (rs.description) s.description = rs.description->value;
    for (const LString& old : rs.renamed_from) {
      s.renamed_from.push_back(old.value);
      s.renamed_from_locs.push_back(old.loc);
    }
    build_state_values(rs, m, s, diags);
    m.states.push_back(std::move(s));
  }
  m.state_index.rebuild(m.states);
}

void build_initial(const RawMachine& raw, Machine& m, DiagnosticEngine& diags) {
  m.initial_loc = raw.initial_given ? raw.initial_loc : raw.loc;
  for (const LString& name : raw.initial) {
    int s = resolve_state(m, name, "initial state", diags);
    if (s < 0) {
      m.graph_incomplete = true;
      continue;
    }
    if (m.states[static_cast<size_t>(s)].initial) {
      diags.report(DiagKind::DuplicateName, name.loc, "state '" + name.value + "' is listed twice in 'initial'");
      continue;
    }
    m.states[static_cast<size_t>(s)].initial = true;
    m.initial.push_back(s);
    m.initial_locs.push_back(name.loc);
  }
  if (m.has_transitions && !raw.initial_given) {
    diags.report(DiagKind::MissingInitial, raw.loc,
                 "machine '" + m.name + "' has transitions but no 'initial' state; add 'initial: " +
                     (m.states.empty() ? std::string("STATE") : m.states[0].name) + "'");
  }
}

void build_invariants(const RawMachine& raw, Machine& m, DiagnosticEngine& diags) {
  const expr::SymbolTable symbols = m.symbols();

  for (const RawInvariant& ri : raw.invariants) {
    std::optional<expr::Expr> compiled;
    if (ri.assert_text_exact) {
      compiled = expr::compile(ri.assert_text.value, symbols, ri.assert_text_start, diags);
    } else {
      // Offsets into a multi-line or escaped scalar are not columns: point
      // at the expression's start and quote the offending text instead.
      DiagnosticEngine local;
      compiled = expr::compile(ri.assert_text.value, symbols, ri.assert_text_start, local);
      for (const Diagnostic& d : local.diagnostics()) {
        int offset = d.loc.column - ri.assert_text_start.column;
        std::string near = for_message(ri.assert_text.value.substr(
            static_cast<size_t>(std::clamp(offset, 0, static_cast<int>(ri.assert_text.value.size())))), 20);
        diags.report(d.kind, ri.assert_text_start,
                     d.message + (near.empty() ? " (at the end of the expression)" : " (at '" + near + "')"));
      }
    }
    if (!compiled) continue;
    Invariant inv;
    inv.loc = ri.loc;
    inv.expr = std::move(*compiled);
    if (ri.name) {
      inv.name = ri.name->value;
      inv.name_loc = ri.name->loc;
    }
    if (ri.description) inv.description = ri.description->value;
    m.invariants.push_back(std::move(inv));
  }
}

void build_removed(const RawMachine& raw, Machine& m, DiagnosticEngine& diags) {
  for (const RawRemoved& rr : raw.removed) {
    Removed r;
    r.name = rr.name.value;
    r.loc = rr.loc;
    if (rr.number) {
      std::optional<int> n = check_number(*rr.number, "removed state '" + r.name + "'", diags);
      r.number = n.value_or(0);
      r.number_known = n.has_value();
      r.number_loc = rr.number->loc;
    }
    if (rr.replaced_by) {
      r.replaced_by = resolve_state(m, *rr.replaced_by, "replacement", diags);
      r.replaced_by_loc = rr.replaced_by->loc;
    }
    if (rr.description) r.description = rr.description->value;
    for (const LString& old : rr.renamed_from) {
      r.renamed_from.push_back(old.value);
      r.renamed_from_locs.push_back(old.loc);
    }
    m.removed.push_back(std::move(r));
  }
}

}  // namespace

int resolve_state(const Machine& m, const LString& name, std::string_view role, DiagnosticEngine& diags) {
  int s = m.find_state(name.value);
  if (s >= 0) return s;
  if (std::find(m.rejected_names.begin(), m.rejected_names.end(), name.value) != m.rejected_names.end())
    return -1;
  std::vector<std::string> names;
  names.reserve(m.states.size());
  for (const State& st : m.states) names.push_back(st.name);
  diags.report(DiagKind::UnknownState, name.loc,
               std::string(role) + " '" + name.value + "' is not a state of machine '" + m.name + "'" +
                   did_you_mean(name.value, names));
  return -1;
}

Machine build_machine(const RawMachine& raw, DiagnosticEngine& diags) {
  Machine m;
  m.name = raw.name.value;
  m.loc = raw.loc;
  if (raw.description) m.description = raw.description->value;
  if (raw.proto_prefix) {
    m.proto_prefix = raw.proto_prefix->value;
    m.proto_prefix_given = true;
    m.proto_prefix_loc = raw.proto_prefix->loc;
  } else {
    m.proto_prefix = naming::upper_snake(m.name);
    m.proto_prefix_loc = raw.loc;
  }
  m.rejected_names = raw.rejected_names;  // refused keys: no follow-on errors
  m.has_transitions = raw.transitions_given;
  if (raw.cyclic) {
    m.cyclic = raw.cyclic->value;
    m.cyclic_loc = raw.cyclic->loc;
  }
  m.graph_incomplete = raw.transitions_malformed;
  build_attributes(raw, m, diags);
  build_states(raw, m, diags);
  build_initial(raw, m, diags);
  build_transitions(raw, m, diags);
  build_invariants(raw, m, diags);
  build_removed(raw, m, diags);
  return m;
}

}  // namespace statusc
