// statusc_vectors SPEC.yaml [--spec-path REL]
//
// Prints the conformance vectors of one spec (docs/conformance.md): what
// every target's generated code must answer, computed from the checked model
// the way docs/spec-format.md defines it, never from generated code or an
// emitter. Exit 1 when the spec has errors, 2 on a usage or I/O error.

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/pipeline.h"
#include "emit/emitter.h"
#include "naming/naming.h"
#include "model/spec.h"

namespace {

using statusc::AttrType;
using statusc::Machine;
using statusc::Spec;
using Json = nlohmann::ordered_json;  // keys in the order the format lists them

// A text or number that two rules of the spec send to different states
// would make the vectors ambiguous; the checks forbid it, this guards them.
[[noreturn]] void fail(const std::string& what) { throw std::runtime_error(what); }

// Text -> state (or event) index, in insertion order, each text once.
class Lookup {
 public:
  void add(const std::string& text, int target, const std::string& what) {
    auto [it, inserted] = index_.emplace(text, target);
    if (!inserted && it->second != target) fail(what + " '" + text + "' has two meanings");
    if (inserted) order_.push_back(text);
  }
  bool contains(const std::string& text) const { return index_.count(text) != 0; }
  const std::vector<std::string>& texts() const { return order_; }
  int at(const std::string& text) const { return index_.at(text); }

 private:
  std::map<std::string, int> index_;
  std::vector<std::string> order_;
};

Json attribute_value(const statusc::Attribute& a, const statusc::AttrValue& v) {
  switch (a.type) {
    case AttrType::Bool: return v.as_int != 0;
    case AttrType::Enum: return a.values.at(static_cast<size_t>(v.as_int));
    case AttrType::String: return v.text;
    case AttrType::Int: return v.as_int;
  }
  return nullptr;
}

Json attributes_of(const Machine& m) {
  Json out = Json::array();
  for (const statusc::Attribute& a : m.attributes) {
    if (a.builtin) continue;  // `terminal` is each state's own key
    Json j = {{"name", a.name}, {"type", statusc::attr_type_name(a.type)}};
    if (a.type == AttrType::Bool) j["predicate"] = a.predicate;
    if (a.type == AttrType::Enum) j["values"] = a.values;
    out.push_back(std::move(j));
  }
  return out;
}

// Edges and event targets of a machine, from its expanded transitions.
struct Graph {
  std::vector<std::vector<bool>> edge;  // [from][to]
  std::vector<std::vector<int>> next;   // [state][event], -1 where the event does not apply
};

Graph graph_of(const Machine& m) {
  const size_t n = m.states.size();
  Graph g{std::vector<std::vector<bool>>(n, std::vector<bool>(n, false)),
          std::vector<std::vector<int>>(n, std::vector<int>(m.events.size(), -1))};
  for (const statusc::Transition& t : m.transitions) {
    if (t.from < 0 || t.to < 0) fail("a transition of " + m.name + " is not bound");
    g.edge[static_cast<size_t>(t.from)][static_cast<size_t>(t.to)] = true;
    if (t.event < 0) continue;
    int& slot = g.next[static_cast<size_t>(t.from)][static_cast<size_t>(t.event)];
    if (slot >= 0 && slot != t.to) fail(m.name + ": event '" + m.events[static_cast<size_t>(t.event)].name +
                                        "' has two targets from '" + m.states[static_cast<size_t>(t.from)].name + "'");
    slot = t.to;
  }
  return g;
}

Json states_of(const Spec& spec, const Machine& m, const Graph& g) {
  Json out = Json::array();
  for (size_t s = 0; s < m.states.size(); ++s) {
    const statusc::State& state = m.states[s];
    Json j;
    j["name"] = state.name;
    j["number"] = state.number;
    j["proto_name"] = spec.targets.enabled("proto") ? Json(statusc::naming::proto_value(m.proto_prefix, state.name)) : Json();
    j["initial"] = state.initial;
    j["terminal"] = state.terminal();
    Json values = Json::object();
    for (size_t a = 0; a < m.attributes.size(); ++a)
      if (!m.attributes[a].builtin) values[m.attributes[a].name] = attribute_value(m.attributes[a], state.values[a]);
    j["attributes"] = std::move(values);
    std::string bits;
    Json successors = Json::array();
    for (size_t t = 0; t < m.states.size(); ++t) {
      bits += g.edge[s][t] ? '1' : '0';
      if (g.edge[s][t]) successors.push_back(m.states[t].name);
    }
    j["can_transition_to"] = bits;
    j["successors"] = std::move(successors);
    Json next = Json::object();
    Json accepted = Json::array();
    for (size_t e = 0; e < m.events.size(); ++e) {
      const int to = g.next[s][e];
      next[m.events[e].name] = to < 0 ? Json() : Json(m.states[static_cast<size_t>(to)].name);
      if (to >= 0) accepted.push_back(m.events[e].name);
    }
    j["next"] = std::move(next);
    j["accepted_events"] = std::move(accepted);
    out.push_back(std::move(j));
  }
  return out;
}

// What parse, the event parse and migrate accept (docs/spec-format.md,
// Removed states and Renamed states).
struct Accepted {
  Lookup parse;    // today's names, then earlier names (renamed_from)
  Lookup events;
  Lookup migrate;  // parse's, then removed names with replaced_by and their earlier names
  std::vector<std::string> refused_legacy;  // removed names without replaced_by, and their earlier names
};

Accepted accepted_of(const Machine& m) {
  Accepted a;
  for (size_t s = 0; s < m.states.size(); ++s) a.parse.add(m.states[s].name, static_cast<int>(s), "state name");
  for (size_t s = 0; s < m.states.size(); ++s)
    for (const std::string& old : m.states[s].renamed_from) a.parse.add(old, static_cast<int>(s), "earlier name");
  for (size_t e = 0; e < m.events.size(); ++e) a.events.add(m.events[e].name, static_cast<int>(e), "event");
  for (const std::string& text : a.parse.texts()) a.migrate.add(text, a.parse.at(text), "name");
  for (const statusc::Removed& r : m.removed) {
    std::vector<std::string> names = {r.name};
    names.insert(names.end(), r.renamed_from.begin(), r.renamed_from.end());
    for (const std::string& name : names) {
      if (a.parse.contains(name)) fail("removed name '" + name + "' is also a state's name");
      if (r.replaced_by >= 0)
        a.migrate.add(name, r.replaced_by, "removed name");
      else
        a.refused_legacy.push_back(name);
    }
  }
  return a;
}

std::string with_case(std::string s, bool upper) {
  for (char& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// The near misses of one name: other case, '-' for '_' and back, prefixes,
// one-character extensions, surrounding spaces.
std::vector<std::string> near_misses_of(const std::string& name) {
  std::vector<std::string> out = {with_case(name, true), with_case(name, false)};
  if (!name.empty()) {
    std::string flipped = name;
    const char c = flipped[0];
    flipped[0] = with_case(std::string(1, c), !(c >= 'A' && c <= 'Z'))[0];
    out.push_back(flipped);
  }
  std::string dashes = name, underscores = name;
  std::replace(dashes.begin(), dashes.end(), '_', '-');
  std::replace(underscores.begin(), underscores.end(), '-', '_');
  out.push_back(dashes);
  out.push_back(underscores);
  if (name.size() > 1) {
    out.push_back(name.substr(0, name.size() - 1));
    out.push_back(name.substr(0, (name.size() + 1) / 2));
  }
  out.push_back(name + "_");
  out.push_back(name + "s");
  out.push_back(" " + name);
  out.push_back(name + " ");
  return out;
}

Json near_misses(const Accepted& a) {
  std::vector<std::string> seeds = a.migrate.texts();
  seeds.insert(seeds.end(), a.events.texts().begin(), a.events.texts().end());
  // Texts that look a name up by accident where a lookup is an object or a
  // C string: prototype and dunder keys, null words, a NUL or a non-ASCII
  // byte after a name, a long run.
  std::vector<std::string> tries = {"", " ", "__proto__", "constructor", "toString", "valueOf", "hasOwnProperty",
                                    "prototype", "__class__", "__dict__", "None", "null", "undefined", "nil", "0",
                                    std::string(1024, 'a')};
  if (!seeds.empty()) {
    tries.push_back(seeds.front() + std::string(1, '\0'));
    tries.push_back(seeds.front() + "\xc3\xa9");
  }
  tries.insert(tries.end(), a.refused_legacy.begin(), a.refused_legacy.end());
  for (const std::string& seed : seeds)
    for (std::string& miss : near_misses_of(seed)) tries.push_back(std::move(miss));
  Json out = Json::array();
  std::set<std::string> seen;
  for (const std::string& t : tries) {
    if (a.parse.contains(t) || a.events.contains(t) || a.migrate.contains(t)) continue;
    if (seen.insert(t).second) out.push_back(t);
  }
  return out;
}

Json machine_vectors(const Spec& spec, const Machine& m) {
  const Graph g = graph_of(m);
  const Accepted a = accepted_of(m);
  Json j;
  j["name"] = m.name;
  j["has_transitions"] = m.has_transitions;
  j["attributes"] = attributes_of(m);
  Json events = Json::array();
  for (const statusc::Event& e : m.events) events.push_back(e.name);
  j["events"] = std::move(events);
  j["states"] = states_of(spec, m, g);

  Json parses = Json::array();
  for (const std::string& text : a.parse.texts()) {
    const auto& state = m.states[static_cast<size_t>(a.parse.at(text))];
    parses.push_back({{"text", text}, {"state", state.name}, {"earlier", text != state.name}});
  }
  j["parses"] = std::move(parses);

  Json proto = Json::array();
  if (spec.targets.enabled("proto")) {
    Lookup names;
    for (size_t s = 0; s < m.states.size(); ++s)
      names.add(statusc::naming::proto_value(m.proto_prefix, m.states[s].name), static_cast<int>(s), "proto name");
    for (size_t s = 0; s < m.states.size(); ++s)
      for (const std::string& old : m.states[s].renamed_from)
        names.add(statusc::naming::proto_value(m.proto_prefix, old), static_cast<int>(s), "earlier proto name");
    for (const std::string& text : names.texts())
      proto.push_back({{"text", text}, {"state", m.states[static_cast<size_t>(names.at(text))].name}});
  }
  j["proto_parses"] = std::move(proto);

  Json event_parses = Json::array();
  for (const statusc::Event& e : m.events) event_parses.push_back({{"text", e.name}, {"event", e.name}});
  j["event_parses"] = std::move(event_parses);

  Json migrate_names = Json::array();
  for (const std::string& text : a.migrate.texts())
    migrate_names.push_back({{"text", text}, {"state", m.states[static_cast<size_t>(a.migrate.at(text))].name}});
  j["migrate_names"] = std::move(migrate_names);

  std::map<std::int64_t, int> migrate;  // number -> state
  Json migrate_numbers = Json::array();
  auto add_number = [&](std::int64_t number, int state) {
    auto [it, inserted] = migrate.emplace(number, state);
    if (!inserted) fail(m.name + ": wire number " + std::to_string(number) + " has two meanings");
    migrate_numbers.push_back({{"number", number}, {"state", m.states[static_cast<size_t>(state)].name}});
  };
  for (size_t s = 0; s < m.states.size(); ++s) add_number(m.states[s].number, static_cast<int>(s));
  std::set<std::int64_t> refused;  // removed numbers without replaced_by
  for (const statusc::Removed& r : m.removed) {
    if (!r.number_known) fail(m.name + ": removed '" + r.name + "' has no number");
    if (r.replaced_by >= 0)
      add_number(r.number, r.replaced_by);
    else
      refused.insert(r.number);
  }
  j["migrate_numbers"] = std::move(migrate_numbers);
  j["near_misses"] = near_misses(a);

  constexpr std::int64_t kMin = std::numeric_limits<std::int32_t>::min();
  constexpr std::int64_t kMax = std::numeric_limits<std::int32_t>::max();
  std::set<std::int64_t> tries = {0, -1, 1, 2, kMin, kMin + 1, kMax, kMax - 1};
  tries.insert(refused.begin(), refused.end());
  for (const statusc::State& s : m.states)
    for (std::int64_t v : {std::int64_t{s.number} - 1, std::int64_t{s.number} + 1, -std::int64_t{s.number}})
      tries.insert(v);
  Json unknown = Json::array();
  for (std::int64_t v : tries)
    if (v >= kMin && v <= kMax && !migrate.count(v)) unknown.push_back(v);
  j["unknown_numbers"] = std::move(unknown);
  return j;
}

int run(const std::string& path, const std::string& spec_path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "statusc_vectors: cannot read " << path << "\n";
    return 2;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  statusc::SourceFile file(spec_path, std::move(text));
  statusc::DiagnosticEngine diags;
  std::optional<Spec> spec = statusc::compile_spec(file, diags);
  if (!spec || diags.has_errors()) {
    statusc::render(std::cerr, diags, {});
    std::cerr << "statusc_vectors: " << spec_path << " has errors; no vectors for an invalid spec\n";
    return 1;
  }
  Json doc;
  doc["format"] = 1;
  doc["spec"] = spec_path;
  Json targets = Json::array();
  for (const statusc::Emitter* e : statusc::all_emitters())
    if (e->enabled(spec->targets)) targets.push_back(std::string(e->spec_key()));
  doc["targets"] = std::move(targets);
  doc["machines"] = Json::array();
  for (const Machine& m : spec->machines) doc["machines"].push_back(machine_vectors(*spec, m));
  std::cout << doc.dump(2) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string path, spec_path;
  bool usage_error = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--spec-path" && i + 1 < args.size())
      spec_path = args[++i];
    else if (path.empty() && !args[i].empty() && args[i][0] != '-')
      path = args[i];
    else
      usage_error = true;
  }
  if (path.empty() || usage_error) {
    std::cerr << "usage: statusc_vectors SPEC.yaml [--spec-path REL]\n"
                 "Prints the conformance vectors of SPEC (docs/conformance.md); REL is the path\n"
                 "written into them (default: SPEC as given).\n";
    return 2;
  }
  try {
    return run(path, spec_path.empty() ? path : spec_path);
  } catch (const std::exception& e) {
    std::cerr << "statusc_vectors: " << e.what() << "\n";
    return 2;
  }
}
