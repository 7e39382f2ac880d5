# SPDX-License-Identifier: MIT
# The man page and the shell completions, and their install() lines.
# - docs/man/kgforge.1 is committed; tests/cli/man_page.sh fails when it differs from
#   `kgforge man` (regenerate with: kgforge man > docs/man/kgforge.1).
# - The completions are generated at build time by running the built binary
#   (`kgforge completion bash|zsh|fish`), so they always match its options.
# Included from CMakeLists.txt after the kgforge target; also run in script mode
# (cmake -DKGFORGE=... -DSHELL=... -DOUT=... -P install_docs.cmake) to write one script.
if(CMAKE_SCRIPT_MODE_FILE)
  execute_process(COMMAND ${KGFORGE} completion ${SHELL} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "kgforge completion ${SHELL} failed: ${rc}")
  endif()
  return()
endif()

include(GNUInstallDirs)
set(KGFORGE_COMPLETIONS_DIR ${CMAKE_CURRENT_BINARY_DIR}/completions)
set(kgforge_completion_files)
foreach(shell_file bash:kgforge zsh:_kgforge fish:kgforge.fish)
  string(REPLACE ":" ";" pair ${shell_file})
  list(GET pair 0 shell)
  list(GET pair 1 file)
  add_custom_command(
    OUTPUT ${KGFORGE_COMPLETIONS_DIR}/${shell}/${file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${KGFORGE_COMPLETIONS_DIR}/${shell}
    COMMAND ${CMAKE_COMMAND} -DKGFORGE=$<TARGET_FILE:kgforge> -DSHELL=${shell}
            -DOUT=${KGFORGE_COMPLETIONS_DIR}/${shell}/${file} -P ${CMAKE_CURRENT_LIST_FILE}
    DEPENDS kgforge ${CMAKE_CURRENT_LIST_FILE}
    COMMENT "Generating the ${shell} completion"
    VERBATIM)
  list(APPEND kgforge_completion_files ${KGFORGE_COMPLETIONS_DIR}/${shell}/${file})
endforeach()
add_custom_target(kgforge_completions ALL DEPENDS ${kgforge_completion_files})

install(FILES ${PROJECT_SOURCE_DIR}/docs/man/kgforge.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${KGFORGE_COMPLETIONS_DIR}/bash/kgforge DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${KGFORGE_COMPLETIONS_DIR}/zsh/_kgforge DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${KGFORGE_COMPLETIONS_DIR}/fish/kgforge.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
