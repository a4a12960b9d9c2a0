# Fails unless the German translation is complete for the current sources: lupdate refreshes a
# copy of the .ts from engine/, models/, ui/ and app/, and no message may then be unfinished,
# empty or vanished.
file(COPY_FILE "${TS}" "${WORK}/check_de.ts")
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none -silent
                        "${ROOT}/engine" "${ROOT}/models" "${ROOT}/ui" "${ROOT}/app" -ts "${WORK}/check_de.ts"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
file(READ "${WORK}/check_de.ts" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" unfinished "${ts}")
string(REGEX MATCHALL "<translation></translation>" empty "${ts}")
list(LENGTH unfinished unfinishedCount)
list(LENGTH empty emptyCount)
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages messageCount)
if(unfinishedCount GREATER 0 OR emptyCount GREATER 0)
    list(SUBLIST unfinished 0 10 examples)
    string(REPLACE ";" "\n" examples "${examples}")
    message(FATAL_ERROR "German translation incomplete: ${unfinishedCount} unfinished and ${emptyCount} empty of "
                        "${messageCount} messages. Run the update_translations target and translate:\n${examples}")
endif()
message(STATUS "German translation complete: ${messageCount} messages")
