#!/usr/bin/env bash
# Renders every machine of every spec in spec/ with Graphviz and checks the
# SVG names each state. Skipped (exit 77) when Graphviz is not installed.
set -euo pipefail
statusc=$1
cd "$(dirname "$0")/../.."
if ! command -v dot >/dev/null 2>&1; then
  echo "SKIPPED: Graphviz 'dot' is not installed (apt-get install graphviz to run this test)"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for spec in spec/*.yaml tests/generate/*.yaml; do
  "$statusc" graph "$spec" --format dot > "$out/all.dot"
  # One digraph per machine: split them and render each.
  csplit -s -z -f "$out/m" "$out/all.dot" '/^digraph /' '{*}'
  for part in "$out"/m*; do
    dot -Tsvg "$part" -o "$part.svg"
    grep -q "<svg" "$part.svg" || { echo "no SVG for $spec"; exit 1; }
  done
  rm -f "$out"/m*
done
echo "rendered every machine of spec/ and tests/generate/ with $(dot -V 2>&1)"
