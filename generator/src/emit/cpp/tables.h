#pragma once
// The constant tables of the generated C++ header, as C++ initializer text
// for templates/cpp/header.h.mustache. Every table is indexed by a state's
// dense index (its position in the spec); index kCount (= the number of
// states) stands for a value that is no state, so lookups never need a
// bounds check and never read out of range.

#include <string>
#include <vector>

#include "emit/common.h"

namespace statusc::cpp {

// The generated runtime's inline namespace (`statusc::v6`) and guard macros
// (`STATUSC_CPP_RUNTIME_V6` for the returned types, `STATUSC_CPP_LOOKUP_V6`
// for the hash tables). Raise it, and rename them in
// templates/cpp/header.h.mustache, whenever the name hash, a table layout or
// the division of the runtime between the two guards changes: headers from
// different statusc versions then keep separate runtimes in one translation
// unit instead of silently sharing one.
inline constexpr const char* kRuntimeVersion = "v6";

// A string literal that converts to the exact std::string_view of `text`
// (with an explicit length when the text holds a NUL byte).
std::string string_view_literal(const std::string& text);

// A `::statusc::<kRuntimeVersion>::string_table` over `keys`: mustache object with
// `table_type` and `table_init`.
MustacheData string_table(const std::vector<std::string>& keys);

// How a state's wire number becomes its dense index: `index_contiguous`
// (numbers base, base+1, ...), `index_range` (a small table over
// min..max) or `index_hashed` (a perfect hash of the numbers, for sparse
// numbers, declared by `number_table_decl`), with their data.
void set_index_data(const Machine& m, MustacheData& d);

// can_transition reads a bit matrix for machines of up to this many states
// (at most 10 KiB); larger ones binary-search the source's successors, as
// the matrix grows with the square of the states.
inline constexpr size_t kBitMatrixMaxStates = 256;

// can_transition, successors, events and next.
void set_transition_data(const Machine& m, const std::string& type, const std::string& event_type,
                         const std::string& parse_event, MustacheData& d);

// migrate_*: removed names and numbers.
// parse_*: by_name (string_table over current names, then the earlier
// names of renamed states), has_renamed, parse_to_type/_init (key ->
// state index when has_renamed), by_name_count, renamed_doc [{line}].
void set_parse_data(const Machine& m, MustacheData& d);
void set_migration_data(const Machine& m, const std::string& type, MustacheData& d);

}  // namespace statusc::cpp
