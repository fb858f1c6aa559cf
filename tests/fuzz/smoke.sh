#!/usr/bin/env bash
# The fuzzing smoke run of the test suite (docs/fuzzing.md), and statusc
# built with clang:
#
#   smoke.sh SOURCE_DIR WORK_DIR [RUNS]
#
# Configures SOURCE_DIR with clang++ and STATUSC_FUZZ=ON in WORK_DIR/build
# (statusc_core, the statusc binary and the three harnesses, all with ASan
# and UBSan), checks the bundled specs with that statusc, builds seed corpora
# from the repository's specs, and runs each harness over its seeds plus
# RUNS mutations (default 2000) with the format's dictionary. Any crash,
# sanitizer report, leak or timeout fails the test. Without clang++ or
# libFuzzer it exits 77, which ctest reports as skipped.
set -euo pipefail
src=$(cd "$1" && pwd)
work=$2
runs=${3:-2000}
clangxx=${CLANGXX:-clang++}

if ! command -v "$clangxx" >/dev/null 2>&1; then
  echo "fuzz smoke: $clangxx not found; skipped (apt-get install clang)"
  exit 77
fi
mkdir -p "$work"
probe="$work/probe.cpp"
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' >"$probe"
if ! "$clangxx" -fsanitize=fuzzer,address,undefined "$probe" -o "$work/probe" >/dev/null 2>&1; then
  echo "fuzz smoke: $clangxx cannot link libFuzzer with ASan/UBSan; skipped (apt-get install libclang-rt-14-dev)"
  exit 77
fi

# -O1 without debug info: the smoke run wants a quick build, not fast fuzzing.
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG=-O1 -DSTATUSC_TESTS=OFF -DSTATUSC_FUZZ=ON >/dev/null
cmake --build "$work/build" -j "${STATUSC_JOBS:-2}" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bin="$work/build/fuzz"

# The compiler built with clang checks the bundled specs like the g++ one.
(cd "$src" && "$work/build/generator/statusc" check --quiet spec/*.yaml tests/valid/*.yaml tests/real/*.yaml)

# Seed corpora: every spec in the repository, every diff pair, every assert.
rm -rf "$work/corpus"
mkdir -p "$work/corpus/pipeline" "$work/corpus/diff" "$work/corpus/expr"
n=0
for f in "$src"/spec/*.yaml "$src"/tests/*/*.yaml "$src"/tests/diff/*/*.yaml; do
  n=$((n + 1))
  cp "$f" "$work/corpus/pipeline/seed$n.yaml"
  grep -h 'assert:' "$f" | sed 's/^[ -]*assert: *//' >"$work/corpus/expr/seed$n.txt" || true
done
for d in "$src"/tests/diff/*/; do
  { cat "$d/old.yaml"; printf '\n---8<---\n'; cat "$d/new.yaml"; } >"$work/corpus/diff/$(basename "$d").txt"
done
find "$work/corpus/expr" -empty -delete

run() {  # HARNESS DICT MAX_LEN
  local log="$work/$1.log"
  if ! "$bin/fuzz_$1" -runs="$runs" -dict="$src/fuzz/$2" -max_len="$3" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$work/$1-" "$work/corpus/$1" >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "FAIL: fuzz_$1 found a problem; the input is in $work/$1-*"
    exit 1
  fi
  echo "fuzz_$1: $(tail -n 1 "$log")"
}
run pipeline statusc.dict 16384
run diff statusc.dict 16384
run expr expr.dict 512
echo "fuzz smoke: ok"
