// SPDX-License-Identifier: MIT
#include "graph/sources.hpp"

#include <algorithm>

#include "graph/vocab.hpp"

namespace kgforge::graph {

SourceDocuments::SourceDocuments(const KnowledgeGraph& graph, SubclassTest is_subclass, const void* context)
    : graph_(graph), is_subclass_(is_subclass), context_(context) {}

bool SourceDocuments::is_document_class(Sym class_iri) const {
  const auto [it, added] = known_.try_emplace(class_iri, false);
  if (!added) return it->second;
  const std::string_view iri = graph_.str(class_iri);
  bool document = iri == vocab::kgf::kSourceDocument || iri == vocab::kgf::kDocumentSection;
  if (!document && is_subclass_ != nullptr) {
    document = is_subclass_(context_, iri, vocab::kgf::kSourceDocument) ||
               is_subclass_(context_, iri, vocab::kgf::kDocumentSection);
  }
  it->second = document;
  return document;
}

bool SourceDocuments::is_source(NodeId n) const {
  bool any = false, all = true;
  graph_.for_each_property(n, [&](const NodeProperty& p) {
    if (p.role != Role::kClass || !all) return;
    any = true;
    all = is_document_class(p.value.text);
  });
  return any && all;
}

std::size_t exclude_sources(const KnowledgeGraph& graph, View& view, const SourceDocuments& rule) {
  std::size_t dropped = 0;
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    if (view.node[n] && rule.is_source(n)) {
      view.node[n] = false;
      ++dropped;
    }
  }
  if (dropped == 0) return 0;
  graph.for_each_edge([&](EdgeRef e) {
    const std::uint32_t id = graph.edge(e).id;
    if (view.edge[id] && (!view.node[graph.source(e)] || !view.node[graph.target(e)])) view.edge[id] = false;
  });
  view.node_count = static_cast<std::size_t>(std::count(view.node.begin(), view.node.end(), true));
  view.edge_count = static_cast<std::size_t>(std::count(view.edge.begin(), view.edge.end(), true));
  return dropped;
}

}  // namespace kgforge::graph
