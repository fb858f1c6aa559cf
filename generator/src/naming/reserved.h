#pragma once
// What the per-target reserved-word files (naming/reserved_<target>.cpp)
// share: a lookup in a constant word list.

#include <algorithm>
#include <iterator>
#include <string_view>

namespace statusc::naming {

template <size_t N>
bool contains_word(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace statusc::naming
