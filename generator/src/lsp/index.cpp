#include "lsp/index.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace statusc::lsp {
namespace {

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

class IndexBuilder {
 public:
  IndexBuilder(const SourceFile& file, SymbolIndex& index) : file_(file), index_(index) {}

  void add(SymKind kind, const std::string& machine, const std::string& owner, const LString& name, bool definition) {
    if (!name.loc.has_position() || name.value.empty()) return;
    Occurrence o;
    o.key = {kind, machine, owner, name.value};
    o.line = name.loc.line;
    name_span(file_, name.loc, name.value, o.column, o.length);
    o.definition = definition;
    index_.occurrences.push_back(std::move(o));
  }

  void add_at(SymKind kind, const std::string& machine, const std::string& owner, std::string name, int line,
              int column, bool definition) {
    Occurrence o;
    o.length = static_cast<int>(name.size());
    o.key = {kind, machine, owner, std::move(name)};
    o.line = line;
    o.column = column;
    o.definition = definition;
    index_.occurrences.push_back(std::move(o));
  }

  void machine(const RawMachine& m) {
    const std::string& mn = m.name.value;
    add(SymKind::Machine, mn, "", m.name, true);
    for (const RawAttribute& a : m.attributes) {
      add(SymKind::Attribute, mn, "", a.name, true);
      for (const LString& v : a.values) add(SymKind::EnumValue, mn, a.name.value, v, true);
      if (a.default_value) enum_use(m, a.name.value, *a.default_value);
    }
    for (const LString& i : m.initial) add(SymKind::State, mn, "", i, false);
    for (const RawState& s : m.states) {
      add(SymKind::State, mn, "", s.name, true);
      for (const LString& earlier : s.renamed_from) add(SymKind::EarlierName, mn, s.name.value, earlier, true);
      for (const auto& [key, value] : s.values) {
        add(SymKind::Attribute, mn, "", key, false);
        enum_use(m, key.value, value);
      }
    }
    // An event has no declaration; its first use stands for one. A set, not
    // a scan of the occurrences so far: that was quadratic (bench/lsp_cost.py).
    std::unordered_set<std::string_view> events_seen;
    for (const RawTransition& t : m.transitions) {
      for (const LString& f : t.from) add(SymKind::State, mn, "", f, false);
      for (const LString& to : t.to) add(SymKind::State, mn, "", to, false);
      if (t.on) add(SymKind::Event, mn, "", *t.on, events_seen.insert(t.on->value).second);
    }
    for (const RawInvariant& inv : m.invariants) {
      if (inv.name) add(SymKind::Invariant, mn, "", *inv.name, true);
      if (inv.assert_text_exact && inv.assert_text_start.has_position()) expression(m, inv);
    }
    for (const RawRemoved& r : m.removed) {
      add(SymKind::Removed, mn, "", r.name, true);
      if (r.replaced_by) add(SymKind::State, mn, "", *r.replaced_by, false);
      for (const LString& earlier : r.renamed_from) add(SymKind::EarlierName, mn, r.name.value, earlier, true);
    }
  }

 private:
  static const RawAttribute* find_attribute(const RawMachine& m, std::string_view name) {
    for (const RawAttribute& a : m.attributes)
      if (a.name.value == name) return &a;
    return nullptr;
  }
  static bool has_value(const RawAttribute& a, std::string_view value) {
    return std::any_of(a.values.begin(), a.values.end(), [&](const LString& v) { return v.value == value; });
  }

  void enum_use(const RawMachine& m, const std::string& attribute, const YamlNode& value) {
    const RawAttribute* a = find_attribute(m, attribute);
    if (a == nullptr || a->type.value != "enum" || !value.is_scalar() || !has_value(*a, value.value)) return;
    add(SymKind::EnumValue, m.name.value, attribute, LString{value.value, value.loc}, false);
  }

  // Names in an invariant written verbatim on one line: attributes, and
  // enum values (of the attribute named in the same expression, when several
  // attributes have the value).
  void expression(const RawMachine& m, const RawInvariant& inv) {
    const std::string& text = inv.assert_text.value;
    const Location& start = inv.assert_text_start;
    std::vector<std::pair<size_t, std::string>> words;
    for (size_t i = 0; i < text.size();) {
      if (is_name_char(text[i]) && !std::isdigit(static_cast<unsigned char>(text[i]))) {
        size_t j = i;
        while (j < text.size() && is_name_char(text[j])) ++j;
        words.emplace_back(i, text.substr(i, j - i));
        i = j;
      } else {
        ++i;
      }
    }
    for (const auto& [offset, word] : words) {
      int column = start.column + static_cast<int>(offset);
      if (find_attribute(m, word) != nullptr) {
        add_at(SymKind::Attribute, m.name.value, "", word, start.line, column, false);
        continue;
      }
      const RawAttribute* owner = nullptr;
      for (const auto& [other_offset, other] : words) {
        const RawAttribute* a = find_attribute(m, other);
        if (a != nullptr && a->type.value == "enum" && has_value(*a, word)) {
          owner = a;
          if (other_offset < offset) continue;  // prefer the attribute nearest before
          break;
        }
      }
      if (owner == nullptr)
        for (const RawAttribute& a : m.attributes)
          if (a.type.value == "enum" && has_value(a, word)) owner = &a;
      if (owner != nullptr) add_at(SymKind::EnumValue, m.name.value, owner->name.value, word, start.line, column, false);
    }
  }

  const SourceFile& file_;
  SymbolIndex& index_;
};

}  // namespace

void name_span(const SourceFile& file, const Location& loc, const std::string& name, int& column, int& length) {
  column = loc.column;
  length = std::max(loc.length, 1);
  std::string_view line = file.line_text(loc.line);
  if (loc.column < 0 || static_cast<size_t>(loc.column) > line.size()) return;
  std::string_view rest = line.substr(static_cast<size_t>(loc.column));
  if (rest.substr(0, name.size()) == name) {
    length = static_cast<int>(name.size());
  } else if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'') && rest.substr(1, name.size()) == name) {
    column += 1;
    length = static_cast<int>(name.size());
  }
}

const Occurrence* SymbolIndex::at(int line, int column) const {
  const Occurrence* best = nullptr;
  for (const Occurrence& o : occurrences) {
    if (!o.contains(line, column)) continue;
    // A cursor between two names (`a,b` at the comma) takes the one it is in.
    if (best == nullptr || (column < o.column + o.length)) best = &o;
  }
  return best;
}

std::vector<const Occurrence*> SymbolIndex::all_of(const SymbolKey& key) const {
  std::vector<const Occurrence*> result;
  for (const Occurrence& o : occurrences)
    if (o.key == key) result.push_back(&o);
  return result;
}

const Occurrence* SymbolIndex::definition_of(const SymbolKey& key) const {
  if (key.kind == SymKind::EarlierName) {
    for (SymKind holder : {SymKind::State, SymKind::Removed})
      if (const Occurrence* o = definition_of({holder, key.machine, "", key.owner})) return o;
    return nullptr;
  }
  for (const Occurrence& o : occurrences)
    if (o.key == key && o.definition) return &o;
  return nullptr;
}

SymbolIndex build_index(const RawSpec& raw, const SourceFile& file) {
  SymbolIndex index;
  IndexBuilder builder(file, index);
  for (const RawTarget& t : raw.targets.targets) builder.add(SymKind::Target, "", "", t.key, true);
  for (const RawMachine& m : raw.machines) builder.machine(m);
  std::sort(index.occurrences.begin(), index.occurrences.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  return index;
}

}  // namespace statusc::lsp
