#!/usr/bin/env bash
# The TypeScript conformance driver (docs/conformance.md):
#
#   run.sh TSC NODE STATUSC WORK SPEC VECTORS [SPEC VECTORS]...
#
# Generates the module of every spec (statusc generate --target ts),
# compiles the modules and driver.ts with the pinned tsc under the strict
# flags of tests/compile/ts (so the driver is type-checked too), and runs
# the driver with node over the vector files.
set -euo pipefail

tsc=$1 node=$2 statusc=$3 work=$4
shift 4
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$tsc" ] || { echo "FAIL: tsc not found at $tsc: install the pinned TypeScript with: npm ci --prefix tools" >&2; exit 1; }
command -v "$node" >/dev/null || { echo "FAIL: node not found ($node): install Node.js 18 or newer" >&2; exit 1; }

specs=()
for ((i = 1; i <= $#; i += 2)); do
  spec=${!i}
  case " ${specs[*]-} " in *" $spec "*) ;; *) specs+=("$spec") ;; esac
done
mkdir -p "$work/gen" "$work/src"
for dir in $(printf '%s\n' "${specs[@]}" | xargs -n1 dirname | sort -u); do
  in_dir=()
  for spec in "${specs[@]}"; do [ "$(dirname "$spec")" = "$dir" ] && in_dir+=("$spec"); done
  "$statusc" generate "${in_dir[@]}" -o "$work/gen/$dir" --target ts --quiet
done
cp "$here/driver.ts" "$here/node.d.ts" "$work/src/"

modules=()
while IFS= read -r -d '' module; do modules+=("$module"); done < <(find "$work/gen" -name '*.ts' -print0 | sort -z)
"$tsc" --strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes --target es2022 --module es2022 \
  --moduleResolution bundler --isolatedModules --noUnusedLocals --noUnusedParameters --noImplicitReturns \
  --noImplicitOverride --noPropertyAccessFromIndexSignature --noFallthroughCasesInSwitch --erasableSyntaxOnly \
  --verbatimModuleSyntax --forceConsistentCasingInFileNames \
  --rootDir "$work" --outDir "$work/js" "$work/src/driver.ts" "$work/src/node.d.ts" "${modules[@]}"
echo '{ "type": "module" }' >"$work/js/package.json"

args=()
for ((i = 1; i <= $#; i += 2)); do
  j=$((i + 1))
  spec=${!i}
  module="$work/js/gen/${spec%.yaml}.js"
  [ -f "$module" ] || module=-
  args+=("$spec" "${!j}" "$module")
done
"$node" "$work/js/src/driver.js" "${args[@]}"
