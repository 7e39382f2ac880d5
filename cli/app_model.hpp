// SPDX-License-Identifier: MIT
// The command line as data, read from the CLI11 app itself: what `kgforge completion`
// and `kgforge man` are generated from, so they cannot list an option the parser lacks.
#ifndef KGFORGE_CLI_APP_MODEL_HPP
#define KGFORGE_CLI_APP_MODEL_HPP

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace kgforge::cli {

struct OptionModel {
  std::vector<std::string> names;    ///< "-o", "--output" (empty for a positional)
  std::string positional;            ///< the positional's name ("kb"), else ""
  std::string value;                 ///< "" for a flag, else CLI11's type name ("TEXT", "UINT")
  std::vector<std::string> choices;  ///< the allowed values, if the option has a fixed set
  std::string description;
  bool many = false;  ///< takes several values (or may be repeated)
  bool required = false;
};

struct CommandModel {
  std::string name;  ///< "" for the top level
  std::vector<std::string> aliases;
  std::string description;
  std::string footer;
  std::vector<OptionModel> options;      ///< named options, in help order
  std::vector<OptionModel> positionals;  ///< in order
};

/// The top level first, then every visible subcommand in help order.
std::vector<CommandModel> describe_app(const CLI::App& app);

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_APP_MODEL_HPP
