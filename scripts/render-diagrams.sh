#!/usr/bin/env bash
# Renders every machine of every spec in spec/ to docs/reference/svg/ with
# Graphviz. Needs a built statusc (scripts/dev.sh run) and `dot`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
statusc=${STATUSC:-build/generator/statusc}
command -v dot >/dev/null || { echo "Graphviz is not installed: apt-get install graphviz" >&2; exit 1; }
out=docs/reference/svg
mkdir -p "$out"
for spec in spec/*.yaml; do
  for machine in $("$statusc" graph "$spec" --format dot | sed -n 's/^digraph "\(.*\)" {$/\1/p'); do
    "$statusc" graph "$spec" --machine "$machine" --format dot | dot -Tsvg -o "$out/$(basename "$spec" .yaml)-$machine.svg"
    echo "$out/$(basename "$spec" .yaml)-$machine.svg"
  done
done
