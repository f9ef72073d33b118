# The import pipeline (mapping, presets, pipeline, public API); included by ../CMakeLists.txt.
target_sources(salesaudit_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../Importer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../mapping/Mapping.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../presets/Presets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BatchLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ColumnBinding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Directories.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EntitySchema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EntityWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FieldConverter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportSessionPass.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportSessionRollups.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportSessionRows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ManagerDirectory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MultiRowInsert.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Relinker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Sha256.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/../presets/Presets.cmake)
