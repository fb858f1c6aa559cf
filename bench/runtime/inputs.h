// The inputs the timing loops walk through: kInputs items each, drawn with a
// fixed seed, so every implementation sees the same sequence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "peers.h"

namespace bench {

inline constexpr std::size_t kInputs = 1024;  // a power of two: the loops mask the index

// The parse input mixes.
enum class Mix { Hits, NearMisses, Repeated };
inline constexpr Mix kMixes[] = {Mix::Hits, Mix::NearMisses, Mix::Repeated};
const char* mix_name(Mix mix);

// Hits: names drawn uniformly. NearMisses: half hits, half misses that a
// hash or a first-character test cannot reject cheaply: the same length
// with one character changed, one letter in the other case, or empty.
// Repeated: one name every time.
std::vector<std::string> parse_inputs(const Machine& m, Mix mix);

// Wire numbers of states drawn uniformly (all valid).
std::vector<std::int32_t> state_inputs(const Machine& m, unsigned seed);

}  // namespace bench
