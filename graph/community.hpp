// SPDX-License-Identifier: MIT
// Communities: Louvain (Blondel et al. 2008) and modularity, with NetworkX's
// definitions (nx.community.louvain_communities, nx.community.modularity) on the
// undirected graph: every relation an undirected edge of its weight, parallel
// relations adding up, a self loop counting twice in its vertex's degree.
#ifndef KGFORGE_GRAPH_COMMUNITY_HPP
#define KGFORGE_GRAPH_COMMUNITY_HPP

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/algorithms.hpp"

namespace kgforge::graph {

struct LouvainOptions {
  double resolution = 1.0;
  double threshold = 1e-7;  ///< stop when a level gains less modularity than this
  std::uint64_t seed = 0;   ///< the order vertices are visited in (SplitMix64 shuffle)
};

struct Communities {
  std::vector<std::uint32_t> of;   ///< community of each vertex; 0 is the largest
  std::vector<std::size_t> sizes;  ///< by number
  double modularity = 0.0;         ///< of this partition (modularity() below)
  int levels = 0;                  ///< aggregation levels run
  std::size_t count() const { return sizes.size(); }
};

/// Louvain: move each vertex (in a seeded random order) to the neighbouring community
/// that gains the most modularity, until no move gains; merge communities into
/// vertices and repeat while a level gains more than `threshold`. The same graph and
/// seed give the same partition. Numbered by size, largest first, ties by smallest vertex.
Communities louvain(const AnalysisGraph& g, const LouvainOptions& options = {});

/// nx.community.modularity(G.to_undirected(), communities, weight, resolution):
/// sum over communities of L_c / m - resolution (d_c / 2m)^2, with L_c the weight of
/// the edges inside c, d_c the summed degree of c and m the total weight. 0 when m = 0.
double modularity(const AnalysisGraph& g, const std::vector<std::uint32_t>& community, double resolution = 1.0);

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_COMMUNITY_HPP
