// The C++ conformance driver (docs/conformance.md): checks the generated
// headers of a set of specs against their vector files. The main() that
// includes the headers is written per run by write_main.cpp; it registers
// each machine through machine_of<E>(), which sees the generated API only
// through statusc::machine_traits<E> and the overloads argument-dependent
// lookup finds (docs/generated/cpp.md, "Generic code"), plus one accessor
// per attribute, called by its documented name, in the written glue.
//
// Everything is compared by state and event name, so a failure message
// reads like the spec.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace statusc_conformance {

using Json = nlohmann::json;
using Result = std::optional<std::string>;  // a state's or event's name, or nothing

// One machine's generated API over wire numbers (states) and positions
// (events), so the checks below are compiled once, not once per machine.
struct Machine {
  std::string name;
  std::vector<std::int32_t> values;  // wire numbers, in the order of machine_traits::values
  bool has_transitions = false, has_events = false;
  std::string_view (*to_string)(std::int32_t) = nullptr;
  std::int32_t (*to_number)(std::int32_t) = nullptr;
  std::optional<std::int32_t> (*parse)(std::string_view) = nullptr;
  std::optional<std::int32_t> (*migrate)(std::string_view) = nullptr;
  std::optional<std::int32_t> (*from_number)(std::int32_t) = nullptr;
  std::optional<std::int32_t> (*migrate_number)(std::int32_t) = nullptr;
  bool (*is_initial)(std::int32_t) = nullptr;
  std::vector<std::string> predicate_names;  // machine_traits: "terminal" and the bool attributes
  bool (*predicate)(std::size_t, std::int32_t) = nullptr;
  bool (*can_transition)(std::int32_t, std::int32_t) = nullptr;
  std::vector<std::int32_t> (*successors)(std::int32_t) = nullptr;
  std::vector<std::string> events;  // names, in the order of machine_traits::events
  std::optional<std::int32_t> (*parse_event)(std::string_view) = nullptr;
  std::optional<std::int32_t> (*next)(std::int32_t, std::int32_t) = nullptr;
  std::vector<std::int32_t> (*accepted_events)(std::int32_t) = nullptr;
  // The written glue: each attribute's value through its own predicate or
  // accessor, as JSON (bool, the enum value's name, the string, the integer).
  std::map<std::string, Json (*)(std::int32_t)> attributes;
};

template <typename E>
std::optional<std::int32_t> number_of(statusc::maybe<E> v) {
  if (!v) return std::nullopt;
  return static_cast<std::int32_t>(*v);
}

template <typename E>
Machine machine_of() {
  using T = statusc::machine_traits<E>;
  Machine m;
  m.name = std::string(T::name);
  for (E v : T::values) m.values.push_back(static_cast<std::int32_t>(v));
  m.has_transitions = T::has_transitions;
  m.has_events = T::has_events;
  m.to_string = [](std::int32_t n) { return to_string(static_cast<E>(n)); };
  m.to_number = [](std::int32_t n) { return to_number(static_cast<E>(n)); };
  m.parse = [](std::string_view s) { return number_of(T::parse(s)); };
  m.migrate = [](std::string_view s) { return number_of(T::migrate(s)); };
  m.from_number = [](std::int32_t n) { return number_of(T::from_number(n)); };
  m.migrate_number = [](std::int32_t n) { return number_of(T::migrate_number(n)); };
  m.is_initial = [](std::int32_t n) { return is_initial(static_cast<E>(n)); };
  for (std::string_view p : T::predicate_names) m.predicate_names.emplace_back(p);
  m.predicate = [](std::size_t p, std::int32_t n) { return T::predicates[p](static_cast<E>(n)); };
  if constexpr (T::has_transitions) {
    m.can_transition = [](std::int32_t a, std::int32_t b) {
      return can_transition(static_cast<E>(a), static_cast<E>(b));
    };
    m.successors = [](std::int32_t n) {
      std::vector<std::int32_t> out;
      for (E v : successors(static_cast<E>(n))) out.push_back(static_cast<std::int32_t>(v));
      return out;
    };
  }
  if constexpr (T::has_events) {
    using Ev = typename T::event_type;
    for (Ev e : T::events) m.events.emplace_back(to_string(e));
    m.parse_event = [](std::string_view s) -> std::optional<std::int32_t> {
      auto e = T::parse_event(s);
      if (!e) return std::nullopt;
      return static_cast<std::int32_t>(*e);
    };
    m.next = [](std::int32_t n, std::int32_t e) { return number_of(next(static_cast<E>(n), static_cast<Ev>(e))); };
    m.accepted_events = [](std::int32_t n) {
      std::vector<std::int32_t> out;
      for (Ev e : accepted_events(static_cast<E>(n))) out.push_back(static_cast<std::int32_t>(e));
      return out;
    };
  }
  return m;
}

// The machines of each spec, by spec path; a spec absent from `generated`
// turned the cpp target off.
struct Registry {
  std::map<std::string, std::vector<Machine>> generated;
};

class Checker {
 public:
  explicit Checker(const Machine& m) : m_(m) {}

  int checks = 0, failures = 0;

  void expect(bool ok, const std::string& what) {
    ++checks;
    if (ok) return;
    if (++failures <= 30) std::fprintf(stderr, "  %s: %s\n", m_.name.c_str(), what.c_str());
  }
  // `got` must equal the vector's string (or null).
  void expect_name(const Result& got, const Json& expected, const std::string& what) {
    const Result want = expected.is_null() ? Result() : Result(expected.get<std::string>());
    expect(got == want, what + ": got " + show(got) + ", expected " + show(want));
  }
  Result state(std::optional<std::int32_t> n) const {
    if (!n) return std::nullopt;
    return std::string(m_.to_string(*n));
  }
  Result event(std::optional<std::int32_t> e) const {
    if (!e || *e < 0 || static_cast<std::size_t>(*e) >= m_.events.size()) return e ? Result("?") : Result();
    return m_.events[static_cast<std::size_t>(*e)];
  }
  static std::string show(const Result& r) { return r ? "'" + *r + "'" : std::string("nothing"); }

  void run(const Json& v);

 private:
  void check_state(const Json& s, std::size_t i, const Json& attributes, const Json& events);
  const Machine& m_;
};

inline void Checker::check_state(const Json& s, std::size_t i, const Json& attributes, const Json& events) {
  const std::string name = s.at("name").get<std::string>();
  const std::int32_t v = m_.values[i];
  const std::string at = "state '" + name + "'";
  expect(m_.to_string(v) == name, at + ": to_string gives '" + std::string(m_.to_string(v)) + "'");
  expect(m_.to_number(v) == s.at("number").get<std::int32_t>(), at + ": to_number");
  expect_name(state(m_.from_number(s.at("number").get<std::int32_t>())), s.at("name"), at + ": from_number");
  expect(m_.is_initial(v) == s.at("initial").get<bool>(), at + ": is_initial");
  expect(m_.predicate(0, v) == s.at("terminal").get<bool>(), at + ": is_terminal (machine_traits::predicates[0])");
  for (const Json& a : attributes) {
    const std::string attr = a.at("name").get<std::string>();
    const Json& want = s.at("attributes").at(attr);
    auto glue = m_.attributes.find(attr);
    expect(glue != m_.attributes.end(), at + ": no accessor for '" + attr + "' in the glue");
    if (glue != m_.attributes.end()) {
      const Json got = glue->second(v);
      expect(got == want, at + ": " + attr + " is " + got.dump() + ", expected " + want.dump());
    }
    if (a.at("type") != "bool") continue;
    std::size_t p = 0;
    while (p < m_.predicate_names.size() && m_.predicate_names[p] != attr) ++p;
    expect(p < m_.predicate_names.size(), at + ": '" + attr + "' is not in machine_traits::predicate_names");
    if (p < m_.predicate_names.size())
      expect(m_.predicate(p, v) == want.get<bool>(), at + ": machine_traits::predicates for '" + attr + "'");
  }
  if (m_.has_transitions) {
    const std::string bits = s.at("can_transition_to").get<std::string>();
    expect(bits.size() == m_.values.size(), at + ": can_transition_to has one character per state");
    for (std::size_t j = 0; j < bits.size() && j < m_.values.size(); ++j) {
      const bool got = m_.can_transition(v, m_.values[j]);
      expect(got == (bits[j] == '1'), "can_transition(" + name + ", " + std::string(m_.to_string(m_.values[j])) +
                                          ") is " + (got ? "true" : "false"));
    }
    std::vector<std::string> got;
    for (std::int32_t t : m_.successors(v)) got.emplace_back(m_.to_string(t));
    expect(Json(got) == s.at("successors"), at + ": successors are " + Json(got).dump());
  }
  if (m_.has_events) {
    for (std::size_t e = 0; e < events.size(); ++e) {
      const std::string ev = events[e].get<std::string>();
      expect_name(state(m_.next(v, static_cast<std::int32_t>(e))), s.at("next").at(ev),
                  "next(" + name + ", " + ev + ")");
    }
    std::vector<std::string> got;
    for (std::int32_t e : m_.accepted_events(v)) got.push_back(event(e).value_or("?"));
    expect(Json(got) == s.at("accepted_events"), at + ": accepted_events are " + Json(got).dump());
  }
}

inline void Checker::run(const Json& v) {
  const Json& states = v.at("states");
  const Json& events = v.at("events");
  expect(m_.values.size() == states.size(), "machine_traits::values has " + std::to_string(m_.values.size()) +
                                                " states, the vectors " + std::to_string(states.size()));
  expect(m_.has_transitions == v.at("has_transitions").get<bool>(), "machine_traits::has_transitions");
  expect(m_.has_events == !events.empty(), "machine_traits::has_events");
  expect(Json(m_.events) == events, "machine_traits::events are " + Json(m_.events).dump());
  for (std::size_t i = 0; i < states.size() && i < m_.values.size(); ++i)
    check_state(states[i], i, v.at("attributes"), events);

  std::vector<std::string> parsed;
  for (const Json& p : v.at("parses")) {
    const std::string text = p.at("text").get<std::string>();
    parsed.push_back(text);
    expect_name(state(m_.parse(text)), p.at("state"), "parse('" + text + "')");
  }
  if (m_.has_events)
    for (const Json& p : v.at("event_parses")) {
      const std::string text = p.at("text").get<std::string>();
      expect_name(event(m_.parse_event(text)), p.at("event"), "parse_event('" + text + "')");
    }
  for (const Json& p : v.at("migrate_names")) {
    const std::string text = p.at("text").get<std::string>();
    expect_name(state(m_.migrate(text)), p.at("state"), "migrate('" + text + "')");
    // A removed name is no state's name: parse refuses it.
    if (std::find(parsed.begin(), parsed.end(), text) == parsed.end())
      expect_name(state(m_.parse(text)), nullptr, "parse('" + text + "') of a removed name");
  }
  for (const Json& p : v.at("migrate_numbers")) {
    const std::int32_t n = p.at("number").get<std::int32_t>();
    expect_name(state(m_.migrate_number(n)), p.at("state"), "migrate_number(" + std::to_string(n) + ")");
    bool current = false;
    for (const Json& s : states) current = current || s.at("number").get<std::int32_t>() == n;
    if (!current)
      expect_name(state(m_.from_number(n)), nullptr, "from_number(" + std::to_string(n) + ") of a removed number");
  }
  for (const Json& miss : v.at("near_misses")) {
    const std::string text = miss.get<std::string>();
    expect_name(state(m_.parse(text)), nullptr, "parse('" + text + "')");
    expect_name(state(m_.migrate(text)), nullptr, "migrate('" + text + "')");
    if (m_.has_events) expect_name(event(m_.parse_event(text)), nullptr, "parse_event('" + text + "')");
  }
  for (const Json& number : v.at("unknown_numbers")) {
    const std::int32_t n = number.get<std::int32_t>();
    expect_name(state(m_.from_number(n)), nullptr, "from_number(" + std::to_string(n) + ")");
    expect_name(state(m_.migrate_number(n)), nullptr, "migrate_number(" + std::to_string(n) + ")");
  }
}

// Checks one spec's vector file; prints "<spec>: N checks, M failed".
inline bool check_file(const Registry& registry, const std::string& spec, const std::string& path) {
  int checks = 0, failures = 0;
  auto generated = registry.generated.find(spec);
  try {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    const Json doc = Json::parse(in);
    if (doc.at("format") != 1) throw std::runtime_error(path + ": unknown format " + doc.at("format").dump());
    if (doc.at("spec") != spec) throw std::runtime_error(path + " holds the vectors of " + doc.at("spec").dump());
    const Json& targets = doc.at("targets");
    const bool on = std::find(targets.begin(), targets.end(), "cpp") != targets.end();
    if (on != (generated != registry.generated.end()))
      throw std::runtime_error(on ? "no header was generated" : "a header was generated for a spec that turns cpp off");
    if (generated != registry.generated.end()) {
      for (const Json& v : doc.at("machines")) {
        const Machine* found = nullptr;
        for (const Machine& m : generated->second)
          if (m.name == v.at("name")) found = &m;
        ++checks;
        if (!found) {
          ++failures;
          std::fprintf(stderr, "  no machine_traits for machine %s\n", v.at("name").dump().c_str());
          continue;
        }
        Checker checker(*found);
        checker.run(v);
        checks += checker.checks;
        failures += checker.failures;
      }
      ++checks;
      if (doc.at("machines").size() != generated->second.size()) {
        ++failures;
        std::fprintf(stderr, "  the header has %zu machines, the vectors %zu\n", generated->second.size(),
                     doc.at("machines").size());
      }
    }
  } catch (const std::exception& e) {
    ++failures;
    std::fprintf(stderr, "  %s\n", e.what());
  }
  std::printf("%s: %d checks, %d failed%s\n", spec.c_str(), checks, failures,
              generated == registry.generated.end() ? " (cpp target off)" : "");
  return failures == 0;
}

// argv: SPEC VECTORS [SPEC VECTORS]...
inline int run(const Registry& registry, int argc, char** argv) {
  if (argc < 3 || argc % 2 == 0) {
    std::fprintf(stderr, "usage: %s SPEC VECTORS [SPEC VECTORS]...\n", argv[0]);
    return 2;
  }
  bool ok = true;
  for (int i = 1; i + 1 < argc; i += 2) ok = check_file(registry, argv[i], argv[i + 1]) && ok;
  return ok ? 0 : 1;
}

}  // namespace statusc_conformance
