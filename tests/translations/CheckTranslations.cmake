# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -DTS_FILES=a.ts;b.ts -DPLURALS_TS=en.ts -P CheckTranslations.cmake
# Runs lupdate over the sources into copies of the .ts files and fails on any entry that is unfinished,
# vanished or obsolete, naming the source text.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures 0)
foreach(ts IN LISTS TS_FILES PLURALS_TS)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    set(only "")
    if(ts STREQUAL PLURALS_TS)
        set(only -pluralonly) # English: only the plural forms of strings with %n
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent ${only} -locations none -I "${SOURCE_DIR}"
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${WORK_DIR}/${name}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "lupdate failed for ${name}: ${err}")
        math(EXPR failures "${failures} + 1")
        continue()
    endif()
    file(READ "${WORK_DIR}/${name}" content)
    # One <message> element per list item.
    string(REGEX MATCHALL "<message[^>]*>([^<]|<[^/]|</[^m])*</message>" messages "${content}")
    set(count 0)
    set(bad 0)
    foreach(message IN LISTS messages)
        math(EXPR count "${count} + 1")
        if(message MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            set(kind "${CMAKE_MATCH_1}")
            string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
            message(STATUS "${name}: ${kind}: ${CMAKE_MATCH_1}")
            math(EXPR bad "${bad} + 1")
        endif()
    endforeach()
    message(STATUS "${name}: ${count} messages, ${bad} not up to date")
    if(bad GREATER 0 OR count EQUAL 0)
        math(EXPR failures "${failures} + 1")
    endif()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "Translations are behind the code: run the update_translations target and translate "
                        "the entries listed above.")
endif()
