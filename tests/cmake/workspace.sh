#!/usr/bin/env bash
# statusc_generate(WORKSPACE ...): configure, build and run a tiny project
# (tests/cmake/workspace-project) against the statusc just built.
#   workspace.sh STATUSC SOURCE_DIR WORK_DIR
set -euo pipefail
statusc=$1
source_dir=$2
work=$3
rm -rf "$work"
cmake -S "$source_dir/tests/cmake/workspace-project" -B "$work" -G Ninja -DSTATUSC="$statusc" \
      -DSTATUSC_SOURCE_DIR="$source_dir" >/dev/null
cmake --build "$work"
"$work/consumer"
# A no-op rebuild does not run statusc again.
if cmake --build "$work" -- -d explain 2>&1 | grep -q "statusc: generating"; then
  echo "FAIL: statusc ran on a no-op rebuild" >&2
  exit 1
fi
echo "cmake workspace: ok"
