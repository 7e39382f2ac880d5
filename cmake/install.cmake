# SPDX-License-Identifier: MIT
# What `cmake --install build --prefix P` puts under P, and the .deb CPack makes of it
# (`cmake --build build --target package`). The libraries and headers are installed by
# kgforge_module() in CMakeLists.txt.
#   bin/kgforge
#   include/kgforge/<module>/*.hpp                   #include <kgforge/graph/knowledge_graph.hpp>
#   lib/libkgforge_<module>.a
#   lib/cmake/kgforge/                               find_package(kgforge CONFIG) -> kgforge::kgforge
#   lib/pkgconfig/kgforge.pc                         pkg-config --cflags --libs kgforge
#   share/kgforge/kgforge.ttl                        the bundled ontology (also compiled in)
#   share/man/man1/kgforge.1, shell completions      (cmake/install_docs.cmake)
include(CMakePackageConfigHelpers)

install(TARGETS kgforge RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS kgforge_all EXPORT kgforge-targets)
set(KGFORGE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/kgforge)
install(EXPORT kgforge-targets NAMESPACE kgforge:: DESTINATION ${KGFORGE_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/kgforge-config.cmake.in
                              ${PROJECT_BINARY_DIR}/kgforge-config.cmake INSTALL_DESTINATION ${KGFORGE_CMAKE_DIR})
# 0.x: a minor version may break the API.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kgforge-config-version.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kgforge-config.cmake ${PROJECT_BINARY_DIR}/kgforge-config-version.cmake
        DESTINATION ${KGFORGE_CMAKE_DIR})

# pkg-config: relocatable (prefix found from the .pc file's own folder). The libraries
# are static, so their dependencies go in Requires, not Requires.private.
file(RELATIVE_PATH KGFORGE_PC_TO_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
string(REGEX REPLACE "/$" "" KGFORGE_PC_TO_PREFIX "${KGFORGE_PC_TO_PREFIX}")
get_property(kgforge_libraries GLOBAL PROPERTY KGFORGE_LIBRARIES)
list(REVERSE kgforge_libraries)  # dependants first, as a static link line needs
list(TRANSFORM kgforge_libraries PREPEND -l OUTPUT_VARIABLE KGFORGE_PC_LIBS)
list(JOIN KGFORGE_PC_LIBS " " KGFORGE_PC_LIBS)
configure_file(${PROJECT_SOURCE_DIR}/cmake/kgforge.pc.in ${PROJECT_BINARY_DIR}/kgforge.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/kgforge.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(FILES ${PROJECT_SOURCE_DIR}/ontology/kgforge.ttl DESTINATION ${CMAKE_INSTALL_DATADIR}/kgforge)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The man page (committed, checked against the CLI by tests/cli/man_page.sh) and the
# shell completions (generated at build time by the binary just built).
include(${PROJECT_SOURCE_DIR}/cmake/install_docs.cmake)

# CPack: a .deb named kgforge_<version>_<arch>.deb. Depends are computed from the
# binary's shared libraries (dpkg-shlibdeps); what a program built against the
# installed libraries needs to find them is recommended.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kgforge)
set(CPACK_PACKAGE_VENDOR kgforge)
set(CPACK_PACKAGE_CONTACT "kgforge maintainers <kgforge@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Knowledge-graph builder: YAML or RDF in; Turtle, N-Triples, RDF/XML, GraphML, DOT, SVG out")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)  # no debug info in the package (35 MB -> a few)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkg-config, libboost-graph-dev, libyaml-cpp-dev, libraptor2-dev, libserd-dev, libgraphviz-dev, libxml2-dev, libssl-dev")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
include(CPack)
