// SPDX-License-Identifier: MIT
// kgforge ontology [--to ttl|md] [-o FILE] : the ontology in use (bundled, plus
// --ontology files, or --ontology-only), as Turtle (through the Turtle exporter, the
// same bytes as the ontology part of `export --with-ontology`) or as a Markdown reference.
#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "exporters/ontology_markdown.hpp"

namespace kgforge::cli {

namespace {

class OntologyCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("ontology", "Print the ontology in use as Turtle or as a Markdown reference");
    sub->footer(
        "Examples: kgforge ontology --to md -o docs/ontology.md\n"
        "          kgforge ontology --ontology mine.ttl --to ttl");
    sub->add_option("--to", format_, "ttl (Turtle, the default) or md (Markdown)")
        ->transform(CLI::IsMember({"ttl", "turtle", "md", "markdown"}, CLI::ignore_case));
    sub->add_option("-o,--output", output_, "Output file ('-' or absent: stdout); written atomically");
    sub->add_option("--ontology", input_.ontology_files, "Turtle file of extra classes and properties (repeatable)");
    sub->add_option("--ontology-only", input_.ontology_only, "Turtle ontology that replaces the bundled one");
    return sub;
  }

  int run() override {
    Diagnostics diags;
    const ontology::Ontology onto = load_ontology(input_, diags);
    if (!diags.has_errors()) ontology::check_ontology(onto, diags);
    if (!diags.items().empty()) print_diagnostics(diags, "text");
    if (diags.has_errors()) return kExitInputErrors;
    if (format_ == "md" || format_ == "markdown") {
      write_output(output_, [&](std::ostream& out) { exporters::write_ontology_markdown(onto, out); });
      return kExitOk;
    }
    // The ontology's triples alone: an empty KB with --with-ontology.
    const graph::KnowledgeGraph no_kb;
    exporters::ExportOptions options;
    options.ontology = &onto;
    options.with_ontology = true;
    write_export(no_kb, "turtle", options, output_);
    return kExitOk;
  }

 private:
  std::string format_ = "ttl";
  std::string output_;
  InputOptions input_;
};

}  // namespace

std::unique_ptr<Command> make_ontology_command() { return std::make_unique<OntologyCommand>(); }

}  // namespace kgforge::cli
