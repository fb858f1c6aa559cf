#!/usr/bin/env bash
# Compile-and-run tests of the C++ headers statusc generates.
#
#   run.sh one      STATUSC WORK_DIR SPEC         one spec, four builds
#   run.sh together STATUSC WORK_DIR SPEC...      every header in one program
#   run.sh doc      STATUSC WORK_DIR SPEC DOC     the first ```cpp block of DOC,
#                                                 built against SPEC's header
#   run.sh split    STATUSC WORK_DIR SPEC...      the split layout of every spec
#
# `split` generates every spec with targets.cpp.layout: split (set by a
# statusc.yaml in WORK_DIR), compiles each header alone and each .cpp with
# the same warnings as C++17, C++20 and GNU C++17 (and clang++ as C++17),
# links one program from all the .cpp files and a main that includes every
# header, and checks that a split header and a header-only one of another
# spec share one translation unit in either order. Behaviour is checked by
# the conformance suite's cpp-split driver.
#
# For each spec: generate with --target cpp twice (the bytes must be
# identical) and check the header holds no raw CR, NUL, U+2028/U+2029 or
# bidi control character. Then write a test program: macro_prelude.h
# (assert, errno, EOF, stdin, major, ... defined first), the header(s),
# check_machine.h's generic checks for every machine (found through its
# statusc::machine_traits specialization), and checks/<spec>.inc where there
# is one: static_asserts, what the conformance vectors do not reach, the
# specs/ specs and the real systems' documented strings. A spec's values are
# checked by the conformance suite (tests/conformance, docs/conformance.md).
#
# All builds use -Wall -Wextra -Werror -pedantic. `one` builds the program
# with g++ as C++17 (-O1) and compiles the header alone (it must be
# self-contained) as C++17, C++20 and GNU C++17 with extra warnings.
# `together` builds all headers in one program (they must coexist): with
# g++ as C++20 under ASan and UBSan, as GNU C++17 (where `linux` and `unix`
# are macros) with extra warnings, and with clang++ as C++17 if installed.
# So every spec's program runs as C++17, C++20 and GNU C++17, and the whole
# suite stays within about a minute of CPU time.
# Builds run in parallel; then every binary runs. CXX and CLANGXX override
# the compilers.
set -euo pipefail

if [ "$1" = doc ]; then
  statusc=$2 work=$3 spec=$4 doc=$5
  rm -rf "$work"
  mkdir -p "$work"
  "$statusc" generate "$spec" -o "$work" --target cpp --quiet
  # The first ```cpp block, without its fences.
  awk '/^```cpp$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$doc" >"$work/example.cpp"
  [ -s "$work/example.cpp" ] || { echo "FAIL: no \`\`\`cpp block in $doc" >&2; exit 1; }
  ${CXX:-g++} -std=c++17 -Wall -Wextra -Werror -pedantic -I "$work" "$work/example.cpp" -o "$work/example"
  "$work/example"
  exit
fi

if [ "$1" = split ]; then
  statusc=$2 work=$3
  shift 3
  cxx=${CXX:-g++} clangxx=${CLANGXX:-clang++}
  rm -rf "$work"
  mkdir -p "$work/gen" "$work/mixed"
  printf 'version: 1\nspecs: [statusc.yaml]\ntargets:\n  cpp:\n    layout: split\n' >"$work/statusc.yaml"
  "$statusc" generate --config "$work/statusc.yaml" "$@" -o "$work/gen" --target cpp --quiet
  flags=(-Wall -Wextra -Werror -pedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast -Wundef
    -Wzero-as-null-pointer-constant -Wextra-semi -Wcast-qual -I "$work/gen")
  {
    echo "// Written by tests/compile/cpp/run.sh split."
    for spec in "$@"; do echo "#include \"$(basename "$spec" .yaml).h\""; done
    echo 'int main() { return 0; }'
  } >"$work/main.cpp"
  sources=()
  for spec in "$@"; do
    stem=$(basename "$spec" .yaml)
    [ -f "$work/gen/$stem.cpp" ] || { echo "FAIL (split): no $stem.cpp generated" >&2; exit 1; }
    ! grep -q "constexpr bool tables_agree" "$work/gen/$stem.h" ||
      { echo "FAIL (split): $stem.h holds the compile-time checks" >&2; exit 1; }
    printf '#include "%s.h"\n' "$stem" >"$work/$stem.alone.cpp"
    sources+=("$work/gen/$stem.cpp")
  done
  for std in c++17 c++20 gnu++17; do
    for spec in "$@"; do
      stem=$(basename "$spec" .yaml)
      "$cxx" -std="$std" "${flags[@]}" -fsyntax-only "$work/$stem.alone.cpp"
    done
  done
  "$cxx" -std=c++17 "${flags[@]}" -O1 "$work/main.cpp" "${sources[@]}" -o "$work/program17"
  "$cxx" -std=c++20 "${flags[@]}" "$work/main.cpp" "${sources[@]}" -o "$work/program20"
  if command -v "$clangxx" >/dev/null 2>&1; then
    "$clangxx" -std=c++17 -Wall -Wextra -Werror -pedantic -Wshadow-all -Wconversion -I "$work/gen" \
      "$work/main.cpp" "${sources[@]}" -o "$work/program-clang"
  fi
  "$work/program17"
  # Every .cpp in one translation unit, as cmake/StatuscSplitSources.cmake
  # writes statusc_generate()'s source: machines of one name in two specs
  # (compile/cpp/split/) must not clash there.
  {
    echo "// Written by tests/compile/cpp/run.sh split."
    for spec in "$@"; do echo "#include \"$(basename "$spec" .yaml).cpp\""; done
  } >"$work/all_sources.cpp"
  "$cxx" -std=c++17 "${flags[@]}" -c "$work/all_sources.cpp" -o "$work/all_sources.o"
  # A header-only header beside a split one, in either order: the runtime's
  # two guards (the returned types, the hash tables) are shared.
  "$statusc" generate spec/chat_session.yaml -o "$work/mixed" --target cpp --quiet
  split_stem=$(basename "$1" .yaml)
  [ "$split_stem" != chat_session ] || split_stem=$(basename "$2" .yaml)
  printf '#include "%s.h"\n#include "chat_session.h"\nint main() { return 0; }\n' "$split_stem" >"$work/mixed/a.cpp"
  printf '#include "chat_session.h"\n#include "%s.h"\nint main() { return 0; }\n' "$split_stem" >"$work/mixed/b.cpp"
  for order in a b; do
    "$cxx" -std=c++17 "${flags[@]}" -iquote "$work/mixed" "$work/mixed/$order.cpp" "$work/gen/$split_stem.cpp" \
      -o "$work/mixed/$order"
  done
  echo "PASS (split): $# specs"
  exit
fi

mode=$1
statusc=$2
work=$3
shift 3
specs=("$@")
here=$(cd "$(dirname "$0")" && pwd)
cxx=${CXX:-g++}
clangxx=${CLANGXX:-clang++}
label=$([ "$mode" = one ] && basename "${specs[0]}" .yaml || echo together)

fail() {
  echo "FAIL ($label): $*" >&2
  exit 1
}

rm -rf "$work"
mkdir -p "$work/gen" "$work/again"
"$statusc" generate "${specs[@]}" -o "$work/gen" --target cpp --quiet || fail "statusc generate failed"
"$statusc" generate "${specs[@]}" -o "$work/again" --target cpp --quiet || fail "statusc generate failed (second run)"

stems=()
machines=()
for spec in "${specs[@]}"; do
  stem=$(basename "$spec" .yaml)
  stems+=("$stem")
  header="$work/gen/$stem.h"
  [ -f "$header" ] || fail "no $stem.h generated"
  cmp -s "$header" "$work/again/$stem.h" || fail "$stem.h: two runs gave different bytes"
  # Raw characters that end or break a comment or a string in some compiler.
  for pattern in $'\r' $'\xe2\x80\xa8' $'\xe2\x80\xa9' $'\xe2\x80\xaa' $'\xe2\x80\xab' $'\xe2\x80\xac' \
    $'\xe2\x80\xad' $'\xe2\x80\xae' $'\xe2\x81\xa6' $'\xe2\x81\xa7' $'\xe2\x81\xa8' $'\xe2\x81\xa9'; do
    if LC_ALL=C grep -q -F "$pattern" "$header"; then
      fail "$stem.h contains a raw $(printf '%s' "$pattern" | od -An -tx1 | tr -d ' \n')"
    fi
  done
  LC_ALL=C tr -d '\000' <"$header" | cmp -s - "$header" || fail "$stem.h contains a NUL byte"
  found=$(sed -n 's/^struct machine_traits<\(.*\)> {$/\1/p' "$header")
  [ -n "$found" ] || fail "$stem.h: no machine_traits specialization found"
  while IFS= read -r m; do machines+=("$m"); done <<<"$found"
done

main="$work/main.cpp"
{
  echo "// Written by tests/compile/cpp/run.sh."
  echo '#include "macro_prelude.h"'
  for stem in "${stems[@]}"; do echo "#include \"$stem.h\""; done
  echo '#include "check_machine.h"'
  for stem in "${stems[@]}"; do
    if [ -f "$here/checks/$stem.inc" ]; then echo "#include \"checks/$stem.inc\""; fi
  done
  echo 'int main() {'
  for m in "${machines[@]}"; do echo "  statusc_test::check_machine<$m>();"; done
  for stem in "${stems[@]}"; do
    if [ -f "$here/checks/$stem.inc" ]; then
      echo "  statusc_test::where = \"checks/$stem.inc\";"
      echo "  spec_$stem::run();"
    fi
  done
  echo "  return statusc_test::report(\"$label\");"
  echo '}'
} >"$main"

# _GLIBCXX_ASSERTIONS bounds-checks std::array::operator[] (*_values, the traits).
common=(-Wall -Wextra -Werror -pedantic -D_GLIBCXX_ASSERTIONS -I "$work/gen" -I "$here")
gnu_extra=(-Wshadow -Wconversion -Wsign-conversion -Wold-style-cast -Wundef -Wzero-as-null-pointer-constant
  -Wextra-semi -Wcast-qual -Wuseless-cast -Wduplicated-cond -Wlogical-op -Wnull-dereference)

names=()
pids=()
build() {  # NAME COMMAND...: runs in the background, output to NAME.log
  local name=$1
  shift
  names+=("$name")
  ("$@" >"$work/$name.log" 2>&1) &
  pids+=($!)
}
if [ "$mode" = one ]; then
  printf '#include "%s.h"\n' "${stems[0]}" >"$work/alone.cpp"
  build cxx17 "$cxx" -std=c++17 -O1 "${common[@]}" "$main" -o "$work/cxx17"
  for std in c++17 c++20 gnu++17; do
    build "alone-$std" "$cxx" -std="$std" "${common[@]}" "${gnu_extra[@]}" -fsyntax-only "$work/alone.cpp"
  done
else
  sanitize=()
  if echo 'int main(){}' | "$cxx" -x c++ -fsanitize=address,undefined -o "$work/probe" - >/dev/null 2>&1; then
    sanitize=(-fsanitize=address,undefined -fno-sanitize-recover=all)
  fi
  build cxx20 "$cxx" -std=c++20 "${common[@]}" "${sanitize[@]}" "$main" -o "$work/cxx20"
  build gnu17 "$cxx" -std=gnu++17 "${common[@]}" "${gnu_extra[@]}" -DSTATUSC_EXPECT_GNU_MACROS "$main" -o "$work/gnu17"
  if command -v "$clangxx" >/dev/null 2>&1; then
    build clang17 "$clangxx" -std=c++17 "${common[@]}" -Wshadow-all -Wconversion -Wextra-semi -Wundef \
      -Wzero-as-null-pointer-constant "$main" -o "$work/clang17"
  else
    echo "note: $clangxx not found; skipping the clang build" >&2
  fi
fi

status=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    echo "FAIL ($label): build ${names[$i]} failed:" >&2
    head -n 60 "$work/${names[$i]}.log" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] || exit 1

for name in "${names[@]}"; do
  case $name in alone-*) continue ;; esac
  echo "== $name"
  "$work/$name" || fail "$name: the checks failed"
done
echo "PASS ($label): ${#names[@]} builds"
