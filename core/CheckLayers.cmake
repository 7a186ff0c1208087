# SPDX-FileCopyrightText: 2026 Fieldfile contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The layer rule (CONTRIBUTING.md, "Layers"), checked over every source file at each build:
#   cmake -DROOT=<source tree> -P core/CheckLayers.cmake
# A file may include only headers of its own layer and of the layers below it; only core/db (and
# core/storage, the VFS beneath it) may include SQLite's or Qt Sql's headers; no widget includes
# them. Fails with every offending line.

cmake_policy(VERSION 3.22)

if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<source tree> -P CheckLayers.cmake")
endif()

# What each folder may include, besides itself.
set(below_util "")
set(below_crypto util)
set(below_storage util crypto)
set(below_profile util crypto storage schema db)
set(below_schema util)
set(below_db util crypto storage schema)
set(below_journal util schema db)
set(below_model util schema forms)
set(below_forms util schema model)
set(below_records util schema db journal model forms)
set(below_sync util crypto storage profile schema db journal model forms records)
set(below_server util crypto storage profile schema db journal model forms records indicators sync)
set(below_indicators util schema db journal model forms records)
set(below_demo util schema db journal model forms records)
set(core_layers util crypto storage profile schema db journal model forms records indicators sync server demo)
# The folders that talk to SQLite directly: core/db, and core/storage (the VFS under it).
set(sql_folders db storage)

file(GLOB_RECURSE sources RELATIVE ${ROOT} ${ROOT}/core/*.h ${ROOT}/core/*.cpp ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp)
set(problems "")
foreach(source IN LISTS sources)
  if(source MATCHES "^core/([a-z]+)/")
    set(layer ${CMAKE_MATCH_1})
    if(NOT layer IN_LIST core_layers)
      string(APPEND problems "\n  ${source}: core/${layer} is not a layer; add it to core/CheckLayers.cmake")
      continue()
    endif()
    set(allowed ${layer} ${below_${layer}})
    set(sqlAllowed OFF)
    if(layer IN_LIST sql_folders)
      set(sqlAllowed ON)
    endif()
  else()
    set(layer ui)
    set(allowed ${core_layers})
    list(REMOVE_ITEM allowed server)
    set(sqlAllowed OFF)
    if(layer IN_LIST sql_folders)
      set(sqlAllowed ON)
    endif()
  endif()
  file(STRINGS ${ROOT}/${source} includes REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS includes)
    if(line MATCHES "#[ \t]*include[ \t]*\"core/([a-z]+)/")
      if(NOT CMAKE_MATCH_1 IN_LIST allowed)
        string(APPEND problems "\n  ${source}: ${layer} may not include core/${CMAKE_MATCH_1} (${line})")
      endif()
    elseif(line MATCHES "#[ \t]*include[ \t]*\"ui/" AND NOT layer STREQUAL "ui")
      string(APPEND problems "\n  ${source}: core may not include the widgets (${line})")
    elseif(line MATCHES "#[ \t]*include[ \t]*[<\"](sqlite3\\.h|QSql|QtSql)" AND NOT sqlAllowed)
      string(APPEND problems "\n  ${source}: only core/db talks to the database directly (${line})")
    endif()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "Layer rule broken (CONTRIBUTING.md, \"Layers\"):${problems}")
endif()
