// SPDX-License-Identifier: MIT
// GraphML for NetworkX, igraph, Gephi and yEd, written by kgforge itself (Boost's
// write_graphml leaves ids and attr.name unescaped, writes control characters raw,
// booleans as 1/0 and doubles with 6 digits). docs/graphml.md documents the keys.
#ifndef KGFORGE_EXPORTERS_GRAPHML_EXPORTER_HPP
#define KGFORGE_EXPORTERS_GRAPHML_EXPORTER_HPP

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

/// Nodes, in IRI order and with their display ids (graph/names.hpp) as GraphML ids,
/// carry `iri`, `label`, `class`, `classes`, `aliases`, `description`, `same_as` and one
/// key per attribute property; source documents are left out unless
/// ExportOptions::include_sources (network_view()); edges e0, e1, ...
/// carry `predicate`, `label` and one key per qualifier property. Each key is
/// declared once per (for, attr.name) with the type the ontology gives the property
/// (int, long, double, boolean; string when values disagree), named so that pandas,
/// NetworkX, igraph and R take it as it is (never id, key, source, target, from, to,
/// name). The <desc> gives the property IRI and the values' one datatype. A value with several
/// values on some element is a JSON array string on every element that has it.
/// Throws kgforge::Error naming the entity and attribute for text XML 1.0 cannot carry.
class GraphmlExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_GRAPHML_EXPORTER_HPP
