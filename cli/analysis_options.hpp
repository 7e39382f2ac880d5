// SPDX-License-Identifier: MIT
// The analysis options shared by analyze (--measures, --samples, --seed) and by
// export/build (--annotate MEASURES, --display-measure), and the annotation step.
#ifndef KGFORGE_CLI_ANALYSIS_OPTIONS_HPP
#define KGFORGE_CLI_ANALYSIS_OPTIONS_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analysis.hpp"
#include "graph/view.hpp"
#include "ontology/ontology.hpp"

namespace CLI {
class App;
}

namespace kgforge::cli {

struct AnalysisCliOptions {
  std::vector<std::string> measures;  ///< empty: every measure (analyze) / none (annotate)
  std::string samples = "auto";       ///< auto | exact | K
  std::uint64_t seed = 0;
  std::string display;           ///< --display-measure (annotate only)
  bool include_sources = false;  ///< analyse source documents and sections too (from --include-sources,
                                 ///< ExportOptions::include_sources, cli/common.hpp)
  bool undirected = false;       ///< --undirected
  std::string weight;            ///< --weight count|none|PROPERTY ("" = count)
};

/// The graph options of --undirected and --weight: `weight` PROPERTY expanded to an IRI
/// (a KB name such as `weight` or `kgf:weight`). Throws UsageError for a bad name.
graph::GraphOptions graph_options(const graph::KnowledgeGraph& graph, const AnalysisCliOptions& options);

/// The whole graph as analysed: without source documents and sections unless
/// --include-sources (graph::SourceDocuments, with `onto`'s subclasses when given).
graph::View analysed_view(const graph::KnowledgeGraph& graph, const AnalysisCliOptions& options, graph::View view,
                          const ontology::Ontology* onto = nullptr);

/// "degree, betweenness, ..." (the names --measures accepts).
std::string measure_names();
/// Adds --measures, --samples, --seed, --undirected and --weight.
void add_analysis_options(CLI::App* sub, AnalysisCliOptions& options);
/// Adds --annotate, --display-measure, --samples and --seed (for export and build).
void add_annotate_options(CLI::App* sub, AnalysisCliOptions& options);
/// Checks the names and builds the options (throws FormatError for an unknown measure
/// or a bad --samples). Empty measures = all of them.
analysis::AnalysisOptions analysis_options(const AnalysisCliOptions& options);

/// An analysis written into a graph (see analysis/annotate.hpp).
struct Annotations {
  graph::AnalysisGraph analysis_graph;
  analysis::AnalysisResult result;
  std::string display_column;
};

/// If --annotate was given: computes the measures on the whole graph and adds them to
/// `graph` as typed attributes (plus kgf:displayWeight). Returns nullopt otherwise.
std::optional<Annotations> annotate_graph(graph::KnowledgeGraph& graph, const AnalysisCliOptions& options,
                                          const ontology::Ontology* onto = nullptr);

/// Adds the PROV-O record of `annotations` to `graph` (for RDF outputs only).
void add_provenance(graph::KnowledgeGraph& graph, const Annotations& annotations);

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_ANALYSIS_OPTIONS_HPP
