# embargo_test(NAME SOURCE LIBRARY): one GoogleTest executable per test file, run by ctest.
function(embargo_test name source library)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE ${library} GTest::gtest GTest::gtest_main
                                        nlohmann_json::nlohmann_json)
  target_compile_definitions(${name} PRIVATE EMBARGO_SHARED_DIR="${EMBARGO_SHARED_DIR}"
                                             EMBARGO_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endfunction()
