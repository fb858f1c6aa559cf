# statusc_generate(): generate code from status specs at build time.
#
#   statusc_generate(TARGET session_status
#                    SPECS spec/session.yaml [more.yaml ...]
#                    [LANGUAGES cpp ts md proto python go]   # default: cpp
#                    [OUTPUT_DIR dir])             # default: ${CMAKE_CURRENT_BINARY_DIR}/statusc/<TARGET>
#
#   statusc_generate(TARGET acme_status
#                    WORKSPACE statusc.yaml        # its specs, target options and lint (docs/ci.md)
#                    [LANGUAGES ...] [OUTPUT_DIR dir])
#
# With WORKSPACE, statusc reads the spec list from statusc.yaml (--config);
# the files still go to OUTPUT_DIR, not to the workspace's `out` folders, so
# a build never writes into the source tree. statusc reruns when statusc.yaml
# or any .yaml file under its folder changes (a glob CMake re-checks at build
# time), since only statusc knows which files its patterns match.
#
# Creates a static library TARGET whose include directory holds the
# generated headers; link it and `#include "session.h"`. A spec generated in
# the split layout (targets.cpp.layout: split, docs/generated/cpp.md) also
# writes session.cpp, which the library compiles once: after statusc runs,
# StatuscSplitSources.cmake writes one source that includes the .cpp of every
# split-layout header (CMake cannot know a spec's layout when it configures). statusc runs when a
# spec or statusc itself changes, and not on a no-op rebuild: the command's
# only OUTPUT is a stamp, and the generated files are BYPRODUCTS, which
# statusc rewrites only when their bytes change.
#
# Works after find_package(statusc) (the imported statusc::statusc) and from
# add_subdirectory() of the statusc source tree (the statusc target).

function(statusc_generate)
  cmake_parse_arguments(SG "" "TARGET;OUTPUT_DIR;WORKSPACE" "SPECS;LANGUAGES" ${ARGN})
  if(NOT SG_TARGET OR (NOT SG_SPECS AND NOT SG_WORKSPACE))
    message(FATAL_ERROR "statusc_generate: TARGET and SPECS (or WORKSPACE) are required")
  endif()
  if(SG_SPECS AND SG_WORKSPACE)
    message(FATAL_ERROR "statusc_generate: give SPECS or WORKSPACE, not both")
  endif()
  if(SG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "statusc_generate: unexpected arguments: ${SG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT SG_LANGUAGES)
    set(SG_LANGUAGES cpp)
  endif()
  if(NOT SG_OUTPUT_DIR)
    set(SG_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/statusc/${SG_TARGET}")
  endif()
  if(TARGET statusc::statusc)
    set(compiler statusc::statusc)
  else()
    message(FATAL_ERROR "statusc_generate: no statusc::statusc target; call find_package(statusc) "
                        "or add_subdirectory() the statusc source tree first")
  endif()

  set(specs "")
  set(byproducts "")
  foreach(spec IN LISTS SG_SPECS)
    get_filename_component(spec_abs "${spec}" ABSOLUTE)
    get_filename_component(stem "${spec}" NAME_WE)
    list(APPEND specs "${spec_abs}")
    if("cpp" IN_LIST SG_LANGUAGES)
      list(APPEND byproducts "${SG_OUTPUT_DIR}/${stem}.h")
    endif()
    if("ts" IN_LIST SG_LANGUAGES)
      list(APPEND byproducts "${SG_OUTPUT_DIR}/${stem}.ts")
    endif()
    if("md" IN_LIST SG_LANGUAGES)
      list(APPEND byproducts "${SG_OUTPUT_DIR}/${stem}.md")
    endif()
    if("python" IN_LIST SG_LANGUAGES)
      list(APPEND byproducts "${SG_OUTPUT_DIR}/${stem}.py")
    endif()
    # proto and go files go to directories named by the spec's packages,
    # which only statusc knows: they are written but not listed.
  endforeach()
  set(config "")
  set(spec_args ${specs})
  set(depends ${specs})
  if(SG_WORKSPACE)
    get_filename_component(workspace_abs "${SG_WORKSPACE}" ABSOLUTE)
    get_filename_component(workspace_dir "${workspace_abs}" DIRECTORY)
    file(GLOB_RECURSE depends CONFIGURE_DEPENDS "${workspace_dir}/*.yaml")
    set(config --config "${workspace_abs}")
    set(spec_args "")
  endif()
  string(REPLACE ";" "," languages "${SG_LANGUAGES}")
  set(stamp "${SG_OUTPUT_DIR}/.statusc-${SG_TARGET}.stamp")
  set(split_sources "${SG_OUTPUT_DIR}/.statusc-${SG_TARGET}.cpp")

  add_custom_command(
    OUTPUT "${stamp}"
    BYPRODUCTS ${byproducts} "${split_sources}"
    COMMAND ${compiler} ${config} generate ${spec_args} -o "${SG_OUTPUT_DIR}" --target ${languages} --quiet
    COMMAND ${CMAKE_COMMAND} -DOUTPUT_DIR=${SG_OUTPUT_DIR} -DSOURCE=${split_sources}
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/StatuscSplitSources.cmake"
    COMMAND ${CMAKE_COMMAND} -E touch "${stamp}"
    DEPENDS ${depends} ${compiler}
    COMMENT "statusc: generating ${SG_TARGET} (${languages})"
    VERBATIM)
  add_custom_target(${SG_TARGET}_statusc DEPENDS "${stamp}")

  add_library(${SG_TARGET} STATIC "${split_sources}")
  target_include_directories(${SG_TARGET} PUBLIC "${SG_OUTPUT_DIR}")
  target_compile_features(${SG_TARGET} PUBLIC cxx_std_17)
  add_dependencies(${SG_TARGET} ${SG_TARGET}_statusc)
endfunction()
