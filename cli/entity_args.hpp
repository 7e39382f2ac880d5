// SPDX-License-Identifier: MIT
// Commands that take KB files followed by entity names (path, neighbours):
// `kgforge path [KB...] A B`. With no KB file the bundled CEOP KB is used.
#ifndef KGFORGE_CLI_ENTITY_ARGS_HPP
#define KGFORGE_CLI_ENTITY_ARGS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cli/common.hpp"

namespace kgforge::cli {

/// The input options of add_input_options, with one positional list for the KB files
/// and the entities together.
void add_entity_args(CLI::App* sub, InputOptions& input, std::vector<std::string>& args, const std::string& help);

/// Moves all but the last `entities` arguments into input.kb_files (each must be a
/// readable file or '-') and returns the entity arguments. Throws ExitCode{2} on a
/// missing argument, IoError on an unreadable file.
std::vector<std::string> split_entity_args(InputOptions& input, const std::vector<std::string>& args,
                                           std::size_t entities);

/// resolve_entity: throws UsageError (with suggestions) for an unknown entity.
graph::NodeId resolve_or_exit(const graph::KnowledgeGraph& g, std::string_view text);

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_ENTITY_ARGS_HPP
