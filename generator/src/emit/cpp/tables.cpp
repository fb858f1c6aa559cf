// Table initializers for the cpp target (see cpp_tables.h).
#include "emit/cpp/tables.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_set>

#include "emit/cpp/perfect_hash.h"
#include "emit/cpp/support.h"
#include "emit/escape.h"
#include "naming/naming.h"

namespace statusc::cpp {
namespace {

std::string hex64(std::uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llxULL", static_cast<unsigned long long>(v));
  return buf;
}

std::vector<std::string> numbers(const std::vector<size_t>& values) {
  std::vector<std::string> out;
  out.reserve(values.size());
  for (size_t v : values) out.push_back(std::to_string(v));
  return out;
}

// slots[] of a perfect hash: the key index, or key_count for a free slot.
std::vector<std::string> slot_items(const PerfectHash& h, size_t key_count) {
  std::vector<size_t> slots;
  for (int s : h.slots) slots.push_back(s < 0 ? key_count : static_cast<size_t>(s));
  return numbers(slots);
}

std::vector<std::string> displacement_items(const PerfectHash& h) {
  std::vector<std::string> out;
  for (std::uint32_t d : h.displacements) out.push_back(std::to_string(d) + "U");
  return out;
}

std::string table_type(const char* kind, size_t keys, const PerfectHash& h) {
  return std::string("::statusc::") + kRuntimeVersion + "::" + kind + "<" + index_type(keys) + ", " +
         std::to_string(keys) + ", " + std::to_string(h.slot_count) + ", " + std::to_string(h.displacements.size()) +
         (h.strong ? ", true" : "") + ">";
}

}  // namespace

std::string string_view_literal(const std::string& text) {
  if (text.empty()) return "::std::string_view()";
  if (text.find('\0') == std::string::npos) return escape::cpp_string(text);
  return "::std::string_view(" + escape::cpp_string(text) + ", " + std::to_string(text.size()) + ")";
}

MustacheData string_table(const std::vector<std::string>& keys) {
  PerfectHash h = build_string_hash(keys);
  size_t min_size = keys.empty() ? 1 : keys[0].size(), max_size = 0;
  std::vector<std::string> literals, entries;
  for (const std::string& k : keys) {
    min_size = std::min(min_size, k.size());
    max_size = std::max(max_size, k.size());
    literals.push_back(string_view_literal(k));
    const NameWords w = words_of(k);
    entries.push_back("{" + hex64(w.a) + ", " + hex64(w.b) + ", " + std::to_string(k.size()) + "U}");
  }
  entries.push_back("{0, 0, 0xffffffffU}");  // free slots lead here: matches no name
  MustacheData d;
  put(d, "table_type", table_type("string_table", keys.size(), h));
  put(d, "table_init", "{\n    " + hex64(h.seed) + ", " + std::to_string(min_size) + ", " + std::to_string(max_size) +
                          ",\n    " + array_list(literals, 6, 6) + ",\n    " + array_list(entries, 2, 6) +
                          ",\n    " + array_list(slot_items(h, keys.size()), 16, 6) + ",\n    " +
                          array_list(displacement_items(h), 12, 6) + ",\n}");
  return d;
}

void set_index_data(const Machine& m, MustacheData& d) {
  const size_t count = m.states.size();
  std::int64_t lo = m.states[0].number, hi = lo;
  bool contiguous = true;
  for (size_t i = 0; i < count; ++i) {
    std::int64_t n = m.states[i].number;
    lo = std::min(lo, n);
    hi = std::max(hi, n);
    if (n != m.states[0].number + static_cast<std::int64_t>(i)) contiguous = false;
  }
  const std::int64_t span = hi - lo + 1;
  const bool range = !contiguous && span <= std::max<std::int64_t>(64, 4 * static_cast<std::int64_t>(count));
  put(d, "index_contiguous", contiguous);
  put(d, "index_range", range);
  put(d, "index_hashed", !contiguous && !range);
  // As the uint32 the offset arithmetic wraps to, so negative bases work.
  put(d, "index_base", std::to_string(static_cast<std::uint32_t>(static_cast<std::int32_t>(lo))));
  // A number no state has, for the self-check that index_of rejects it.
  std::unordered_set<std::int64_t> used;
  for (const State& s : m.states) used.insert(s.number);
  std::int64_t absent = 0;
  while (used.count(absent) != 0) ++absent;
  put(d, "absent_number", std::to_string(absent));
  put(d, "index_span", std::to_string(span));
  if (range) {
    std::vector<size_t> table(static_cast<size_t>(span), count);
    for (size_t i = 0; i < count; ++i) table[static_cast<size_t>(m.states[i].number - lo)] = i;
    put(d, "index_table_init", array_list(numbers(table), 16));
  } else {
    put(d, "index_table_init", "{}");
  }
  // Sparse numbers: a perfect hash. Rendered here, as the one table that
  // no spec in the repository's own examples needs.
  std::string decl;
  if (!contiguous && !range) {
    std::vector<std::int32_t> keys;
    std::vector<std::string> literals;
    for (const State& s : m.states) {
      keys.push_back(s.number);
      literals.push_back(std::to_string(s.number));
    }
    PerfectHash h = build_number_hash(keys);
    decl = "\n\n// Dense index by wire number (a perfect hash: the numbers are sparse).\ninline constexpr " +
           table_type("number_table", keys.size(), h) + " kByNumber = {\n    " + hex64(h.seed) + ",\n    " +
           array_list(literals, 8, 6) + ",\n    " + array_list(slot_items(h, keys.size()), 16, 6) + ",\n    " +
           array_list(displacement_items(h), 12, 6) + ",\n};";
  }
  put(d, "number_table_decl", decl);
}

void set_transition_data(const Machine& m, const std::string& type, const std::string& event_type,
                         const std::string& parse_event, MustacheData& d) {
  const size_t count = m.states.size();
  const bool transitions = !m.transitions.empty();
  put(d, "has_transitions", transitions);
  put(d, "has_transitions_literal", transitions ? "true" : "false");

  // successors: the targets of each state in spec order, as one array
  // sliced by kSuccessorStart (one extra entry for values that are no state).
  std::vector<std::set<int>> targets(count);
  for (const Transition& t : m.transitions) {
    if (t.from < 0 || t.to < 0) continue;
    targets[static_cast<size_t>(t.from)].insert(t.to);
  }
  // Each state's and event's qualified enumerator, spelled once rather than
  // once per edge.
  std::vector<std::string> state_values, event_values;
  state_values.reserve(count);
  for (const State& s : m.states) state_values.push_back(type + "::" + enumerator(s.name));
  for (const Event& e : m.events) event_values.push_back(event_type + "::" + enumerator(e.name));
  std::vector<std::string> successors;
  std::vector<size_t> start, target_index;
  for (size_t i = 0; i < count; ++i) {
    start.push_back(successors.size());
    for (int to : targets[i]) {
      successors.push_back(state_values[static_cast<size_t>(to)]);
      target_index.push_back(static_cast<size_t>(to));
    }
  }
  start.push_back(successors.size());
  start.push_back(successors.size());
  put(d, "successors_size", std::to_string(successors.size()));
  put(d, "successors_init", array_list(successors, 4));

  // can_transition: a bit matrix, one row per state (plus an all-zero row
  // for values that are no state), each row_words words wide (with an
  // all-zero column too): one load and a mask. Its size grows with the
  // square of the states, so larger machines binary-search the ascending
  // target indices of the source's slice instead.
  const bool bit_matrix = count <= kBitMatrixMaxStates;
  put(d, "bit_matrix", bit_matrix);
  if (bit_matrix) {
    const size_t row_words = count / 64 + 1;
    std::vector<std::uint64_t> edges((count + 1) * row_words, 0);
    for (size_t i = 0; i < count; ++i)
      for (size_t k = start[i]; k < start[i + 1]; ++k)
        edges[i * row_words + target_index[k] / 64] |= std::uint64_t{1} << (target_index[k] % 64);
    std::vector<std::string> edge_items;
    edge_items.reserve(edges.size());
    for (std::uint64_t w : edges) edge_items.push_back(hex64(w));
    put(d, "row_words", std::to_string(row_words));
    put(d, "edges_size", std::to_string(edges.size()));
    put(d, "edges_init", array_list(edge_items, 4));
  } else {
    put(d, "successor_index_type", index_type(count));
    put(d, "successor_index_init", array_list(numbers(target_index), 16));
  }
  put(d, "successor_start_size", std::to_string(start.size()));
  put(d, "successor_start_type", index_type(successors.size()));
  put(d, "successor_start_init", array_list(numbers(start), 16));

  const size_t event_count = m.events.size();
  put(d, "has_events", event_count != 0);
  put(d, "has_events_literal", event_count != 0 ? "true" : "false");
  put(d, "event_type", event_type);
  put(d, "parse_event_name", parse_event);
  put(d, "event_count", std::to_string(event_count));
  put(d, "event_names_size", std::to_string(event_count + 1));
  std::vector<std::string> event_names;
  MustacheData events{MustacheData::type::list};
  for (size_t i = 0; i < event_count; ++i) {
    MustacheData item;
    put(item, "ev_enumerator", enumerator(m.events[i].name));
    put(item, "ev_number", std::to_string(i));
    append(events, std::move(item));
    event_names.push_back(m.events[i].name);
  }
  put(d, "events", std::move(events));
  std::vector<std::string> quoted;
  for (const std::string& e : event_names) quoted.push_back(escape::cpp_string(e));
  quoted.push_back("\"\"");
  put(d, "event_names_init", array_list(quoted, 6));
  put(d, "event_by_name", string_table(event_names));
  // next: (count + 1) rows of event_count targets; `count` means none.
  std::vector<size_t> next((count + 1) * event_count, count);
  for (const Transition& t : m.transitions)
    if (t.event >= 0 && t.from >= 0 && t.to >= 0)
      next[static_cast<size_t>(t.from) * event_count + static_cast<size_t>(t.event)] = static_cast<size_t>(t.to);
  put(d, "next_size", std::to_string(next.size()));
  // One row per line when rows are short, several short rows per line.
  const size_t per_line = event_count == 0 ? 16 : event_count > 16 ? 16 : event_count * (16 / event_count);
  put(d, "next_init", array_list(numbers(next), per_line));

  // accepted_events: per state, the events that move it, in event order.
  std::vector<std::string> accepted;
  std::vector<size_t> accepted_start;
  for (size_t s = 0; s < count; ++s) {
    accepted_start.push_back(accepted.size());
    for (size_t e = 0; e < event_count; ++e)
      if (next[s * event_count + e] != count) accepted.push_back(event_values[e]);
  }
  accepted_start.push_back(accepted.size());
  accepted_start.push_back(accepted.size());
  put(d, "accepted_size", std::to_string(std::max<size_t>(accepted.size(), 1)));
  if (accepted.empty()) accepted.push_back(event_type + "{}");  // a plain array cannot have 0 elements
  put(d, "accepted_init", array_list(accepted, 4));
  put(d, "accepted_start_type", index_type(accepted.size()));
  put(d, "accepted_start_size", std::to_string(accepted_start.size()));
  put(d, "accepted_start_init", array_list(numbers(accepted_start), 16));
}

namespace {

// Every name parse_* accepts and the state it reads as: the current names
// in order, then the earlier names of renamed states.
void parse_keys(const Machine& m, std::vector<std::string>& names, std::vector<size_t>& targets) {
  for (size_t i = 0; i < m.states.size(); ++i) {
    names.push_back(m.states[i].name);
    targets.push_back(i);
  }
  for (size_t i = 0; i < m.states.size(); ++i)
    for (const std::string& old : m.states[i].renamed_from) {
      names.push_back(old);
      targets.push_back(i);
    }
}

}  // namespace

void set_parse_data(const Machine& m, MustacheData& d) {
  std::vector<std::string> names;
  std::vector<size_t> targets;
  parse_keys(m, names, targets);
  const bool renamed = names.size() > m.states.size();
  put(d, "by_name", string_table(names));
  put(d, "by_name_count", std::to_string(names.size()));
  put(d, "has_renamed", renamed);
  put(d, "parse_to_type", index_type(m.states.size()));
  put(d, "parse_to_init", renamed ? array_list(numbers(targets), 16) : std::string());
  MustacheData doc{MustacheData::type::list};
  for (const State& s : m.states)
    for (const std::string& old : s.renamed_from) {
      MustacheData line;
      put(line, "line", "'" + old + "' (now '" + s.name + "')");
      append(doc, std::move(line));
    }
  put(d, "renamed_doc", std::move(doc));
}

void set_migration_data(const Machine& m, const std::string& type, MustacheData& d) {
  const size_t count = m.states.size();
  put(d, "has_removed_names", !m.removed.empty());
  std::vector<std::string> names;
  std::vector<size_t> targets;
  parse_keys(m, names, targets);
  MustacheData cases{MustacheData::type::list};
  for (const Removed& r : m.removed) {
    const size_t target = r.replaced_by < 0 ? count : static_cast<size_t>(r.replaced_by);
    names.push_back(r.name);
    targets.push_back(target);
    for (const std::string& old : r.renamed_from) {  // the state's names before it was removed
      names.push_back(old);
      targets.push_back(target);
    }
    if (!r.number_known) continue;
    MustacheData c;
    put(c, "rn_number", std::to_string(r.number));
    put(c, "rn_target", r.replaced_by < 0
                           ? std::string("{}")
                           : type + "::" + enumerator(m.states[static_cast<size_t>(r.replaced_by)].name));
    append(cases, std::move(c));
  }
  put(d, "has_removed_numbers", !cases.list_value().empty());
  put(d, "removed_number_cases", std::move(cases));
  put(d, "any_name_count", std::to_string(names.size()));
  put(d, "migrate_target_type", index_type(count));
  put(d, "migrate_target_init", array_list(numbers(targets), 16));
  put(d, "by_any_name", m.removed.empty() ? string_table({}) : string_table(names));
}

}  // namespace statusc::cpp
