// SPDX-License-Identifier: MIT
// Views: the part of a graph an export or an analysis looks at (an ego network, what
// held on a date, some classes). A view never edits the graph; it marks nodes and edges.
#ifndef KGFORGE_GRAPH_VIEW_HPP
#define KGFORGE_GRAPH_VIEW_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kgforge::graph {

/// Which properties carry dates and what each date means. The ontology decides
/// (ontology/time.hpp: a kgf:PartialDate property under schema:startDate,
/// schema:foundingDate or schema:birthDate begins something; under schema:endDate,
/// schema:dissolutionDate or schema:deathDate ends it; under dcterms:date it is a one-off
/// event). Without an ontology only kgf:since, kgf:until and kgf:date are known (core()).
struct TimeProperties {
  enum class Kind { kNone, kStart, kEnd, kEvent };
  std::vector<std::string> start;  ///< kgf:since, kgf:foundingDate, kgf:birthDate, ...
  std::vector<std::string> end;    ///< kgf:until, kgf:dissolutionDate, kgf:deathDate, ...
  std::vector<std::string> event;  ///< kgf:date
  Kind kind_of(std::string_view property_iri) const;
  /// kgf:since, kgf:until and kgf:date only (for a graph used without an ontology).
  static const TimeProperties& core();
};

struct ViewOptions {
  std::string focus;  ///< id, IRI, name or alias of the centre; "" = no ego filter
  int depth = 1;      ///< ego radius, following edges in both directions
  /// YYYY, YYYY-MM or YYYY-MM-DD: the network as it stood on that date; "" = no date filter.
  std::string as_of;
  /// Two dates A, B: what held at some time from A to B (as_of D is between D D); empty = none.
  std::vector<std::string> between;
  /// With a date filter: also drop what has no date (undated relations, and entities
  /// with no date of their own and no dated relation kept).
  bool dated_only = false;
  TimeProperties time = TimeProperties::core();  ///< the ontology's: ontology::time_properties
  std::vector<std::string> classes;              ///< class IRIs (already expanded); empty = all
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
  /// With a date filter: the kept nodes and edges that have no date (writers mark them,
  /// DOT draws them dashed, analyze lists them). Empty without a date filter.
  std::vector<bool> undated_node;  ///< by NodeId
  std::vector<bool> undated_edge;  ///< by Edge::id
  std::size_t undated_nodes = 0;
  std::size_t undated_edges = 0;
  bool timed() const { return !undated_edge.empty() || !undated_node.empty(); }
  bool is_undated_node(NodeId n) const { return n < undated_node.size() && undated_node[n]; }
  bool is_undated_edge(std::uint32_t id) const { return id < undated_edge.size() && undated_edge[id]; }
  bool whole() const { return !focus && node_count == node.size() && edge_count == edge.size(); }
};

/// Resolves `text` to a node: an id under the graph's base, a full IRI, or a name or
/// alias (exact, then case-insensitive). Throws kgforge::Error naming the candidates
/// when a name is ambiguous, or with a suggestion when nothing matches.
NodeId resolve_entity(const KnowledgeGraph& graph, std::string_view text);

/// When a relation held, or an entity existed: `since` / `until` (a period, either end
/// open), or an event's date (`event`, in `since`: it holds from then on). Empty when
/// undated. Dates are as written (YYYY[-MM[-DD]]).
struct Period {
  std::string since;
  std::string until;
  bool event = false;
  bool dated() const { return !since.empty() || !until.empty(); }
};
/// A relation's period, from its qualifiers (kgf:since / kgf:until, or kgf:date).
Period period_of(const KnowledgeGraph& graph, EdgeRef e, const TimeProperties& time = TimeProperties::core());
/// An entity's lifetime, from its own attributes (founding / dissolution, birth /
/// death, an event's date); the earliest start and the latest end when several are given.
Period lifetime_of(const KnowledgeGraph& graph, NodeId n, const TimeProperties& time = TimeProperties::core());

/// period_of and lifetime_of for many relations and entities (a writer's whole graph),
/// asking TimeProperties about each property once.
class PeriodReader {
 public:
  PeriodReader(const KnowledgeGraph& graph, const TimeProperties& time);
  ~PeriodReader();
  PeriodReader(const PeriodReader&) = delete;
  PeriodReader& operator=(const PeriodReader&) = delete;
  Period of(EdgeRef e);
  Period lifetime(NodeId n);
  /// What a qualifier or attribute with this predicate says about time (kNone: nothing).
  TimeProperties::Kind kind(Sym predicate);

 private:
  struct Kinds;
  const KnowledgeGraph& graph_;
  std::unique_ptr<Kinds> kinds_;
};

/// The one text of a period that messages, tables and tooltips show: "2013 – 2015",
/// "since 2013", "until 2015", an event's "2014-03-01", or "" when undated.
std::string period_text(const Period& period);

/// True if something with `period` held at some time from `from` to `to` (all
/// YYYY[-MM[-DD]]). A partial date covers its whole span: since 2013 holds on
/// 2013-01-01; until 2013 holds on 2013-12-31. An event holds from its date on.
bool held_between(const Period& period, std::string_view from, std::string_view to);
/// held_between(period, date, date).
bool held_on(const Period& period, std::string_view date);

/// Computes the view. The class filter drops nodes (and their edges). The date filter
/// (as_of, between) drops relations that did not hold then and entities whose own dates
/// say they did not exist then (with their relations); undated ones stay, marked in
/// undated_node / undated_edge, unless dated_only. The ego filter keeps what is within
/// `depth` steps of the focus over the remaining edges.
/// Throws kgforge::UsageError for an unknown focus or a date that is not a real one.
View make_view(const KnowledgeGraph& graph, const ViewOptions& options);

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_VIEW_HPP
