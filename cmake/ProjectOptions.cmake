# Project-wide options and the one INTERFACE target that carries the flags.
include(FeatureSummary)
option(SA_BUILD_APP "Build the Qt Widgets program (charts, report and CLI are always built)" ON)
option(SA_BUILD_TESTS "Build the test suite" ON)
option(SA_BUILD_BENCH "Build the benchmarks" OFF)
option(SA_BUILD_FUZZ "Build libFuzzer targets (needs clang)" OFF)
option(SA_SANITIZE "Build everything with -fsanitize=address,undefined" OFF)
option(SA_WERROR "Treat warnings as errors (CI)" OFF)
add_feature_info(APP SA_BUILD_APP "Qt Widgets program")
add_feature_info(TESTS SA_BUILD_TESTS "Catch2 / QtTest suite")
add_feature_info(BENCH SA_BUILD_BENCH "benchmarks")
add_feature_info(FUZZ SA_BUILD_FUZZ "libFuzzer targets")
add_feature_info(SANITIZE SA_SANITIZE "address + undefined sanitizers")
add_feature_info(WERROR SA_WERROR "warnings are errors")

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
  set(CMAKE_C_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

add_library(salesaudit_flags INTERFACE)
add_library(SalesAudit::flags ALIAS salesaudit_flags)
target_compile_features(salesaudit_flags INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(salesaudit_flags INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual>
  $<$<BOOL:${SA_WERROR}>:-Werror>)
target_compile_definitions(salesaudit_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_NO_CAST_TO_ASCII
  SA_VERSION="${PROJECT_VERSION}")
if(SA_SANITIZE)
  target_compile_options(salesaudit_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(salesaudit_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
