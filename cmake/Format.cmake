# clang-format over every C++ source of the project, with the style of .clang-format.
#   cmake -DROOT=<source dir> -DCLANG_FORMAT=<program> -DMODE=fix   -P Format.cmake   rewrites the files
#   cmake -DROOT=<source dir> -DCLANG_FORMAT=<program> -DMODE=check -P Format.cmake   fails on any file
#                                                                                      that is not formatted
# The file list is read when it runs, so a file added since CMake configured counts too.
set(folders app bench engine models tests ui)
if(NOT CLANG_FORMAT)
    if("$ENV{CI}" STREQUAL "true")
        message(FATAL_ERROR "format: clang-format 14 is not installed (scripts/dev.sh installs it); with CI=true "
                            "that fails the check")
    endif()
    message(STATUS "format: skipped, clang-format 14 is not installed (scripts/dev.sh installs it)")
    return()
endif()

set(files "")
foreach(folder IN LISTS folders)
    file(GLOB_RECURSE found "${ROOT}/${folder}/*.cpp" "${ROOT}/${folder}/*.h")
    list(APPEND files ${found})
endforeach()
list(SORT files)
list(LENGTH files count)

if(MODE STREQUAL "fix")
    set(arguments -i)
else()
    set(arguments --dry-run --Werror)
endif()

# In chunks of 100 files, to stay far below the command line's length limit.
set(failed "")
while(files)
    list(LENGTH files left)
    if(left GREATER 100)
        list(SUBLIST files 0 100 chunk)
        list(SUBLIST files 100 -1 files)
    else()
        set(chunk ${files})
        set(files "")
    endif()
    execute_process(COMMAND "${CLANG_FORMAT}" --style=file ${arguments} ${chunk}
                    WORKING_DIRECTORY "${ROOT}" RESULT_VARIABLE result ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        string(REGEX MATCHALL "[^\n]*: (error|warning): [^\n]*" lines "${errors}")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE ":[0-9]+:[0-9]+: .*" "" file "${line}")
            list(APPEND failed "${file}")
        endforeach()
        if(NOT lines)
            message(FATAL_ERROR "format: clang-format failed: ${errors}")
        endif()
    endif()
endwhile()

if(failed)
    list(REMOVE_DUPLICATES failed)
    list(LENGTH failed bad)
    list(TRANSFORM failed REPLACE "^${ROOT}/" "")
    list(JOIN failed "\n  " names)
    message(FATAL_ERROR "format: ${bad} of ${count} files are not formatted as .clang-format says "
                        "(run: cmake --build --preset ci --target format):\n  ${names}")
endif()
if(MODE STREQUAL "fix")
    message(STATUS "format: ${count} files formatted as .clang-format says")
else()
    message(STATUS "format: all ${count} files are formatted as .clang-format says")
endif()
