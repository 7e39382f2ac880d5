// SPDX-License-Identifier: MIT
// Shortest paths between two entities, and the relations that make up each step.
#ifndef KGFORGE_GRAPH_PATHS_HPP
#define KGFORGE_GRAPH_PATHS_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kgforge::graph {

struct View;

struct ShortestPaths {
  bool found = false;
  std::size_t length = 0;                  ///< relations per path
  double count = 0;                        ///< how many shortest paths exist (may exceed `paths`)
  std::vector<std::vector<NodeId>> paths;  ///< at most max_paths, in a fixed order
};

/// Every shortest path from `from` to `to` (at most `max_paths` of them listed),
/// following relations forwards, or in either direction when `undirected`. Parallel
/// relations between the same two entities are one step (see relations_between).
/// Only what `view` keeps is used (nullptr: the whole graph).
ShortestPaths shortest_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, bool undirected,
                             std::size_t max_paths, const View* view = nullptr);

/// One relation of a step: the edge and whether it points along the path.
struct StepRelation {
  EdgeRef edge;
  bool forward = true;
};
/// The relations from `u` to `v` (and, when `undirected`, from `v` to `u`), in edge order.
std::vector<StepRelation> relations_between(const KnowledgeGraph& graph, NodeId u, NodeId v, bool undirected,
                                            const View* view = nullptr);

/// Up to `max` entities whose name, alias or id is close to `text` (contains it, or
/// is within a small edit distance), best first: for "did you mean" messages.
std::vector<NodeId> suggest_entities(const KnowledgeGraph& graph, std::string_view text, std::size_t max = 5);

/// "; did you mean: Name (id), ...?" or "" when there is nothing close.
std::string suggestion_text(const KnowledgeGraph& graph, std::string_view text);

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_PATHS_HPP
