# SPDX-License-Identifier: GPL-3.0-or-later
# credfolio_add_test(TestName SOURCES a.cpp ... LIBS Credfolio::Json ... [LABELS core;slow])
# One Qt Test executable per tested class, registered with CTest. Every test runs on the offscreen
# platform, finds its fixtures through CREDFOLIO_TEST_DATA, keeps its settings to itself (IsolatedSettings.cpp)
# and never reads outside the project.
function(credfolio_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} "${PROJECT_SOURCE_DIR}/tests/support/IsolatedSettings.cpp")
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        CREDFOLIO_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        CREDFOLIO_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;LC_ALL=C.UTF-8;${ARG_ENVIRONMENT}")
endfunction()
