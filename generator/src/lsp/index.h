#pragma once
// Every name of one spec file with where it is written: the declaration
// (states, attributes, enum values, removed entries, machines, named
// invariants) and every use (initial/from/to/replaced_by, attribute keys
// on states and names in invariants, enum values, events). Built from the
// RawSpec, so it exists as soon as the file has the right shape, even when
// binding or the checks fail; names are matched by spelling within their
// machine, as the builder resolves them.

#include <string>
#include <vector>

#include "diag/source_file.h"
#include "parse/raw_spec.h"

namespace statusc::lsp {

enum class SymKind {
  Machine,
  State,
  Attribute,
  EnumValue,    // owner: the attribute
  Event,        // no declaration: its first use stands for one
  Removed,      // a `removed:` entry
  EarlierName,  // a `renamed_from` entry; owner: the state or removed entry holding it
  Invariant,    // a named invariant
  Target,       // a `targets:` key
};

struct SymbolKey {
  SymKind kind = SymKind::State;
  std::string machine;
  std::string owner;
  std::string name;
  bool operator==(const SymbolKey&) const = default;
};

struct Occurrence {
  SymbolKey key;
  int line = 0;
  int column = 0;  // bytes
  int length = 0;
  bool definition = false;
  bool contains(int l, int c) const { return l == line && c >= column && c <= column + length; }
};

class SymbolIndex {
 public:
  std::vector<Occurrence> occurrences;  // in file order

  // The occurrence under the cursor (a cursor just after a name counts).
  const Occurrence* at(int line, int column) const;
  std::vector<const Occurrence*> all_of(const SymbolKey& key) const;
  // Where the name is declared. Events: their first use. Earlier names:
  // the state or removed entry that holds them.
  const Occurrence* definition_of(const SymbolKey& key) const;
};

SymbolIndex build_index(const RawSpec& raw, const SourceFile& file);

// The byte column and length of `name` as written at `loc`: past an opening
// quote when the scalar is quoted. Falls back to the location itself.
void name_span(const SourceFile& file, const Location& loc, const std::string& name, int& column, int& length);

}  // namespace statusc::lsp
