// SPDX-License-Identifier: MIT
// Louvain, modularity, eigenvector centrality, HITS, sampled closeness and the
// undirected / weighted snapshots, on graphs small enough to work out by hand. The
// comparison with NetworkX itself is tests/interop/analysis_communities.py.
#include "graph/community.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "core/error.hpp"
#include "graph/algorithms.hpp"

namespace kgforge::graph {
namespace {

using Edges = AnalysisGraph::Edges;

// Two triangles joined by one edge: 0-1-2 and 3-4-5, bridge 2-3.
Edges two_triangles() { return {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}}; }

// 8 cliques of 5 on 40 vertices, each joined to the next by one edge: the cliques are the
// known best partition.
Edges ring_of_cliques() {
  Edges edges;
  for (std::uint32_t k = 0; k < 8; ++k) {
    for (std::uint32_t i = 0; i < 5; ++i)
      for (std::uint32_t j = i + 1; j < 5; ++j) edges.emplace_back(5 * k + i, 5 * k + j);
    edges.emplace_back(5 * k, (5 * k + 7) % 40);
  }
  return edges;
}

TEST(ModularityTest, MatchesTheFormulaByHand) {
  const AnalysisGraph g = AnalysisGraph::from_edges(6, two_triangles());
  // m = 7; each triangle: L_c = 3, degree sum 7. Q = 2 (3/7 - (7/14)^2) = 6/7 - 1/2.
  EXPECT_NEAR(modularity(g, {0, 0, 0, 1, 1, 1}), 6.0 / 7.0 - 0.5, 1e-15);
  EXPECT_NEAR(modularity(g, {0, 0, 0, 0, 0, 0}), 0.0, 1e-15);
  // Resolution scales the null-model term.
  EXPECT_NEAR(modularity(g, {0, 0, 0, 1, 1, 1}, 2.0), 6.0 / 7.0 - 1.0, 1e-15);
}

TEST(ModularityTest, SelfLoopsCountTwiceInDegreeAndParallelEdgesAddUp) {
  // 0-1 twice, a loop at 2, 1-2 once: m = 4, degrees 2, 3, 3.
  const AnalysisGraph g = AnalysisGraph::from_edges(3, {{0, 1}, {1, 0}, {2, 2}, {1, 2}});
  const double q = 2.0 / 4.0 - std::pow(5.0 / 8.0, 2) + 1.0 / 4.0 - std::pow(3.0 / 8.0, 2);
  EXPECT_NEAR(modularity(g, {0, 0, 1}), q, 1e-15);
}

TEST(LouvainTest, FindsTheTwoTrianglesAndIsDeterministic) {
  const AnalysisGraph g = AnalysisGraph::from_edges(6, two_triangles());
  for (std::uint64_t seed : {0u, 1u, 7u}) {
    const Communities c = louvain(g, {1.0, 1e-7, seed});
    ASSERT_EQ(c.count(), 2u) << seed;
    EXPECT_EQ(c.of[0], c.of[1]);
    EXPECT_EQ(c.of[1], c.of[2]);
    EXPECT_EQ(c.of[3], c.of[4]);
    EXPECT_NE(c.of[0], c.of[3]);
    EXPECT_EQ(c.of[0], 0u);  // ties in size: the community of the smallest vertex first
    EXPECT_NEAR(c.modularity, 6.0 / 7.0 - 0.5, 1e-15);
    const Communities again = louvain(g, {1.0, 1e-7, seed});
    EXPECT_EQ(again.of, c.of);
  }
}

TEST(LouvainTest, RingOfCliquesIsSplitIntoTheCliques) {
  const Edges edges = ring_of_cliques();
  const AnalysisGraph g = AnalysisGraph::from_edges(40, edges);
  const Communities c = louvain(g, {1.0, 1e-7, 3});
  std::vector<std::uint32_t> cliques(40);
  for (std::uint32_t v = 0; v < 40; ++v) cliques[v] = v / 5;
  EXPECT_GE(c.modularity, modularity(g, cliques) - 1e-12);
  EXPECT_NEAR(c.modularity, modularity(g, c.of), 1e-15);
}

// The aggregated levels hold their weights as floats only when every one is a whole number
// below 2^24 (exact), else as doubles: the same ring weighted 1, 1/3 (fractional) and
// 2^25 + 1 (whole, but not exact in a float) gives the same partition (modularity does not
// change when every weight is scaled) and the modularity of the partition it reports.
TEST(LouvainTest, WeightsOfEveryKindGiveTheScaledPartition) {
  const Edges edges = ring_of_cliques();
  const Communities unit = louvain(AnalysisGraph::from_edges(40, edges), {1.0, 1e-7, 3});
  for (const double w : {1.0 / 3.0, 33554433.0}) {
    const AnalysisGraph g = AnalysisGraph::from_edges(40, edges, std::vector<double>(edges.size(), w));
    const Communities c = louvain(g, {1.0, 1e-7, 3});
    EXPECT_EQ(c.of, unit.of) << w;
    EXPECT_NEAR(c.modularity, unit.modularity, 1e-12) << w;
    EXPECT_NEAR(c.modularity, modularity(g, c.of), 1e-15) << w;
  }
}

TEST(LouvainTest, EmptyAndEdgelessGraphs) {
  EXPECT_TRUE(louvain(AnalysisGraph::from_edges(0, {})).of.empty());
  const Communities c = louvain(AnalysisGraph::from_edges(3, {}));
  EXPECT_EQ(c.count(), 3u);
  EXPECT_EQ(c.modularity, 0.0);
}

TEST(UndirectedTest, EveryRelationBothWaysAndDegreesCountLoopsTwice) {
  const AnalysisGraph g = AnalysisGraph::from_edges(3, {{0, 1}, {0, 1}, {2, 2}}, {}, true);
  EXPECT_TRUE(g.undirected());
  EXPECT_EQ(g.relation_count(), 3u);
  EXPECT_EQ(g.edge_count(), 5u);  // 0->1 twice, 1->0 twice, the loop once
  const Degrees d = degrees(g);
  EXPECT_EQ(d.total(0), 2u);
  EXPECT_EQ(d.total(1), 2u);
  EXPECT_EQ(d.total(2), 2u);
  EXPECT_NEAR(density(g), 2.0 * 3.0 / 6.0, 1e-15);
}

TEST(WeightTest, PageRankFollowsWeights) {
  // 0 -> 1 (weight 3), 0 -> 2 (weight 1): 1 gets three times 2's share from 0.
  const AnalysisGraph w = AnalysisGraph::from_edges(3, {{0, 1}, {0, 2}}, {3.0, 1.0});
  const AnalysisGraph parallel = AnalysisGraph::from_edges(3, {{0, 1}, {0, 1}, {0, 1}, {0, 2}});
  const PageRank a = pagerank(w), b = pagerank(parallel);
  for (std::size_t v = 0; v < 3; ++v) EXPECT_NEAR(a.rank[v], b.rank[v], 1e-12);
  EXPECT_GT(a.rank[1], a.rank[2]);
}

TEST(EigenvectorTest, StarCentreAndUnitNorm) {
  // Undirected star: the centre's share is 1/sqrt(2), each leaf 1/sqrt(2k) (k = 4).
  const AnalysisGraph g = AnalysisGraph::from_edges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}, {}, true);
  const std::vector<double> x = eigenvector_centrality(g, {1000, 1e-12});
  EXPECT_NEAR(x[0], 1.0 / std::sqrt(2.0), 1e-6);
  for (std::size_t v = 1; v < 5; ++v) EXPECT_NEAR(x[v], 1.0 / std::sqrt(8.0), 1e-6);
  EXPECT_NEAR(std::inner_product(x.begin(), x.end(), x.begin(), 0.0), 1.0, 1e-12);
}

TEST(EigenvectorTest, NotConvergingThrows) {
  EXPECT_THROW(eigenvector_centrality(AnalysisGraph::from_edges(2, {{0, 1}, {1, 0}}), {1, 1e-12}), Error);
}

TEST(HitsTest, HubsPointAtAuthorities) {
  // 0 and 1 both point at 2 and 3; 1 also at 4.
  const AnalysisGraph g = AnalysisGraph::from_edges(5, {{0, 2}, {0, 3}, {1, 2}, {1, 3}, {1, 4}});
  const Hits h = hits(g);
  EXPECT_NEAR(std::accumulate(h.hubs.begin(), h.hubs.end(), 0.0), 1.0, 1e-12);
  EXPECT_NEAR(std::accumulate(h.authorities.begin(), h.authorities.end(), 0.0), 1.0, 1e-12);
  EXPECT_GT(h.hubs[1], h.hubs[0]);
  EXPECT_EQ(h.hubs[2], 0.0);
  EXPECT_NEAR(h.authorities[2], h.authorities[3], 1e-12);
  EXPECT_GT(h.authorities[2], h.authorities[4]);
  EXPECT_EQ(h.authorities[0], 0.0);
}

TEST(ClosenessSampleTest, EverySourceGivesTheExactValue) {
  const Edges edges = {{0, 1}, {1, 2}, {2, 3}, {3, 1}, {4, 2}, {0, 4}};
  const AnalysisGraph g = AnalysisGraph::from_edges(6, edges);
  std::vector<std::uint32_t> all(6);
  std::iota(all.begin(), all.end(), 0u);
  const std::vector<double> exact = closeness(g), sampled = closeness_from_sources(g, all);
  for (std::size_t v = 0; v < 6; ++v) EXPECT_NEAR(sampled[v], exact[v], 1e-15) << v;
}

TEST(ClosenessSampleTest, EstimateScalesFromTheSample) {
  // Path 0 -> 1 -> 2 -> 3; sources {0, 1}: vertex 3 is at distances 3 and 2, both reach it.
  const AnalysisGraph g = AnalysisGraph::from_edges(4, {{0, 1}, {1, 2}, {2, 3}});
  const std::vector<double> c = closeness_from_sources(g, {0, 1});
  EXPECT_NEAR(c[3], 2.0 / 5.0 * (2.0 / 2.0), 1e-15);
  EXPECT_NEAR(c[1], 1.0 / 1.0 * (1.0 / 1.0), 1e-15);  // only 0 (1 is itself a source)
  EXPECT_EQ(c[0], 0.0);
}

}  // namespace
}  // namespace kgforge::graph
