#!/usr/bin/env bash
# The C++ conformance driver (docs/conformance.md):
#
#   run.sh WRITE_MAIN STATUSC WORK SPEC VECTORS [SPEC VECTORS]...
#
# Generates the header of every spec (statusc generate --target cpp), writes
# one program that includes them all (WRITE_MAIN is statusc_conformance_cpp_main),
# builds it with g++ -std=c++17 -Wall -Wextra -Werror and runs it over the
# vector files; it prints "<spec>: N checks, M failed" per pair. CXX
# overrides the compiler.
set -euo pipefail

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
  "$statusc" generate "${in_dir[@]}" -o "$work/gen/$dir" --target cpp --quiet
done

"$write_main" "$work/main.cpp" "$work/gen" "${specs[@]}"
${CXX:-g++} -std=c++17 -Wall -Wextra -Werror -O1 -I "$work/gen" -I "$here" "$work/main.cpp" -o "$work/driver"
"$work/driver" "$@"
