# SPDX-FileCopyrightText: 2026 Fieldfile contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Generates the character → pinyin table at build time from Unicode's Unihan data, which Debian
# ships in the unicode-data package. Included from core/CMakeLists.txt.

set(FIELDFILE_UNIHAN_READINGS "/usr/share/unicode/Unihan_Readings.txt.bz2" CACHE FILEPATH
    "Unihan_Readings.txt.bz2 from the unicode-data package")
if(NOT EXISTS "${FIELDFILE_UNIHAN_READINGS}")
  message(FATAL_ERROR "Unihan data not found at ${FIELDFILE_UNIHAN_READINGS}: install the unicode-data package "
                      "(make deps does) or set FIELDFILE_UNIHAN_READINGS.")
endif()
find_program(FIELDFILE_BZIP2 bzip2 REQUIRED)

add_executable(ff_generate_pinyin_table ${CMAKE_CURRENT_LIST_DIR}/generate_pinyin_table.cpp)
target_compile_features(ff_generate_pinyin_table PRIVATE cxx_std_20)

set(FIELDFILE_PINYIN_DATA ${CMAKE_CURRENT_BINARY_DIR}/PinyinTableData.cpp)
add_custom_command(
  OUTPUT ${FIELDFILE_PINYIN_DATA}
  COMMAND sh -c "'${FIELDFILE_BZIP2}' -dc '${FIELDFILE_UNIHAN_READINGS}' | '$<TARGET_FILE:ff_generate_pinyin_table>' '${FIELDFILE_PINYIN_DATA}'"
  DEPENDS ff_generate_pinyin_table ${FIELDFILE_UNIHAN_READINGS}
  COMMENT "Generating the pinyin table from Unihan"
  VERBATIM)

set(FIELDFILE_PINYIN_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/../PinyinTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../PinyinTable.h
  ${FIELDFILE_PINYIN_DATA})
