// SPDX-License-Identifier: MIT
#include "cli/common.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string_view>

#include <CLI/CLI.hpp>

#include "core/input_file.hpp"
#include "core/output_file.hpp"
#include "exporters/exportable.hpp"
#include "importers/load.hpp"
#include "ontology/validate.hpp"

namespace kgforge::cli {

extern const std::string_view kBundledKb;

void add_input_options(CLI::App* sub, InputOptions& options, bool kb_required) {
  auto* kb = sub->add_option("kb", options.kb_files, "Knowledge-base files (.yaml, .ttl, .nt, .rdf), merged into one graph");
  kb->check(CLI::ExistingFile);
  if (kb_required) kb->required();
  sub->add_option("--ontology", options.ontology_files, "Turtle file of extra classes and properties (repeatable)")
      ->check(CLI::ExistingFile);
  sub->add_option("--ontology-only", options.ontology_only, "Turtle ontology that replaces the bundled one")
      ->check(CLI::ExistingFile);
  sub->add_flag("--strict", options.strict, "Treat warnings as errors");
  sub->add_option("--max-errors", options.max_errors, "Stop reporting after this many errors")
      ->check(CLI::Range(1, 1000000));
  sub->add_option("--diagnostics", options.diagnostics_format, "How problems are printed: text or json")
      ->transform(CLI::IsMember({"text", "json"}, CLI::ignore_case));
  sub->add_flag("-q,--quiet", options.quiet, "Print errors only, no warnings or summary");
  sub->add_option("--max-input-size", options.max_input_size,
                  "Refuse an input file longer than this (bytes, or with K, M, G; default 1G)")
      ->check(CLI::Validator(
          [](std::string& v) {
            try {
              parse_byte_size(v);
              return std::string();
            } catch (const std::exception& e) {
              return std::string(e.what());
            }
          },
          "SIZE"));
}

void print_diagnostics(const Diagnostics& diags, const std::string& format) {
  if (format == "json") {
    std::cerr << "[";
    bool first = true;
    for (const Diagnostic& d : diags.items()) {
      std::cerr << (first ? "\n  " : ",\n  ") << format_json(d);
      first = false;
    }
    std::cerr << (first ? "]\n" : "\n]\n");
    return;
  }
  for (const Diagnostic& d : diags.items()) std::cerr << format_text(d) << '\n';
  if (diags.truncated()) {
    std::cerr << "kgforge: stopped after " << diags.limit() << " errors (" << diags.dropped()
              << " more not shown; raise --max-errors)\n";
  }
}

namespace {

ontology::Ontology load_ontology(const InputOptions& options, Diagnostics& diags) {
  const std::uint64_t max = parse_byte_size(options.max_input_size);
  ontology::Ontology onto;
  if (!options.ontology_only.empty()) {
    onto = ontology::Ontology::from_turtle(read_input_file(options.ontology_only, max), options.ontology_only, diags);
  } else {
    onto = ontology::Ontology::bundled();
  }
  for (const std::string& path : options.ontology_files) {
    onto.add(ontology::Ontology::from_turtle(read_input_file(path, max), path, diags));
  }
  return onto;
}

}  // namespace

Loaded load_inputs(const InputOptions& options, bool allow_default_kb) {
  Diagnostics diags(options.max_errors);
  ontology::Ontology onto = load_ontology(options, diags);
  if (diags.has_errors()) {
    print_diagnostics(diags, options.diagnostics_format);
    throw ExitCode{kExitInputErrors};
  }
  importers::ImportOptions import_options;
  import_options.max_errors = options.max_errors;
  import_options.max_input_bytes = parse_byte_size(options.max_input_size);
  std::vector<importers::SourceText> sources;
  if (options.kb_files.empty() && allow_default_kb) {
    sources.push_back({kBundledKbName, std::string(kBundledKb)});
  } else {
    sources = importers::read_sources(options.kb_files, import_options);
  }
  // The checks run on what could be read even after errors, so one run shows every problem.
  std::optional<graph::KnowledgeGraph> graph = importers::load_sources_partial(sources, diags, import_options);
  sources.clear();
  ontology::validate(*graph, onto, diags);
  exporters::check_exportable(*graph, diags);  // so that a valid KB writes every format
  if (options.strict) diags.promote_warnings();
  diags.sort();
  if (diags.has_errors()) {
    print_diagnostics(diags, options.diagnostics_format);
    if (options.diagnostics_format == "text") {
      std::cerr << "kgforge: " << diags.error_count() + diags.dropped() << " error(s), " << diags.warning_count()
                << " warning(s); nothing was written\n";
    }
    throw ExitCode{kExitInputErrors};
  }
  if (!options.quiet && !diags.items().empty()) print_diagnostics(diags, options.diagnostics_format);
  return Loaded{std::move(*graph), std::move(onto), std::move(diags)};
}

void add_view_options(CLI::App* sub, exporters::ExportOptions& options, bool diagram) {
  sub->add_option("--focus", options.focus, "Only the ego network of this entity (id, IRI or name)");
  sub->add_option("--depth", options.depth, "Radius of the --focus ego network")->check(CLI::Range(0, 100));
  sub->add_option("--as-of", options.as_of, "Only what held on this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  sub->add_option("--classes", options.classes, "Only entities of these classes (comma-separated)")->delimiter(',');
  if (!diagram) return;
  sub->add_flag("--cluster", options.cluster, "Draw units inside their parent organisation");
  sub->add_option("--rankdir", options.rankdir, "Graphviz rank direction")
      ->transform(CLI::IsMember({"TB", "LR", "BT", "RL"}, CLI::ignore_case));
  sub->add_option("--layout", options.layout, "Graphviz layout engine (default: chosen by the size of the view)")
      ->transform(CLI::IsMember({"dot", "neato", "sfdp", "circo", "fdp", "twopi"}, CLI::ignore_case));
}

void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, const std::string& path) {
  std::unique_ptr<exporters::Exporter> exporter = exporters::make_exporter(format);
  if (!exporter) throw FormatError("unknown format '" + format + "'");
  if (path.empty() || path == "-") {
    std::ostringstream buffer;  // nothing reaches stdout unless the whole export succeeds
    exporter->write(graph, options, buffer);
    errno = 0;
    std::cout << buffer.str() << std::flush;
    if (!std::cout) throw IoError("<stdout>", std::string("cannot write: ") + std::strerror(errno != 0 ? errno : EIO));
    return;
  }
  OutputFile file(path);
  write_export(graph, format, options, file);
  file.commit();
}

void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, OutputFile& file) {
  std::unique_ptr<exporters::Exporter> exporter = exporters::make_exporter(format);
  if (!exporter) throw FormatError("unknown format '" + format + "'");
  try {
    exporter->write(graph, options, file.stream());
  } catch (const Error&) {
    file.throw_if_failed();  // a writer that saw its stream fail: say why, with the path
    throw;
  }
  file.throw_if_failed();
}

}  // namespace kgforge::cli
