// SPDX-License-Identifier: MIT
#include "cli/analysis_options.hpp"

#include <CLI/CLI.hpp>

#include "analysis/annotate.hpp"
#include "core/error.hpp"
#include "graph/names.hpp"
#include "graph/sources.hpp"
#include "kgforge_version.hpp"
#include "ontology/class_names.hpp"

namespace kgforge::cli {

std::string measure_names() {
  std::string out;
  for (const analysis::MeasureInfo& m : analysis::measure_infos())
    out += (out.empty() ? "" : ", ") + std::string(m.name);
  return out;
}

namespace {

void add_sampling(CLI::App* sub, AnalysisCliOptions& options) {
  sub->add_option("--samples", options.samples,
                  "Betweenness and closeness sources: exact, K (sampled: Brandes-Pich, Eppstein-Wang), or auto "
                  "(exact unless too slow)");
  sub->add_option("--seed", options.seed, "Seed for --samples and louvain (same seed, same result)");
  sub->add_flag("--undirected", options.undirected, "Treat every relation as an undirected edge");
  sub->add_option("--weight", options.weight,
                  "Edge weights: count (default: each relation 1, parallel ones add up), none (parallel relations "
                  "are one edge), or a numeric relation qualifier (e.g. weight; missing = 1; betweenness and "
                  "closeness take it as a distance)");
}

}  // namespace

void add_analysis_options(CLI::App* sub, AnalysisCliOptions& options) {
  sub->add_option("--measures", options.measures, "Measures (comma-separated): " + measure_names() + "; default all")
      ->delimiter(',');
  add_sampling(sub, options);
}

void add_annotate_options(CLI::App* sub, AnalysisCliOptions& options) {
  sub->add_option("--annotate", options.measures,
                  "Write these measures into the outputs as node attributes (comma-separated): " + measure_names())
      ->delimiter(',');
  sub->add_option("--display-measure", options.display,
                  "Column scaled to kgf:displayWeight in [0,1] for diagrams (default: the first annotated; 'none')");
  add_sampling(sub, options);
}

analysis::AnalysisOptions analysis_options(const AnalysisCliOptions& options) {
  analysis::AnalysisOptions out;
  for (const std::string& name : options.measures) {
    const std::optional<analysis::Measure> m = analysis::measure_named(name);
    if (!m) throw FormatError("unknown measure '" + name + "' (known: " + measure_names() + ")");
    if (std::find(out.measures.begin(), out.measures.end(), *m) == out.measures.end()) out.measures.push_back(*m);
  }
  if (options.measures.empty()) out.measures = analysis::default_measures();
  if (options.samples == "exact" || options.samples == "0") {
    out.auto_sample = false;
  } else if (options.samples != "auto") {
    std::size_t used = 0;
    unsigned long long k = 0;
    try {
      k = std::stoull(options.samples, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != options.samples.size() || k == 0) {
      throw FormatError("--samples '" + options.samples + "': give auto, exact or a positive number of sources");
    }
    out.betweenness.samples = k;
  }
  out.betweenness.seed = options.seed;
  out.louvain.seed = options.seed;
  return out;
}

graph::GraphOptions graph_options(const graph::KnowledgeGraph& graph, const AnalysisCliOptions& options) {
  graph::GraphOptions out;
  out.undirected = options.undirected;
  if (options.weight.empty() || options.weight == "count" || options.weight == "none") {
    out.weight = options.weight;
    return out;
  }
  const graph::NameExpansion name = graph::expand_name(options.weight, graph.prefixes());
  if (!name.ok()) throw UsageError("--weight " + options.weight + ": " + name.message());
  if (graph.strings().find(name.iri) == 0) {
    throw UsageError("--weight " + options.weight + ": no relation has the qualifier <" + name.iri +
                     "> (give count, none, or a numeric qualifier the KB uses)");
  }
  out.weight = name.iri;
  return out;
}

graph::View analysed_view(const graph::KnowledgeGraph& graph, const AnalysisCliOptions& options, graph::View view,
                          const ontology::Ontology* onto) {
  if (!options.include_sources) {
    graph::exclude_sources(graph, view, graph::SourceDocuments(graph, onto ? &ontology::subclass_test : nullptr, onto));
  }
  return view;
}

std::optional<Annotations> annotate_graph(graph::KnowledgeGraph& graph, const AnalysisCliOptions& options,
                                          const ontology::Ontology* onto) {
  if (options.measures.empty()) return std::nullopt;
  const graph::View view = analysed_view(graph, options, graph::make_view(graph, {}), onto);
  Annotations a{
      graph::AnalysisGraph::from(graph, view.whole() ? nullptr : &view, graph_options(graph, options)), {}, {}};
  a.result = analysis::analyze(a.analysis_graph, analysis_options(options));
  if (!options.display.empty() && options.display != "none" && a.result.column(options.display) == nullptr) {
    std::string names;
    for (const analysis::Column& c : a.result.columns) names += (names.empty() ? "" : ", ") + c.name;
    throw FormatError("--display-measure " + options.display + ": not an annotated column (annotated: " + names + ")");
  }
  a.display_column = analysis::annotate(graph, a.analysis_graph, a.result, {options.display});
  return a;
}

void add_provenance(graph::KnowledgeGraph& graph, const Annotations& a) {
  analysis::add_provenance(graph, a.analysis_graph, a.result, a.display_column, {"kgforge " KGFORGE_VERSION});
}

}  // namespace kgforge::cli
