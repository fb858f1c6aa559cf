// Perfect hash construction for the cpp target (see cpp_perfect_hash.h).
#include "emit/cpp/perfect_hash.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <stdexcept>
#include <tuple>

namespace statusc::cpp {
namespace {

constexpr std::uint32_t kGolden32 = 0x9e3779b9U;

// One-level tables are tried for sets of up to 256 keys, in tables of p, 2p,
// 4p, ... slots (p: the power of two at or above the count) up to 4p or
// 4,096 slots, whichever is more: the chance that n keys fall into n
// distinct slots of m is about exp(-n^2 / 2m), so 128 keys need about 2,048
// slots (2 KiB of one-byte indices), and past a few hundred keys no
// reasonable m will do. A one-level lookup saves the displacement read and
// a mix (parse of 128 names: 0.8-1.0x gperf instead of 1.2-1.4x).
constexpr std::size_t kDirectMaxKeys = 256;
constexpr std::size_t kDirectMaxSlots = 4096;
constexpr std::uint64_t kDirectSeeds = 4096;  // per table size
constexpr double kLnDirectSeeds = 8.3;         // ln(4096)
constexpr std::uint64_t kDisplacedSeeds = 64;
constexpr std::uint32_t kMaxDisplacement = 1U << 20;

int bits_of(std::size_t n) {
  int b = 0;
  while ((static_cast<std::size_t>(1) << b) < n) ++b;
  return b;
}

// The runtime's detail::top_bits: the top `bits` bits of h's top half.
std::uint32_t top_bits(std::uint64_t h, int bits) {
  return bits == 0 ? 0U : static_cast<std::uint32_t>(h >> 32) >> (32 - bits);
}

std::size_t pow2_at_least(std::size_t n) {
  std::size_t p = 1;
  while (p < n) p <<= 1;
  return p;
}

// One-level: every key's top half picks its slot directly.
// `taken` is scratch space of at least slot_count entries; an entry equal
// to `stamp` marks a slot taken in this attempt (stamps only grow, so the
// scratch is never cleared).
bool try_direct(const std::vector<std::uint64_t>& hashes, std::size_t slot_count, std::vector<std::uint64_t>& taken,
                std::uint64_t stamp, PerfectHash& out) {
  const int bits = bits_of(slot_count);
  for (std::uint64_t h : hashes) {
    const std::size_t s = top_bits(h, bits);
    if (taken[s] == stamp) return false;
    taken[s] = stamp;
  }
  out.slot_count = slot_count;
  out.displacements.clear();
  out.slots.assign(slot_count, -1);
  for (std::size_t i = 0; i < hashes.size(); ++i) out.slots[top_bits(hashes[i], bits)] = static_cast<int>(i);
  return true;
}

std::size_t displaced_slot(std::uint64_t h, std::uint32_t d, std::size_t slot_count) {
  std::uint32_t x = fmix32(static_cast<std::uint32_t>(h >> 32) + d * kGolden32);
  return x & (slot_count - 1);
}

// Two levels: keys are grouped into buckets by their top bits; buckets are
// placed biggest first, each with the smallest displacement that sends all
// its keys to free slots.
bool try_displaced(const std::vector<std::uint64_t>& hashes, std::size_t slot_count, std::size_t bucket_count,
                   PerfectHash& out) {
  // Two keys with the same bucket and the same top half collide under every
  // displacement: give up on this seed at once.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> ids;
  ids.reserve(hashes.size());
  const int bucket_bits = bits_of(bucket_count);
  for (std::uint64_t h : hashes) ids.emplace_back(top_bits(h, bucket_bits), static_cast<std::uint32_t>(h >> 32));
  std::sort(ids.begin(), ids.end());
  if (std::adjacent_find(ids.begin(), ids.end()) != ids.end()) return false;

  std::vector<std::vector<std::size_t>> buckets(bucket_count);
  for (std::size_t i = 0; i < hashes.size(); ++i) buckets[top_bits(hashes[i], bucket_bits)].push_back(i);
  std::vector<std::size_t> order(bucket_count);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return buckets[a].size() > buckets[b].size(); });

  std::vector<int> slots(slot_count, -1);
  std::vector<std::uint32_t> displacements(bucket_count, 0);
  std::vector<std::size_t> placed;
  for (std::size_t b : order) {
    const std::vector<std::size_t>& keys = buckets[b];
    if (keys.empty()) break;  // sorted: the rest are empty too
    bool done = false;
    for (std::uint32_t d = 0; d < kMaxDisplacement && !done; ++d) {
      placed.clear();
      bool ok = true;
      for (std::size_t k : keys) {
        std::size_t s = displaced_slot(hashes[k], d, slot_count);
        if (slots[s] != -1 || std::find(placed.begin(), placed.end(), s) != placed.end()) {
          ok = false;
          break;
        }
        placed.push_back(s);
      }
      if (!ok) continue;
      for (size_t j = 0; j < keys.size(); ++j) slots[placed[j]] = static_cast<int>(keys[j]);
      displacements[b] = d;
      done = true;
    }
    if (!done) return false;
  }
  out.slot_count = slot_count;
  out.displacements = std::move(displacements);
  out.slots = std::move(slots);
  return true;
}

}  // namespace

std::uint64_t fmix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

std::uint32_t fmix32(std::uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bU;
  h ^= h >> 13;
  h *= 0xc2b2ae35U;
  h ^= h >> 16;
  return h;
}

namespace {

std::uint64_t byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

std::uint64_t load(std::string_view s, std::size_t at, int bytes) {
  std::uint64_t w = 0;
  for (int k = 0; k < bytes; ++k) w |= byte_at(s, at + static_cast<std::size_t>(k)) << (8 * k);
  return w;
}

}  // namespace

NameWords words_of(std::string_view s) {
  const std::size_t n = s.size();
  if (n >= 8) return {load(s, 0, 8), load(s, n - 8, 8)};
  if (n >= 4) return {load(s, 0, 4), load(s, n - 4, 4)};
  if (n != 0) return {byte_at(s, 0) | byte_at(s, n >> 1) << 8 | byte_at(s, n - 1) << 16, 0};
  return {0, 0};
}

bool fast_hash_separates(const std::vector<std::string>& keys) {
  std::set<std::pair<std::uint64_t, std::uint64_t>> seen;
  for (const std::string& k : keys) {
    const NameWords w = words_of(k);
    if (!seen.insert({w.a, w.b ^ k.size()}).second) return false;
  }
  return true;
}

namespace {

// What the hash mixes besides the two words: the size (fast), or the size
// and the 8-byte words between the first and last, chained from a seeded
// start (strong).
std::uint64_t middle_of(std::string_view s, std::uint64_t seed, bool strong) {
  const std::size_t n = s.size();
  if (!strong) return n;
  std::uint64_t middle = n ^ (seed >> 17);
  for (std::size_t i = 8; i + 8 < n; i += 8) middle = (middle ^ load(s, i, 8)) * 0x9e3779b97f4a7c15ULL;
  return middle;
}

std::uint64_t mix_fast(NameWords w, std::uint64_t n, std::uint64_t seed) {
  return (w.a ^ seed) * 0xbf58476d1ce4e5b9ULL ^ (w.b ^ n ^ (seed >> 29)) * 0x94d049bb133111ebULL;
}

std::uint64_t mix_strong(NameWords w, std::uint64_t middle, std::uint64_t seed) {
  return (w.a ^ seed) * 0xbf58476d1ce4e5b9ULL ^ (w.b ^ (seed >> 29)) * 0x94d049bb133111ebULL ^
         middle * 0xd6e8feb86659fd93ULL;
}

}  // namespace

std::uint64_t hash_string(std::string_view s, std::uint64_t seed, bool strong) {
  const NameWords w = words_of(s);
  return strong ? mix_strong(w, middle_of(s, seed, true), seed) : mix_fast(w, s.size(), seed);
}

std::uint64_t hash_number(std::int32_t n, std::uint64_t seed) {
  return fmix64(static_cast<std::uint64_t>(static_cast<std::uint32_t>(n)) ^ seed);
}

std::uint64_t seed_candidate(std::uint64_t k) {
  std::uint64_t z = k + 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::size_t PerfectHash::slot_of(std::uint64_t h) const {
  if (displacements.empty()) return top_bits(h, bits_of(slot_count));
  return displaced_slot(h, displacements[top_bits(h, bits_of(displacements.size()))], slot_count);
}

PerfectHash build_perfect_hash(std::size_t key_count,
                               const std::function<std::uint64_t(std::size_t, std::uint64_t)>& key_hash) {
  PerfectHash out;
  if (key_count == 0) {
    out.slots.assign(1, -1);
    return out;
  }
  std::vector<std::uint64_t> hashes(key_count);
  auto hash_all = [&](std::uint64_t seed) {
    for (std::size_t i = 0; i < key_count; ++i) hashes[i] = key_hash(i, seed);
  };
  const std::size_t p = pow2_at_least(key_count);
  std::uint64_t attempt = 0;
  if (key_count <= kDirectMaxKeys) {
    // A table size is worth its seeds when one seed in 4,096 is expected to
    // place every key: exp(-n(n-1) / 2m) >= 1/4096, so m >= n(n-1) / 16.6.
    const std::size_t pairs = key_count * (key_count - 1) / 2;
    std::size_t first = p;
    while (static_cast<double>(pairs) / static_cast<double>(first) > kLnDirectSeeds) first *= 2;
    for (std::size_t slot_count = first; slot_count <= std::max(4 * p, kDirectMaxSlots); slot_count *= 2) {
      std::vector<std::uint64_t> taken(slot_count, 0);
      for (std::uint64_t k = 0; k < kDirectSeeds; ++k, ++attempt) {
        out.seed = seed_candidate(attempt);
        hash_all(out.seed);
        if (try_direct(hashes, slot_count, taken, k + 1, out)) return out;
      }
    }
  }
  // Load at most 0.9 keeps the search for the last buckets short; about
  // four keys per bucket keeps the displacement table small.
  std::size_t slot_count = key_count * 10 <= p * 9 ? p : 2 * p;
  const std::size_t bucket_count = pow2_at_least((key_count + 3) / 4);
  for (int round = 0; round < 4; ++round, slot_count *= 2) {
    for (std::uint64_t k = 0; k < kDisplacedSeeds; ++k, ++attempt) {
      out.seed = seed_candidate(attempt);
      hash_all(out.seed);
      if (try_displaced(hashes, slot_count, bucket_count, out)) return out;
    }
  }
  throw std::invalid_argument("perfect hash: keys are not distinct");
}

PerfectHash build_string_hash(const std::vector<std::string>& keys) {
  // The fast hash depends on a name only through (first word, last word ^
  // size): when two names share that, or no seed separates the names (only
  // for words that differ in nothing but their top bits), the strong hash
  // mixes the size and the middle words in a seeded term of their own.
  if (fast_hash_separates(keys)) {
    // The words do not depend on the seed: read them once.
    std::vector<NameWords> words;
    words.reserve(keys.size());
    for (const std::string& k : keys) words.push_back(words_of(k));
    try {
      return build_perfect_hash(keys.size(), [&](std::size_t i, std::uint64_t seed) {
        return mix_fast(words[i], keys[i].size(), seed);
      });
    } catch (const std::invalid_argument&) {
      // fall through to the strong hash
    }
  }
  PerfectHash h = build_perfect_hash(
      keys.size(), [&](std::size_t i, std::uint64_t seed) { return hash_string(keys[i], seed, true); });
  h.strong = true;
  return h;
}

PerfectHash build_number_hash(const std::vector<std::int32_t>& keys) {
  return build_perfect_hash(keys.size(), [&](std::size_t i, std::uint64_t seed) { return hash_number(keys[i], seed); });
}

}  // namespace statusc::cpp
