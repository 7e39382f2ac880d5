// SPDX-License-Identifier: MIT
#include "graph/stats.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "graph/knowledge_graph.hpp"

namespace kgforge::graph {

namespace {

std::vector<std::pair<std::string, std::size_t>> ranked(const std::map<std::string, std::size_t>& counts) {
  std::vector<std::pair<std::string, std::size_t>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

}  // namespace

std::vector<std::size_t> weak_components(const KnowledgeGraph& graph, std::size_t& count) {
  const std::size_t n = graph.node_count();
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (NodeId u = 0; u < n; ++u) {
    for (auto [it, end] = boost::out_edges(u, graph.model()); it != end; ++it) {
      const std::size_t a = find_root(parent, u);
      const std::size_t b = find_root(parent, boost::target(*it, graph.model()));
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  std::vector<std::size_t> component(n);
  std::vector<std::size_t> number(n, static_cast<std::size_t>(-1));
  count = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t root = find_root(parent, v);
    if (number[root] == static_cast<std::size_t>(-1)) number[root] = count++;
    component[v] = number[root];
  }
  return component;
}

GraphStats compute_stats(const KnowledgeGraph& graph) {
  GraphStats s;
  s.entities = graph.node_count();
  s.relations = graph.edge_count();
  std::map<std::string, std::size_t> classes, predicates, quals, cited;
  auto count_qualifier = [&](const Qualifier& q) {
    ++quals[std::string(graph.str(q.predicate))];
    if (q.value.kind == Value::Kind::kIri) ++cited[std::string(graph.str(q.value.text))];
  };
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    graph.for_each_property(n, [&](const NodeProperty& p) {
      graph.for_each_qualifier(p, [&](const Qualifier& q) {
        ++s.value_qualifiers;
        count_qualifier(q);
      });
      if (p.role == Role::kClass) {
        ++classes[std::string(graph.str(p.value.text))];
      } else if (p.role == Role::kAttribute && p.value.is_iri()) {
        ++cited[std::string(graph.str(p.value.text))];
      } else if (p.role != Role::kSameAs) {
        ++s.attributes;
      }
    });
  }
  graph.for_each_edge([&](EdgeRef e) {
    ++predicates[std::string(graph.predicate(e))];
    graph.for_each_qualifier(e, [&](const Qualifier& q) {
      ++s.qualifiers;
      count_qualifier(q);
    });
  });
  s.classes = ranked(classes);
  s.predicates = ranked(predicates);
  s.qualifier_predicates = ranked(quals);
  s.cited = ranked(cited);
  const std::vector<std::size_t> component = weak_components(graph, s.weak_components);
  std::vector<std::size_t> sizes(s.weak_components, 0);
  for (std::size_t c : component) ++sizes[c];
  for (std::size_t size : sizes) s.largest_component = std::max(s.largest_component, size);
  return s;
}

}  // namespace kgforge::graph
