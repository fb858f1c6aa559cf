# Compile-and-run tests for the ts target (docs/generated/typescript.md).
# All driven by tests/compile/ts/ts_suite.cmake, in one work directory:
#   ts.generate   generates the .ts of every spec in spec/, tests/valid/,
#                 tests/generate/ and tests/compile/ts/specs/, twice, and
#                 checks both runs are byte-identical;
#   ts.typecheck  one tsc run over all of them with the strict flags (plus
#                 isolatedModules and the pedantic noUnused*/erasable flags),
#                 and one with an ES2015 target and library;
#   ts.negative   tests/compile/ts/negative/*.ts must FAIL to type-check,
#                 each with the error codes its `// expect:` line names;
#   ts.compile    tsc emits the modules and the hand-written test scripts
#                 (tests/compile/ts/*.test.ts, type-checked too) as ES modules;
#   ts.node.<x>   node runs tests/compile/ts/<x>.test.ts: what the conformance
#                 suite cannot say (tampered invariant tables, narrowing,
#                 wrong JavaScript types, names, the docs example, the real
#                 systems' documented strings). Each spec's values are
#                 checked by conformance.ts (docs/conformance.md).
# tsc is the pinned one in tools/ (npm ci --prefix tools) and node comes
# from PATH; a missing tool fails the tests with a message, it never skips.
set(STATUSC_TSC ${PROJECT_SOURCE_DIR}/tools/node_modules/.bin/tsc)
find_program(STATUSC_NODE node)

set(ts_suite ${CMAKE_CURRENT_SOURCE_DIR}/compile/ts/ts_suite.cmake)
set(ts_args
  -DSTATUSC=$<TARGET_FILE:statusc>
  -DSOURCE=${PROJECT_SOURCE_DIR}
  -DWORK=${CMAKE_CURRENT_BINARY_DIR}/compile/ts
  -DTSC=${STATUSC_TSC}
  -DNODE=${STATUSC_NODE})

function(statusc_ts_test name mode)
  add_test(NAME ${name}
    COMMAND ${CMAKE_COMMAND} ${ts_args} -DMODE=${mode} ${ARGN} -P ${ts_suite}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES LABELS "compile;ts")
endfunction()

statusc_ts_test(ts.generate generate)
set_tests_properties(ts.generate PROPERTIES FIXTURES_SETUP statusc_ts_generated)

statusc_ts_test(ts.typecheck typecheck)
statusc_ts_test(ts.negative negative)
statusc_ts_test(ts.compile compile)
set_tests_properties(ts.typecheck ts.negative ts.compile PROPERTIES FIXTURES_REQUIRED statusc_ts_generated)
set_tests_properties(ts.compile PROPERTIES FIXTURES_SETUP statusc_ts_js)

file(GLOB ts_scripts CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/compile/ts/*.test.ts)
foreach(script IN LISTS ts_scripts)
  get_filename_component(script_name ${script} NAME)
  string(REGEX REPLACE "\\.test\\.ts$" "" stem "${script_name}")
  statusc_ts_test(ts.node.${stem} run -DSCRIPT=${stem})
  set_tests_properties(ts.node.${stem} PROPERTIES FIXTURES_REQUIRED "statusc_ts_generated;statusc_ts_js")
endforeach()
