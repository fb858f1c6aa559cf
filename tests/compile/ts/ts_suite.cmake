# The TypeScript compile tests (see tests/compile/ts.cmake):
#   cmake -DMODE=generate|typecheck|negative|compile|run [-DSCRIPT=name]
#         -DSTATUSC=... -DSOURCE=repo -DWORK=dir -DTSC=... -DNODE=... -P ts_suite.cmake
# Runs from the repository root, so spec paths (and the banners that name
# them) are the ones users would write. Layout of WORK:
#   gen/<dir>/*.ts     generated modules (dir: spec, valid, generate, extra)
#   src/*.ts           copies of tests/compile/ts/*.ts (the test scripts)
#   negative/*.ts      copies of tests/compile/ts/negative/*.ts
#   js/                tsc's output for gen/ and src/, run by node
cmake_minimum_required(VERSION 3.20)

# The flags the generated code is promised to pass (docs/generated/typescript.md).
set(STRICT_FLAGS --strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes
    --target es2022 --module es2022 --moduleResolution bundler --isolatedModules)
# Stricter still: what a careful consumer may turn on.
set(PEDANTIC_FLAGS --noUnusedLocals --noUnusedParameters --noImplicitReturns --noImplicitOverride
    --noPropertyAccessFromIndexSignature --noFallthroughCasesInSwitch --erasableSyntaxOnly
    --verbatimModuleSyntax --forceConsistentCasingInFileNames)

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

function(require_tsc)
  require_tool(TSC "install the pinned TypeScript with: npm ci --prefix tools")
endfunction()

function(generated_modules out_var)
  file(GLOB_RECURSE modules "${WORK}/gen/*.ts")
  list(SORT modules)
  if(NOT modules)
    message(FATAL_ERROR "no generated modules under ${WORK}/gen: run ts.generate first")
  endif()
  set(${out_var} ${modules} PARENT_SCOPE)
endfunction()

# Copies the .ts files of tests/compile/ts/<from> into WORK/<to>, afresh.
function(copy_sources from to)
  file(REMOVE_RECURSE "${WORK}/${to}")
  file(GLOB files "${SOURCE}/tests/compile/ts/${from}*.ts")
  file(COPY ${files} DESTINATION "${WORK}/${to}")
endfunction()

require_tool(STATUSC "build the statusc target")

if(MODE STREQUAL "generate")
  file(REMOVE_RECURSE "${WORK}/gen" "${WORK}/again")
  foreach(pair "spec:spec" "tests/valid:valid" "tests/generate:generate" "tests/real:real" "tests/compile/ts/specs:extra")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 dir)
    list(GET pair 1 out)
    file(GLOB specs RELATIVE "${SOURCE}" "${SOURCE}/${dir}/*.yaml")
    list(SORT specs)
    if(NOT specs)
      continue()
    endif()
    run("statusc generate" "${STATUSC}" generate ${specs} -o "${WORK}/gen/${out}" --target ts --quiet)
    run("statusc generate (again)" "${STATUSC}" generate ${specs} -o "${WORK}/again/${out}" --target ts --quiet)
  endforeach()
  # Byte-identical on every run.
  file(GLOB_RECURSE first RELATIVE "${WORK}/gen" "${WORK}/gen/*")
  file(GLOB_RECURSE second RELATIVE "${WORK}/again" "${WORK}/again/*")
  list(SORT first)
  list(SORT second)
  if(NOT first STREQUAL second)
    message(FATAL_ERROR "two runs of statusc generate wrote different files:\n  ${first}\n  ${second}")
  endif()
  foreach(f IN LISTS first)
    file(SHA256 "${WORK}/gen/${f}" a)
    file(SHA256 "${WORK}/again/${f}" b)
    if(NOT a STREQUAL b)
      message(FATAL_ERROR "two runs of statusc generate wrote different bytes to ${f}")
    endif()
  endforeach()
  list(LENGTH first count)
  message(STATUS "generated ${count} TypeScript modules")

elseif(MODE STREQUAL "typecheck")
  require_tsc()
  generated_modules(modules)
  run("tsc (strict)" "${TSC}" --noEmit ${STRICT_FLAGS} ${PEDANTIC_FLAGS} ${modules})
  # The modules need no more than ES2015 (Map, Set) from their environment.
  run("tsc (ES2015)" "${TSC}" --noEmit --strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes
      --target es2015 --lib es2015 --module es2015 --moduleResolution bundler ${modules})

elseif(MODE STREQUAL "negative")
  # Every file must fail, and only with the codes on its `// expect:` line.
  require_tsc()
  copy_sources("negative/" "negative")
  file(GLOB cases "${WORK}/negative/*.ts")
  list(SORT cases)
  if(NOT cases)
    message(FATAL_ERROR "no negative cases in tests/compile/ts/negative")
  endif()
  execute_process(COMMAND "${TSC}" --noEmit ${STRICT_FLAGS} ${cases}
                  WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "tsc accepted every negative case; each should fail:\n  ${cases}")
  endif()
  set(failures "")
  foreach(case IN LISTS cases)
    get_filename_component(name "${case}" NAME)
    file(STRINGS "${case}" expect_line REGEX "^// expect:")
    string(REGEX MATCHALL "TS[0-9]+" expected "${expect_line}")
    if(NOT expected)
      string(APPEND failures "  ${name}: has no `// expect: TSnnnn` line\n")
      continue()
    endif()
    string(REGEX MATCHALL "negative/${name}\\([0-9]+,[0-9]+\\): error TS[0-9]+" hits "${out}")
    set(seen "")
    foreach(hit IN LISTS hits)
      string(REGEX MATCH "TS[0-9]+$" code "${hit}")
      list(APPEND seen ${code})
    endforeach()
    if(NOT seen)
      string(APPEND failures "  ${name}: type-checks, but should fail with ${expected}\n")
    endif()
    foreach(code IN LISTS expected)
      if(NOT code IN_LIST seen)
        string(APPEND failures "  ${name}: expected ${code}, got: ${seen}\n")
      endif()
    endforeach()
    foreach(code IN LISTS seen)
      if(NOT code IN_LIST expected)
        string(APPEND failures "  ${name}: unexpected ${code} (expected ${expected})\n")
      endif()
    endforeach()
  endforeach()
  if(failures)
    message(FATAL_ERROR "negative type tests:\n${failures}\ntsc said:\n${out}${err}")
  endif()

elseif(MODE STREQUAL "compile")
  require_tsc()
  generated_modules(modules)
  copy_sources("" "src")
  file(GLOB scripts "${WORK}/src/*.ts")
  list(SORT scripts)
  file(REMOVE_RECURSE "${WORK}/js")
  run("tsc (emit)" "${TSC}" ${STRICT_FLAGS} ${PEDANTIC_FLAGS} --rootDir "${WORK}" --outDir "${WORK}/js"
      ${modules} ${scripts})
  file(WRITE "${WORK}/js/package.json" "{ \"type\": \"module\" }\n")

elseif(MODE STREQUAL "run")
  require_tool(NODE "install Node.js (18 or newer) and put node on PATH")
  set(script "${WORK}/js/src/${SCRIPT}.test.js")
  if(NOT EXISTS "${script}")
    message(FATAL_ERROR "${script} is missing: run ts.compile first")
  endif()
  run("node ${SCRIPT}.test.js" "${NODE}" "${script}")

else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
