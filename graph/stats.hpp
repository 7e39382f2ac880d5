// SPDX-License-Identifier: MIT
// Summary statistics of a knowledge graph (kgforge stats).
#ifndef KGFORGE_GRAPH_STATS_HPP
#define KGFORGE_GRAPH_STATS_HPP

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace kgforge::graph {

class KnowledgeGraph;

struct GraphStats {
  std::size_t entities = 0;
  std::size_t relations = 0;
  std::size_t attributes = 0;        ///< literal attributes, aliases and descriptions
  std::size_t qualifiers = 0;        ///< of relations
  std::size_t value_qualifiers = 0;  ///< of attribute values (an attribute value's own source, ...)
  std::size_t weak_components = 0;
  std::size_t largest_component = 0;
  /// (IRI, count), most frequent first, then by IRI.
  std::vector<std::pair<std::string, std::size_t>> classes;
  std::vector<std::pair<std::string, std::size_t>> predicates;
  /// The predicates of the qualifiers of relations and of attribute values.
  std::vector<std::pair<std::string, std::size_t>> qualifier_predicates;
  /// IRIs used as the value of a qualifier or an attribute (the sources cited: a
  /// relation's or an attribute value's kgf:source qualifier, an entity's kgf:source
  /// attribute), with how many relations, values and entities cite them.
  std::vector<std::pair<std::string, std::size_t>> cited;
};

GraphStats compute_stats(const KnowledgeGraph& graph);

/// Weakly connected components by union-find (correct on the directed model,
/// unlike boost::connected_components). Returns a component number per node,
/// numbered by first appearance, and sets `count`.
std::vector<std::size_t> weak_components(const KnowledgeGraph& graph, std::size_t& count);

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_STATS_HPP
