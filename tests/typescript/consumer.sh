#!/usr/bin/env bash
# Builds and runs examples/typescript-consumer in a temporary copy: statusc
# generates the module, the pinned tsc type-checks it strictly, node runs it.
set -euo pipefail
statusc=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
tsc="$source_dir/tools/node_modules/.bin/tsc"
[ -x "$tsc" ] || { echo "tsc not found at $tsc: run 'npm ci --prefix tools' (scripts/dev.sh test does)"; exit 1; }
command -v node >/dev/null || { echo "node is not installed"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/examples/typescript-consumer/." "$work/"
rm -rf "$work/src/generated" "$work/build"
"$statusc" generate "$source_dir/spec/session_policy.yaml" -o "$work/src/generated" --target ts --quiet
(cd "$work" && "$tsc" -p .)
node "$work/build/app.js"
