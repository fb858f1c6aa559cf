# Tests that run real tools on the python target's output
# (docs/generated/python.md), all through tests/compile/python/python_suite.sh
# in one work directory:
#   python.generate  generates the .py of every spec in spec/, tests/valid/,
#                    tests/real/, tests/generate/ and
#                    tests/compile/python/specs/, twice, byte-identical;
#   python.black     black --check (Debian's black) on the modules as generated;
#   python.mypy      mypy --strict for Python 3.10 (Debian's mypy);
#   python.pyright   pyright, pinned in tools/ (npm ci --prefix tools), strict;
#   python.import    python3 imports every module;
#   python.run.<x>   python3 runs tests/compile/python/<x>.py (mypy-checked
#                    first) against the generated modules of spec/.
# A missing tool fails the tests with a message; it never skips.
set(python_suite ${CMAKE_CURRENT_SOURCE_DIR}/compile/python/python_suite.sh)
set(python_work ${CMAKE_CURRENT_BINARY_DIR}/compile/python)

function(statusc_python_test name mode)
  add_test(NAME ${name}
    COMMAND bash ${python_suite} ${mode} $<TARGET_FILE:statusc> ${PROJECT_SOURCE_DIR} ${python_work} ${ARGN}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES LABELS "compile;python" FIXTURES_REQUIRED statusc_python_generated)
endfunction()

add_test(NAME python.generate
  COMMAND bash ${python_suite} generate $<TARGET_FILE:statusc> ${PROJECT_SOURCE_DIR} ${python_work}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(python.generate PROPERTIES LABELS "compile;python" FIXTURES_SETUP statusc_python_generated)

statusc_python_test(python.black black)
statusc_python_test(python.mypy mypy)
statusc_python_test(python.pyright pyright)
statusc_python_test(python.import import)

file(GLOB python_scripts CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/compile/python/*_test.py)
foreach(script IN LISTS python_scripts)
  get_filename_component(stem ${script} NAME_WE)
  statusc_python_test(python.run.${stem} run ${stem})
endforeach()
