#include "inputs.h"

#include <algorithm>
#include <cctype>
#include <random>

namespace bench {
namespace {

bool is_name(const Machine& m, const std::string& s) {
  return std::find(m.names.begin(), m.names.end(), s) != m.names.end();
}

// A miss of the same length: one character replaced by another lower-case
// letter or '_'.
std::string changed(const Machine& m, const std::string& name, std::mt19937& rng) {
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz_";
  for (;;) {
    std::string s = name;
    const std::size_t at = std::uniform_int_distribution<std::size_t>(0, s.size() - 1)(rng);
    s[at] = kChars[std::uniform_int_distribution<std::size_t>(0, sizeof kChars - 2)(rng)];
    if (!is_name(m, s)) return s;
  }
}

// A miss in the other case: one letter upper-cased (names are lower snake).
std::string other_case(const std::string& name, std::mt19937& rng) {
  std::string s = name;
  for (;;) {
    const std::size_t at = std::uniform_int_distribution<std::size_t>(0, s.size() - 1)(rng);
    if (std::islower(static_cast<unsigned char>(s[at])) != 0) {
      s[at] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[at])));
      return s;
    }
  }
}

}  // namespace

const char* mix_name(Mix mix) {
  switch (mix) {
    case Mix::Hits: return "hits";
    case Mix::NearMisses: return "near_misses";
    case Mix::Repeated: return "repeated";
  }
  return "";
}

std::vector<std::string> parse_inputs(const Machine& m, Mix mix) {
  std::mt19937 rng(static_cast<unsigned>(m.size * 7919 + static_cast<int>(m.length.size())));
  std::uniform_int_distribution<std::size_t> pick(0, m.names.size() - 1);
  std::vector<std::string> in;
  in.reserve(kInputs);
  for (std::size_t k = 0; k < kInputs; ++k) {
    const std::string& name = m.names[pick(rng)];
    switch (mix) {
      case Mix::Hits:
        in.push_back(name);
        break;
      case Mix::Repeated:
        in.push_back(m.names[m.names.size() / 2]);
        break;
      case Mix::NearMisses:
        if (k % 2 == 0) {
          in.push_back(name);
        } else if (k % 6 == 1) {
          in.push_back(changed(m, name, rng));
        } else if (k % 6 == 3) {
          in.push_back(other_case(name, rng));
        } else {
          in.emplace_back();
        }
        break;
    }
  }
  if (mix == Mix::NearMisses) std::shuffle(in.begin(), in.end(), rng);
  return in;
}

std::vector<std::int32_t> state_inputs(const Machine& m, unsigned seed) {
  std::mt19937 rng(seed + static_cast<unsigned>(m.size));
  std::uniform_int_distribution<std::int32_t> pick(1, m.size);
  std::vector<std::int32_t> in(kInputs);
  for (std::int32_t& n : in) n = pick(rng);
  return in;
}

}  // namespace bench
