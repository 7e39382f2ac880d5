// SPDX-License-Identifier: MIT
// Unit tests for the Boost.Graph pitfalls the measures avoid, on graphs small enough
// to work out by hand. The comparison with NetworkX itself is tests/interop/analysis_vs_networkx.py.
#include "graph/algorithms.hpp"

#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <numeric>

#include "analysis/analysis.hpp"
#include "graph/view.hpp"

namespace kgforge::graph {
namespace {

using namespace kgforge::analysis;  // analyze() over these algorithms

using Edges = AnalysisGraph::Edges;

// A dense, obviously-correct PageRank (NetworkX's iteration written out).
std::vector<double> dense_pagerank(std::size_t n, const Edges& edges) {
  std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
  std::vector<double> out(n, 0.0);
  for (auto [s, t] : edges) {
    a[s][t] += 1.0;
    out[s] += 1.0;
  }
  std::vector<double> x(n, 1.0 / n);
  for (int it = 0; it < 100; ++it) {
    double dangling = 0.0;
    for (std::size_t s = 0; s < n; ++s) dangling += out[s] == 0 ? x[s] : 0.0;
    std::vector<double> y(n, 0.0);
    for (std::size_t t = 0; t < n; ++t) {
      double sum = 0.0;
      for (std::size_t s = 0; s < n; ++s) sum += out[s] > 0 ? x[s] * a[s][t] / out[s] : 0.0;
      y[t] = 0.85 * (sum + dangling / n) + 0.15 / n;
    }
    double err = 0.0;
    for (std::size_t v = 0; v < n; ++v) err += std::fabs(y[v] - x[v]);
    x = y;
    if (err < n * 1e-6) break;
  }
  return x;
}

TEST(PageRankTest, DanglingRankIsRedistributedAndRanksSumToOne) {
  // 2 and 3 are dangling: Boost's page_rank leaks their rank (sum < n).
  const Edges edges = {{0, 1}, {1, 2}, {0, 3}, {3, 0}, {1, 0}};
  const PageRank pr = pagerank(AnalysisGraph::from_edges(4, edges));
  EXPECT_NEAR(std::accumulate(pr.rank.begin(), pr.rank.end(), 0.0), 1.0, 1e-12);
  const std::vector<double> expected = dense_pagerank(4, {{0, 1}, {1, 2}, {0, 3}, {3, 0}, {1, 0}});
  for (std::size_t v = 0; v < 4; ++v) EXPECT_NEAR(pr.rank[v], expected[v], 1e-12) << v;

  // What Boost.Graph gives on the same graph: not normalised, and rank leaks at 2.
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  G g(4);
  for (auto [s, t] : edges) boost::add_edge(s, t, g);
  std::vector<double> boost_rank(4);
  boost::graph::page_rank(g, boost::make_iterator_property_map(boost_rank.begin(), boost::get(boost::vertex_index, g)));
  EXPECT_GT(std::fabs(std::accumulate(boost_rank.begin(), boost_rank.end(), 0.0) - 1.0), 0.5);
}

TEST(PageRankTest, ParallelRelationsCarryWeightLikeAMultiDiGraph) {
  const Edges edges = {{0, 1}, {0, 1}, {0, 2}, {1, 0}, {2, 0}};
  const PageRank pr = pagerank(AnalysisGraph::from_edges(3, edges));
  const std::vector<double> expected = dense_pagerank(3, edges);
  for (std::size_t v = 0; v < 3; ++v) EXPECT_NEAR(pr.rank[v], expected[v], 1e-12);
  EXPECT_GT(pr.rank[1], pr.rank[2]);
}

TEST(PageRankTest, SelfLoopKeepsRankAndEmptyGraphIsEmpty) {
  const PageRank pr = pagerank(AnalysisGraph::from_edges(2, {{0, 0}, {0, 1}}));
  const std::vector<double> expected = dense_pagerank(2, {{0, 0}, {0, 1}});
  EXPECT_NEAR(pr.rank[0], expected[0], 1e-12);
  EXPECT_TRUE(pagerank(AnalysisGraph::from_edges(0, {})).rank.empty());
}

TEST(ComponentsTest, DirectedGraphComponentsAreWeakAndStrong) {
  // 0 -> 1 <- 2: one weak component, three strong ones. boost::connected_components
  // on the directed model answers 2.
  const AnalysisGraph g = AnalysisGraph::from_edges(3, {{0, 1}, {2, 1}});
  EXPECT_EQ(weak_components(g).count(), 1u);
  EXPECT_EQ(strong_components(g).count(), 3u);

  using D = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  D d(3);
  boost::add_edge(0, 1, d);
  boost::add_edge(2, 1, d);
  std::vector<int> comp(3);
  EXPECT_NE(boost::connected_components(d, comp.data()), 1);
}

TEST(ComponentsTest, NumberedLargestFirst) {
  // {3,4,5} cycle (strong), {0,1} an edge, {2} alone, {6} with a self loop.
  const AnalysisGraph g = AnalysisGraph::from_edges(7, {{0, 1}, {3, 4}, {4, 5}, {5, 3}, {6, 6}});
  const Components weak = weak_components(g);
  ASSERT_EQ(weak.count(), 4u);
  EXPECT_EQ(weak.sizes, (std::vector<std::size_t>{3, 2, 1, 1}));
  EXPECT_EQ(weak.of[3], 0u);
  EXPECT_EQ(weak.of[0], 1u);
  EXPECT_EQ(weak.of[2], 2u);
  EXPECT_EQ(weak.of[6], 3u);
  const Components strong = strong_components(g);
  EXPECT_EQ(strong.count(), 5u);  // {3,4,5}, {0}, {1}, {2}, {6}
  EXPECT_EQ(strong.of[3], strong.of[5]);
  EXPECT_NE(strong.of[0], strong.of[1]);
}

// Strong components against mutual reachability (a BFS from every vertex) on a random
// graph with cycles, self loops and parallel edges.
TEST(ComponentsTest, StrongEqualsMutualReachability) {
  const std::uint32_t n = 120;
  Edges edges;
  std::uint64_t x = 7;  // a 64-bit LCG (Knuth's MMIX constants)
  auto next = [&] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>((x >> 33) % n);
  };
  for (int i = 0; i < 170; ++i) {
    const std::uint32_t s = next();
    edges.push_back({s, next()});
  }
  const AnalysisGraph g = AnalysisGraph::from_edges(n, edges);
  std::vector<std::vector<bool>> reach(n, std::vector<bool>(n, false));
  for (std::uint32_t s = 0; s < n; ++s) {
    std::vector<std::uint32_t> queue = {s};
    reach[s][s] = true;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      for (std::uint32_t w : g.out().row(queue[head])) {
        if (!reach[s][w]) reach[s][w] = true, queue.push_back(w);
      }
    }
  }
  const Components strong = strong_components(g);
  std::size_t both_ways = 0;
  for (std::uint32_t u = 0; u < n; ++u) {
    for (std::uint32_t v = 0; v < n; ++v) {
      EXPECT_EQ(strong.of[u] == strong.of[v], reach[u][v] && reach[v][u]) << u << " " << v;
      both_ways += u != v && reach[u][v] && reach[v][u];
    }
  }
  EXPECT_GT(both_ways, 0u);  // the graph has a non-trivial component
  for (std::size_t c = 1; c < strong.count(); ++c) EXPECT_GE(strong.sizes[c - 1], strong.sizes[c]);
}

// A cycle of 300,000 vertices: one component, found without recursion.
TEST(ComponentsTest, StrongOnALongCycle) {
  const std::uint32_t n = 300000;
  Edges edges;
  for (std::uint32_t v = 0; v < n; ++v) edges.push_back({v, (v + 1) % n});
  edges.push_back({n, 0});  // one more vertex, reaching the cycle but not reached
  const Components strong = strong_components(AnalysisGraph::from_edges(n + 1, edges));
  ASSERT_EQ(strong.count(), 2u);
  EXPECT_EQ(strong.sizes[0], n);
  EXPECT_EQ(strong.of[n], 1u);
}

TEST(ClosenessTest, DisconnectedGraphUsesWassermanFaustScaling) {
  // 0 -> 1 -> 2, and 3 alone. Closeness uses distances *to* a vertex.
  const std::vector<double> c = closeness(AnalysisGraph::from_edges(4, {{0, 1}, {1, 2}}));
  EXPECT_EQ(c[0], 0.0);                             // nothing reaches 0
  EXPECT_DOUBLE_EQ(c[1], 1.0 / 1.0 * (1.0 / 3.0));  // reached by 0 at distance 1
  EXPECT_DOUBLE_EQ(c[2], 2.0 / 3.0 * (2.0 / 3.0));  // reached by 1 (1) and 0 (2)
  EXPECT_EQ(c[3], 0.0);
}

TEST(BetweennessTest, DirectedNormalisationIsNetworkXsNotBoosts) {
  // 0 -> 1 -> 2: one shortest path through 1. NetworkX: 1 / ((n-1)(n-2)) = 0.5;
  // Boost's relative_betweenness_centrality would give 1.0.
  const Betweenness b = betweenness(AnalysisGraph::from_edges(3, {{0, 1}, {1, 2}}));
  EXPECT_DOUBLE_EQ(b.value[1], 0.5);
  EXPECT_EQ(b.value[0], 0.0);
  EXPECT_FALSE(b.sampled());
}

TEST(BetweennessTest, ParallelRelationsDoNotMultiplyPaths) {
  // Two routes 0->1->3 and 0->2->3 split the pair (0,3); doubling 0->1 changes nothing.
  const Edges edges = {{0, 1}, {0, 2}, {1, 3}, {2, 3}};
  Edges doubled = edges;
  doubled.push_back({0, 1});
  const Betweenness a = betweenness(AnalysisGraph::from_edges(4, edges));
  const Betweenness b = betweenness(AnalysisGraph::from_edges(4, doubled));
  EXPECT_DOUBLE_EQ(a.value[1], 0.5 / 6.0);
  EXPECT_EQ(a.value, b.value);
}

TEST(BetweennessTest, SamplingIsSeededAndScaledByNOverK) {
  Edges edges;
  for (std::uint32_t v = 0; v + 1 < 30; ++v) edges.push_back({v, v + 1});
  for (std::uint32_t v = 0; v + 3 < 30; v += 3) edges.push_back({v + 3, v});
  const AnalysisGraph g = AnalysisGraph::from_edges(30, edges);
  const Betweenness s1 = betweenness(g, {10, 7});
  const Betweenness s2 = betweenness(g, {10, 7});
  EXPECT_EQ(s1.sources, s2.sources);
  EXPECT_EQ(s1.value, s2.value);
  EXPECT_EQ(s1.sources.size(), 10u);
  EXPECT_NE(betweenness(g, {10, 8}).sources, s1.sources);
  // The estimate from one source s, times 1/n, summed over every s, is the exact value.
  std::vector<double> sum(30, 0.0);
  for (std::uint32_t s = 0; s < 30; ++s) {
    const std::vector<double> one = betweenness_from_sources(g, {s});
    for (std::size_t v = 0; v < 30; ++v) sum[v] += one[v] / 30.0;
  }
  const Betweenness exact = betweenness(g);
  for (std::size_t v = 0; v < 30; ++v) EXPECT_NEAR(sum[v], exact.value[v], 1e-12);
  EXPECT_EQ(betweenness_from_sources(g, s1.sources), s1.value);
  // K >= n is exact.
  EXPECT_EQ(betweenness(g, {30, 1}).value, betweenness(g).value);
  EXPECT_FALSE(betweenness(g, {30, 1}).sampled());
}

TEST(BetweennessTest, SampleSourcesAreDistinct) {
  std::vector<std::uint32_t> s = sample_sources(100, 40, 3);
  std::sort(s.begin(), s.end());
  EXPECT_EQ(std::unique(s.begin(), s.end()), s.end());
  EXPECT_EQ(s.size(), 40u);
}

TEST(CoreAndClusteringTest, TriangleWithPendant) {
  // Triangle 0-1-2 (with a parallel and a reversed relation), pendant 3 on 0, self loop on 3.
  const AnalysisGraph g = AnalysisGraph::from_edges(4, {{0, 1}, {1, 2}, {2, 0}, {1, 0}, {0, 3}, {3, 3}});
  EXPECT_EQ(core_number(g), (std::vector<std::uint32_t>{2, 2, 2, 1}));
  const std::vector<double> c = clustering(g);
  EXPECT_DOUBLE_EQ(c[0], 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(c[1], 1.0);
  EXPECT_EQ(c[3], 0.0);
}

TEST(DegreeTest, CountsEveryRelationIncludingParallelAndLoops) {
  const AnalysisGraph g = AnalysisGraph::from_edges(3, {{0, 1}, {0, 1}, {2, 2}});
  const Degrees d = degrees(g);
  EXPECT_EQ(d.out[0], 2u);
  EXPECT_EQ(d.in[1], 2u);
  EXPECT_EQ(d.total(2), 2u);  // a self loop counts in and out, as in NetworkX
  EXPECT_DOUBLE_EQ(degree_centrality(g, d)[0], 1.0);
  EXPECT_EQ(degree_histogram(d), (std::vector<std::size_t>{0, 0, 3}));
  EXPECT_DOUBLE_EQ(density(g), 3.0 / 6.0);
}

TEST(DiameterTest, ExactOnPathAndBoundedWhenBudgetRunsOut) {
  Edges edges;
  for (std::uint32_t v = 0; v + 1 < 10; ++v) edges.push_back({v + 1, v});  // direction ignored
  edges.push_back({20, 21});                                               // a smaller component
  const AnalysisGraph g = AnalysisGraph::from_edges(22, edges);
  const Diameter d = diameter(g, weak_components(g));
  EXPECT_TRUE(d.exact);
  EXPECT_EQ(d.value, 9u);
  EXPECT_EQ(d.component_size, 10u);
  const Diameter cut = diameter(g, weak_components(g), 1);
  EXPECT_FALSE(cut.exact);
  EXPECT_LE(cut.value, 9u);
  EXPECT_GE(cut.upper, 9u);
}

// The summary's BFS budget: 1,000 runs on a small graph, fewer on a large one (so that
// the diameter costs about diameter_work steps), never fewer than diameter_min_bfs.
TEST(DiameterTest, BudgetShrinksWithTheGraph) {
  Edges edges;
  for (std::uint32_t v = 0; v + 1 < 1000; ++v) edges.push_back({v, v + 1});
  const AnalysisGraph g = AnalysisGraph::from_edges(1000, edges);  // 1,000 + 1,998 adjacency entries
  AnalysisOptions options;
  EXPECT_EQ(diameter_budget(g, options), 1000u);
  options.diameter_work = 30000;
  EXPECT_EQ(diameter_budget(g, options), 10u);
  options.diameter_work = 10;
  EXPECT_EQ(diameter_budget(g, options), options.diameter_min_bfs);
  options.diameter_work = 30000;
  options.measures = {};
  const AnalysisResult r = analyze(g, options);
  EXPECT_LE(r.summary.diameter.bfs_runs, 10u);
  EXPECT_LE(r.summary.diameter.value, 999u);
  EXPECT_GE(r.summary.diameter.upper, 999u);
}

TEST(AnalysisGraphTest, ViewRestrictsNodesAndRelations) {
  KnowledgeGraph kg;
  const NodeId a = kg.add_node("http://ex.org/a");
  const NodeId b = kg.add_node("http://ex.org/b");
  const NodeId c = kg.add_node("http://ex.org/c");
  const Sym p = kg.intern("http://ex.org/p");
  kg.add_edge(a, p, b);
  kg.add_edge(b, p, c);
  View view;
  view.node = {true, true, false};
  view.edge = {true, true};
  view.node_count = 2;
  view.edge_count = 2;
  const AnalysisGraph g = AnalysisGraph::from(kg, &view);
  EXPECT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.edge_count(), 1u);
  EXPECT_EQ(g.node(1), b);
  EXPECT_EQ(AnalysisGraph::from(kg).edge_count(), 2u);
}

TEST(AnalysisTest, XsdDoubleIsCanonical) {
  EXPECT_EQ(xsd_double(0.0), "0.0E0");
  EXPECT_EQ(xsd_double(1.0), "1.0E0");
  EXPECT_EQ(xsd_double(0.0015), "1.5E-3");
  EXPECT_EQ(xsd_double(123456.0), "1.23456E5");
  EXPECT_EQ(std::stod(xsd_double(0.1 + 0.2)), 0.1 + 0.2);
}

TEST(AnalysisTest, AutomaticSamplingAboveTheWorkLimit) {
  Edges edges;
  for (std::uint32_t v = 0; v + 1 < 200; ++v) edges.push_back({v, v + 1});
  const AnalysisGraph g = AnalysisGraph::from_edges(200, edges);
  AnalysisOptions options;
  options.measures = {Measure::kBetweenness};
  options.auto_sample_work = 1000;  // 200 * 199 is more
  options.auto_samples = 20;
  const AnalysisResult r = analyze(g, options);
  EXPECT_EQ(r.sources.size(), 20u);
  options.auto_sample = false;
  EXPECT_TRUE(analyze(g, options).sources.empty());
}

}  // namespace
TEST(WeightedPathsTest, WeightsAreDistancesAndTheLightestParallelRelationCounts) {
  // 0->1 (1), 1->2 (1), 0->2 (5): by weight the shortest path 0 to 2 runs through 1.
  const AnalysisGraph::Edges edges = {{0, 1}, {1, 2}, {0, 2}};
  const AnalysisGraph g = AnalysisGraph::from_edges(3, edges, {1.0, 1.0, 5.0});
  EXPECT_DOUBLE_EQ(betweenness(g).value[1], 0.5);                                    // raw 1, scaled by 1/((n-1)(n-2))
  EXPECT_DOUBLE_EQ(betweenness(AnalysisGraph::from_edges(3, edges)).value[1], 0.0);  // unweighted: direct
  EXPECT_DOUBLE_EQ(closeness(g)[2], 2.0 / 3.0);                                      // distances to 2: 1 and 2
  EXPECT_DOUBLE_EQ(closeness(AnalysisGraph::from_edges(3, edges))[2], 1.0);
  // A parallel 0->2 of weight 2 ties with 0->1->2: two shortest paths, half through 1.
  const AnalysisGraph tied = AnalysisGraph::from_edges(3, {{0, 1}, {1, 2}, {0, 2}, {0, 2}}, {1.0, 1.0, 5.0, 2.0});
  EXPECT_DOUBLE_EQ(betweenness(tied).value[1], 0.25);
  EXPECT_DOUBLE_EQ(closeness(tied)[2], 2.0 / 3.0);
  // Sampled from every source: the exact values.
  EXPECT_EQ(betweenness_from_sources(tied, {0, 1, 2}), betweenness(tied).value);
  EXPECT_EQ(closeness_from_sources(g, {0, 1, 2}), closeness(g));
}

}  // namespace kgforge::graph
