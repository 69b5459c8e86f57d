# SPDX-License-Identifier: GPL-3.0-or-later
# Installing and packaging Frontline. Included at the end of the top-level CMakeLists.txt, when
# every target exists. The desktop files (desktop entry, metainfo, icons, man page) are installed by
# packaging/CMakeLists.txt; this file installs the binaries and the licence and configures CPack:
# a .deb here, NSIS/WiX on Windows and a drag-and-drop .dmg of an app bundle on macOS.
# How to build the packages: packaging/README.md.
include(GNUInstallDirs)

set(FRONTLINE_PACKAGE_ID io.frontline.Frontline) # = the desktop entry / AppStream id
set(FRONTLINE_PACKAGE_CONTACT "The Frontline developers <maintainers@frontline.example.org>")
set(FRONTLINE_PACKAGE_DIR ${PROJECT_SOURCE_DIR}/packaging)

# ---- Binaries ---------------------------------------------------------------------------------
# `frontline --demo` finds frontline-sandbox next to itself (build tree, Windows, the macOS bundle)
# or in <prefix>/libexec/frontline (installed on Linux): a helper, not a command for the PATH.
# FRONTLINE_SANDBOX_RELDIR is that second place relative to the frontline binary ("." elsewhere),
# derived from the same variables as the install rule, so the lookup stays relocatable.
if(UNIX AND NOT APPLE)
    file(RELATIVE_PATH FRONTLINE_SANDBOX_RELDIR ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_LIBEXECDIR}/frontline)
else()
    set(FRONTLINE_SANDBOX_RELDIR .)
endif()
target_compile_definitions(frontline PRIVATE FRONTLINE_SANDBOX_RELDIR="${FRONTLINE_SANDBOX_RELDIR}")
if(APPLE)
    set_target_properties(frontline PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME Frontline
        MACOSX_BUNDLE_INFO_PLIST ${FRONTLINE_PACKAGE_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME Frontline
        MACOSX_BUNDLE_GUI_IDENTIFIER ${FRONTLINE_PACKAGE_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_LONG_VERSION_STRING "Frontline ${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE frontline.icns
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later, the Frontline developers")
    # The .icns is made from the SVG on a Mac (packaging/README.md); bundle it when present.
    set(icns ${FRONTLINE_PACKAGE_DIR}/macos/frontline.icns)
    if(EXISTS ${icns})
        target_sources(frontline PRIVATE ${icns})
        set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    endif()
    install(TARGETS frontline BUNDLE DESTINATION .)
    if(TARGET frontline-sandbox)
        install(TARGETS frontline-sandbox RUNTIME DESTINATION Frontline.app/Contents/MacOS)
    endif()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION Frontline.app/Contents/Resources)
elseif(WIN32)
    set_target_properties(frontline PROPERTIES WIN32_EXECUTABLE ON)
    install(TARGETS frontline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    if(TARGET frontline-sandbox)
        install(TARGETS frontline-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
else()
    install(TARGETS frontline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    if(TARGET frontline-sandbox)
        install(TARGETS frontline-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/frontline)
    endif()
    # Debian policy 12.5 and 12.7: copyright and changelog.Debian.gz in /usr/share/doc/<package>.
    # The changelog is made from the project version; gzip -n keeps it free of a timestamp.
    set(FRONTLINE_DEBIAN_REVISION 1)
    string(TIMESTAMP FRONTLINE_RELEASE_DATE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
    set(deb_dir ${PROJECT_BINARY_DIR}/packaging/debian)
    configure_file(${FRONTLINE_PACKAGE_DIR}/debian/changelog.in ${deb_dir}/changelog.Debian @ONLY)
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    add_custom_command(OUTPUT ${deb_dir}/gz/changelog.Debian.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${deb_dir}/changelog.Debian ${deb_dir}/gz/changelog.Debian
        COMMAND ${GZIP_EXECUTABLE} -9nf ${deb_dir}/gz/changelog.Debian
        DEPENDS ${deb_dir}/changelog.Debian
        COMMENT "Compressing the Debian changelog"
        VERBATIM)
    add_custom_target(frontline_debian_changelog ALL DEPENDS ${deb_dir}/gz/changelog.Debian.gz)
    set(docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/frontline)
    install(FILES ${FRONTLINE_PACKAGE_DIR}/debian/copyright ${deb_dir}/gz/changelog.Debian.gz
        DESTINATION ${docdir})
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${docdir})
    install(FILES ${FRONTLINE_PACKAGE_DIR}/debian/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides RENAME frontline)
    # Full RELRO (lintian: hardening-no-bindnow), as Debian's own builds link. No install RPATH:
    # Frontline has no shared libraries of its own and Qt is a system library, so the
    # $ORIGIN/../lib that qt_standard_project_setup() adds would only widen the search path.
    foreach(target frontline frontline-sandbox)
        if(TARGET ${target})
            target_link_options(${target} PRIVATE LINKER:-z,relro,-z,now)
            set_target_properties(${target} PROPERTIES INSTALL_RPATH "")
        endif()
    endforeach()
endif()

# ---- Qt runtime deployment (Windows: windeployqt, macOS: macdeployqt) ---------------------------
# Qt 6.4's qt_generate_deploy_app_script knows one executable; the sandbox uses QtHttpServer,
# which frontline does not, so the script is written here with ADDITIONAL_EXECUTABLES.
if((WIN32 OR APPLE) AND QT_DEPLOY_SUPPORT)
    set(deploy_script ${PROJECT_BINARY_DIR}/packaging/deploy-qt-$<CONFIG>.cmake)
    if(WIN32)
        set(exe "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:frontline>")
        set(extra "")
        if(TARGET frontline-sandbox)
            set(extra "ADDITIONAL_EXECUTABLES \${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:frontline-sandbox>")
        endif()
        set(conf GENERATE_QT_CONF)
    else()
        set(exe "Frontline.app")
        set(extra "")
        if(TARGET frontline-sandbox)
            set(extra "ADDITIONAL_EXECUTABLES Frontline.app/Contents/MacOS/$<TARGET_FILE_NAME:frontline-sandbox>")
        endif()
        set(conf "")
    endif()
    file(GENERATE OUTPUT ${deploy_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(EXECUTABLE \"${exe}\" ${extra} ${conf})
")
    install(SCRIPT ${deploy_script})
endif()

# macOS: sign after deployment, with the hardened runtime and the Keychain entitlement
# (packaging/macos/frontline.entitlements), when a signing identity is given.
if(APPLE)
    set(FRONTLINE_MACOS_SIGNING_IDENTITY "" CACHE STRING "codesign identity, e.g. 'Developer ID Application: …'")
    set(FRONTLINE_MACOS_TEAM_ID "" CACHE STRING "Apple team id, the prefix of the Keychain access group")
    configure_file(${FRONTLINE_PACKAGE_DIR}/macos/frontline.entitlements.in
        ${PROJECT_BINARY_DIR}/packaging/frontline.entitlements @ONLY)
    if(FRONTLINE_MACOS_SIGNING_IDENTITY)
        install(CODE "execute_process(COMMAND codesign --force --deep --options runtime --timestamp
                --entitlements \"${PROJECT_BINARY_DIR}/packaging/frontline.entitlements\"
                --sign \"${FRONTLINE_MACOS_SIGNING_IDENTITY}\"
                \"\${CMAKE_INSTALL_PREFIX}/Frontline.app\" COMMAND_ERROR_IS_FATAL ANY)")
    endif()
endif()

# ---- CPack ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME frontline)
set(CPACK_PACKAGE_VENDOR "The Frontline developers")
set(CPACK_PACKAGE_CONTACT ${FRONTLINE_PACKAGE_CONTACT})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
# Debian shows the extended description as written: lines under 80 columns, blank line = paragraph.
set(CPACK_PACKAGE_DESCRIPTION [=[
Frontline shows the tickets a help-desk agent is responsible for and the
departments' queue, counts down every SLA deadline in business time, lets
the agent pause and resume from the toolbar or the system tray, and answers
with canned messages picked from the keyboard.

It speaks LiveAgent's REST API v3 over HTTPS and keeps a local SQLite cache,
so it starts instantly and keeps working offline. Credentials are kept in
the desktop's keychain.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY Frontline)
set(CPACK_PACKAGE_EXECUTABLES frontline Frontline) # Start menu entry (NSIS, WiX)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# WiX accepts only .txt or .rtf licences.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt)

# Source tarball (cpack --config CPackSourceConfig.cmake): the tree without build output.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/" "\\\\.swp$")

if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Frontline)
    set(CPACK_DMG_FORMAT UDZO)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS WIX)
    set(CPACK_NSIS_DISPLAY_NAME Frontline)
    set(CPACK_NSIS_PACKAGE_NAME Frontline)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_CONTACT ${FRONTLINE_PACKAGE_CONTACT})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\frontline.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN frontline.exe)
    # Never change: Windows Installer upgrades in place only while this GUID stays the same.
    set(CPACK_WIX_UPGRADE_GUID 69B364E8-BAFF-407D-ADF5-8CEF2B76B26B)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER Frontline)
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
    set(ico ${FRONTLINE_PACKAGE_DIR}/windows/frontline.ico)
    if(EXISTS ${ico})
        set(CPACK_NSIS_MUI_ICON ${ico})
        set(CPACK_NSIS_MUI_UNIICON ${ico})
        set(CPACK_WIX_PRODUCT_ICON ${ico})
    endif()
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # frontline_<version>-<revision>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${FRONTLINE_DEBIAN_REVISION})
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    # Depends: the shared libraries (dpkg-shlibdeps) plus the Qt plugins loaded at run time, which
    # no linker sees: the SQLite driver for the cache and the SVG icon engine for every icon.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
    # A Secret Service provider keeps the credentials; Qt's own translations for its dialogs.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
endif()

include(CPack)
