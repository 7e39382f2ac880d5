// SPDX-License-Identifier: MIT
// kgforge convert IN OUT [--from turtle|ntriples|rdfxml] [--to FORMAT] [--base IRI]
// Lossless RDF -> RDF: the RDF importer in keep-triples mode, then a writer with
// raw lexical forms, so the output holds exactly the triples read (docs/rdf-mapping.md).
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "core/error.hpp"
#include "core/input_file.hpp"
#include "importers/rdf_importer.hpp"

namespace kgforge::cli {

namespace {

std::string extension_of(const std::string& path) {
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return path.substr(dot + 1);
}

// The Raptor parser name for --from, or for the input's extension.
std::string input_syntax(const std::string& from, const std::string& path) {
  const std::string name = from.empty() ? extension_of(path) : from;
  if (name == "turtle" || name == "ttl") return "turtle";
  if (name == "ntriples" || name == "nt") return "ntriples";
  if (name == "rdfxml" || name == "rdf" || name == "owl" || name == "xml") return "rdfxml";
  if (from.empty()) throw FormatError("cannot tell the RDF syntax of '" + path + "': give --from");
  throw FormatError("unknown input syntax '" + from + "' (known: turtle, ntriples, rdfxml)");
}

class ConvertCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("convert", "Convert RDF to another format, keeping every triple exactly");
    sub->footer("Example: kgforge convert data.ttl data.nt\n"
                "         kgforge convert --from rdfxml --to turtle --base http://example.org/ in.rdf -");
    sub->add_option("input", input_, "Input RDF file ('-' = stdin)")->required();
    sub->add_option("output", output_, "Output file ('-' = stdout); written atomically")->required();
    sub->add_option("--from", from_, "Input syntax: turtle, ntriples, rdfxml (default: from the extension)");
    sub->add_option("--to", to_, "Output format (default: from the output extension, else ntriples)");
    sub->add_option("--base", base_, "Base IRI for relative IRIs (default: none; a relative IRI is an error)");
    return sub;
  }

  int run() override {
    const std::string syntax = input_syntax(from_, input_);
    const std::string format = output_format();
    graph::KnowledgeGraph graph;
    Diagnostics diags;
    importers::ImportOptions options;
    options.base_iri = base_;
    const importers::RdfImporter importer(syntax, /*keep_triples=*/true);
    const std::string name = input_ == "-" ? "<stdin>" : input_;
    {
      std::istringstream in(read_input_file(input_));  // regular files and "-" only, bounded
      importer.read(in, name, graph, diags, options);
    }
    if (diags.has_errors()) {
      diags.sort();
      print_diagnostics(diags, "text");
      return kExitDataErr;
    }
    exporters::ExportOptions export_options;
    export_options.raw_literals = true;
    write_export(graph, format, export_options, output_);
    return kExitOk;
  }

 private:
  std::string output_format() const {
    std::string wanted = to_;
    if (wanted.empty()) {
      wanted = exporters::canonical_format(extension_of(output_));
      if (wanted.empty()) wanted = "ntriples";
    }
    const std::string format = exporters::canonical_format(wanted);
    if (format.empty()) throw FormatError("unknown format '" + wanted + "'");
    return format;
  }

  std::string input_;
  std::string output_;
  std::string from_;
  std::string to_;
  std::string base_;
};

}  // namespace

std::unique_ptr<Command> make_convert_command() { return std::make_unique<ConvertCommand>(); }

}  // namespace kgforge::cli
