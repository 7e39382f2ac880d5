// SPDX-License-Identifier: MIT
// RDF/XML through Raptor2's plain `rdfxml` serializer (not rdfxml-abbrev, which can
// write `ymlns:rdf`), with no base URI. Refuses, with an error naming the problem, a
// predicate IRI that does not end in an XML NCName (Raptor would silently drop the
// triple) and text that XML 1.0 cannot carry (C0 control characters other than
// TAB, LF and CR).
#ifndef KGFORGE_EXPORTERS_RDFXML_EXPORTER_HPP
#define KGFORGE_EXPORTERS_RDFXML_EXPORTER_HPP

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

class RdfXmlExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_RDFXML_EXPORTER_HPP
