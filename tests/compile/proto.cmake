# Compile tests for the proto target (docs/generated/proto.md). For every
# spec in spec/, tests/valid/, tests/generate/ and tests/compile/proto/, one
# ctest `proto.<dir>.<stem>` generates the .proto and checks it with the real
# tools (tests/compile/proto/check_proto.cmake):
#   - protoc builds a descriptor and runs its C++, Python, Java, C#, PHP, Ruby
#     and Objective-C generators on it;
#   - the C++ that protoc wrote compiles against the protobuf headers, with a
#     use of each enum's generated API;
#   - `buf lint` passes with the standard rules (buf.yaml v2, STANDARD is
#     v2's name for the DEFAULT category).
# A missing tool fails the test with a message saying how to install it: CI
# has them all, and a skipped check would hide a regression.
find_program(STATUSC_PROTOC protoc)
find_path(STATUSC_PROTOBUF_INCLUDE google/protobuf/message.h)
set(STATUSC_BUF ${PROJECT_SOURCE_DIR}/tools/node_modules/.bin/buf)

# The unit tests in proto_emit_test.cpp read descriptors through protoc too.
target_compile_definitions(statusc_tests PRIVATE STATUSC_PROTOC="${STATUSC_PROTOC}")

file(GLOB STATUSC_PROTO_SPECS CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/spec/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/valid/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/generate/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/real/*.yaml
  ${PROJECT_SOURCE_DIR}/tests/compile/proto/*.yaml)
# EC2 keeps its real code 0 with the proto target off: it has no .proto.
list(FILTER STATUSC_PROTO_SPECS EXCLUDE REGEX "tests/real/ec2_instance_state[.]yaml$")
foreach(spec IN LISTS STATUSC_PROTO_SPECS)
  file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${spec})
  get_filename_component(dir ${rel} DIRECTORY)
  get_filename_component(stem ${rel} NAME_WE)
  string(REPLACE "/" "." dir_id "${dir}")
  set(name proto.${dir_id}.${stem})
  add_test(NAME ${name}
    COMMAND ${CMAKE_COMMAND}
      -DSTATUSC=$<TARGET_FILE:statusc>
      -DSPEC=${rel}
      -DWORK=${CMAKE_CURRENT_BINARY_DIR}/compile/${name}
      -DPROTOC=${STATUSC_PROTOC}
      -DPROTOBUF_INCLUDE=${STATUSC_PROTOBUF_INCLUDE}
      -DBUF=${STATUSC_BUF}
      -DCXX=${CMAKE_CXX_COMPILER}
      -P ${CMAKE_CURRENT_SOURCE_DIR}/compile/proto/check_proto.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES LABELS "compile;proto")
endforeach()
