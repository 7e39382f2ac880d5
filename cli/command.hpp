// SPDX-License-Identifier: MIT
// One subcommand of the kgforge CLI. Each lives in its own cli/<name>_command.cpp
// and is listed once in main.cpp's kCommands table.
#ifndef KGFORGE_CLI_COMMAND_HPP
#define KGFORGE_CLI_COMMAND_HPP

#include <memory>

namespace CLI {
class App;
}

namespace kgforge::cli {

class Command {
 public:
  virtual ~Command() = default;
  /// Adds the subcommand and its options to `app`; returns the subcommand.
  virtual CLI::App* add_to(CLI::App& app) = 0;
  /// Runs the command after parsing; returns the process exit code.
  virtual int run() = 0;
};

using CommandFactory = std::unique_ptr<Command> (*)();

std::unique_ptr<Command> make_build_command();
std::unique_ptr<Command> make_validate_command();
std::unique_ptr<Command> make_stats_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_ontology_command();
std::unique_ptr<Command> make_render_command();
std::unique_ptr<Command> make_analyze_command();
std::unique_ptr<Command> make_path_command();
std::unique_ptr<Command> make_neighbours_command();
std::unique_ptr<Command> make_convert_command();
std::unique_ptr<Command> make_completion_command();
std::unique_ptr<Command> make_man_command();

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_COMMAND_HPP
