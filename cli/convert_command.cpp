// SPDX-License-Identifier: MIT
// kgforge convert IN OUT [--from turtle|ntriples|rdfxml] [--to FORMAT] [--base IRI]
// Lossless RDF -> RDF: the RDF importer in keep-triples mode, then a writer with
// raw lexical forms, so the output holds exactly the triples read (docs/rdf-mapping.md).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "core/error.hpp"
#include "core/formats.hpp"
#include "core/input_file.hpp"
#include "importers/rdf_importer.hpp"

namespace kgforge::cli {

namespace {

// Convert reads and writes RDF only: the registry's RDF formats.
const formats::Filter kReads = formats::readable({formats::Kind::kRdf});
const formats::Filter kWrites = formats::writable({formats::Kind::kRdf});

bool has_extension(const std::string& path) {
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.find_last_of('/');
  return dot != std::string::npos && (slash == std::string::npos || dot > slash);
}

// The Raptor parser name (= the registry name) for --from, or for the input's extension.
std::string input_syntax(const std::string& from, const std::string& path) {
  const formats::Format* f = from.empty() ? formats::for_path(path) : formats::find(from);
  if (f != nullptr && kReads.matches(*f)) return std::string(f->name);
  if (from.empty()) throw FormatError("cannot tell the RDF syntax of '" + path + "': give --from");
  throw FormatError("unknown input syntax '" + from + "' (known: " + formats::names(kReads) + ")");
}

class ConvertCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("convert", "Convert RDF to another format, keeping every triple exactly");
    sub->footer(
        "Example: kgforge convert data.ttl data.nt\n"
        "         kgforge convert --from rdfxml --to turtle --base http://example.org/ in.rdf -");
    sub->add_option("input", input_, "Input RDF file ('-' = stdin)")->required();
    sub->add_option("output", output_, "Output file ('-' = stdout); written atomically")->required();
    sub->add_option("--from", from_, "Input syntax: " + formats::names(kReads) + " (default: from the extension)");
    sub->add_option("--to", to_,
                    "Output syntax: " + formats::names(kWrites) +
                        " (default: from the output extension; ntriples for stdout or no extension)");
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
    {
      InputFile in(input_);  // regular files and "-" only; streamed
      importer.read(in.stream(), in.name(), graph, diags, options);
      in.throw_if_failed();
    }
    if (diags.has_errors()) {
      diags.sort();
      print_diagnostics(diags, "text");
      return kExitInputErrors;
    }
    exporters::ExportOptions export_options;
    export_options.raw_literals = true;
    write_export(graph, format, export_options, output_);
    return kExitOk;
  }

 private:
  // --to, else the output's extension, else (stdout, or no extension) N-Triples.
  std::string output_format() const {
    if (to_.empty() && (output_ == "-" || !has_extension(output_))) return "ntriples";
    const formats::Format* f = to_.empty() ? formats::for_path(output_) : formats::find(to_);
    if (f != nullptr && kWrites.matches(*f)) return std::string(f->name);
    const std::string what = to_.empty() ? "cannot tell an RDF format from the name '" + output_ + "'"
                                         : "convert cannot write '" + to_ + "'";
    throw FormatError(what + "; convert writes " + formats::names(kWrites) + " (give --to)");
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
