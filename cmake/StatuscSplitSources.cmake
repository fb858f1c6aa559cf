# Run by statusc_generate() after statusc (cmake -P):
#   cmake -DOUTPUT_DIR=dir -DSOURCE=file -P StatuscSplitSources.cmake
# Writes SOURCE, one translation unit that includes the .cpp of every header
# in OUTPUT_DIR generated in the split layout (targets.cpp.layout: split;
# docs/generated/cpp.md), so that CMake, which cannot know each spec's layout
# when it configures, compiles them all once. A .cpp left from an earlier
# split layout of a header that is now header-only is not included. SOURCE is
# rewritten only when its text changes, so a no-op rebuild compiles nothing.
file(GLOB headers "${OUTPUT_DIR}/*.h")
list(SORT headers)
set(text "// Written by statusc_generate(): the .cpp of every split-layout header here.\n")
foreach(header IN LISTS headers)
  get_filename_component(stem "${header}" NAME_WE)
  if(EXISTS "${OUTPUT_DIR}/${stem}.cpp")
    file(STRINGS "${header}" split_marker LIMIT_COUNT 1 REGEX "\\(layout: split\\)")
    if(split_marker)
      string(APPEND text "#include \"${stem}.cpp\"\n")
    endif()
  endif()
endforeach()
set(old "")
if(EXISTS "${SOURCE}")
  file(READ "${SOURCE}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${SOURCE}" "${text}")
endif()
