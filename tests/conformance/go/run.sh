#!/usr/bin/env bash
# The Go conformance driver (docs/conformance.md):
#
#   run.sh STATUSC WORK SPEC VECTORS [SPEC VECTORS]...
#
# Generates the package of every spec (statusc generate --target go), each
# into its own directory of one module (WORK/mod, module statusc.test), has
# glue.go write the references to each package's functions (Go cannot look a
# function up by name) and runs conformance_test.go, built with `go test -c`,
# which prints "<spec>: N checks, M failed" per pair. Debian's golang-go
# (Go 1.19), nothing downloaded (GOPROXY=off); GOCACHE is WORK/../gocache.
set -euo pipefail

statusc=$1 work=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
command -v go >/dev/null 2>&1 || { echo "FAIL: go not found: install golang-go (scripts/dev.sh test does)" >&2; exit 1; }
mkdir -p "$work"
base=$(cd "$work/.." && pwd)
export GOCACHE="$base/gocache" GOPATH="$base/gopath" GOFLAGS=-mod=mod GOPROXY=off GO111MODULE=on
export GOSUMDB=off GOTOOLCHAIN=local GOTELEMETRY=off GOENV=off

mod="$work/mod"
mkdir -p "$mod/conformance"
printf 'module statusc.test\n\ngo 1.19\n' >"$mod/go.mod"
cp "$here/conformance_test.go" "$mod/conformance/"
cp "$here/glue.go" "$mod/glue.go"  # build-ignored: `go run` only

# Each spec once, in a directory of its own (gen/<n>), so its package is the
# only Go file there.
specs=()
glue_args=()
for ((i = 1; i <= $#; i += 2)); do
  j=$((i + 1))
  spec=${!i}
  index=-1
  for k in "${!specs[@]}"; do [ "${specs[$k]}" = "$spec" ] && index=$k; done
  if [ "$index" -lt 0 ]; then
    index=${#specs[@]}
    specs+=("$spec")
    "$statusc" generate "$spec" -o "$mod/gen/$index" --target go --quiet
  fi
  glue_args+=("$spec" "$(cd "$(dirname "${!j}")" && pwd)/$(basename "${!j}")" "gen/$index")
done

(cd "$mod" && go run glue.go statusc.test conformance/glue.go "${glue_args[@]}")
(cd "$mod" && go test -c -o "$work/driver.test" ./conformance)
"$work/driver.test" -test.run '^TestConformance$'
