# Fails when a source file includes a header of a higher layer (docs/architecture.md), or when
# an optimizer source words figures for people (a translator or QLocale): that is io's job.
#
#   cmake -DSOURCE_DIR=<tree> -P cmake/CheckLayers.cmake
#
# The layers, lowest first; a file may include its own layer and the ones before it:
#   model/billing < model/optimizer < model/io < model/document < model/itemmodels < ui < app
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayers: pass -DSOURCE_DIR=<project tree>")
endif()

set(layers model/billing model/optimizer model/io model/document model/itemmodels ui app)
set(violations "")

foreach(layer IN LISTS layers)
    list(FIND layers ${layer} rank)
    file(GLOB_RECURSE sources LIST_DIRECTORIES false
        "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS includes)
            if(NOT line MATCHES "\"([^\"]+)\"")
                continue()
            endif()
            set(header "${CMAKE_MATCH_1}")
            # The header's layer is the longest layer folder its path starts with.
            set(header_rank -1)
            foreach(other IN LISTS layers)
                string(LENGTH "${other}/" prefix_length)
                string(SUBSTRING "${header}" 0 ${prefix_length} prefix)
                if(prefix STREQUAL "${other}/")
                    list(FIND layers ${other} header_rank)
                endif()
            endforeach()
            if(header_rank GREATER rank)
                list(GET layers ${header_rank} header_layer)
                list(APPEND violations "${shown} (${layer}) includes ${header} (${header_layer}), a higher layer")
            elseif(header_rank EQUAL -1 AND header MATCHES "^model/")
                list(APPEND violations "${shown} includes ${header}, which is in no layer")
            endif()
        endforeach()
        # The optimizer returns figures; io's PlanWording words them for people. One violation
        # per file: the matched lines may hold ';', which would split a CMake list.
        if(layer STREQUAL "model/optimizer")
            file(STRINGS "${source}" wording
                REGEX "QCoreApplication::translate|Q_DECLARE_TR_FUNCTIONS|(^|[^A-Za-z0-9_])tr\\(|QLocale")
            if(wording)
                list(APPEND violations "${shown} words figures for people (translator or QLocale)")
            endif()
        endif()
    endforeach()
endforeach()

if(violations)
    list(LENGTH violations count)
    list(JOIN violations "\n  " listed)
    message(FATAL_ERROR "${count} layering violation(s):\n  ${listed}\nSee docs/architecture.md.")
endif()
message(STATUS "Layers respected in ${SOURCE_DIR}")
