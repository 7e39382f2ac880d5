// SPDX-License-Identifier: MIT
// kgforge export KB... --to FORMAT [-o FILE]
#include <CLI/CLI.hpp>

#include "cli/analysis_options.hpp"
#include "cli/bulk_output.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "cli/graph_text.hpp"
#include "cli/rdf_options.hpp"
#include "core/formats.hpp"

namespace kgforge::cli {

namespace {

class ExportCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("export", "Export the graph in one format (stdout unless -o is given)");
    sub->footer(
        "Example: kgforge export kb.yaml --to turtle -o kb.ttl\n"
        "Formats: " +
        format_list());
    add_input_options(sub, input_, /*kb_required=*/false);
    sub->add_option("--to", format_, "Output format: " + format_list())->required();
    sub->add_option("-o,--output", output_, "Output file ('-' or absent: stdout); written atomically");
    sub->add_flag("--with-ontology", options_.with_ontology, "RDF: also write the ontology's triples");
    sub->add_option("--gexf-version", options_.gexf_version, "GEXF: 1.3 (default) or 1.2 (1.2draft, for NetworkX)")
        ->check(CLI::IsMember({"1.3", "1.2"}));
    add_view_options(sub, options_, /*diagram=*/true);
    add_rdf_options(sub, rdf_);
    add_annotate_options(sub, annotate_);
    add_bulk_options(sub, bulk_);
    return sub;
  }

  int run() override {
    const formats::Format* found = formats::find(format_);
    if (found == nullptr || !found->write)
      throw FormatError("unknown format '" + format_ + "' (known: " + format_list() + ")");
    const std::string format(found->name);
    Loaded loaded = load_inputs(input_, /*allow_default_kb=*/true);
    options_.ontology = &loaded.ontology;
    apply_rdf_options(rdf_, options_);
    annotate_.include_sources = options_.include_sources;
    if (const auto annotations = annotate_graph(loaded.graph, annotate_, &loaded.ontology);
        annotations && found->kind == formats::Kind::kRdf) {
      add_provenance(loaded.graph, *annotations);
    }
    if (bulk_.wanted()) {
      write_bulk(loaded.graph, format, options_, output_, bulk_);
    } else {
      write_export(loaded.graph, format, options_, output_);
    }
    return kExitOk;
  }

 private:
  static std::string format_list() { return formats::names(formats::writable()); }

  InputOptions input_;
  exporters::ExportOptions options_;
  AnalysisCliOptions annotate_;
  RdfCliOptions rdf_;
  BulkOptions bulk_;
  std::string format_;
  std::string output_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace kgforge::cli
