// SPDX-License-Identifier: MIT
// An interactive view as one self-contained HTML page: the diagram of dot_exporter laid
// out by Graphviz (the same picture as the SVG), drawn by the embedded cytoscape.js
// (third_party/cytoscape), with search, a class filter, a date slider and a facts panel.
#ifndef KGFORGE_EXPORTERS_HTML_EXPORTER_HPP
#define KGFORGE_EXPORTERS_HTML_EXPORTER_HPP

#include <string>
#include <string_view>

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

/// The version of the cytoscape.js embedded in every page (third_party/cytoscape/README.md).
std::string_view cytoscape_version();

/// Writes the page. Its data is one JSON block (`<script type="application/json">`)
/// with `<`, `>`, `&`, U+2028 and U+2029 written as \u escapes; the page's scripts read
/// it and insert every name as text (never as HTML). A Content-Security-Policy meta
/// tag allows nothing from the network: only the page's own script and style
/// elements, by their SHA-256 hashes. Node positions and sizes are Graphviz's
/// (place_diagram, the engine render would use), so --annotate's display weight sizes
/// the nodes as in the SVG. The same graph and options give the same bytes.
/// Throws kgforge::Error as render_diagram does.
class HtmlExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_HTML_EXPORTER_HPP
