// SPDX-License-Identifier: MIT
// What the subcommands share: exit codes, the input options (KB files, ontology
// files, --strict, diagnostics format) and the load-and-validate pipeline.
#ifndef KGFORGE_CLI_COMMON_HPP
#define KGFORGE_CLI_COMMON_HPP

#include <cstddef>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/output_file.hpp"
#include "exporters/exporter.hpp"
#include "graph/knowledge_graph.hpp"
#include "ontology/ontology.hpp"

namespace CLI {
class App;
}

namespace kgforge::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitDataErr = 65;
inline constexpr int kExitIoErr = 74;

/// Thrown by commands to end with an exit code once they have printed why.
struct ExitCode {
  int code;
};

/// The path under which the bundled CEOP knowledge base is reported.
inline constexpr const char* kBundledKbName = "examples/ceop/ceop.yaml";

struct InputOptions {
  std::vector<std::string> kb_files;        ///< empty: see allow_default_kb
  std::vector<std::string> ontology_files;  ///< --ontology: added to the bundled ontology
  std::string ontology_only;                ///< --ontology-only: replaces it
  bool strict = false;                      ///< warnings are errors
  std::string diagnostics_format = "text";  ///< text | json
  std::size_t max_errors = 100;
  bool quiet = false;                       ///< no warnings/notes on stderr
  std::string max_input_size = "1G";        ///< --max-input-size: the bound on each input file
};

/// Adds the positional KB list and the ontology/validation options to `sub`.
void add_input_options(CLI::App* sub, InputOptions& options, bool kb_required);

struct Loaded {
  graph::KnowledgeGraph graph;
  ontology::Ontology ontology;
  Diagnostics diagnostics;
};

/// Loads the ontology and the KB (the bundled CEOP KB if `options.kb_files` is
/// empty and `allow_default_kb`), validates the KB against the ontology and prints
/// the diagnostics to stderr. Throws ExitCode{1} if there were errors (or warnings
/// under --strict).
Loaded load_inputs(const InputOptions& options, bool allow_default_kb);

/// Prints diagnostics to stderr in the chosen format, then a summary line.
void print_diagnostics(const Diagnostics& diags, const std::string& format);

/// Adds the view options (--focus, --depth, --as-of, --classes) and the diagram
/// options (--cluster, --rankdir, --layout) to `sub`.
void add_view_options(CLI::App* sub, exporters::ExportOptions& options, bool diagram);

/// Writes `graph` as `format` to `path` atomically ("-" = stdout). Throws on failure
/// (IoError naming the path and strerror when writing failed).
void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, const std::string& path);
/// Writes `graph` as `format` into `file` without committing it (`build` commits
/// its whole set of outputs only when every one has been written).
void write_export(const graph::KnowledgeGraph& graph, const std::string& format,
                  const exporters::ExportOptions& options, OutputFile& file);

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_COMMON_HPP
