// SPDX-License-Identifier: MIT
// What a source document is: the one rule that diagrams (hidden unless asked for),
// analysis (left out unless --include-sources) and RDF (dcterms:title) all follow.
#ifndef KGFORGE_GRAPH_SOURCES_HPP
#define KGFORGE_GRAPH_SOURCES_HPP

#include <cstddef>
#include <string_view>
#include <unordered_map>

#include "graph/knowledge_graph.hpp"
#include "graph/view.hpp"

namespace kgforge::graph {

/// A node is a source document if it has a class and every class it has is
/// kgf:SourceDocument, kgf:DocumentSection, or (when a subclass test is given, e.g.
/// the ontology's) a subclass of one. An entity that is also typed as a document is
/// not one: it stays in diagrams and analyses.
class SourceDocuments {
 public:
  using SubclassTest = bool (*)(const void* context, std::string_view sub, std::string_view super);
  explicit SourceDocuments(const KnowledgeGraph& graph, SubclassTest is_subclass = nullptr,
                           const void* context = nullptr);

  /// True if `class_iri` (a Sym of the graph) is a document class. Computed once per class.
  bool is_document_class(Sym class_iri) const;
  /// True if node `n` is a source document.
  bool is_source(NodeId n) const;

 private:
  const KnowledgeGraph& graph_;
  SubclassTest is_subclass_;
  const void* context_;
  mutable std::unordered_map<Sym, bool> known_;
};

/// Drops the source documents from `view`, and their relations. Returns how many
/// nodes were dropped.
std::size_t exclude_sources(const KnowledgeGraph& graph, View& view, const SourceDocuments& rule);

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_SOURCES_HPP
