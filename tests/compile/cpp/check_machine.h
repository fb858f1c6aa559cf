// Generic checks of a statusc-generated C++ header, for any machine, through
// statusc::machine_traits<E> and the overloads found by argument-dependent
// lookup. run.sh writes a main() that calls check_machine<E>() for every
// machine of a spec, then the spec's checks/<spec>.inc if it has one. The
// values themselves (numbers, attributes, edges, events, migration) are
// checked against each spec by the conformance suite (docs/conformance.md).
//
// Lookups are checked against a plain linear search over the names and
// numbers the header reports (the reference), on every name's near misses,
// random strings and numbers; the graph against the properties statusc
// proves for every spec (reachability, no dead ends, progress).
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <new>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>
#if __cplusplus >= 202002L
#include <span>
#endif

namespace statusc_test {

inline int failures = 0;
inline long checks = 0;
inline std::string where;  // what is being checked, for failure messages

inline void check(bool ok, const char* what, const char* file, int line) {
  ++checks;
  if (ok) return;
  if (++failures <= 40) std::fprintf(stderr, "%s:%d: check failed: %s [%s]\n", file, line, what, where.c_str());
}

inline int report(const char* name) {
  std::printf("%s: %ld checks, %d failed\n", name, checks, failures);
  return failures == 0 ? 0 : 1;
}

// Heap allocations so far: operator new is replaced below.
inline long allocations = 0;

}  // namespace statusc_test

#define STC_CHECK(cond) ::statusc_test::check((cond) ? true : false, #cond, __FILE__, __LINE__)

// The program is one translation unit, so the replacement is defined once.
// Not inlined: g++ -O1 would otherwise see free() of a pointer from
// operator new and warn (-Wmismatched-new-delete).
#if defined(__GNUC__)
#define STC_NOINLINE __attribute__((noinline))
#else
#define STC_NOINLINE
#endif
STC_NOINLINE void* operator new(std::size_t size) {
  ++statusc_test::allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
STC_NOINLINE void operator delete(void* p) noexcept { std::free(p); }
STC_NOINLINE void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace statusc_test {

// Deterministic pseudo-random numbers (a 64-bit LCG).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return state_ >> 11;
  }
  std::size_t below(std::size_t n) { return next() % n; }

 private:
  std::uint64_t state_;
};

// Strings that are almost `name`: other case, one character off (changed,
// dropped, added, swapped), prefixes and suffixes, with NUL or spaces, and
// very long ones.
inline std::vector<std::string> near_misses(const std::string& name) {
  std::vector<std::string> out;
  std::string upper = name;
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  out.push_back(upper);
  std::string first_upper = name;
  if (!first_upper.empty() && first_upper[0] >= 'a' && first_upper[0] <= 'z')
    first_upper[0] = static_cast<char>(first_upper[0] - 'a' + 'A');
  out.push_back(first_upper);
  for (const std::string& affix : {std::string("_"), std::string(" "), std::string(1, '\0'), std::string("x"),
                                   std::string("\xff"), std::string("\r\n")}) {
    out.push_back(name + affix);
    out.push_back(affix + name);
  }
  out.push_back(name + name);
  for (std::size_t i = 0; i < name.size(); ++i) {
    std::string dropped = name;
    dropped.erase(i, 1);
    out.push_back(dropped);
    const char here = name[i];
    for (char r : {'a', 'z', '_', '0', 'A', '\0', '\x7f', '\xff', static_cast<char>(here + 1),
                   static_cast<char>(here - 1), static_cast<char>(here ^ 0x20)}) {
      if (r == here) continue;
      std::string changed = name;
      changed[i] = r;
      out.push_back(changed);
    }
    std::string added = name;
    added.insert(i, 1, here);
    out.push_back(added);
    out.push_back(name.substr(0, i));
    out.push_back(name.substr(i + 1));
    if (i + 1 < name.size() && name[i] != name[i + 1]) {
      std::string swapped = name;
      std::swap(swapped[i], swapped[i + 1]);
      out.push_back(swapped);
    }
  }
  out.push_back(name + std::string(1024, 'x'));
  out.push_back(std::string(1024, name.empty() ? 'a' : name[0]));
  return out;
}

// Every string worth trying against a set of names.
inline std::vector<std::string> candidates(const std::vector<std::string>& names) {
  std::vector<std::string> out = {"", " ", std::string(1, '\0'), std::string(1024, 'a'), std::string(4096, '\0')};
  std::size_t longest = 1;
  for (const std::string& n : names) {
    out.push_back(n);
    for (std::string& miss : near_misses(n)) out.push_back(std::move(miss));
    longest = std::max(longest, n.size());
  }
  static constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz_0123456789";
  Random random(names.size() * 7919 + longest);
  for (int k = 0; k < 4000; ++k) {
    std::string s(1 + random.below(longest + 1), 'a');
    for (char& c : s) c = kAlphabet[random.below(kAlphabet.size())];
    out.push_back(s);
  }
  // Two names glued at random points: long runs of valid text.
  for (std::size_t k = 0; k < names.size() * 4 && names.size() > 1; ++k) {
    const std::string& a = names[random.below(names.size())];
    const std::string& b = names[random.below(names.size())];
    const std::size_t cut_a = random.below(a.size() + 1);
    const std::size_t cut_b = random.below(b.size() + 1);
    out.push_back(a.substr(0, cut_a) + b.substr(cut_b));
  }
  return out;
}

// Every number worth trying against a set of wire numbers.
inline std::vector<std::int32_t> number_candidates(const std::vector<std::int32_t>& numbers) {
  constexpr std::int32_t kMin = std::numeric_limits<std::int32_t>::min();
  constexpr std::int32_t kMax = std::numeric_limits<std::int32_t>::max();
  std::vector<std::int32_t> out = {0, -1, 1, 2, -2, kMin, kMin + 1, kMax, kMax - 1};
  std::int64_t lo = kMax, hi = kMin;
  for (std::int32_t n : numbers) {
    lo = std::min<std::int64_t>(lo, n);
    hi = std::max<std::int64_t>(hi, n);
    for (std::int64_t d = -3; d <= 3; ++d) {
      std::int64_t v = n + d;
      if (v >= kMin && v <= kMax) out.push_back(static_cast<std::int32_t>(v));
    }
    out.push_back(-n);
    out.push_back(n ^ 0x40000000);
  }
  if (hi - lo <= 4096)
    for (std::int64_t v = lo - 8; v <= hi + 8; ++v)
      if (v >= kMin && v <= kMax) out.push_back(static_cast<std::int32_t>(v));
  Random random(numbers.size() + 17);
  for (int k = 0; k < 4000; ++k) out.push_back(static_cast<std::int32_t>(static_cast<std::uint32_t>(random.next())));
  return out;
}

template <typename T>
std::optional<std::size_t> find_index(const std::vector<T>& items, const T& item) {
  auto it = std::find(items.begin(), items.end(), item);
  if (it == items.end()) return std::nullopt;
  return static_cast<std::size_t>(it - items.begin());
}

inline bool is_lower_snake(std::string_view s) {
  if (s.empty() || s[0] < 'a' || s[0] > 'z' || s.back() == '_') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '_' && s[i - 1] != '_');
    if (!ok) return false;
  }
  return true;
}

// A state or event name as a system spells it: a letter, then letters and
// digits in words joined by single '_' or '-' (spec-format.md, Names).
inline bool is_wire_name(std::string_view s) {
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  if (s.empty() || !alnum(s[0]) || (s[0] >= '0' && s[0] <= '9') || !alnum(s.back())) return false;
  for (std::size_t i = 1; i < s.size(); ++i)
    if (!alnum(s[i]) && !((s[i] == '_' || s[i] == '-') && alnum(s[i - 1]))) return false;
  return true;
}

// Detects whether a machine has the transition and event API (a vocabulary
// must not have it).
template <typename E, typename = void>
struct has_can_transition : std::false_type {};
template <typename E>
struct has_can_transition<E, std::void_t<decltype(can_transition(std::declval<E>(), std::declval<E>()))>>
    : std::true_type {};
template <typename E, typename = void>
struct has_successors : std::false_type {};
template <typename E>
struct has_successors<E, std::void_t<decltype(successors(std::declval<E>()))>> : std::true_type {};

template <typename Traits, typename = void>
struct has_event_type : std::false_type {};
template <typename Traits>
struct has_event_type<Traits, std::void_t<typename Traits::event_type>> : std::true_type {};

// A machine seen through plain function pointers over wire numbers (and
// event positions), so the checks below are compiled once, not once per
// machine: a test program with every spec's header stays quick to build.
struct MachineView {
  using Lookup = std::optional<std::int32_t> (*)(std::string_view) noexcept;
  using NumberLookup = std::optional<std::int32_t> (*)(std::int32_t) noexcept;
  std::string name;
  std::vector<std::int32_t> values;  // wire numbers, in the order of machine_traits::values
  Lookup parse = nullptr, migrate = nullptr, parse_event = nullptr;
  NumberLookup from_number = nullptr, migrate_number = nullptr;
  std::string_view (*to_string)(std::int32_t) noexcept = nullptr;
  std::int32_t (*to_number)(std::int32_t) noexcept = nullptr;
  std::vector<std::string_view> predicate_names;
  bool (*predicate)(std::size_t, std::int32_t) noexcept = nullptr;
  bool (*is_initial)(std::int32_t) noexcept = nullptr;
  bool has_transitions = false, has_events = false;
  bool (*can_transition)(std::int32_t, std::int32_t) noexcept = nullptr;
  std::vector<std::int32_t> (*successors)(std::int32_t) = nullptr;
  std::size_t event_count = 0;
  std::string_view (*event_to_string)(std::int32_t) noexcept = nullptr;
  std::optional<std::int32_t> (*next)(std::int32_t, std::int32_t) noexcept = nullptr;
};

// Lookups by name: against the reference on every candidate, with no heap
// allocation inside the generated functions.
inline void check_names(const std::vector<std::string>& names, const std::vector<std::int32_t>& values,
                        MachineView::Lookup parse, const std::string& what) {
  where = what;
  const std::vector<std::string> tries = candidates(names);
  std::vector<std::optional<std::int32_t>> got(tries.size());
  const long before = allocations;
  for (std::size_t i = 0; i < tries.size(); ++i) got[i] = parse(tries[i]);
  STC_CHECK(allocations == before);
  for (std::size_t i = 0; i < tries.size(); ++i) {
    std::optional<std::size_t> expected = find_index(names, tries[i]);
    bool ok = expected ? got[i] == values[*expected] : !got[i].has_value();
    if (!ok) where = what + ": '" + tries[i].substr(0, 80) + "'";
    STC_CHECK(ok);
  }
}

// The smallest non-negative number no state of E has (0 unless a state
// keeps a real code 0 with the proto target off).
template <typename E>
constexpr std::int32_t absent_number() {
  std::int32_t n = 0;
  for (bool taken = true; taken; ++n) {
    taken = false;
    for (E v : ::statusc::machine_traits<E>::values) taken = taken || static_cast<std::int32_t>(v) == n;
    if (!taken) return n;
  }
  return n;
}

inline void check_view(const MachineView& m) {
  const std::string& machine = m.name;
  const std::size_t count = m.values.size();
  // A lifecycle can start unfinished: some initial state is not terminal
  // (predicate 0 is terminal), though others may be.
  bool starts_somewhere = false, unfinished_start = false;
  for (std::int32_t v : m.values) {
    starts_somewhere = starts_somewhere || m.is_initial(v);
    unfinished_start = unfinished_start || (m.is_initial(v) && !m.predicate(0, v));
  }
  where = machine + " initial states";
  STC_CHECK(!starts_somewhere || unfinished_start);
  std::vector<std::string> names;
  for (std::int32_t v : m.values) {
    std::string name(m.to_string(v));
    where = machine + "::" + name;
    STC_CHECK(is_wire_name(name));
    STC_CHECK(!find_index(names, name));
    names.push_back(name);
    STC_CHECK(m.to_number(v) == v);
    STC_CHECK(std::count(m.values.begin(), m.values.end(), v) == 1);
    STC_CHECK(m.parse(name) == v);
    STC_CHECK(m.migrate(name) == v);
    STC_CHECK(m.from_number(v) == v);
    STC_CHECK(m.migrate_number(v) == v);
  }
  check_names(names, m.values, m.parse, machine + " parse");
  where = machine + " migrate";
  for (const std::string& s : candidates(names))
    if (auto v = m.parse(s)) STC_CHECK(m.migrate(s) == v);

  where = machine + " numbers";
  const std::vector<std::int32_t> tries = number_candidates(m.values);
  std::vector<std::optional<std::int32_t>> got(tries.size());
  const long before = allocations;
  for (std::size_t i = 0; i < tries.size(); ++i) got[i] = m.from_number(tries[i]);
  STC_CHECK(allocations == before);
  for (std::size_t i = 0; i < tries.size(); ++i) {
    const std::int32_t raw = tries[i];
    const bool known = find_index(m.values, raw).has_value();
    where = machine + " number " + std::to_string(raw);
    STC_CHECK(known ? got[i] == raw : !got[i].has_value());
    if (known) STC_CHECK(m.migrate_number(raw) == raw);
    STC_CHECK(m.to_number(raw) == raw);
    if (known) continue;
    // A value that is no state: safe everywhere.
    STC_CHECK(m.to_string(raw).empty());
    for (std::size_t p = 0; p < m.predicate_names.size(); ++p) STC_CHECK(!m.predicate(p, raw));
    STC_CHECK(!m.is_initial(raw));
    if (m.has_transitions) {
      STC_CHECK(m.successors(raw).empty());
      for (std::int32_t v : m.values) STC_CHECK(!m.can_transition(raw, v) && !m.can_transition(v, raw));
    }
    for (std::size_t e = 0; e < m.event_count; ++e)
      STC_CHECK(!m.next(raw, static_cast<std::int32_t>(e)).has_value());
  }

  where = machine + " predicates";
  STC_CHECK(!m.predicate_names.empty() && m.predicate_names[0] == "terminal");
  for (std::size_t p = 0; p < m.predicate_names.size(); ++p) {
    STC_CHECK(is_lower_snake(m.predicate_names[p]));
    for (std::size_t q = 0; q < p; ++q) STC_CHECK(m.predicate_names[p] != m.predicate_names[q]);
  }

  if (m.has_transitions) {
    bool any_initial = false, any_terminal = false;
    for (std::int32_t v : m.values) {
      any_initial = any_initial || m.is_initial(v);
      any_terminal = any_terminal || m.predicate(0, v);
    }
    STC_CHECK(any_initial);
    std::vector<std::vector<std::size_t>> graph(count);
    for (std::size_t a = 0; a < count; ++a) {
      where = machine + "::" + names[a] + " successors";
      const std::vector<std::int32_t> next_states = m.successors(m.values[a]);
      for (std::size_t k = 0; k < next_states.size(); ++k) {
        std::optional<std::size_t> b = find_index(m.values, next_states[k]);
        STC_CHECK(b.has_value());
        if (!b) continue;
        STC_CHECK(graph[a].empty() || *b > graph[a].back());  // in spec order, no duplicates
        graph[a].push_back(*b);
      }
      for (std::size_t b = 0; b < count; ++b) {
        bool listed = std::find(graph[a].begin(), graph[a].end(), b) != graph[a].end();
        STC_CHECK(m.can_transition(m.values[a], m.values[b]) == listed);
      }
      // No dead ends: a state that is not terminal can move on.
      if (!m.predicate(0, m.values[a])) STC_CHECK(!graph[a].empty());
    }
    // Reachability from the initial states, and progress to a terminal one.
    auto reach = [&](std::vector<std::size_t> todo) {
      std::vector<bool> seen(count, false);
      for (std::size_t a : todo) seen[a] = true;
      while (!todo.empty()) {
        std::size_t a = todo.back();
        todo.pop_back();
        for (std::size_t b : graph[a])
          if (!seen[b]) {
            seen[b] = true;
            todo.push_back(b);
          }
      }
      return seen;
    };
    std::vector<std::size_t> initial;
    for (std::size_t a = 0; a < count; ++a)
      if (m.is_initial(m.values[a])) initial.push_back(a);
    const std::vector<bool> reached = reach(initial);
    for (std::size_t a = 0; a < count; ++a) {
      where = machine + "::" + names[a] + " graph";
      STC_CHECK(reached[a]);
      if (!any_terminal) continue;
      const std::vector<bool> from_here = reach({a});
      bool finishes = false;
      for (std::size_t b = 0; b < count; ++b) finishes = finishes || (from_here[b] && m.predicate(0, m.values[b]));
      STC_CHECK(finishes);
    }
  }

  if (m.has_events) {
    std::vector<std::string> event_names;
    std::vector<std::int32_t> events;
    for (std::size_t e = 0; e < m.event_count; ++e) {
      const auto event = static_cast<std::int32_t>(e);
      where = machine + " event " + std::string(m.event_to_string(event));
      events.push_back(event);
      event_names.emplace_back(m.event_to_string(event));
      STC_CHECK(is_wire_name(event_names.back()));
      STC_CHECK(m.parse_event(event_names.back()) == event);
      bool used = false;
      for (std::int32_t v : m.values) {
        std::optional<std::int32_t> target = m.next(v, event);
        if (!target) continue;
        used = true;
        STC_CHECK(m.can_transition(v, *target));
      }
      STC_CHECK(used);
    }
    check_names(event_names, events, m.parse_event, machine + " parse_event");
    where = machine + " bad events";
    for (std::int32_t bad : {-1, static_cast<std::int32_t>(m.event_count), std::numeric_limits<std::int32_t>::max(),
                             std::numeric_limits<std::int32_t>::min()}) {
      STC_CHECK(m.event_to_string(bad).empty());
      for (std::int32_t v : m.values) STC_CHECK(!m.next(v, bad).has_value());
    }
  }
  where.clear();
}

template <typename E>
std::optional<std::int32_t> number_of(statusc::maybe<E> v) noexcept {
  if (!v) return std::nullopt;
  return static_cast<std::int32_t>(*v);
}

// The per-machine part: what only the compiler can check (constexpr,
// noexcept, which functions exist), and the view for check_view().
template <typename E>
void check_machine() {
  using T = statusc::machine_traits<E>;
  constexpr E first = T::values[0];
  static_assert(T::count == T::values.size() && T::count > 0);
  static_assert(std::is_same_v<std::underlying_type_t<E>, std::int32_t>);
  static_assert(T::parse(to_string(first)) == first);
  static_assert(T::from_number(to_number(first)) == first);
  static_assert(T::migrate(to_string(first)) == first);
  static_assert(!T::parse("").has_value() && !T::from_number(absent_number<E>()).has_value());
  // The lookups' result reads like std::optional and converts to it.
  static_assert(std::is_same_v<decltype(T::parse("")), statusc::maybe<E>>);
  static_assert(T::parse("").value_or(first) == first && *T::parse(to_string(first)) == first);
  static_assert(T::parse(to_string(first)) != T::parse("") && first == T::parse(to_string(first)));
  {
    const std::optional<E> converted = T::parse(to_string(first));
    const std::optional<E> empty = T::parse("");
    STC_CHECK(converted == first && !empty.has_value() && converted == std::optional<E>(T::parse(to_string(first))));
  }
  static_assert(to_string(static_cast<E>(absent_number<E>())).empty());
  static_assert(!T::predicates[0](static_cast<E>(absent_number<E>())));
  static_assert(T::predicate_names[0] == "terminal");
  static_assert(noexcept(to_string(first)) && noexcept(to_number(first)) && noexcept(is_initial(first)));
  static_assert(has_can_transition<E>::value == T::has_transitions);
  static_assert(has_successors<E>::value == T::has_transitions);
  static_assert(has_event_type<T>::value == T::has_events);

  MachineView m;
  m.name = std::string(T::name);
  for (E v : T::values) m.values.push_back(static_cast<std::int32_t>(v));
  m.parse = [](std::string_view s) noexcept { return number_of(T::parse(s)); };
  m.migrate = [](std::string_view s) noexcept { return number_of(T::migrate(s)); };
  m.from_number = [](std::int32_t n) noexcept { return number_of(T::from_number(n)); };
  m.migrate_number = [](std::int32_t n) noexcept { return number_of(T::migrate_number(n)); };
  m.to_string = [](std::int32_t n) noexcept { return to_string(static_cast<E>(n)); };
  m.to_number = [](std::int32_t n) noexcept { return to_number(static_cast<E>(n)); };
  m.predicate_names.assign(T::predicate_names.begin(), T::predicate_names.end());
  m.predicate = [](std::size_t p, std::int32_t n) noexcept { return T::predicates[p](static_cast<E>(n)); };
  m.is_initial = [](std::int32_t n) noexcept { return is_initial(static_cast<E>(n)); };
  m.has_transitions = T::has_transitions;
  m.has_events = T::has_events;
  if constexpr (T::has_transitions) {
    static_assert(noexcept(can_transition(first, first)) && noexcept(successors(first)));
    constexpr auto first_successors = successors(first);
    static_assert(first_successors.size() ==
                  static_cast<std::size_t>(first_successors.end() - first_successors.begin()));
#if __cplusplus >= 202002L
    std::span<const E> as_span = successors(first);
    STC_CHECK(as_span.size() == first_successors.size());
#endif
    m.can_transition = [](std::int32_t a, std::int32_t b) noexcept {
      return can_transition(static_cast<E>(a), static_cast<E>(b));
    };
    m.successors = [](std::int32_t n) {
      std::vector<std::int32_t> out;
      for (E v : successors(static_cast<E>(n))) out.push_back(static_cast<std::int32_t>(v));
      return out;
    };
  }
  if constexpr (has_event_type<T>::value) {
    using Ev = typename T::event_type;
    static_assert(T::has_events && T::has_transitions);
    static_assert(std::is_same_v<std::underlying_type_t<Ev>, std::int32_t>);
    static_assert(T::parse_event(to_string(T::events[0])) == T::events[0]);
    static_assert(noexcept(next(first, T::events[0])));
    m.event_count = T::events.size();
    for (std::size_t e = 0; e < T::events.size(); ++e) STC_CHECK(static_cast<std::size_t>(T::events[e]) == e);
    m.parse_event = [](std::string_view s) noexcept { return number_of(T::parse_event(s)); };
    m.event_to_string = [](std::int32_t e) noexcept { return to_string(static_cast<Ev>(e)); };
    m.next = [](std::int32_t n, std::int32_t e) noexcept { return number_of(next(static_cast<E>(n), static_cast<Ev>(e))); };
    // accepted_events(s) is exactly the events next() accepts in s, in event
    // order, and nothing for a value that is no state.
    static_assert(noexcept(accepted_events(first)));
    for (E v : T::values) {
      where = std::string(T::name) + "::" + std::string(to_string(v)) + " accepted_events";
      std::vector<Ev> expected;
      for (Ev ev : T::events)
        if (next(v, ev).has_value()) expected.push_back(ev);
      const auto got = accepted_events(v);
      STC_CHECK(std::vector<Ev>(got.begin(), got.end()) == expected);
    }
    STC_CHECK(accepted_events(static_cast<E>(absent_number<E>())).size() == 0);
  }
  check_view(m);
}

// --- helpers for the hand-written checks in checks/*.inc ----------------------

// `predicate` holds for exactly the states in `expected`.
template <typename E>
void expect_set(bool (*predicate)(E), const std::vector<E>& expected, const char* what) {
  using T = statusc::machine_traits<E>;
  for (E v : T::values) {
    where = std::string(what) + " " + std::string(to_string(v));
    STC_CHECK(predicate(v) == find_index(expected, v).has_value());
  }
}

// The transitions of a spec, written out by hand: `from` to `to`, by
// `event` when it has one.
template <typename E, typename Ev = int>
struct Edge {
  E from;
  E to;
  std::optional<Ev> event = std::nullopt;
};

// Adds the edges of `from: "*"`: every non-terminal state (as listed by
// hand in `terminal`) except `to` itself.
template <typename E, typename Ev>
void add_wildcard(std::vector<Edge<E, Ev>>& edges, const std::vector<E>& terminal, E to, std::optional<Ev> event) {
  for (E v : statusc::machine_traits<E>::values)
    if (v != to && !find_index(terminal, v)) edges.push_back({v, to, event});
}

// can_transition and successors agree with `edges` for every pair of
// states, and next() with them for every state and event.
template <typename E, typename Ev>
void expect_edges(const std::vector<Edge<E, Ev>>& edges) {
  using T = statusc::machine_traits<E>;
  std::set<std::pair<std::int32_t, std::int32_t>> listed;
  for (const auto& e : edges) listed.insert({to_number(e.from), to_number(e.to)});
  for (E a : T::values)
    for (E b : T::values) {
      const bool expected = listed.count({to_number(a), to_number(b)}) != 0;
      where = "edge " + std::string(to_string(a)) + " -> " + std::string(to_string(b));
      STC_CHECK(can_transition(a, b) == expected);
    }
  if constexpr (!std::is_same_v<Ev, int>) {
    for (E a : T::values)
      for (Ev ev : T::events) {
        std::optional<E> expected;
        for (const auto& e : edges)
          if (e.from == a && e.event == ev) expected = e.to;
        where = "next(" + std::string(to_string(a)) + ", " + std::string(to_string(ev)) + ")";
        STC_CHECK(std::optional<E>(next(a, ev)) == expected);
      }
  }
}

// Round trip of a real system's wire strings, as its documentation lists
// them in tests/real/<stem>.strings (machine TAB string TAB number-or-dash,
// read from the source tree at run time): every string parses and prints
// back unchanged, its documented number reads as it, and near misses (other
// case, '_' for '-' and back, a prefix, an extension, padding) do not parse.
template <typename M>
void round_trip_file(const char* path) {
  using traits = ::statusc::machine_traits<M>;
  std::ifstream in(path);
  where = std::string(path) + " (run from the source tree)";
  STC_CHECK(in.good());
  std::vector<std::string> wires;
  std::vector<std::pair<std::string, std::string>> lines;
  for (std::string line; std::getline(in, line);) {
    const std::size_t tab = line.find('\t'), tab2 = line.find('\t', tab + 1);
    if (tab == std::string::npos || line.substr(0, tab) != traits::name) continue;
    wires.push_back(line.substr(tab + 1, tab2 - tab - 1));
    lines.emplace_back(wires.back(), tab2 == std::string::npos ? "-" : line.substr(tab2 + 1));
  }
  where = std::string(path) + ": " + std::string(traits::name);
  STC_CHECK(wires.size() == traits::count);  // the documentation lists every state
  for (const auto& [wire, number] : lines) {
    where = std::string(traits::name) + " '" + wire + "'";
    const auto parsed = traits::parse(wire);
    STC_CHECK(parsed.has_value());
    if (!parsed) continue;
    STC_CHECK(to_string(*parsed) == wire);
    if (number != "-") STC_CHECK(traits::from_number(static_cast<std::int32_t>(std::stol(number))) == *parsed);
    std::vector<std::string> near;
    std::string upper = wire, lower = wire, swapped = wire;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char& c : swapped) c = c == '-' ? '_' : c == '_' ? '-' : c;
    near = {upper, lower, swapped, wire + "x", wire.substr(0, wire.size() - 1), " " + wire, wire + " "};
    for (const std::string& n : near) {
      if (std::find(wires.begin(), wires.end(), n) != wires.end()) continue;  // itself, or another state
      where = std::string(traits::name) + " near miss '" + n + "'";
      STC_CHECK(!traits::parse(n).has_value());
    }
  }
}

}  // namespace statusc_test
