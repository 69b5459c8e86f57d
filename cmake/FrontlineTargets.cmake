# SPDX-License-Identifier: GPL-3.0-or-later
# Per-target settings shared by Frontline's own targets (no global add_definitions).

# Folders of DESIGN.md join the build when their first real file lands in them.
# The folders are watched, so creating one re-runs CMake.
macro(add_subdirectory_if_present dir)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR})
    if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${dir})
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${dir})
    endif()
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/CMakeLists.txt)
        add_subdirectory(${dir})
    endif()
endmacro()

# Warnings for every target we compile; the dev preset turns them into errors
# through CMAKE_COMPILE_WARNING_AS_ERROR.
function(frontline_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough)
endfunction()

# Product code (app, ui, core, sandbox): untranslated literals and sloppy
# conversions must not compile (STYLE.md 15).
function(frontline_product_target target)
    frontline_warnings(${target})
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER
        QT_STRICT_ITERATORS)
endfunction()
