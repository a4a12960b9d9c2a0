# mailroom_add_test(<name> SOURCES <files…> LIBS <targets…> [LABELS <labels…>] [KEYRING])
# One test executable per class, run by ctest offscreen, with a fixed locale and its own HOME
# and XDG folders so that no test reads or writes the developer's settings or databases.
# KEYRING: ctest runs it through tests/support/keyring-session.sh, in a private D-Bus session with
# GNOME Keyring's Secret Service on a fresh, unlocked keyring (the system keychain of IOP-4).
function(mailroom_add_test name)
    cmake_parse_arguments(T "KEYRING" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test mailroom_test_support ${T_LIBS})
    if(T_KEYRING)
        add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/support/keyring-session.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${name}")
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;XDG_RUNTIME_DIR=${home}/run;ASAN_OPTIONS=detect_leaks=0"
        LABELS "${T_LABELS}"
        FIXTURES_REQUIRED "")
    file(MAKE_DIRECTORY "${home}/run")
endfunction()
