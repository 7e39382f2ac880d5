// SPDX-License-Identifier: MIT
// kgforge: the command-line entry point. Parses with CLI11, runs one subcommand and
// maps exceptions to exit codes (cli/conventions.cpp); the commands themselves live in
// *_command.cpp.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "kgforge_version.hpp"

namespace {

using kgforge::cli::CommandFactory;

// The one table that lists every subcommand, in the order --help shows them.
constexpr CommandFactory kCommands[] = {
    kgforge::cli::make_build_command,   kgforge::cli::make_validate_command,   kgforge::cli::make_stats_command,
    kgforge::cli::make_export_command,  kgforge::cli::make_ontology_command,   kgforge::cli::make_render_command,
    kgforge::cli::make_analyze_command, kgforge::cli::make_path_command,       kgforge::cli::make_neighbours_command,
    kgforge::cli::make_convert_command, kgforge::cli::make_completion_command, kgforge::cli::make_man_command,
};

constexpr const char* kFooter = R"(Examples:
  kgforge build                          build the bundled CEOP graph into ./out/
  kgforge validate my-kb.yaml --strict   check a knowledge base against the ontology
  kgforge stats my-kb.yaml --format json entities, relations, sources, components
  kgforge export my-kb.yaml --to turtle -o kb.ttl
  kgforge render my-kb.yaml -o kb.svg --focus ceop --depth 2
  kgforge analyze my-kb.yaml --top 10    PageRank, betweenness, ... (NetworkX's definitions)
  kgforge path my-kb.yaml alice nca      how two entities are connected

'-' as a KB reads stdin (YAML unless --from says otherwise). -q prints errors only.
--format json: stats, validate, analyze, path, neighbours. Shell completion:
kgforge completion bash|zsh|fish. Manual: man kgforge. Docs: README.md and docs/.
)";

std::string footer() {
  std::string out = kFooter;
  out += "Exit codes:";
  for (const kgforge::cli::ExitCodeRow& row : kgforge::cli::kExitCodeTable) {
    out += "\n  " + std::to_string(row.code) + std::string(row.code < 10 ? "   " : "  ") + row.meaning;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kgforge " KGFORGE_VERSION
               " - build a knowledge graph from YAML and RDF, check it against an ontology, "
               "analyse it and export it as RDF, GraphML, DOT and rendered diagrams",
               "kgforge"};
  app.set_version_flag("-V,--version", "kgforge " KGFORGE_VERSION);
  app.require_subcommand(1, 1);
  app.footer(footer());
  app.get_formatter()->column_width(34);
  kgforge::cli::add_quiet_flag(&app);

  std::vector<std::unique_ptr<kgforge::cli::Command>> commands;
  std::vector<CLI::App*> subs;
  for (CommandFactory make : kCommands) {
    commands.push_back(make());
    subs.push_back(commands.back()->add_to(app));
    kgforge::cli::add_quiet_flag(subs.back());
  }

  try {
    if (!kgforge::cli::check_names(app, argc, argv)) return kgforge::cli::kExitUsage;
    app.parse(argc, argv);
    kgforge::cli::install_progress();
    for (std::size_t i = 0; i < commands.size(); ++i) {
      if (subs[i]->parsed()) return commands[i]->run();
    }
  } catch (...) {
    return kgforge::cli::exit_code_for_current_exception(app);
  }
  return kgforge::cli::kExitUsage;
}
