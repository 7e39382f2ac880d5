// SPDX-License-Identifier: MIT
// What the subcommands share: the input options (KB files or '-' for stdin, --from,
// ontology files, --strict, diagnostics format) and the load-and-validate pipeline.
// The exit codes and -q are in cli/conventions.hpp.
#ifndef KGFORGE_CLI_COMMON_HPP
#define KGFORGE_CLI_COMMON_HPP

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/conventions.hpp"
#include "core/diagnostics.hpp"
#include "core/input_file.hpp"
#include "core/output_file.hpp"
#include "exporters/exporter.hpp"
#include "graph/knowledge_graph.hpp"
#include "ontology/ontology.hpp"

namespace CLI {
class App;
}

namespace kgforge::cli {

/// The path under which the bundled CEOP knowledge base is reported.
inline constexpr const char* kBundledKbName = "examples/ceop/ceop.yaml";

struct InputOptions {
  std::vector<std::string> kb_files;        ///< empty: see allow_default_kb; "-": stdin
  std::string from;                         ///< --from: format of every KB input ("" = by extension, yaml for "-")
  std::vector<std::string> ontology_files;  ///< --ontology: added to the bundled ontology
  std::string ontology_only;                ///< --ontology-only: replaces it
  bool strict = false;                      ///< warnings are errors
  std::string diagnostics_format = "text";  ///< text | json
  std::size_t max_errors = 100;
  std::size_t max_warnings = 100;     ///< distinct warnings shown (a counted one is one)
  std::string max_input_size = "1G";  ///< --max-input-size: files read whole, piped stdin
  // Tables (docs/tables.md): the headers of the columns that take a role, whatever their name.
  std::string id_column;         ///< --id-column
  std::string source_column;     ///< --source-column
  std::string target_column;     ///< --target-column
  std::string predicate_column;  ///< --predicate-column
};

/// The whole of a file, or of stdin for "-", refusing what is not a regular file and
/// anything longer than `max_bytes` (core/input_file). Throws IoError (path and strerror).
std::string read_input(const std::string& path, std::uint64_t max_bytes = kDefaultMaxInputBytes);

/// Adds the positional KB list and the ontology/validation options to `sub`.
void add_input_options(CLI::App* sub, InputOptions& options, bool kb_required);

struct Loaded {
  graph::KnowledgeGraph graph;
  ontology::Ontology ontology;
  Diagnostics diagnostics;
};

/// What check_inputs() read: `graph` is nullopt if an input could not be loaded.
struct Checked {
  std::optional<graph::KnowledgeGraph> graph;
  ontology::Ontology ontology;
  Diagnostics diagnostics;
};

/// Loads the ontology and the KB and validates it, printing nothing. Throws IoError
/// for an input that cannot be read.
Checked check_inputs(const InputOptions& options, bool allow_default_kb);

/// The ontology `options` ask for: the bundled one (or --ontology-only's file) plus each
/// --ontology file, parsed as Turtle. Problems go to `diags`.
ontology::Ontology load_ontology(const InputOptions& options, Diagnostics& diags);

/// Loads the ontology and the KB (the bundled CEOP KB if `options.kb_files` is
/// empty and `allow_default_kb`), validates the KB against the ontology and prints
/// the diagnostics to stderr. Throws ExitCode{1} if there were errors (or warnings
/// under --strict).
Loaded load_inputs(const InputOptions& options, bool allow_default_kb);

/// Prints diagnostics to stderr in the chosen format (only the errors under -q), then
/// a line if some were dropped.
void print_diagnostics(const Diagnostics& diags, const std::string& format);

/// Adds --format (one of `choices`; the first is the default) and its alias --json
/// (= --format json) to a command that reports.
void add_report_format(CLI::App* sub, std::string& format, const std::vector<std::string>& choices);

/// Adds --include-sources (ExportOptions::include_sources): the one place the option is
/// defined; add_view_options() adds it too.
void add_sources_option(CLI::App* sub, exporters::ExportOptions& options);

/// Adds the view options (--focus, --depth, --as-of, --classes, --include-sources) and the diagram
/// options (--cluster, --rankdir, --layout) to `sub`.
void add_view_options(CLI::App* sub, exporters::ExportOptions& options, bool diagram);
/// Adds --as-of DATE, --between A B and --dated-only (part of add_view_options).
void add_time_options(CLI::App* sub, exporters::ExportOptions& options);

/// Calls `write` with a stream to `path` ("-" or "" = stdout), written atomically: a
/// file only appears, and stdout only gets bytes, if `write` returns. Throws on failure.
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

/// Writes `graph` as `format` to `path` atomically ("-" = stdout). Throws on failure
/// (IoError naming the path and strerror when writing failed).
void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, const std::string& path);
/// Writes `graph` as `format` into `file` without committing it (`build` commits
/// its whole set of outputs only when every one has been written); `part` is the
/// file of a format written as several (export_paths()).
void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, OutputFile& file, std::size_t part = 0);

/// The files `format` writes for the output `path`: `path`, or for a format written
/// as several files (node and edge tables) one a part, named from `path` without its
/// extension: out.csv (or out) -> out_nodes.csv, out_edges.csv.
std::vector<std::string> export_paths(const std::string& format, const std::string& path);

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_COMMON_HPP
