// SPDX-License-Identifier: MIT
// Network measures over the relation graph, with NetworkX's definitions and
// normalisations (docs/analysis.md names the NetworkX function each one matches).
// They run on AnalysisGraph, a compact adjacency snapshot of a KnowledgeGraph (or of a
// view of it), because Boost.Graph's versions are wrong or too costly here:
// page_rank leaks rank at dangling vertices and is not normalised, connected_components
// answers wrong on a directed graph, relative_betweenness_centrality is 2x NetworkX's
// value for directed graphs, and closeness_centrality needs a V x V matrix.
#ifndef KGFORGE_GRAPH_ALGORITHMS_HPP
#define KGFORGE_GRAPH_ALGORITHMS_HPP

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kgforge::graph {

struct View;

/// Compressed adjacency rows: row v is target[offset[v] .. offset[v+1]).
struct Adjacency {
  std::vector<std::uint32_t> offset;  ///< size n+1
  std::vector<std::uint32_t> target;
  std::span<const std::uint32_t> row(std::uint32_t v) const {
    return {target.data() + offset[v], target.data() + offset[v + 1]};
  }
  std::uint32_t size(std::uint32_t v) const { return offset[v + 1] - offset[v]; }
};

/// How relations become edges: directed or not, and what an edge weighs.
struct GraphOptions {
  /// Every relation is an edge both ways (NetworkX: G.to_undirected(), a MultiGraph).
  bool undirected = false;
  /// "" or "count": each relation weighs 1, so parallel relations add up (the count);
  /// "none": parallel relations are one edge of weight 1 (nx.DiGraph(G) without weights);
  /// else the IRI of a numeric relation qualifier (a relation without it weighs 1).
  std::string weight;
};

/// The relation graph as the measures see it: vertices 0..n-1 (the nodes of the graph,
/// or of a view, in NodeId order) and one directed edge per relation, so parallel
/// relations and self loops are kept (NetworkX: a MultiDiGraph). Undirected, every
/// relation is stored both ways (a self loop once). Derived adjacencies give the simple
/// directed graph (no parallel edges, no self loops) and the simple undirected graph
/// that some measures are defined on.
class AnalysisGraph {
 public:
  using Edges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

  /// Every node and relation of `graph`, or only those `view` keeps. Throws
  /// kgforge::Error when a weight qualifier is not a finite number >= 0.
  static AnalysisGraph from(const KnowledgeGraph& graph, const View* view = nullptr, const GraphOptions& options = {});
  /// `n` vertices and the given (source, target) relations; `nodes[i]` is set to i.
  /// `weights` (empty: all 1) has one weight per relation.
  static AnalysisGraph from_edges(std::size_t n, const Edges& edges, const std::vector<double>& weights = {},
                                  bool undirected = false);

  std::size_t node_count() const { return nodes_.size(); }
  /// Stored directed edges (undirected: two per relation, one per self loop).
  std::size_t edge_count() const { return out_.target.size(); }
  /// Relations (undirected: each counted once).
  std::size_t relation_count() const { return relations_; }
  bool undirected() const { return undirected_; }
  bool weighted() const { return !out_weight_.empty(); }
  /// Weights parallel to out().target and in().target (empty: every edge weighs 1).
  const std::vector<double>& out_weight() const { return out_weight_; }
  const std::vector<double>& in_weight() const { return in_weight_; }
  /// Relations that had no weight qualifier (weighed 1) with a qualifier --weight.
  std::size_t unweighted_relations() const { return unweighted_; }
  /// The KnowledgeGraph node of vertex v.
  NodeId node(std::uint32_t v) const { return nodes_[v]; }
  const std::vector<NodeId>& nodes() const { return nodes_; }
  std::size_t self_loops() const { return self_loops_; }

  const Adjacency& out() const { return out_; }         ///< relations leaving v (multi)
  const Adjacency& in() const { return in_; }           ///< relations entering v (multi)
  const Adjacency& succ() const { return succ_; }       ///< simple successors, no self loop
  const Adjacency& pred() const { return pred_; }       ///< simple predecessors, no self loop
  const Adjacency& neighbours() const { return nbr_; }  ///< simple undirected, no self loop
  /// With weights: the shortest weight of each simple edge (the least over its parallel
  /// relations, as NetworkX's shortest paths take a multigraph's), parallel to
  /// succ().target and pred().target; empty when unweighted.
  const std::vector<double>& succ_weight() const { return succ_weight_; }
  const std::vector<double>& pred_weight() const { return pred_weight_; }

 private:
  void derive(const Edges& edges, const std::vector<double>& weights, bool undirected);

  std::vector<NodeId> nodes_;
  std::size_t self_loops_ = 0;
  std::size_t relations_ = 0;
  std::size_t unweighted_ = 0;
  bool undirected_ = false;
  Adjacency out_, in_, succ_, pred_, nbr_;
  std::vector<double> out_weight_, in_weight_;
  std::vector<double> succ_weight_, pred_weight_;
};

// --- degree -----------------------------------------------------------------------------

/// Undirected graphs have only `out` (G.degree(), a self loop counting twice); `in` is 0.
struct Degrees {
  std::vector<std::uint32_t> in;                                         ///< G.in_degree() on the MultiDiGraph
  std::vector<std::uint32_t> out;                                        ///< G.out_degree()
  std::uint32_t total(std::uint32_t v) const { return in[v] + out[v]; }  ///< G.degree()
};
Degrees degrees(const AnalysisGraph& g);
/// nx.degree_centrality: degree / (n-1); 1 for every node when n == 1.
std::vector<double> degree_centrality(const AnalysisGraph& g, const Degrees& d);

// --- betweenness ------------------------------------------------------------------------

struct BetweennessOptions {
  /// 0: exact (every vertex a source). K > 0: K sources drawn uniformly without
  /// replacement with `seed` (Brandes & Pich 2007); K >= n is exact.
  std::size_t samples = 0;
  std::uint64_t seed = 0;
};

struct Betweenness {
  std::vector<double> value;           ///< normalised as nx.betweenness_centrality
  std::vector<std::uint32_t> sources;  ///< the sampled sources in draw order (empty if exact)
  bool sampled() const { return !sources.empty(); }
};

/// nx.betweenness_centrality(G, k, normalized=True, endpoints=False, weight) on the
/// directed graph: Brandes' accumulation, scaled by 1/((n-1)(n-2)) (none for n <= 2),
/// times n/k when k sources are sampled. Parallel relations do not multiply path counts.
/// A weighted graph's weights are distances (NetworkX's convention): shortest paths by
/// Dijkstra, a path as long as the sum of its edges' succ_weight(); else by BFS.
Betweenness betweenness(const AnalysisGraph& g, const BetweennessOptions& options = {});

/// The estimate from the given sources (each at most once): Brandes' accumulation
/// from each, normalised as above and scaled by n / sources.size().
std::vector<double> betweenness_from_sources(const AnalysisGraph& g, const std::vector<std::uint32_t>& sources);

/// The K sources that betweenness() samples for (n, K, seed): a seeded partial
/// Fisher-Yates shuffle over 0..n-1 with SplitMix64 (the same on every platform).
std::vector<std::uint32_t> sample_sources(std::size_t n, std::size_t k, std::uint64_t seed);

// --- closeness --------------------------------------------------------------------------

/// nx.closeness_centrality(G, distance, wf_improved=True) on the directed graph: for
/// each u, the distances *to* u (one BFS over incoming relations, or Dijkstra with the
/// weights as distances when the graph is weighted), (r-1)/sum * (r-1)/(n-1) where r
/// counts the vertices that reach u (u included); 0 when the sum is 0.
std::vector<double> closeness(const AnalysisGraph& g);

/// Closeness estimated from K sampled sources (Eppstein & Wang 2004): one BFS forward
/// from each gives the distances from the sample to every vertex; for u, with c of the
/// k sources other than u reaching it at total distance D, the estimate is (c/D) (c/k),
/// which is the formula above with r-1 and the sum scaled up from the sample (weighted:
/// Dijkstra, as closeness()).
/// `sources` as sample_sources() draws them; all of them: the exact value.
std::vector<double> closeness_from_sources(const AnalysisGraph& g, const std::vector<std::uint32_t>& sources);

// --- eigenvector, HITS ------------------------------------------------------------------

struct PowerOptions {
  int max_iterations = 100;
  double tolerance = 1e-6;
};

/// nx.eigenvector_centrality(G, weight="weight") on nx.DiGraph(G) whose edge weights
/// are the summed relation weights: the power iteration x <- (A^T + I) x from x = 1/n,
/// scaled to unit Euclidean norm, stopping when the L1 change is below n * tolerance.
/// Throws kgforge::Error when it does not converge (NetworkX raises
/// PowerIterationFailedConvergence).
std::vector<double> eigenvector_centrality(const AnalysisGraph& g, const PowerOptions& options = {});

struct Hits {
  std::vector<double> hubs;         ///< each sums to 1
  std::vector<double> authorities;  ///< the principal right singular vector of A
  int iterations = 0;
};
/// nx.hits(G): authorities a, the principal eigenvector of A^T A (A the weighted
/// adjacency matrix, parallel relations summed), hubs h = A a, each normalised to sum
/// 1. Power iteration on A^T A until the L1 change is below 1e-13 (at most
/// `max_iterations`, else kgforge::Error); NetworkX asks ARPACK for the same vector.
Hits hits(const AnalysisGraph& g, int max_iterations = 100000);

// --- PageRank ---------------------------------------------------------------------------

struct PageRankOptions {
  double alpha = 0.85;
  double tolerance = 1e-6;  ///< stop when the L1 change is below n * tolerance
  int max_iterations = 100;
};

struct PageRank {
  std::vector<double> rank;  ///< sums to 1
  int iterations = 0;
};

/// nx.pagerank(G) on the MultiDiGraph: a relation repeated k times carries weight k;
/// the rank of dangling vertices is spread uniformly. Throws kgforge::Error when the
/// power iteration does not converge (NetworkX raises PowerIterationFailedConvergence).
PageRank pagerank(const AnalysisGraph& g, const PageRankOptions& options = {});

// --- components -------------------------------------------------------------------------

struct Components {
  std::vector<std::uint32_t> of;   ///< component number of each vertex
  std::vector<std::size_t> sizes;  ///< by number; number 0 is the largest
  std::size_t count() const { return sizes.size(); }
};

/// Weakly connected components (union-find over every relation, either direction),
/// as nx.weakly_connected_components. Numbered by size, largest first, ties by the
/// smallest vertex.
Components weak_components(const AnalysisGraph& g);
/// Strongly connected components (Tarjan, iterative, on succ()), as
/// nx.strongly_connected_components, numbered the same way.
Components strong_components(const AnalysisGraph& g);

// --- k-core, clustering -----------------------------------------------------------------

/// nx.core_number on the simple undirected graph without self loops (Batagelj-Zaversnik).
std::vector<std::uint32_t> core_number(const AnalysisGraph& g);
/// nx.clustering on the simple undirected graph: 2T(v) / (d(v)(d(v)-1)), 0 if d < 2.
std::vector<double> clustering(const AnalysisGraph& g);

// --- graph level ------------------------------------------------------------------------

struct Diameter {
  std::size_t value = 0;  ///< the diameter if exact, else the best lower bound
  std::size_t upper = 0;  ///< an upper bound (== value when exact)
  bool exact = true;
  std::size_t component_size = 0;  ///< vertices in the component measured
  std::size_t bfs_runs = 0;
};

/// The diameter of the largest weakly connected component, on the simple undirected
/// graph (nx.diameter(G.to_undirected().subgraph(largest))). Exact by iFUB (Crescenzi
/// et al. 2013): BFS from a high-degree vertex, then eccentricities of the fringe levels
/// until the bounds meet. After `max_bfs` BFS runs it stops with bounds (exact = false).
Diameter diameter(const AnalysisGraph& g, const Components& weak, std::size_t max_bfs = 1000);

/// nx.density on the MultiDiGraph: m / (n (n-1)); undirected 2m / (n (n-1)); 0 when n <= 1.
double density(const AnalysisGraph& g);

/// nx.degree_histogram: counts[d] = vertices of total degree d.
std::vector<std::size_t> degree_histogram(const Degrees& d);

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_ALGORITHMS_HPP
