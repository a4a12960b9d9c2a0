# mailroom_add_test(<name> SOURCES <files…> LIBS <targets…>)
# One test executable per class, run by ctest offscreen, with a fixed locale and its own HOME
# and XDG folders so that no test reads or writes the developer's settings or databases.
function(mailroom_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test mailroom_test_support ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${name}")
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;XDG_RUNTIME_DIR=${home}/run;ASAN_OPTIONS=detect_leaks=0"
        LABELS "${T_LABELS}"
        FIXTURES_REQUIRED "")
    file(MAKE_DIRECTORY "${home}/run")
endfunction()
