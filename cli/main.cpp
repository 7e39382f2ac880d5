// SPDX-License-Identifier: MIT
// kgforge: the command-line entry point. Parses with CLI11, runs one subcommand and
// maps exceptions to exit codes; the commands themselves live in *_command.cpp.
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "kgforge_version.hpp"

namespace {

using kgforge::cli::CommandFactory;

// The one table that lists every subcommand, in the order --help shows them.
constexpr CommandFactory kCommands[] = {
    kgforge::cli::make_build_command,
    kgforge::cli::make_validate_command,
    kgforge::cli::make_stats_command,
    kgforge::cli::make_export_command,
    kgforge::cli::make_ontology_command,
    kgforge::cli::make_render_command,
    kgforge::cli::make_analyze_command,
    kgforge::cli::make_path_command,
    kgforge::cli::make_neighbours_command,
    kgforge::cli::make_convert_command,
};

constexpr const char* kFooter = R"(Examples:
  kgforge build                          build the bundled CEOP graph into ./out/
  kgforge validate my-kb.yaml --strict   check a knowledge base against the ontology
  kgforge stats my-kb.yaml --json        entities, relations, sources, components
  kgforge export my-kb.yaml --to turtle -o kb.ttl
  kgforge render my-kb.yaml -o kb.svg --focus ceop --depth 2
  kgforge analyze my-kb.yaml --top 10    PageRank, betweenness, ... (NetworkX's definitions)
  kgforge path my-kb.yaml alice nca      how two entities are connected

Exit codes: 0 ok, 1 the input has errors, 2 usage, 65 unreadable data, 74 I/O failure.
Docs: README.md and docs/ in the source tree.)";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kgforge " KGFORGE_VERSION " - build a knowledge graph from YAML and RDF, check it against an ontology, "
               "analyse it and export it as RDF, GraphML, DOT and rendered diagrams",
               "kgforge"};
  app.set_version_flag("-V,--version", "kgforge " KGFORGE_VERSION);
  app.require_subcommand(1, 1);
  app.footer(kFooter);
  app.get_formatter()->column_width(34);

  std::vector<std::unique_ptr<kgforge::cli::Command>> commands;
  std::vector<CLI::App*> subs;
  for (CommandFactory make : kCommands) {
    commands.push_back(make());
    subs.push_back(commands.back()->add_to(app));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kgforge::cli::kExitOk : kgforge::cli::kExitUsage;
  }

  try {
    for (std::size_t i = 0; i < commands.size(); ++i) {
      if (subs[i]->parsed()) return commands[i]->run();
    }
  } catch (const kgforge::cli::ExitCode& exit) {
    return exit.code;
  } catch (const kgforge::ParseError& e) {
    std::cerr << kgforge::printable(e.what()) << '\n';
    return kgforge::cli::kExitDataErr;
  } catch (const kgforge::IoError& e) {
    std::cerr << "kgforge: " << kgforge::printable(e.what()) << '\n';
    return kgforge::cli::kExitIoErr;
  } catch (const std::filesystem::filesystem_error& e) {  // creating a folder, a file's size...
    std::cerr << "kgforge: " << kgforge::printable(e.path1().string()) << ": " << e.code().message() << '\n';
    return kgforge::cli::kExitIoErr;
  } catch (const kgforge::UsageError& e) {  // FormatError too
    std::cerr << "kgforge: " << kgforge::printable(e.what()) << '\n';
    return kgforge::cli::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "kgforge: error: " << kgforge::printable(e.what()) << '\n';
    return kgforge::cli::kExitDataErr;
  }
  return kgforge::cli::kExitUsage;
}
