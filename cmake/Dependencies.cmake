# Every dependency comes from Debian 12 packages (scripts/install-deps.sh lists them).
find_package(PkgConfig REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(Threads REQUIRED)
find_package(EXPAT REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)

# charts, report and the CLI need Qt GUI (no widgets); the app needs widgets too.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Svg PrintSupport Concurrent LinguistTools)
if(SA_BUILD_APP)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets Pdf PdfWidgets)
endif()
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTOUIC ON)
set(CMAKE_AUTORCC ON)
set(CMAKE_AUTOUIC_SEARCH_PATHS ${PROJECT_SOURCE_DIR}/ui)

if(SA_BUILD_TESTS)
  find_package(Catch2 2.13 REQUIRED)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
