// SPDX-License-Identifier: MIT
#include "cli/common.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <streambuf>
#include <string_view>

#include "core/formats.hpp"
#include "core/input_file.hpp"
#include "core/output_file.hpp"
#include "core/progress.hpp"
#include "exporters/exportable.hpp"
#include "importers/load.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/validate.hpp"

namespace kgforge::cli {

extern const std::string_view kBundledKb;

void add_input_options(CLI::App* sub, InputOptions& options, bool kb_required) {
  auto* kb = sub->add_option(
      "kb", options.kb_files,
      "Knowledge-base files (" + formats::extensions(formats::readable()) + "; '-' = stdin), merged into one graph");
  if (kb_required) kb->required();
  std::vector<std::string> readable;  // the registry's readable formats (core/formats.cpp)
  for (const formats::Format* f : formats::select(formats::readable())) readable.emplace_back(f->name);
  sub->add_option("--from", options.from,
                  "Format of the KB inputs: " + formats::names(formats::readable()) +
                      " (default: from each file's extension; yaml for '-')")
      ->transform(CLI::IsMember(readable, CLI::ignore_case));
  sub->add_option("--id-column", options.id_column, "Tables: the node id column (default: id, node_id)");
  sub->add_option("--source-column", options.source_column,
                  "Tables: the edge source column (default: subject, source, from)");
  sub->add_option("--target-column", options.target_column,
                  "Tables: the edge target column (default: object, target, to)");
  sub->add_option("--predicate-column", options.predicate_column,
                  "Tables: the edge predicate column (default: predicate, relation, edge_label, else Label)");
  sub->add_option("--ontology", options.ontology_files, "Turtle file of extra classes and properties (repeatable)");
  sub->add_option("--ontology-only", options.ontology_only, "Turtle ontology that replaces the bundled one");
  sub->add_flag("--strict", options.strict, "Treat warnings as errors");
  sub->add_option("--max-errors", options.max_errors, "Stop reporting after this many errors")
      ->check(CLI::Range(1, 1000000));
  sub->add_option("--max-warnings", options.max_warnings,
                  "Show at most this many distinct warnings (one per term, with its count)")
      ->check(CLI::Range(0, 1000000));
  sub->add_option("--diagnostics", options.diagnostics_format, "How problems are printed: text or json")
      ->transform(CLI::IsMember({"text", "json"}, CLI::ignore_case));
  sub->add_option("--max-input-size", options.max_input_size,
                  "Refuse a YAML or ontology file, or piped stdin, longer than this (bytes, or with K, M, G; "
                  "default 1G; streamed RDF files are not bounded)")
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
  auto shown = [](const Diagnostic& d) { return !quiet() || d.severity == Severity::kError; };
  if (format == "json") {
    std::cerr << "[";
    bool first = true;
    for (const Diagnostic& d : diags.items()) {
      if (!shown(d)) continue;
      std::cerr << (first ? "\n  " : ",\n  ") << format_json(d);
      first = false;
    }
    std::cerr << (first ? "]\n" : "\n]\n");
    return;
  }
  for (const Diagnostic& d : diags.items()) {
    if (shown(d)) std::cerr << format_text(d) << '\n';
  }
  if (diags.dropped() > 0) {
    std::cerr << "kgforge: stopped after " << diags.limit() << " errors (" << with_commas(diags.dropped())
              << " more not shown; raise --max-errors)\n";
  }
  if (diags.dropped_warnings() > 0 && !quiet()) {
    std::cerr << "kgforge: " << with_commas(diags.dropped_warnings()) << " more warnings not shown (past "
              << diags.warning_limit() << " distinct; raise --max-warnings)\n";
  }
}

std::string read_input(const std::string& path, std::uint64_t max_bytes) { return read_input_file(path, max_bytes); }

ontology::Ontology load_ontology(const InputOptions& options, Diagnostics& diags) {
  const std::uint64_t max = parse_byte_size(options.max_input_size);
  ontology::Ontology onto;
  if (!options.ontology_only.empty()) {
    onto = importers::read_ontology(read_input_file(options.ontology_only, max), options.ontology_only, diags);
  } else {
    onto = importers::bundled_ontology();
  }
  for (const std::string& path : options.ontology_files) {
    onto.add(importers::read_ontology(read_input_file(path, max), path, diags));
  }
  return onto;
}

Checked check_inputs(const InputOptions& options, bool allow_default_kb) {
  Diagnostics diags(options.max_errors, options.max_warnings);
  ontology::Ontology onto = load_ontology(options, diags);
  if (diags.has_errors()) return Checked{std::nullopt, std::move(onto), std::move(diags)};
  importers::ImportOptions import_options;
  import_options.max_errors = options.max_errors;
  import_options.max_input_bytes = parse_byte_size(options.max_input_size);
  import_options.ontology = &onto;
  import_options.table_columns = {options.id_column, options.source_column, options.target_column,
                                  options.predicate_column};
  // The checks run on what could be read even after errors, so one run shows every problem.
  std::optional<graph::KnowledgeGraph> graph;
  if (options.kb_files.empty() && allow_default_kb) {
    graph = importers::load_sources_partial({{kBundledKbName, std::string(kBundledKb)}}, diags, import_options);
  } else {
    std::vector<importers::SourceFile> files;
    for (const std::string& path : options.kb_files) {
      // '-' has no extension to tell its format: YAML unless --from says otherwise.
      files.push_back({path, !options.from.empty() ? options.from : path == "-" ? "yaml" : ""});
    }
    graph = importers::load_files_partial(files, diags, import_options);
  }
  ontology::validate(*graph, onto, diags);
  exporters::check_exportable(*graph, diags);  // so that a valid KB writes every format
  if (options.strict) diags.promote_warnings();
  diags.sort();
  return Checked{std::move(graph), std::move(onto), std::move(diags)};
}

Loaded load_inputs(const InputOptions& options, bool allow_default_kb) {
  Checked checked = check_inputs(options, allow_default_kb);
  Diagnostics& diags = checked.diagnostics;
  if (!checked.graph || diags.has_errors()) {
    print_diagnostics(diags, options.diagnostics_format);
    if (options.diagnostics_format == "text") {
      std::cerr << "kgforge: " << diags.error_count() + diags.dropped() << " error(s), "
                << diags.warning_count() + diags.dropped_warnings() << " warning(s); nothing was written\n";
    }
    throw ExitCode{kExitInputErrors};
  }
  if (!diags.items().empty()) print_diagnostics(diags, options.diagnostics_format);
  return Loaded{std::move(*checked.graph), std::move(checked.ontology), std::move(diags)};
}

void add_report_format(CLI::App* sub, std::string& format, const std::vector<std::string>& choices) {
  std::string names;
  for (const std::string& c : choices) names += (names.empty() ? "" : ", ") + c;
  format = choices.front();
  sub->add_option("--format", format, "Output format: " + names + " (default: " + choices.front() + ")")
      ->transform(CLI::IsMember(choices, CLI::ignore_case));
  sub->add_flag_callback(
      "--json", [&format] { format = "json"; }, "Same as --format json");
}

void add_sources_option(CLI::App* sub, exporters::ExportOptions& options) {
  sub->add_flag("--include-sources", options.include_sources,
                "Keep the source documents and their sections (analyses, GraphML and GEXF leave them out by default; "
                "RDF and the tables keep them)");
}

void add_time_options(CLI::App* sub, exporters::ExportOptions& options) {
  sub->add_option("--as-of", options.as_of,
                  "The network as it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD; docs/analysis.md)");
  sub->add_option("--between", options.between, "What held at some time between two dates: --between A B")->expected(2);
  sub->add_flag("--dated-only", options.dated_only, "With --as-of/--between: drop undated relations and entities");
}

void add_view_options(CLI::App* sub, exporters::ExportOptions& options, bool diagram) {
  sub->add_option("--focus", options.focus, "Only the ego network of this entity (id, IRI or name)");
  sub->add_option("--depth", options.depth, "Radius of the --focus ego network")->check(CLI::Range(0, 100));
  add_time_options(sub, options);
  sub->add_option("--classes", options.classes, "Only entities of these classes (comma-separated)")->delimiter(',');
  add_sources_option(sub, options);
  if (!diagram) return;
  sub->add_flag("--cluster", options.cluster, "Draw units inside their parent organisation");
  sub->add_option("--rankdir", options.rankdir, "Graphviz rank direction")
      ->transform(CLI::IsMember({"TB", "LR", "BT", "RL"}, CLI::ignore_case));
  sub->add_option("--layout", options.layout, "Graphviz layout engine (default: chosen by the size of the view)")
      ->transform(CLI::IsMember({"dot", "neato", "sfdp", "circo", "fdp", "twopi"}, CLI::ignore_case));
  sub->add_flag("--no-merge", options.no_merge, "One edge per relation (default: parallel relations merged)");
  sub->add_option("--max-label", options.max_label, "Wrap labels at this many characters (default 24)")
      ->check(CLI::Range(8, 200));
}

namespace {

// Passes everything on to `target` in 64 KiB blocks, reporting the bytes as progress.
class ProgressBuf : public std::streambuf {
 public:
  ProgressBuf(std::streambuf* target, const std::string& name)
      : target_(target), progress_("writing " + name, "bytes", 0) {
    setp(block_, block_ + sizeof block_);
  }

 protected:
  int_type overflow(int_type c) override {
    if (!pass_on()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }
  int sync() override { return pass_on() ? target_->pubsync() : -1; }

 private:
  bool pass_on() {
    const std::streamsize n = pptr() - pbase();
    if (n > 0 && target_->sputn(pbase(), n) != n) return false;
    progress_.advance(static_cast<std::uint64_t>(n));
    setp(block_, block_ + sizeof block_);
    return true;
  }

  std::streambuf* target_;
  Progress progress_;
  char block_[1 << 16];
};

// Runs `write` on `out`, counting the bytes as the progress of "writing NAME".
void with_progress(std::ostream& out, const std::string& name, const std::function<void(std::ostream&)>& write) {
  ProgressBuf buf(out.rdbuf(), name);
  std::ostream counted(&buf);
  write(counted);
  counted.flush();
  if (!counted) out.setstate(std::ios::badbit);
}

// Runs `write` on `file`'s stream; a writer that saw its stream fail says why, with the path.
void write_into(OutputFile& file, const std::function<void(std::ostream&)>& write) {
  try {
    with_progress(file.stream(), file.path(), write);
  } catch (const Error&) {
    file.throw_if_failed();
    throw;
  }
  file.throw_if_failed();
}

std::unique_ptr<exporters::Exporter> exporter_for(const std::string& format) {
  std::unique_ptr<exporters::Exporter> exporter = exporters::make_exporter(format);
  if (!exporter) throw FormatError("unknown format '" + format + "'");
  return exporter;
}

}  // namespace

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    std::ostringstream buffer;  // nothing reaches stdout unless the whole output was made
    errno = 0;
    with_progress(buffer, "<stdout>", write);
    std::cout << buffer.str() << std::flush;
    if (!std::cout) throw IoError("<stdout>", std::string("cannot write: ") + std::strerror(errno != 0 ? errno : EIO));
    return;
  }
  OutputFile file(path);
  write_into(file, write);
  file.commit();
}

void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, const std::string& path) {
  const std::unique_ptr<exporters::Exporter> exporter = exporter_for(format);
  if (!exporter->parts().empty() && !path.empty() && path != "-") {
    // Several files, all or nothing: each to its temporary, renamed once all are written.
    std::vector<std::unique_ptr<OutputFile>> files;
    const std::vector<std::string> paths = export_paths(format, path);
    for (std::size_t i = 0; i < paths.size(); ++i) {
      files.push_back(std::make_unique<OutputFile>(paths[i]));
      write_export(graph, format, options, *files.back(), i);
      files.back()->finish();
    }
    OutputFile::commit_all(files);
    return;
  }
  write_output(path, [&](std::ostream& out) { exporter->write(graph, options, out); });
}

void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, OutputFile& file, std::size_t part) {
  const std::unique_ptr<exporters::Exporter> exporter = exporter_for(format);
  write_into(file, [&](std::ostream& out) { exporter->write_part(graph, options, part, out); });
}

std::vector<std::string> export_paths(const std::string& format, const std::string& path) {
  const std::vector<std::string> parts = exporter_for(format)->parts();
  if (parts.empty()) return {path};
  std::string stem = path;
  const std::filesystem::path p(path);
  const std::string ext = p.extension().string();
  for (const std::string& part : parts) {
    if (!ext.empty() && part.ends_with(ext)) {
      stem = path.substr(0, path.size() - ext.size());
      break;
    }
  }
  std::vector<std::string> out;
  for (const std::string& part : parts) out.push_back(stem + part);
  return out;
}

}  // namespace kgforge::cli
