// SPDX-License-Identifier: MIT
// kgforge convert IN OUT [--from turtle|ntriples|rdfxml] [--to FORMAT] [--base IRI]
// Lossless RDF -> RDF (docs/rdf-mapping.md). Between N-Triples, N-Quads, Turtle and
// TriG it streams: each statement goes from the reader to exporters::RdfStreamWriter,
// no graph is built and memory does not grow with the input. Otherwise (RDF/XML in or
// out, --entail, --qualifiers star) the RDF importer in keep-triples mode builds the
// graph, then a writer with raw lexical forms writes it.
#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "cli/rdf_options.hpp"
#include "core/error.hpp"
#include "core/formats.hpp"
#include "core/input_file.hpp"
#include "exporters/rdf_stream_writer.hpp"
#include "graph/iri.hpp"
#include "importers/ntriples_reader.hpp"
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
    add_rdf_options(sub, rdf_);
    return sub;
  }

  int run() override {
    const std::string syntax = input_syntax(from_, input_);
    const std::string format = output_format();
    exporters::ExportOptions export_options;
    export_options.raw_literals = true;
    apply_rdf_options(rdf_, export_options);
    if (importers::serd_reads(syntax) && exporters::RdfStreamWriter::writes(format) && !export_options.entail &&
        !export_options.star_qualifiers) {
      return stream(syntax, format);
    }
    std::optional<ontology::Ontology> onto;  // --entail: the bundled ontology's alignment
    if (export_options.entail) {
      Diagnostics ontology_diags;
      onto.emplace(load_ontology(InputOptions{}, ontology_diags));
      export_options.ontology = &*onto;
    }
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
    write_export(graph, format, export_options, output_);
    return kExitOk;
  }

 private:
  // The streaming path: reader -> checks -> RdfStreamWriter, into the atomic output.
  int stream(const std::string& syntax, const std::string& format) {
    importers::ImportOptions options;
    options.base_iri = base_;
    Diagnostics diags(options.max_errors);
    struct InputHasErrors {};  // abandons the output: nothing is committed
    try {
      InputFile in(input_);  // regular files and "-" only; streamed
      write_output(output_, [&](std::ostream& out) {
        exporters::RdfStreamWriter writer(format, out);
        StatementCheck check(diags, in.name());
        importers::RdfSink sink;
        sink.statement = [&](const importers::RdfTerm& s, const importers::RdfTerm& p, const importers::RdfTerm& o,
                             const importers::RdfTerm* g, std::uint32_t line, std::uint32_t column) {
          const bool ok = check.term(s, line, column) & check.term(p, line, column) & check.term(o, line, column) &
                          (g == nullptr || check.term(*g, line, column));
          if (!ok || diags.has_errors()) return;  // the output will not be kept: stop writing
          const exporters::RdfTerm eg = out_term(g != nullptr ? *g : s);
          writer.statement(out_term(s), out_term(p), out_term(o), g != nullptr ? &eg : nullptr);
        };
        sink.prefix = [&](std::string_view name, std::string_view iri) { writer.prefix(name, iri); };
        importers::parse_rdf(syntax, in.stream(), in.name(), sink, diags, options);
        in.throw_if_failed();
        if (diags.has_errors()) throw InputHasErrors{};
        writer.finish();
      });
    } catch (const InputHasErrors&) {
      diags.sort();
      print_diagnostics(diags, "text");
      return kExitInputErrors;
    }
    return kExitOk;
  }

  // What the graph path refuses, found statement by statement: the importer's term
  // rules (importers::term_problem) and the writers' IRI rule (graph::iri_problem).
  class StatementCheck {
   public:
    StatementCheck(Diagnostics& diags, std::string source) : diags_(diags), source_(std::move(source)) {}
    bool term(const importers::RdfTerm& t, std::uint32_t line, std::uint32_t column) {
      if (std::optional<importers::TermProblem> problem = importers::term_problem(t)) {
        diags_.error({source_, line, column}, problem->code, std::move(problem->message));
        return false;
      }
      if (t.kind == importers::RdfTerm::Kind::kIri) return iri(t.text, line, column);
      if (t.kind == importers::RdfTerm::Kind::kLiteral && !t.datatype.empty()) return iri(t.datatype, line, column);
      return true;
    }

   private:
    bool iri(std::string_view text, std::uint32_t line, std::uint32_t column) {
      if (text == last_good_) return true;  // predicates and datatypes repeat
      if (std::optional<std::string> problem = graph::iri_problem(text)) {
        diags_.error({source_, line, column}, "bad-iri", "<" + std::string(text) + "> cannot be written: " + *problem);
        return false;
      }
      last_good_.assign(text);
      return true;
    }
    Diagnostics& diags_;
    std::string source_;
    std::string last_good_;
  };

  static exporters::RdfTerm out_term(const importers::RdfTerm& t) {
    exporters::RdfTerm out;
    out.kind = t.kind == importers::RdfTerm::Kind::kIri     ? exporters::RdfTerm::Kind::kIri
               : t.kind == importers::RdfTerm::Kind::kBlank ? exporters::RdfTerm::Kind::kBlank
                                                            : exporters::RdfTerm::Kind::kLiteral;
    out.text = t.text;
    out.datatype = t.datatype;
    out.language = t.language;
    return out;
  }

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
  RdfCliOptions rdf_;
};

}  // namespace

std::unique_ptr<Command> make_convert_command() { return std::make_unique<ConvertCommand>(); }

}  // namespace kgforge::cli
