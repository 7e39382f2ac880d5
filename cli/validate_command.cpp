// SPDX-License-Identifier: MIT
// kgforge validate KB... : load, check against the ontology, report.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/common.hpp"

namespace kgforge::cli {

namespace {

class ValidateCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("validate", "Check knowledge-base files against the ontology");
    sub->footer("Example: kgforge validate kb.yaml more.yaml --strict --format json");
    add_input_options(sub, input_, /*kb_required=*/true);
    sub->add_option("--format", input_.diagnostics_format, "Diagnostics format: text or json")
        ->transform(CLI::IsMember({"text", "json"}, CLI::ignore_case));
    return sub;
  }

  int run() override {
    const Loaded loaded = load_inputs(input_, /*allow_default_kb=*/false);
    if (input_.diagnostics_format == "json") {
      if (loaded.diagnostics.items().empty()) print_diagnostics(loaded.diagnostics, "json");
    } else if (!input_.quiet) {
      std::cerr << "kgforge: ok: " << loaded.graph.node_count() << " entities, " << loaded.graph.edge_count()
                << " relations, " << loaded.diagnostics.warning_count() << " warning(s)\n";
    }
    return kExitOk;
  }

 private:
  InputOptions input_;
};

}  // namespace

std::unique_ptr<Command> make_validate_command() { return std::make_unique<ValidateCommand>(); }

}  // namespace kgforge::cli
