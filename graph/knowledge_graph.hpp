// SPDX-License-Identifier: MIT
// The model: a property graph over boost::adjacency_list with an exact RDF reading.
#ifndef KGFORGE_GRAPH_KNOWLEDGE_GRAPH_HPP
#define KGFORGE_GRAPH_KNOWLEDGE_GRAPH_HPP

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "graph/string_pool.hpp"
#include "graph/term.hpp"

namespace kgforge::graph {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

/// Vertex bundle: a resource. Classes, aliases, description, sameAs links and
/// literal attributes are NodeProperty records held by the graph (properties()).
struct Node {
  Sym iri = 0;   ///< the IRI, or the label of a blank node
  Sym name = 0;  ///< the primary label (0 if none)
  std::uint32_t first_property = kNone;
  std::uint32_t last_property = kNone;
  Location where;  ///< where the resource was defined
  bool blank = false;
};

/// Edge bundle: a relation. 24 bytes. Boost's directed adjacency_list holds each
/// edge bundle behind its own heap pointer; malloc would give it a 32-byte chunk,
/// so bundles come from a slab pool at 24 bytes (plain operator new under
/// AddressSanitizer, so it still sees every edge).
struct Edge {
  Sym predicate = 0;
  std::uint32_t id = 0;  ///< 0..edge_count()-1 in insertion order
  std::uint32_t first_qualifier = kNone;
  Location where;  ///< where the relation was stated

  static void* operator new(std::size_t size);
  static void operator delete(void* p, std::size_t size) noexcept;
};

/// A namespace prefix declaration, kept for writers that abbreviate IRIs.
struct Prefix {
  std::string prefix;
  std::string iri;
};

/// A knowledge graph. Nodes are numbered 0..node_count()-1 in insertion order and
/// edges 0..edge_count()-1; iteration follows those orders, so a graph built from
/// the same input in the same order iterates identically. Nothing is ever removed:
/// views (ego networks, as-of filters) are computed over the graph, not by editing it.
class KnowledgeGraph {
 public:
  using Model = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node, Edge>;
  using NodeId = Model::vertex_descriptor;
  using EdgeRef = Model::edge_descriptor;

  KnowledgeGraph() = default;
  /// Moves are cheap (the model is not copied); the moved-from graph is empty.
  KnowledgeGraph(KnowledgeGraph&& other) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept;
  ~KnowledgeGraph();
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  // --- strings -------------------------------------------------------------------------
  Sym intern(std::string_view s) { return strings_.intern(s); }
  std::string_view str(Sym s) const { return strings_.view(s); }
  const StringPool& strings() const { return strings_; }
  Location location(std::string_view file, std::uint32_t line, std::uint32_t column) {
    return {intern(file), line, column};
  }
  TextLocation text_location(const Location& where) const {
    return {std::string(str(where.file)), where.line, where.column};
  }

  // --- nodes ---------------------------------------------------------------------------
  /// Returns the node for `iri`, creating it (with `where`) if absent.
  NodeId add_node(std::string_view iri, Location where = {});
  /// Returns the blank node labelled `label`, creating it if absent.
  NodeId add_blank_node(std::string_view label, Location where = {});
  std::optional<NodeId> find_node(std::string_view iri) const;
  /// find_node(base_iri() + the id minted by mint_iri()).
  std::optional<NodeId> find_by_id(std::string_view id) const;
  std::size_t node_count() const { return boost::num_vertices(*model_); }
  const Node& node(NodeId n) const { return (*model_)[n]; }
  std::string_view iri(NodeId n) const { return str((*model_)[n].iri); }
  std::string_view name(NodeId n) const { return str((*model_)[n].name); }
  void set_name(NodeId n, std::string_view name) { (*model_)[n].name = intern(name); }
  void set_where(NodeId n, Location where) { (*model_)[n].where = where; }

  /// A handle to one property record, for add_qualifier(PropertyRef, ...).
  using PropertyRef = std::uint32_t;
  /// Adds `p` (its first_qualifier is ignored: a new property has no qualifiers).
  PropertyRef add_property(NodeId n, const NodeProperty& p);
  /// Qualifies one attribute value (its own source, ...), as add_qualifier(EdgeRef)
  /// qualifies a relation; in insertion order.
  void add_qualifier(PropertyRef p, const Qualifier& q);
  const NodeProperty& property(PropertyRef p) const { return props_[p].property; }
  /// Calls f(PropertyRef, const NodeProperty&) for each property of `n` in insertion order.
  template <class F>
  void for_each_property_ref(NodeId n, F&& f) const {
    for (std::uint32_t i = (*model_)[n].first_property; i != kNone; i = props_[i].next) f(i, props_[i].property);
  }
  /// Calls f(const Qualifier&) for each qualifier of the property value `p`.
  template <class F>
  void for_each_qualifier(const NodeProperty& p, F&& f) const {
    for (std::uint32_t i = p.first_qualifier; i != kNone; i = quals_[i].next) f(quals_[i].qualifier);
  }
  void add_class(NodeId n, Sym class_iri, Location where = {}) {
    add_property(n, {Role::kClass, 0, Value::iri(class_iri), where});
  }
  /// Calls f(const NodeProperty&) for each property of `n` in insertion order.
  template <class F>
  void for_each_property(NodeId n, F&& f) const {
    for (std::uint32_t i = (*model_)[n].first_property; i != kNone; i = props_[i].next) f(props_[i].property);
  }
  std::vector<NodeProperty> properties(NodeId n) const;
  /// Calls f(NodeProperty&) for each property of `n`, so that validation can retype a
  /// literal to the datatype the ontology declares. Only `value` may be changed.
  /// (A property's qualifiers: update_qualifiers(const NodeProperty&, f).)
  template <class F>
  void update_properties(NodeId n, F&& f) {
    for (std::uint32_t i = (*model_)[n].first_property; i != kNone; i = props_[i].next) f(props_[i].property);
  }
  /// The class IRIs of `n`, in insertion order.
  std::vector<Sym> classes(NodeId n) const;
  bool has_class(NodeId n, Sym class_iri) const;

  // --- edges ---------------------------------------------------------------------------
  EdgeRef add_edge(NodeId subject, Sym predicate, NodeId object, Location where = {});
  void add_qualifier(EdgeRef e, const Qualifier& q);
  std::size_t edge_count() const { return edge_count_; }
  const Edge& edge(EdgeRef e) const { return (*model_)[e]; }
  NodeId source(EdgeRef e) const { return boost::source(e, *model_); }
  NodeId target(EdgeRef e) const { return boost::target(e, *model_); }
  std::string_view predicate(EdgeRef e) const { return str((*model_)[e].predicate); }
  template <class F>
  void for_each_qualifier(EdgeRef e, F&& f) const {
    for (std::uint32_t i = (*model_)[e].first_qualifier; i != kNone; i = quals_[i].next) f(quals_[i].qualifier);
  }
  std::vector<Qualifier> qualifiers(EdgeRef e) const;
  /// Calls f(Qualifier&) for each qualifier of `e` (validation retypes values).
  template <class F>
  void update_qualifiers(EdgeRef e, F&& f) {
    for (std::uint32_t i = (*model_)[e].first_qualifier; i != kNone; i = quals_[i].next) f(quals_[i].qualifier);
  }
  /// Calls f(Qualifier&) for each qualifier of the property value `p` (validation).
  template <class F>
  void update_qualifiers(const NodeProperty& p, F&& f) {
    for (std::uint32_t i = p.first_qualifier; i != kNone; i = quals_[i].next) f(quals_[i].qualifier);
  }
  /// Every edge, ordered by source node then insertion order (deterministic). A copy
  /// (24 bytes an edge); to visit them, for_each_edge() costs nothing.
  std::vector<EdgeRef> edges() const;
  /// Calls f(EdgeRef) for every edge, in edges()'s order, without copying them.
  template <class F>
  void for_each_edge(F&& f) const {
    for (NodeId n = 0; n < node_count(); ++n) {
      for (auto [it, end] = boost::out_edges(n, *model_); it != end; ++it) f(*it);
    }
  }
  /// Out-edges of `n` in insertion order.
  std::vector<EdgeRef> out_edges(NodeId n) const;

  // --- metadata ------------------------------------------------------------------------
  const std::string& base_iri() const { return base_iri_; }
  void set_base_iri(std::string base) { base_iri_ = std::move(base); }
  /// Declared prefixes in declaration order; a later declaration of the same
  /// prefix replaces the earlier one.
  const std::vector<Prefix>& prefixes() const { return prefixes_; }
  void add_prefix(std::string_view prefix, std::string_view iri);

  /// Node ids ordered by IRI (blank nodes last, by label): the order writers use.
  std::vector<NodeId> nodes_by_iri() const;

  /// Read-only access for Boost.Graph algorithms.
  const Model& model() const { return *model_; }

  /// Moves every node, property, edge and qualifier (of relations and of property
  /// values) of `other` into this graph.
  /// Nodes with the same IRI are merged. Prefixes of `other` are added.
  void merge(const KnowledgeGraph& other);

 private:
  struct PropertyRecord {
    NodeProperty property;
    std::uint32_t next = kNone;
  };
  struct QualifierRecord {
    Qualifier qualifier;
    std::uint32_t next = kNone;
  };

  NodeId add_vertex_for(Sym key, bool blank, Location where);

  // Behind a pointer: Boost 1.74's adjacency_list has no move constructor, so a
  // defaulted move of the graph copied every vertex and edge (twice the model's
  // memory at the peak of each `return graph`).
  std::unique_ptr<Model> model_ = std::make_unique<Model>();
  StringPool strings_;
  std::vector<std::uint32_t> node_of_sym_;   // Sym -> NodeId + 1 (0 = none); IRIs
  std::vector<std::uint32_t> blank_of_sym_;  // Sym -> NodeId + 1 for blank labels
  // Chunked, so a million records cost no doubling slack and no copy on growth.
  std::deque<PropertyRecord> props_;
  std::deque<QualifierRecord> quals_;
  std::size_t edge_count_ = 0;
  std::string base_iri_;
  std::vector<Prefix> prefixes_;
};

using NodeId = KnowledgeGraph::NodeId;
using EdgeRef = KnowledgeGraph::EdgeRef;
using PropertyRef = KnowledgeGraph::PropertyRef;

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_KNOWLEDGE_GRAPH_HPP
