// SPDX-License-Identifier: MIT
// kgforge export KB... --to FORMAT [-o FILE]
#include <CLI/CLI.hpp>

#include "cli/analysis_options.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"

namespace kgforge::cli {

namespace {

class ExportCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("export", "Export the graph in one format (stdout unless -o is given)");
    sub->footer("Example: kgforge export kb.yaml --to turtle -o kb.ttl\n"
                "Formats: " + formats());
    add_input_options(sub, input_, /*kb_required=*/false);
    sub->add_option("--to", format_, "Output format: " + formats())->required();
    sub->add_option("-o,--output", output_, "Output file ('-' or absent: stdout); written atomically");
    sub->add_flag("--with-ontology", options_.with_ontology, "RDF: also write the ontology's triples");
    add_view_options(sub, options_, /*diagram=*/true);
    add_annotate_options(sub, annotate_);
    return sub;
  }

  int run() override {
    const std::string format = exporters::canonical_format(format_);
    if (format.empty()) throw FormatError("unknown format '" + format_ + "' (known: " + formats() + ")");
    Loaded loaded = load_inputs(input_, /*allow_default_kb=*/true);
    options_.ontology = &loaded.ontology;
    if (const auto annotations = annotate_graph(loaded.graph, annotate_, &loaded.ontology); annotations && is_rdf_format(format)) {
      add_provenance(loaded.graph, *annotations);
    }
    write_export(loaded.graph, format, options_, output_);
    return kExitOk;
  }

 private:
  static std::string formats() {
    std::string out;
    for (const std::string& name : exporters::exporter_names()) out += (out.empty() ? "" : ", ") + name;
    return out;
  }

  InputOptions input_;
  exporters::ExportOptions options_;
  AnalysisCliOptions annotate_;
  std::string format_;
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace kgforge::cli
