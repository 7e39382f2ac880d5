// SPDX-License-Identifier: MIT
// What the graph exporters share: turning ExportOptions into a graph::View (class
// names expanded to IRIs, the ontology's subclass test), short names for IRIs, and
// the display hints of a class (inherited through rdfs:subClassOf).
#ifndef KGFORGE_EXPORTERS_EXPORT_VIEW_HPP
#define KGFORGE_EXPORTERS_EXPORT_VIEW_HPP

#include <string>
#include <string_view>

#include "exporters/exporter.hpp"
#include "graph/view.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::exporters {

/// A class or property name as written in a KB (`Company`, `schema:Person`,
/// `<http://...>` or a full IRI) expanded to an IRI, the way the YAML importer reads
/// `type:`: a bare name is in the kgf: namespace; a prefix is one the graph declares
/// or a well-known one. Throws kgforge::Error for an unknown prefix.
std::string expand_term(const graph::KnowledgeGraph& graph, std::string_view name);

/// The view the options ask for (focus/depth, as-of, classes with subclasses).
graph::View export_view(const graph::KnowledgeGraph& graph, const ExportOptions& options);

/// A short name for an IRI: the local name for kgf: terms, `prefix:local` when a
/// declared or well-known prefix fits and the rest is non-empty, else the IRI.
std::string compact_iri(const graph::KnowledgeGraph& graph, std::string_view iri);

/// A node's id for people: its IRI without the graph's base when what is left holds
/// no ':' (so it cannot collide with a full IRI) and does not start with '%' (Graphviz
/// reads "%20" as an internal object number), `_:label` for a blank node, else the IRI. Distinct nodes always get distinct display ids.
std::string display_id(const graph::KnowledgeGraph& graph, graph::NodeId n);

/// "entity 'ceop' (kb.yaml:12:5)": how error messages name a node (with where it
/// was defined, when known).
std::string describe_node(const graph::KnowledgeGraph& graph, graph::NodeId n);
/// "relation 'ceop' partOf 'nca' (kb.yaml:20:5)".
std::string describe_edge(const graph::KnowledgeGraph& graph, graph::EdgeRef e);

/// The display hints of `class_iri`: its own, else the nearest super-class's (breadth
/// first over rdfs:subClassOf), field by field. Empty fields when nothing is known.
ontology::ClassStyle class_style(const ontology::Ontology* onto, std::string_view class_iri);

/// The label of a class or property: the ontology's, or the IRI's local name.
std::string term_label(const ontology::Ontology* onto, std::string_view iri);

/// True if `property` is `super` or a (transitive) rdfs:subPropertyOf it.
bool is_subproperty_of(const ontology::Ontology* onto, std::string_view property, std::string_view super);

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_EXPORT_VIEW_HPP
