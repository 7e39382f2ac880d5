// SPDX-License-Identifier: MIT
// kgforge validate KB... [--format text|json]: load, check against the ontology, report.
#include <CLI/CLI.hpp>
#include <iostream>

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
    // --diagnostics (from add_input_options) is the older spelling of --format here.
    add_report_format(sub, input_.diagnostics_format, {"text", "json"});
    return sub;
  }

  int run() override {
    if (input_.diagnostics_format == "json") return report_json();
    const Loaded loaded = load_inputs(input_, /*allow_default_kb=*/false);
    if (!quiet()) {
      std::cerr << "kgforge: ok: " << loaded.graph.node_count() << " entities, " << loaded.graph.edge_count()
                << " relations, " << loaded.diagnostics.warning_count() + loaded.diagnostics.dropped_warnings()
                << " warning(s)\n";
    }
    return kExitOk;
  }

 private:
  // {"valid", "entities", "relations", "errors", "warnings", "diagnostics": [...]} on stdout.
  int report_json() const {
    const Checked checked = check_inputs(input_, /*allow_default_kb=*/false);
    const Diagnostics& d = checked.diagnostics;
    const bool valid = checked.graph && !d.has_errors();
    auto count = [&](std::size_t n) { return checked.graph ? std::to_string(n) : std::string("null"); };
    std::cout << "{\n  \"valid\": " << (valid ? "true" : "false")
              << ",\n  \"entities\": " << count(checked.graph ? checked.graph->node_count() : 0)
              << ",\n  \"relations\": " << count(checked.graph ? checked.graph->edge_count() : 0)
              << ",\n  \"errors\": " << d.error_count() + d.dropped()
              << ",\n  \"warnings\": " << d.warning_count() + d.dropped_warnings() << ",\n  \"diagnostics\": [";
    bool first = true;
    for (const Diagnostic& item : d.items()) {
      if (quiet() && item.severity != Severity::kError) continue;
      std::cout << (first ? "\n    " : ",\n    ") << format_json(item);
      first = false;
    }
    std::cout << (first ? "]\n}\n" : "\n  ]\n}\n") << std::flush;
    return valid ? kExitOk : kExitInputErrors;
  }

  InputOptions input_;
};

}  // namespace

std::unique_ptr<Command> make_validate_command() { return std::make_unique<ValidateCommand>(); }

}  // namespace kgforge::cli
