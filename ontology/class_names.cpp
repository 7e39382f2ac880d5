// SPDX-License-Identifier: MIT
#include "ontology/class_names.hpp"

#include <set>

#include "core/error.hpp"
#include "core/text.hpp"
#include "graph/names.hpp"

namespace kgforge::ontology {

std::vector<std::string> resolve_class_names(const graph::KnowledgeGraph& graph, const Ontology* onto,
                                             const std::vector<std::string>& names) {
  std::vector<std::string> out;
  std::string problems;
  std::set<std::string, std::less<>> known;  // class IRIs, built on the first name that needs them
  auto known_classes = [&]() -> const std::set<std::string, std::less<>>& {
    if (!known.empty()) return known;
    if (onto != nullptr) {
      for (const ClassInfo& c : onto->classes()) {
        known.insert(c.iri);
        known.insert(c.super_classes.begin(), c.super_classes.end());  // schema:Person, org:Organization, ...
      }
    }
    for (graph::NodeId n = 0; n < graph.node_count(); ++n) {
      for (graph::Sym c : graph.classes(n)) known.emplace(graph.str(c));
    }
    return known;
  };
  for (const std::string& name : names) {
    if (name.empty()) continue;
    const graph::NameExpansion e = graph::expand_name(name, graph.prefixes());
    if (!e.ok()) {
      problems += "\n  bad class name '" + name + "': " + e.message();
      continue;
    }
    if (known_classes().count(e.iri) == 0) {
      std::vector<std::string> shown;
      for (const std::string& iri : known_classes()) shown.push_back(graph::compact_name(iri, graph.prefixes()));
      const std::vector<std::string_view> candidates(shown.begin(), shown.end());
      problems += "\n  unknown class '" + name + "'" + did_you_mean(name, candidates);
      continue;
    }
    out.push_back(e.iri);
  }
  if (!problems.empty()) throw UsageError("--classes:" + problems);
  return out;
}

bool subclass_test(const void* ontology, std::string_view sub, std::string_view super) {
  return static_cast<const Ontology*>(ontology)->is_subclass_of(sub, super);
}

}  // namespace kgforge::ontology
