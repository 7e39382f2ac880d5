// SPDX-License-Identifier: MIT
// One analysis run: the chosen measures as named per-entity columns, the graph-level
// summary and the parameters used (for tables, JSON, annotations and provenance).
#ifndef KGFORGE_ANALYSIS_ANALYSIS_HPP
#define KGFORGE_ANALYSIS_ANALYSIS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/algorithms.hpp"
#include "graph/community.hpp"

namespace kgforge::analysis {

enum class Measure {
  kDegree,
  kBetweenness,
  kCloseness,
  kPageRank,
  kComponents,
  kKCore,
  kClustering,
  kEigenvector,
  kHits,
  kLouvain
};

/// A measure's name on the command line and what it matches in NetworkX.
struct MeasureInfo {
  Measure measure;
  std::string_view name;       ///< "pagerank"
  std::string_view networkx;   ///< "networkx.pagerank(G)"
  std::string_view algorithm;  ///< a one-line description (for provenance)
  bool by_default = true;      ///< computed when no --measures are given
};
const std::vector<MeasureInfo>& measure_infos();
const MeasureInfo& info(Measure m);
/// The measure named `name`, or nullopt.
std::optional<Measure> measure_named(std::string_view name);
/// Every measure, in the order of measure_infos().
std::vector<Measure> all_measures();
/// The measures computed when none are named (all but eigenvector, hits and louvain,
/// which may fail to converge or take long at scale).
std::vector<Measure> default_measures();

/// A per-entity column: "pagerank", "degree", "weak_component", ...
struct Column {
  std::string name;
  Measure measure;
  bool integer = false;        ///< values are whole numbers (xsd:integer)
  std::string_view predicate;  ///< local name in the kgf: namespace ("pagerank", "inDegree")
  std::vector<double> values;  ///< by AnalysisGraph vertex
};

struct AnalysisOptions {
  std::vector<Measure> measures;
  graph::BetweennessOptions betweenness;
  /// When betweenness.samples == 0 and this is set, exact betweenness is replaced by
  /// sampling once n * m exceeds `auto_sample_work` (exact would take more than seconds).
  bool auto_sample = true;
  double auto_sample_work = 2e9;
  std::size_t auto_samples = 0;  ///< 0: chosen from auto_sample_work
  graph::PageRankOptions pagerank;
  graph::PowerOptions eigenvector;
  graph::LouvainOptions louvain;
  /// The diameter's iFUB stops after this many BFS runs, or sooner on a large graph: after
  /// max(diameter_min_bfs, diameter_work / (n + adjacency entries)) runs, so that the
  /// summary costs about as much as `diameter_work` steps (a fraction of a second).
  std::size_t diameter_max_bfs = 1000;
  std::size_t diameter_min_bfs = 4;
  double diameter_work = 2e7;
};

/// The BFS budget of the summary's diameter on `g` (see AnalysisOptions::diameter_work).
std::size_t diameter_budget(const graph::AnalysisGraph& g, const AnalysisOptions& options);

struct Summary {
  std::size_t nodes = 0;
  std::size_t relations = 0;
  bool undirected = false;
  bool weighted = false;
  std::size_t unweighted_relations = 0;  ///< with a qualifier weight: relations without it (weigh 1)
  std::size_t self_loops = 0;
  double density = 0.0;
  std::size_t weak_components = 0;
  std::size_t strong_components = 0;
  std::size_t largest_weak = 0;
  std::size_t largest_strong = 0;
  graph::Diameter diameter;
  std::vector<std::size_t> degree_histogram;
};

/// A named parameter of an algorithm, as text (for JSON and provenance).
struct Parameter {
  std::string name;
  std::string value;
  bool integer = false;  ///< else a double (or text when `text`)
  bool text = false;
};

struct MeasureRun {
  Measure measure;
  std::vector<Parameter> parameters;
};

struct AnalysisResult {
  std::vector<Column> columns;
  Summary summary;
  std::vector<MeasureRun> runs;        ///< one per measure computed, with its parameters
  std::vector<std::uint32_t> sources;  ///< betweenness (and closeness) sources when sampled
  std::optional<double> modularity;    ///< of the Louvain partition, when computed
  const Column* column(std::string_view name) const;
};

/// Computes the summary and the chosen measures over `g`.
AnalysisResult analyze(const graph::AnalysisGraph& g, const AnalysisOptions& options);

/// Shortest round-trip text of a double, as a canonical xsd:double ("1.5E-3", "0.0E0").
std::string xsd_double(double value);
/// Shortest round-trip text of a double for JSON/CSV ("0.0015", "1e-07").
std::string plain_double(double value);

}  // namespace kgforge::analysis

#endif  // KGFORGE_ANALYSIS_ANALYSIS_HPP
