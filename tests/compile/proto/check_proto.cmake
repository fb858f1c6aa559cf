# One proto compile test (see tests/compile/proto.cmake):
#   cmake -DSTATUSC=... -DSPEC=spec/x.yaml -DWORK=dir -DPROTOC=... \
#         -DPROTOBUF_INCLUDE=... -DBUF=... -DCXX=... -P check_proto.cmake
# Runs from the repository root, so SPEC is the path users would write.

function(require_tool variable hint)
  if(NOT ${variable} OR NOT EXISTS "${${variable}}")
    message(FATAL_ERROR "${variable} not found ('${${variable}}'): ${hint}")
  endif()
endfunction()

# Runs a command; on failure prints what ran and its output, and fails.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " line "${ARGN}")
    message(FATAL_ERROR "${what} failed (${rc}):\n  ${line}\n${out}${err}")
  endif()
endfunction()

require_tool(STATUSC "build the statusc target")
require_tool(PROTOC "install protoc (Debian/Ubuntu: apt-get install protobuf-compiler)")
require_tool(BUF "install the pinned buf with: npm ci --prefix tools")
require_tool(CXX "a C++ compiler is needed to build protoc's C++ output")
if(NOT PROTOBUF_INCLUDE OR NOT EXISTS "${PROTOBUF_INCLUDE}/google/protobuf/message.h")
  message(FATAL_ERROR "protobuf C++ headers not found ('${PROTOBUF_INCLUDE}'): install them "
                      "(Debian/Ubuntu: apt-get install libprotobuf-dev), matching the protoc version")
endif()

file(REMOVE_RECURSE "${WORK}")
set(out "${WORK}/out")
run("statusc generate" "${STATUSC}" generate "${SPEC}" -o "${out}" --target proto --quiet)

file(GLOB_RECURSE protos RELATIVE "${out}" "${out}/*.proto")
list(LENGTH protos count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .proto from ${SPEC}, found ${count}: ${protos}")
endif()
set(proto "${protos}")

# protoc: the descriptor and every built-in generator.
foreach(lang cpp python java csharp php ruby objc)
  file(MAKE_DIRECTORY "${WORK}/${lang}")
  list(APPEND generators "--${lang}_out=${WORK}/${lang}")
endforeach()
run("protoc" "${PROTOC}" "--proto_path=${out}" --descriptor_set_out=/dev/null ${generators} "${proto}")

# The generated C++ compiles, and each enum's API can be called.
file(READ "${out}/${proto}" text)
string(REGEX MATCH "\npackage ([a-z0-9_.]+);" _ "${text}")
string(REPLACE "." "::" ns "${CMAKE_MATCH_1}")
string(REGEX MATCHALL "\nenum [A-Za-z0-9]+ {" enums "${text}")
string(REGEX REPLACE "\\.proto$" ".pb.h" header "${proto}")
set(use "#include \"${header}\"\n#include <string>\nint use() {\n  int n = 0;\n")
foreach(e IN LISTS enums)
  string(REGEX REPLACE "\nenum ([A-Za-z0-9]+) {" "\\1" e "${e}")
  string(APPEND use "  n += ::${ns}::${e}_IsValid(0) ? 1 : 0;\n")
  string(APPEND use "  n += static_cast<int>(::${ns}::${e}_Name(::${ns}::${e}(0)).size());\n")
  string(APPEND use "  n += ::${ns}::${e}_descriptor()->value_count();\n")
endforeach()
string(APPEND use "  return n;\n}\n")
file(WRITE "${WORK}/use.cc" "${use}")
string(REGEX REPLACE "\\.proto$" ".pb.cc" source "${proto}")
run("compiling protoc's C++" "${CXX}" -std=c++17 -fsyntax-only "-I${WORK}/cpp" "-I${PROTOBUF_INCLUDE}"
    "${WORK}/cpp/${source}" "${WORK}/use.cc")

# buf lint with the standard rules, the module rooted at the output directory.
file(WRITE "${out}/buf.yaml" "version: v2\nlint:\n  use:\n    - STANDARD\n")
set(ENV{BUF_CACHE_DIR} "${WORK}/buf-cache")
execute_process(COMMAND "${BUF}" lint WORKING_DIRECTORY "${out}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE lint_out ERROR_VARIABLE lint_err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "buf lint failed (${rc}) on ${out}/${proto}:\n${lint_out}${lint_err}")
endif()
