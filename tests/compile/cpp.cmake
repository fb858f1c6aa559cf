# Compile-and-run tests for the cpp target (docs/generated/cpp.md; scripts
# and checks in tests/compile/cpp/, see run.sh). For every spec in spec/,
# tests/valid/, tests/generate/ and tests/compile/cpp/specs/, one ctest
# `cpp.<dir>.<stem>` generates the header, compiles it alone as C++17, C++20
# and GNU C++17, and builds and runs a test program with g++ -Wall -Wextra
# -Werror -pedantic as C++17. `cpp.together` builds all those programs as one
# and runs it as C++20 under ASan and UBSan, as GNU C++17, and with clang++
# when it is installed. `cpp.docs_example` builds and runs the example in
# docs/generated/cpp.md. The programs run check_machine.h's generic checks
# and the few checks/<stem>.inc; the values of each spec (numbers,
# attributes, transitions, parsing, migration) are checked by
# conformance.cpp (tests/conformance, docs/conformance.md).
file(GLOB STATUSC_CPP_SPECS CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/spec/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/valid/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/generate/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/real/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/compile/cpp/specs/*.yaml)
set(STATUSC_CPP_RUN ${CMAKE_CURRENT_SOURCE_DIR}/compile/cpp/run.sh)
set(STATUSC_CPP_ALL)
foreach(spec IN LISTS STATUSC_CPP_SPECS)
  file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${spec})
  list(APPEND STATUSC_CPP_ALL ${rel})
  get_filename_component(dir ${rel} DIRECTORY)
  get_filename_component(stem ${rel} NAME_WE)
  string(REPLACE "/" "." dir_id "${dir}")
  set(name cpp.${dir_id}.${stem})
  add_test(NAME ${name}
    COMMAND bash ${STATUSC_CPP_RUN} one $<TARGET_FILE:statusc> ${CMAKE_CURRENT_BINARY_DIR}/compile/${name} ${rel}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES LABELS "compile;cpp")
endforeach()
add_test(NAME cpp.together
  COMMAND bash ${STATUSC_CPP_RUN} together $<TARGET_FILE:statusc> ${CMAKE_CURRENT_BINARY_DIR}/compile/cpp.together
    ${STATUSC_CPP_ALL}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(cpp.together PROPERTIES LABELS "compile;cpp")
# cpp.split: every spec above in the split layout, and compile/cpp/split/'s
# specs, which ask for it themselves.
file(GLOB STATUSC_CPP_SPLIT_SPECS RELATIVE ${PROJECT_SOURCE_DIR} CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/tests/compile/cpp/split/*.yaml)
add_test(NAME cpp.split
  COMMAND bash ${STATUSC_CPP_RUN} split $<TARGET_FILE:statusc> ${CMAKE_CURRENT_BINARY_DIR}/compile/cpp.split
    ${STATUSC_CPP_ALL} ${STATUSC_CPP_SPLIT_SPECS}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(cpp.split PROPERTIES LABELS "compile;cpp")
add_test(NAME cpp.docs_example
  COMMAND bash ${STATUSC_CPP_RUN} doc $<TARGET_FILE:statusc> ${CMAKE_CURRENT_BINARY_DIR}/compile/cpp.docs_example
    spec/chat_session.yaml docs/generated/cpp.md
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(cpp.docs_example PROPERTIES LABELS "compile;cpp" PASS_REGULAR_EXPRESSION
  "authenticating can go to: connecting expired disconnected error shutdown\nok\n")
