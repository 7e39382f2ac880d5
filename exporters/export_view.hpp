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

/// The view options the export options ask for: focus/depth, as-of, and the
/// --classes names resolved by ontology::resolve_class_names (so an unknown class
/// is a UsageError), with the ontology's subclasses.
graph::ViewOptions export_view_options(const graph::KnowledgeGraph& graph, const ExportOptions& options);

/// The view the options ask for (focus/depth, as-of, classes with subclasses).
graph::View export_view(const graph::KnowledgeGraph& graph, const ExportOptions& options);

/// The view a network format (GraphML, GEXF) writes: export_view() without the source
/// documents and sections (graph/sources.hpp, with the ontology's subclasses) unless
/// `options.include_sources`, as `kgforge analyze` leaves them out. The node/edge tables
/// keep them (export_view()): they are the lossless exchange format (docs/tables.md).
graph::View network_view(const graph::KnowledgeGraph& graph, const ExportOptions& options);

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
