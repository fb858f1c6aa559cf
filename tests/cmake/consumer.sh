#!/usr/bin/env bash
# Builds examples/cmake-consumer the two ways a project can use statusc:
#   1. find_package(statusc) after `cmake --install` into a temporary prefix
#   2. add_subdirectory() of this source tree
# and checks that statusc runs on the first build, zero times on a no-op
# rebuild, again when the spec changes, and again when statusc itself does.
set -euo pipefail
build_dir=$1   # statusc's build tree (already built)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$source_dir/examples/cmake-consumer" "$work/consumer"
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null

check_builds() {  # $1: build dir, rest: extra configure args
  local dir=$1
  shift
  cmake -S "$work/consumer" -B "$dir" -G Ninja "$@" >/dev/null
  local first second third
  first=$(cmake --build "$dir" 2>&1)
  grep -q "statusc: generating job_status" <<<"$first" || { echo "first build did not run statusc:"; echo "$first"; exit 1; }
  "$dir/job_report"
  second=$(cmake --build "$dir" 2>&1)
  if grep -q "statusc: generating" <<<"$second"; then echo "a no-op rebuild ran statusc:"; echo "$second"; exit 1; fi
  echo "# edited" >> "$work/consumer/spec/job_state.yaml"
  third=$(cmake --build "$dir" 2>&1)
  grep -q "statusc: generating job_status" <<<"$third" || { echo "editing the spec did not rerun statusc:"; echo "$third"; exit 1; }
}

# A newer statusc (here: the installed binary touched) must regenerate too.
check_new_statusc() {
  sleep 1  # coarse file timestamps
  touch "$work/prefix/bin/statusc"
  local out
  out=$(cmake --build "$1" 2>&1)
  grep -q "statusc: generating job_status" <<<"$out" || { echo "a new statusc did not rerun it:"; echo "$out"; exit 1; }
}

check_builds "$work/installed" -DCMAKE_PREFIX_PATH="$work/prefix"
check_new_statusc "$work/installed"
echo "find_package(statusc): ok"
# The subproject compiles statusc's sources once more. With ccache (which
# scripts/dev.sh installs and builds with), the same flags as statusc's own
# RelWithDebInfo build make those compiles cache hits.
subdir_args=(-DSTATUSC_SOURCE_DIR="$source_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_NOHASHDIR=1
  subdir_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
check_builds "$work/subdir" "${subdir_args[@]}"
echo "add_subdirectory(statusc): ok"
