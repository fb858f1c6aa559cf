#!/bin/bash
# SARIF from check, generate and diff validated against the SARIF 2.1.0 JSON
# Schema by ajv (validate_sarif.js). Skipped (77) when tools/node_modules is
# not installed (npm ci --prefix tools).
set -u
statusc=$1
root=$2
if [ ! -d "$root/tools/node_modules/ajv-draft-04" ] || [ ! -d "$root/tools/node_modules/@microsoft/jest-sarif" ]; then
  echo "tools/node_modules is missing ajv-draft-04 or @microsoft/jest-sarif: run npm ci --prefix tools"; exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1
# Exit codes 0 and 1 are both reports; 2 would be a usage or I/O error.
run() { "$statusc" "$@"; [ $? -le 1 ] || { echo "statusc $* failed"; exit 1; }; }
run check --format sarif tests/formats/suppressions.yaml > "$work/check-warnings.sarif"
run check --format sarif tests/diagnostics/attr_enum_default_not_in_values.yaml tests/cli/invalid.yaml \
  tests/diagnostics/yaml_bidi_character.yaml > "$work/check-errors.sarif" 2>/dev/null
run check --format sarif spec/workflow_session.yaml > "$work/check-clean.sarif"
run generate --format sarif -o "$work/out" tests/formats/suppressions.yaml > "$work/generate.sarif"
run diff --format sarif tests/diff/number_reused_removed/old.yaml tests/diff/number_reused_removed/new.yaml > "$work/diff.sarif"
run diff --format sarif tests/diff/state_removed/old.yaml tests/diff/state_removed/new.yaml > "$work/diff2.sarif"
node "$root/tests/formats/validate_sarif.js" "$work"/*.sarif
