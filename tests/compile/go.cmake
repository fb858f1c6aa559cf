# Checks of the go target (docs/generated/go.md), all driven by
# tests/compile/go/run.sh over ONE Go module in one work directory, so the
# Go tools run once for every spec:
#   go.generate   generates the package of every spec in spec/, tests/valid/,
#                 tests/real/, tests/generate/ and tests/compile/go/specs/,
#                 twice (byte-identical), plus the hand-written tests and the
#                 HTTP handler example of docs/generated/go.md;
#   go.gofmt      `gofmt -l` lists nothing;
#   go.vet        `go vet ./...` is clean;
#   go.test       `go test ./...`: tests/compile/go/*_test.go and the
#                 handler's tests (tests/compile/go/sessionapi/).
# Debian's golang-go, no downloads (GOPROXY=off); GOCACHE is in the build
# tree. A missing go fails the tests with a message, it never skips.
set(go_run ${CMAKE_CURRENT_SOURCE_DIR}/compile/go/run.sh)
set(go_work ${CMAKE_CURRENT_BINARY_DIR}/compile/go/work)

add_test(NAME go.generate COMMAND bash ${go_run} generate $<TARGET_FILE:statusc> ${go_work}
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(go.generate PROPERTIES LABELS "compile;go" FIXTURES_SETUP statusc_go_generated)

foreach(mode gofmt vet test)
  add_test(NAME go.${mode} COMMAND bash ${go_run} ${mode} ${go_work} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(go.${mode} PROPERTIES LABELS "compile;go" FIXTURES_REQUIRED statusc_go_generated)
endforeach()
