#!/usr/bin/env bash
# The conformance suite's runner (docs/conformance.md), from the source root:
#
#   run.sh vectors STATUSC_VECTORS OUT SPEC...
#       writes OUT/<spec path>.json for every spec; statusc_vectors runs twice
#       per spec and both outputs must be byte-identical.
#   run.sh driver STATUSC OUT WORK SPEC... -- COMMAND...
#       runs COMMAND... STATUSC WORK SPEC VECTORS [SPEC VECTORS]... over every
#       spec; the driver must print one "<spec>: N checks, 0 failed" line per
#       pair and exit 0.
#   run.sh honest STATUSC OUT WORK SPEC -- COMMAND...
#       the same over tampered copies of SPEC's vectors (each wrong in one
#       place): the driver must exit non-zero and report a failure for each.
set -euo pipefail

mode=$1
shift

vectors_of() {  # OUT SPEC: where the vectors of SPEC live
  echo "$1/${2%.yaml}.json"
}

if [ "$mode" = vectors ]; then
  tool=$1 out=$2
  shift 2
  rm -rf "$out"
  for spec in "$@"; do
    file=$(vectors_of "$out" "$spec")
    mkdir -p "$(dirname "$file")"
    "$tool" "$spec" >"$file" || { echo "FAIL: statusc_vectors $spec" >&2; exit 1; }
    "$tool" "$spec" >"$file.again"
    cmp -s "$file" "$file.again" || { echo "FAIL: statusc_vectors $spec: two runs gave different bytes" >&2; exit 1; }
    rm "$file.again"
  done
  echo "PASS: vectors of $# specs, byte-identical on a second run"
  exit 0
fi

statusc=$1 out=$2 work=$3
shift 3
specs=()
while [ "$1" != -- ]; do
  specs+=("$1")
  shift
done
shift
command=("$@")
[ "${#command[@]}" -gt 0 ] || { echo "FAIL: no driver command" >&2; exit 1; }
for spec in "${specs[@]}"; do
  [ -f "$(vectors_of "$out" "$spec")" ] || { echo "FAIL: no vectors for $spec: run conformance.vectors first" >&2; exit 1; }
done
rm -rf "$work"
mkdir -p "$work"

pairs=()
if [ "$mode" = driver ]; then
  for spec in "${specs[@]}"; do pairs+=("$spec" "$(vectors_of "$out" "$spec")"); done
elif [ "$mode" = honest ]; then
  spec=${specs[0]}
  good=$(vectors_of "$out" "$spec")
  first_name=$(grep -m1 -o '"text": "[^"]*"' "$good" | sed 's/^"text": //')
  # Each sed changes the first match only; every copy must differ from the original.
  tampers=(
    '0,/"can_transition_to": "0/s//"can_transition_to": "1/'
    '0,/"number": /s//"number": 1/'
    '0,/"initial": true/s//"initial": false/'
    '0,/"terminal": false/s//"terminal": true/'
    "0,/\"near_misses\": \[/s//\"near_misses\": [$first_name,/"
    '0,/"successors": \[/s//"successors": [],"was": [/'
  )
  for i in "${!tampers[@]}"; do
    bad="$work/tampered-$i.json"
    sed "${tampers[$i]}" "$good" >"$bad"
    ! cmp -s "$good" "$bad" || { echo "FAIL: tamper $i (${tampers[$i]}) changed nothing" >&2; exit 1; }
    pairs+=("$spec" "$bad")
  done
else
  echo "unknown mode $mode" >&2
  exit 2
fi

set +e
"${command[@]}" "$statusc" "$work" "${pairs[@]}" >"$work/output.txt" 2>&1
status=$?
set -e
cat "$work/output.txt"
runs=$((${#pairs[@]} / 2))
passed=$(grep -E -c '^[^ ]+: [0-9]+ checks, 0 failed' "$work/output.txt" || true)
failed=$(grep -E -c '^[^ ]+: [0-9]+ checks, [1-9][0-9]* failed' "$work/output.txt" || true)
if [ "$mode" = driver ]; then
  [ "$status" -eq 0 ] && [ "$passed" -eq "$runs" ] ||
    { echo "FAIL: the driver exited with $status and passed $passed of $runs specs" >&2; exit 1; }
  echo "PASS: every check of the driver passed on $runs specs"
else
  [ "$status" -ne 0 ] && [ "$failed" -eq "$runs" ] ||
    { echo "FAIL: the driver exited with $status and caught $failed of $runs tampered vector files" >&2; exit 1; }
  echo "PASS: the driver caught all $runs tampered vector files"
fi
