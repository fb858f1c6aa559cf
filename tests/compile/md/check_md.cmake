# One md check (see tests/compile/md.cmake):
#   cmake -DSTATUSC=... -DCHECKER=... -DSPEC=spec/x.yaml -DWORK=dir -P check_md.cmake
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${STATUSC}" generate "${SPEC}" -o "${WORK}" --target md --quiet
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "statusc generate ${SPEC} failed (${rc}):\n${out}${err}")
endif()
file(GLOB files "${WORK}/*.md")
list(LENGTH files count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .md from ${SPEC}, found ${count}: ${files}")
endif()
execute_process(COMMAND "${CHECKER}" ${files} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${files} is not well-formed Markdown for GitHub:\n${out}${err}")
endif()
