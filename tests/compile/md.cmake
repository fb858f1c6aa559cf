# Checks for the md target (docs/generated/markdown.md). No Markdown renderer
# is assumed: statusc_md_check (tests/compile/md/md_check.h) checks what
# GitHub relies on, i.e. table shapes, no raw HTML, closed fences in
# statusc's Mermaid subset, links to existing anchors. For every spec in
# spec/, tests/valid/, tests/generate/ and tests/compile/md/, one ctest
# `md.<dir>.<stem>` generates the reference with the real binary and checks
# it. tests/unit/md_emit_test.cpp compares the same output with the model.
add_executable(statusc_md_check ${CMAKE_CURRENT_SOURCE_DIR}/compile/md/md_check_main.cpp)
target_compile_options(statusc_md_check PRIVATE -Wall -Wextra)
target_include_directories(statusc_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/compile/md)

file(GLOB STATUSC_MD_SPECS CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/spec/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/valid/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/generate/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/compile/md/*.yaml)
foreach(spec IN LISTS STATUSC_MD_SPECS)
  file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${spec})
  get_filename_component(dir ${rel} DIRECTORY)
  get_filename_component(stem ${rel} NAME_WE)
  string(REPLACE "/" "." dir_id "${dir}")
  set(name md.${dir_id}.${stem})
  set(work ${CMAKE_CURRENT_BINARY_DIR}/compile/${name})
  add_test(NAME ${name}
    COMMAND ${CMAKE_COMMAND}
      -DSTATUSC=$<TARGET_FILE:statusc>
      -DCHECKER=$<TARGET_FILE:statusc_md_check>
      -DSPEC=${rel}
      -DWORK=${work}
      -P ${CMAKE_CURRENT_SOURCE_DIR}/compile/md/check_md.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES LABELS "compile;md")
endforeach()
