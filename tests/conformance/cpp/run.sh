#!/usr/bin/env bash
# The C++ conformance driver (docs/conformance.md):
#
#   run.sh [--layout split] WRITE_MAIN STATUSC WORK SPEC VECTORS [SPEC VECTORS]...
#
# Generates the header of every spec (statusc generate --target cpp), writes
# one program that includes them all (WRITE_MAIN is statusc_conformance_cpp_main),
# builds it with g++ -std=c++17 -Wall -Wextra -Werror and runs it over the
# vector files; it prints "<spec>: N checks, M failed" per pair. CXX
# overrides the compiler. With --layout split, every spec is generated in the
# split layout (targets.cpp.layout, set by a statusc.yaml in WORK) and its
# .cpp is compiled into the program.
set -euo pipefail

config=()
if [ "$1" = --layout ]; then
  layout=$2
  shift 2
  mkdir -p "$3"
  # A workspace only for its target defaults: the specs are given on the
  # command line, which replaces its `specs`.
  printf 'version: 1\nspecs: [statusc.yaml]\ntargets:\n  cpp:\n    layout: %s\n' "$layout" >"$3/statusc.yaml"
  config=(--config "$3/statusc.yaml")
fi
write_main=$1 statusc=$2 work=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)

# Each spec once, grouped by directory (stems are unique within one).
specs=()
for ((i = 1; i <= $#; i += 2)); do
  spec=${!i}
  case " ${specs[*]-} " in *" $spec "*) ;; *) specs+=("$spec") ;; esac
done
mkdir -p "$work/gen"
for dir in $(printf '%s\n' "${specs[@]}" | xargs -n1 dirname | sort -u); do
  in_dir=()
  for spec in "${specs[@]}"; do [ "$(dirname "$spec")" = "$dir" ] && in_dir+=("$spec"); done
  "$statusc" generate "${config[@]}" "${in_dir[@]}" -o "$work/gen/$dir" --target cpp --quiet
done
sources=()
while IFS= read -r -d '' source; do sources+=("$source"); done < <(find "$work/gen" -name '*.cpp' -print0 | sort -z)
if [ ${#config[@]} -ne 0 ] && [ ${#sources[@]} -ne ${#specs[@]} ]; then
  echo "expected one .cpp per spec in the split layout, found ${#sources[@]} for ${#specs[@]} specs" >&2
  exit 1
fi

"$write_main" "$work/main.cpp" "$work/gen" "${specs[@]}"
${CXX:-g++} -std=c++17 -Wall -Wextra -Werror -O1 -I "$work/gen" -I "$here" "$work/main.cpp" "${sources[@]}" -o "$work/driver"
"$work/driver" "$@"
