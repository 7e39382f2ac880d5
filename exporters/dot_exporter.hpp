// SPDX-License-Identifier: MIT
// DOT for Graphviz, written by kgforge itself (Boost's write_graphviz_dp leaves the
// keywords node/graph/strict unquoted and breaks on a trailing backslash).
#ifndef KGFORGE_EXPORTERS_DOT_EXPORTER_HPP
#define KGFORGE_EXPORTERS_DOT_EXPORTER_HPP

#include <cstddef>
#include <string>

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

/// The smallest font size the diagram uses (edge labels, the legend's shape names).
inline constexpr double kSmallestFontPt = 8;

/// A diagram as DOT text, with the size of what it draws (legend excluded).
struct DotDiagram {
  std::string text;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t clusters = 0;   ///< --cluster: organisations drawn as clusters
  std::size_t relations = 0;  ///< relations drawn (more than `edges` when parallel ones are merged)
};

/// Builds the diagram of the view the options ask for. Every id and string is
/// quoted and escaped once (text attributes also get `&` as `&amp;`, markup.hpp);
/// ids are the entities' display ids, the label is the name wrapped at
/// options.max_label code points with the class label(s) on the next line; the
/// tooltip lists the entity's facts and the URL is its IRI; shapes and colours come
/// from the ontology's display hints (inherited through rdfs:subClassOf; values
/// outside an allow-list are ignored). Parallel relations with the same look are
/// merged into one edge (not with options.no_merge) whose tooltip lists each
/// relation's dates and sources. The legend, an HTML-like table as the graph's
/// label, lists the node looks and edge looks drawn. Source documents and their
/// sections are left out unless --classes asks for them. Throws kgforge::Error
/// (naming the entity) for text that is not UTF-8 or holds a control character.
DotDiagram make_dot(const graph::KnowledgeGraph& graph, const ExportOptions& options);

class DotExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_DOT_EXPORTER_HPP
