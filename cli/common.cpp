// SPDX-License-Identifier: MIT
#include "cli/common.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>

#include <CLI/CLI.hpp>

#include "core/formats.hpp"
#include "core/output_file.hpp"
#include "importers/load.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/validate.hpp"

namespace kgforge::cli {

extern const std::string_view kBundledKb;

void add_input_options(CLI::App* sub, InputOptions& options, bool kb_required) {
  auto* kb = sub->add_option("kb", options.kb_files,
                             "Knowledge-base files (" + formats::extensions(formats::readable()) + "), merged into one graph");
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

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path, "cannot open file");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

ontology::Ontology load_ontology(const InputOptions& options, Diagnostics& diags) {
  ontology::Ontology onto;
  if (!options.ontology_only.empty()) {
    onto = importers::read_ontology(read_file(options.ontology_only), options.ontology_only, diags);
  } else {
    onto = importers::bundled_ontology();
  }
  for (const std::string& path : options.ontology_files) {
    onto.add(importers::read_ontology(read_file(path), path, diags));
  }
  return onto;
}

Loaded load_inputs(const InputOptions& options, bool allow_default_kb) {
  Diagnostics diags(options.max_errors);
  ontology::Ontology onto = load_ontology(options, diags);
  if (diags.has_errors()) {
    print_diagnostics(diags, options.diagnostics_format);
    throw ExitCode{kExitInputErrors};
  }
  importers::ImportOptions import_options;
  import_options.max_errors = options.max_errors;
  std::optional<graph::KnowledgeGraph> graph;
  if (options.kb_files.empty() && allow_default_kb) {
    graph = importers::load_sources({{kBundledKbName, std::string(kBundledKb)}}, diags, import_options);
  } else {
    graph = importers::load_files(options.kb_files, diags, import_options);
  }
  if (graph) ontology::validate(*graph, onto, diags);
  if (options.strict) diags.promote_warnings();
  diags.sort();
  if (!graph || diags.has_errors()) {
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

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    std::ostringstream buffer;  // nothing reaches stdout unless the whole output was made
    write(buffer);
    std::cout << buffer.str() << std::flush;
    if (!std::cout) throw IoError("<stdout>", "write failed");
    return;
  }
  OutputFile file(path);
  write(file.stream());
  file.commit();
}

void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, const std::string& path) {
  std::unique_ptr<exporters::Exporter> exporter = exporters::make_exporter(format);
  if (!exporter) throw FormatError("unknown format '" + format + "'");
  write_output(path, [&](std::ostream& out) { exporter->write(graph, options, out); });
}

}  // namespace kgforge::cli
