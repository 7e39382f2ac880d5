// SPDX-License-Identifier: MIT
// DOT for Graphviz, written by kgforge itself (Boost's write_graphviz_dp leaves the
// keywords node/graph/strict unquoted and breaks on a trailing backslash).
#ifndef KGFORGE_EXPORTERS_DOT_EXPORTER_HPP
#define KGFORGE_EXPORTERS_DOT_EXPORTER_HPP

#include <cstddef>
#include <string>

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

/// A diagram as DOT text, with the size of what it draws (legend excluded).
struct DotDiagram {
  std::string text;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t clusters = 0;  ///< --cluster: organisations drawn as clusters
};

/// Builds the diagram of the view the options ask for. Every id and string is
/// quoted and escaped once; ids are the entities' ids (IRI without the base), the
/// label is the name wrapped at 24 code points with the class label(s) on the next
/// line; shapes and colours come from the ontology's display hints (inherited through
/// rdfs:subClassOf; values outside an allow-list are ignored); a legend cluster lists
/// the classes drawn. Source documents and their sections are left out unless
/// --classes asks for them. Throws kgforge::Error (naming the entity) for text that
/// is not UTF-8 or holds a control character.
DotDiagram make_dot(const graph::KnowledgeGraph& graph, const ExportOptions& options);

class DotExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_DOT_EXPORTER_HPP
