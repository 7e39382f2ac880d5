// SPDX-License-Identifier: MIT
// DOT for Graphviz, written by kgforge itself (Boost's write_graphviz_dp leaves the
// keywords node/graph/strict unquoted and breaks on a trailing backslash).
#ifndef KGFORGE_EXPORTERS_DOT_EXPORTER_HPP
#define KGFORGE_EXPORTERS_DOT_EXPORTER_HPP

#include <cstddef>
#include <string>
#include <vector>

#include "exporters/exporter.hpp"
#include "graph/knowledge_graph.hpp"

namespace kgforge::exporters {

/// The smallest font size the diagram uses (edge labels, the legend's shape names).
inline constexpr double kSmallestFontPt = 8;

/// One entity as the diagram draws it (for writers that draw the diagram themselves).
struct DiagramNode {
  graph::NodeId node = 0;
  std::string id;     ///< its DOT id: the node's name in Graphviz
  std::string label;  ///< the name and the class line, wrapped, as drawn
  std::string shape;  ///< Graphviz shape name
  std::string fill;   ///< #rrggbb...
  std::string font;
  std::string facts;  ///< the tooltip: its facts, one a line
  bool undated = false;
};

/// One drawn edge: the relations it stands for (several when parallel ones are merged).
struct DiagramEdge {
  std::string from;  ///< DOT ids
  std::string to;
  std::string label;
  std::string style;  ///< "" (solid), dashed, dotted, bold
  std::string color;
  std::vector<graph::EdgeRef> relations;
  std::vector<std::string> facts;  ///< per relation: "A part of B", its dates and qualifiers
  bool undated = false;
};

/// A diagram as DOT text, with the size of what it draws (legend excluded).
struct DotDiagram {
  std::string text;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t clusters = 0;              ///< --cluster: organisations drawn as clusters
  std::size_t relations = 0;             ///< relations drawn (more than `edges` when parallel ones are merged)
  std::vector<DiagramNode> drawn_nodes;  ///< with make_dot(..., with_parts): what is drawn, in DOT order
  std::vector<DiagramEdge> drawn_edges;
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
/// With `with_parts`, also lists each node and edge drawn (drawn_nodes, drawn_edges).
DotDiagram make_dot(const graph::KnowledgeGraph& graph, const ExportOptions& options, bool with_parts = false);

class DotExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_DOT_EXPORTER_HPP
