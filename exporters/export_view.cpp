// SPDX-License-Identifier: MIT
#include "exporters/export_view.hpp"

#include <deque>
#include <set>

#include "core/error.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/sources.hpp"
#include "ontology/class_names.hpp"
#include "ontology/time.hpp"

namespace kgforge::exporters {

graph::ViewOptions export_view_options(const graph::KnowledgeGraph& graph, const ExportOptions& options) {
  graph::ViewOptions view;
  view.focus = options.focus;
  view.depth = options.depth;
  view.as_of = options.as_of;
  view.between = options.between;
  view.dated_only = options.dated_only;
  view.classes = ontology::resolve_class_names(graph, options.ontology, options.classes);
  if (options.ontology != nullptr) {
    view.is_subclass = &ontology::subclass_test;
    view.subclass_context = options.ontology;
  }
  view.time = ontology::time_properties(options.ontology);
  return view;
}

graph::View export_view(const graph::KnowledgeGraph& graph, const ExportOptions& options) {
  return graph::make_view(graph, export_view_options(graph, options));
}

graph::View network_view(const graph::KnowledgeGraph& graph, const ExportOptions& options) {
  graph::View view = export_view(graph, options);
  if (!options.include_sources) {
    const ontology::Ontology* onto = options.ontology;
    graph::exclude_sources(graph, view,
                           graph::SourceDocuments(graph, onto != nullptr ? &ontology::subclass_test : nullptr, onto));
  }
  return view;
}

namespace {
std::string where_suffix(const graph::KnowledgeGraph& graph, const graph::Location& where) {
  return where.known() ? " (" + to_string(graph.text_location(where)) + ")" : std::string();
}
}  // namespace

std::string describe_node(const graph::KnowledgeGraph& graph, graph::NodeId n) {
  return "entity '" + graph::display_id(graph, n) + "'" + where_suffix(graph, graph.node(n).where);
}

std::string describe_edge(const graph::KnowledgeGraph& graph, graph::EdgeRef e) {
  return "relation '" + graph::display_id(graph, graph.source(e)) + "' " +
         graph::compact_name(graph.predicate(e), graph.prefixes()) + " '" + graph::display_id(graph, graph.target(e)) +
         "'" + where_suffix(graph, graph.edge(e).where);
}

ontology::ClassStyle class_style(const ontology::Ontology* onto, std::string_view class_iri) {
  ontology::ClassStyle style;
  if (onto == nullptr) return style;
  std::deque<std::string> queue{std::string(class_iri)};
  std::set<std::string> seen;
  while (!queue.empty()) {
    const std::string iri = queue.front();
    queue.pop_front();
    if (!seen.insert(iri).second) continue;
    const ontology::ClassInfo* info = onto->find_class(iri);
    if (info == nullptr) continue;
    if (style.shape.empty()) style.shape = info->style.shape;
    if (style.fill.empty()) style.fill = info->style.fill;
    if (style.font_color.empty()) style.font_color = info->style.font_color;
    for (const std::string& super : info->super_classes) queue.push_back(super);
  }
  return style;
}

std::string term_label(const ontology::Ontology* onto, std::string_view iri) {
  if (onto != nullptr) {
    std::string label = onto->label_of(iri);
    if (!label.empty()) return label;
  }
  const std::size_t cut = iri.find_last_of("#/");
  return std::string(cut == std::string_view::npos ? iri : iri.substr(cut + 1));
}

bool is_subproperty_of(const ontology::Ontology* onto, std::string_view property, std::string_view super) {
  if (property == super) return true;
  if (onto == nullptr) return false;
  std::deque<std::string> queue{std::string(property)};
  std::set<std::string> seen;
  while (!queue.empty()) {
    const std::string iri = queue.front();
    queue.pop_front();
    if (iri == super) return true;
    if (!seen.insert(iri).second) continue;
    if (const ontology::PropertyInfo* info = onto->find_property(iri)) {
      for (const std::string& s : info->super_properties) queue.push_back(s);
    }
  }
  return false;
}

}  // namespace kgforge::exporters
