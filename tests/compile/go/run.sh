#!/usr/bin/env bash
# The go target's checks (tests/compile/go.cmake), run from the source root:
#
#   run.sh generate STATUSC WORK   generates the Go package of every spec in
#                                  spec/, tests/valid/, tests/real/,
#                                  tests/generate/, tests/conformance/specs/
#                                  and tests/compile/go/specs/ into ONE module, WORK/mod, twice (the bytes
#                                  must be identical), and adds the hand-written
#                                  tests and the example of docs/generated/go.md
#   run.sh gofmt WORK              `gofmt -l` lists no file of the module
#   run.sh vet WORK                `go vet ./...` is clean
#   run.sh test WORK               `go test ./...` passes
#
# Layout of WORK/mod (module statusc.test):
#   <group>/<package>/<file>.go   generated; group is spec, valid, real,
#                                 generate, conformance or extra
#                                 (tests/compile/go/specs)
#   checks/*_test.go              copies of tests/compile/go/*_test.go
#   checks/testdata/*.strings     copies of tests/real/*.strings
#   sessionapi/handler.go         the first ```go block of docs/generated/go.md,
#                                 its import of the generated package pointed
#                                 at statusc.test/spec/workflowsession
#   sessionapi/*_test.go          copies of tests/compile/go/sessionapi/*_test.go
#
# Go is Debian's golang-go (Go 1.19). Nothing is downloaded: GOPROXY=off,
# GOFLAGS=-mod=mod, the module has no requirements, and GOCACHE and GOPATH
# live in the build tree (WORK/../gocache, WORK/../gopath), so a second run
# reuses the compiled packages. A missing go fails the tests, it never skips.
set -euo pipefail

mode=$1
shift

go_env() {  # WORK
  local base
  base=$(cd "$1/.." && pwd)
  export GOCACHE="$base/gocache" GOPATH="$base/gopath" GOFLAGS=-mod=mod GOPROXY=off GO111MODULE=on
  export GOSUMDB=off GOTOOLCHAIN=local GOTELEMETRY=off GOENV=off
  command -v go >/dev/null 2>&1 || { echo "FAIL: go not found: install golang-go (scripts/dev.sh test does)" >&2; exit 1; }
}

case "$mode" in
  generate)
    statusc=$1 work=$2
    rm -rf "$work/mod" "$work/again"
    mkdir -p "$work/mod" "$work/again"
    for pair in spec:spec tests/valid:valid tests/real:real tests/generate:generate tests/conformance/specs:conformance tests/compile/go/specs:extra; do
      dir=${pair%%:*} group=${pair##*:}
      specs=("$dir"/*.yaml)
      [ -e "${specs[0]}" ] || continue
      "$statusc" generate "${specs[@]}" -o "$work/mod/$group" --target go --quiet
      "$statusc" generate "${specs[@]}" -o "$work/again/$group" --target go --quiet
    done
    # Byte-identical on every run.
    diff -r "$work/mod" "$work/again" >/dev/null ||
      { echo "FAIL: two runs of statusc generate wrote different files" >&2; diff -r "$work/mod" "$work/again" | head -20 >&2; exit 1; }
    rm -rf "$work/again"
    # No raw control, bidi or separator character in any generated file.
    if LC_ALL=C grep -rlP '\r|\x00|\xe2\x80[\xa8\xa9\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf' "$work/mod" >/dev/null; then
      echo "FAIL: a generated file holds a raw CR, NUL, U+2028/U+2029, bidi control or BOM:" >&2
      LC_ALL=C grep -rlP '\r|\x00|\xe2\x80[\xa8\xa9\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf' "$work/mod" >&2
      exit 1
    fi
    count=$(find "$work/mod" -name '*.go' | wc -l)
    printf 'module statusc.test\n\ngo 1.19\n' >"$work/mod/go.mod"
    mkdir -p "$work/mod/checks" "$work/mod/sessionapi"
    mkdir -p "$work/mod/checks/testdata"
    cp tests/compile/go/*_test.go "$work/mod/checks/"
    cp tests/real/*.strings "$work/mod/checks/testdata/"
    cp tests/compile/go/sessionapi/*_test.go "$work/mod/sessionapi/"
    awk '/^```go$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' docs/generated/go.md |
      sed 's#"example.com/app/status/workflowsession"#"statusc.test/spec/workflowsession"#' >"$work/mod/sessionapi/handler.go"
    grep -q '"statusc.test/spec/workflowsession"' "$work/mod/sessionapi/handler.go" ||
      { echo "FAIL: the first \`\`\`go block of docs/generated/go.md does not import example.com/app/status/workflowsession" >&2; exit 1; }
    echo "PASS: $count generated Go files, byte-identical on a second run"
    ;;
  gofmt)
    work=$1
    go_env "$work"
    unformatted=$(gofmt -l "$work/mod")
    [ -z "$unformatted" ] || { echo "FAIL: gofmt -l lists:" >&2; echo "$unformatted" >&2; gofmt -d "$work/mod" | head -60 >&2; exit 1; }
    echo "PASS: gofmt -l lists nothing"
    ;;
  vet)
    work=$1
    go_env "$work"
    (cd "$work/mod" && go vet ./...)
    echo "PASS: go vet ./... is clean"
    ;;
  test)
    work=$1
    go_env "$work"
    (cd "$work/mod" && go test ./...)
    ;;
  *)
    echo "usage: run.sh generate|gofmt|vet|test ..." >&2
    exit 2
    ;;
esac
