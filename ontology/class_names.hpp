// SPDX-License-Identifier: MIT
// The --classes option: class names as a user writes them, resolved to class IRIs
// with the same errors and the same "did you mean" in every command and format.
#ifndef KGFORGE_ONTOLOGY_CLASS_NAMES_HPP
#define KGFORGE_ONTOLOGY_CLASS_NAMES_HPP

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::ontology {

/// The class IRIs `names` stand for (graph::expand_name with the graph's prefixes;
/// empty names are skipped). A name must expand, and name a class that `onto` defines
/// or names as a super-class (schema:Person), or that some entity of `graph` has. Otherwise throws UsageError (exit 2)
/// naming every bad name, each with the nearest known class (core/text.hpp's rule):
///   --classes: unknown class 'Organization' (did you mean 'Organisation'?)
std::vector<std::string> resolve_class_names(const graph::KnowledgeGraph& graph, const Ontology* onto,
                                             const std::vector<std::string>& names);

/// graph::ViewOptions::is_subclass for an Ontology passed as the context.
bool subclass_test(const void* ontology, std::string_view sub, std::string_view super);

}  // namespace kgforge::ontology

#endif  // KGFORGE_ONTOLOGY_CLASS_NAMES_HPP
