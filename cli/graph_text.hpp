// SPDX-License-Identifier: MIT
// Text helpers shared by analyze, path and neighbours: aligned tables, CSV fields,
// entity labels, and the view options turned into a graph::ViewOptions.
#ifndef KGFORGE_CLI_GRAPH_TEXT_HPP
#define KGFORGE_CLI_GRAPH_TEXT_HPP

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/view.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::cli {

/// A table printed with aligned columns (widths in code points, not bytes).
class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header, std::vector<bool> right_aligned = {})
      : header_(std::move(header)), right_(std::move(right_aligned)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out, std::string_view indent = "") const;
  std::size_t size() const { return rows_.size(); }

 private:
  std::vector<std::string> header_;
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

/// Code points in a UTF-8 string.
std::size_t display_width(std::string_view s);
/// `s` cut to `max` code points, with "…" when cut.
std::string clip(std::string_view s, std::size_t max);
/// A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view s);

/// "Name (id)", or the id alone when the node has no name.
std::string entity_label(const graph::KnowledgeGraph& g, graph::NodeId n);
/// {"iri": ..., "id": ..., "name": ...} (for --format json).
std::string entity_json(const graph::KnowledgeGraph& g, graph::NodeId n);
/// The class labels of a node, comma-separated ("" if none).
std::string class_labels(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, graph::NodeId n);
/// A relation's period as graph::period_text shows it ("2013 – 2015", "since 2013", ...),
/// read with `time`: the ontology's date properties (view_options(...).time).
std::string period_text(const graph::KnowledgeGraph& g, graph::EdgeRef e, const graph::TimeProperties& time);

/// The view options of `options` (--focus, --depth, --as-of, --classes) for make_view:
/// class names expanded (bare = kgf:, prefix:local, <iri>) and the ontology's subclass
/// test (`onto` must outlive the result).
graph::ViewOptions view_options(const graph::KnowledgeGraph& g, const exporters::ExportOptions& options,
                                const ontology::Ontology& onto);

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_GRAPH_TEXT_HPP
