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
# A file that cannot be read (exit 2): a result with a file but no region.
"$statusc" check --format sarif tests/no-such-spec.yaml > "$work/check-io-error.sarif"
[ $? -eq 2 ] || { echo "check of a missing file should exit 2"; exit 1; }
grep -q '"ruleId": "io-error"' "$work/check-io-error.sarif" || { echo "no io-error result"; exit 1; }
run generate --format sarif -o "$work/out" tests/formats/suppressions.yaml > "$work/generate.sarif"
run diff --format sarif tests/diff/number_reused_removed/old.yaml tests/diff/number_reused_removed/new.yaml > "$work/diff.sarif"
run diff --format sarif tests/diff/state_removed/old.yaml tests/diff/state_removed/new.yaml > "$work/diff2.sarif"
# --against-git: the old side is named REF:path, percent-encoded in the URI.
if command -v git > /dev/null; then
  repo="$work/repo"
  mkdir -p "$repo" && cp tests/diff/state_removed/old.yaml "$repo/spec.yaml"
  git -C "$repo" init -q && git -C "$repo" -c user.name=t -c user.email=t@t add spec.yaml &&
    git -C "$repo" -c user.name=t -c user.email=t@t commit -qm old || exit 1
  cp tests/diff/state_removed/new.yaml "$repo/spec.yaml"
  (cd "$repo" && "$statusc" diff --format sarif --against-git HEAD spec.yaml > "$work/diff-git.sarif")
  grep -q '"uri": "HEAD%3Aspec.yaml"' "$work/diff-git.sarif" || { echo "no HEAD%3Aspec.yaml in diff-git.sarif"; exit 1; }
fi
node "$root/tests/formats/validate_sarif.js" "$work"/*.sarif
