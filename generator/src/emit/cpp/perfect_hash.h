#pragma once
// Perfect hash tables for the generated C++ header (cpp target).
//
// parse_*() and the number lookup of sparse wire numbers use a table that
// statusc builds here, at generation time: every key lands in its own slot
// of a power-of-two table, so a lookup is one hash, one slot read (plus one
// displacement read for big sets) and one key comparison.
//
// The hash functions below are mirrored, operation for operation, by the
// runtime in templates/cpp/header.h.mustache (statusc::v6::detail). Change
// one and you must change the other and bump the runtime version there.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace statusc::cpp {

// murmur3's 64- and 32-bit finalizers.
std::uint64_t fmix64(std::uint64_t h);
std::uint32_t fmix32(std::uint32_t h);
// The words a name is compared by: its first and last 8 bytes (n >= 8),
// first and last 4 (n >= 4), or bytes 0, n/2 and n-1 (n <= 3), each read
// little-endian, overlapping where the name is short. A name of up to 16
// bytes is exactly its size and these words.
struct NameWords {
  std::uint64_t a = 0, b = 0;
};
NameWords words_of(std::string_view s);
// A name's hash under `seed`. Fast: the words, and the size xored into the
// last, mixed with the seed by two multiplies. Strong: a third multiply of
// its own for the size and the 8-byte words between the first and last
// (names over 16 bytes), chained from a seeded start, so that distinct
// names are always separated by some seed. Lookups compare the whole name,
// so the hash only has to tell a table's names apart.
std::uint64_t hash_string(std::string_view s, std::uint64_t seed, bool strong);
// Whether the fast hash can tell `keys` apart: no two share their first
// word and their last word xor size.
bool fast_hash_separates(const std::vector<std::string>& keys);
// fmix64 of the number's 32 bits xor seed.
std::uint64_t hash_number(std::int32_t n, std::uint64_t seed);

// A collision-free table for a fixed set of keys.
//
// One level (displacements empty): slot = the top log2(slot_count) bits of
// h. Two levels (CHD-like "hash and displace"), for sets too big for a
// single seed to separate: bucket = the top log2(displacements.size()) bits,
// then slot = fmix32((h >> 32) + displacements[bucket] * 0x9e3779b9) &
// (slot_count - 1). Top bits, because a product carries each input bit
// upward only.
struct PerfectHash {
  std::uint64_t seed = 0;
  std::size_t slot_count = 1;                // a power of two
  std::vector<std::uint32_t> displacements;  // a power of two long, or empty
  std::vector<int> slots;                    // key index per slot, -1 when free
  bool strong = false;                       // string tables: hash_string's `strong`

  // The slot of a key with hash `h` (the runtime's statusc::v6::detail::slot).
  std::size_t slot_of(std::uint64_t h) const;
};

// key_hash(i, seed) is key i's hash under `seed`. The search is
// deterministic: the same keys always give the same table. Keys must be
// distinct (throws std::invalid_argument when no seed tried separates them:
// build_string_hash then switches to the strong hash, which for distinct
// names does not happen in practice; the driver reports it if it does).
PerfectHash build_perfect_hash(std::size_t key_count,
                               const std::function<std::uint64_t(std::size_t, std::uint64_t)>& key_hash);

PerfectHash build_string_hash(const std::vector<std::string>& keys);
PerfectHash build_number_hash(const std::vector<std::int32_t>& keys);

// The seed tried in attempt k (splitmix64 of k).
std::uint64_t seed_candidate(std::uint64_t k);

}  // namespace statusc::cpp
