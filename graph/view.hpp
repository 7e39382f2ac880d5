// SPDX-License-Identifier: MIT
// Views: the part of a graph an export or an analysis looks at (an ego network, what
// held on a date, some classes). A view never edits the graph; it marks nodes and edges.
#ifndef KGFORGE_GRAPH_VIEW_HPP
#define KGFORGE_GRAPH_VIEW_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kgforge::graph {

struct ViewOptions {
  std::string focus;                 ///< id, IRI, name or alias of the centre; "" = no ego filter
  int depth = 1;                     ///< ego radius, following edges in both directions
  std::string as_of;                 ///< YYYY, YYYY-MM or YYYY-MM-DD; "" = no date filter
  std::vector<std::string> classes;  ///< class IRIs (already expanded); empty = all
  /// Class IRIs a node must have (or a subclass of): called with (node class IRI,
  /// wanted IRI). Default: equality. The ontology passes its subclass test.
  bool (*is_subclass)(const void* context, std::string_view sub, std::string_view super) = nullptr;
  const void* subclass_context = nullptr;
};

struct View {
  std::vector<bool> node;  ///< by NodeId
  std::vector<bool> edge;  ///< by Edge::id
  std::optional<NodeId> focus;
  std::size_t node_count = 0;
  std::size_t edge_count = 0;
  bool whole() const { return !focus && node_count == node.size() && edge_count == edge.size(); }
};

/// Resolves `text` to a node: an id under the graph's base, a full IRI, or a name or
/// alias (exact, then case-insensitive). Throws kgforge::Error naming the candidates
/// when a name is ambiguous, or with a suggestion when nothing matches.
NodeId resolve_entity(const KnowledgeGraph& graph, std::string_view text);

/// The start and end of what a relation's qualifiers say about when it held:
/// kgf:since / kgf:until, or kgf:date for both. Empty when not given.
struct Period {
  std::string since;
  std::string until;
};
Period period_of(const KnowledgeGraph& graph, EdgeRef e);

/// True if a relation with `period` held on `date` (all YYYY[-MM[-DD]]). A partial
/// date covers its whole span: since 2013 holds on 2013-01-01; until 2013 holds on
/// 2013-12-31.
bool held_on(const Period& period, std::string_view date);

/// Computes the view. The as-of filter drops relations that did not hold on the date
/// (nodes stay); the class filter drops nodes (and their edges); the ego filter keeps
/// what is within `depth` steps of the focus over the remaining edges.
/// Throws kgforge::Error for an unknown focus or a malformed date.
View make_view(const KnowledgeGraph& graph, const ViewOptions& options);

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_VIEW_HPP
