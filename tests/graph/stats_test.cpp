// SPDX-License-Identifier: MIT
#include "graph/stats.hpp"

#include <gtest/gtest.h>

#include <string>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"

namespace kgforge::graph {
namespace {

const std::string kKgf(ns::kKgf);

NodeId node(KnowledgeGraph& g, const std::string& id, const std::string& cls) {
  const NodeId n = g.add_node("https://example.org/" + id);
  g.add_class(n, g.intern(kKgf + cls));
  return n;
}

TEST(StatsTest, CountsClassesPredicatesQualifiersAndCitedSources) {
  KnowledgeGraph g;
  const NodeId a = node(g, "a", "Company");
  const NodeId b = node(g, "b", "Company");
  const NodeId c = node(g, "c", "Person");
  const NodeId doc = node(g, "doc", "SourceDocument");
  g.add_property(a, {Role::kAlias, 0, Value::literal(g.intern("A")), {}});
  g.add_property(a, {Role::kDescription, 0, Value::literal(g.intern("about A")), {}});
  g.add_property(a, {Role::kSameAs, 0, Value::iri(g.intern("https://en.wikipedia.org/wiki/A")), {}});
  const auto employees =
      g.add_property(a, {Role::kAttribute, g.intern(kKgf + "employees"), Value::literal(g.intern("12")), {}});
  // The attribute value's own source (a value qualifier).
  g.add_qualifier(employees, {g.intern(kKgf + "source"), Value::iri(g.intern(std::string(g.iri(doc))))});
  g.add_property(a, {Role::kAttribute, g.intern(kKgf + "source"), Value::iri(g.intern("https://example.org/doc")), {}});
  const EdgeRef ab = g.add_edge(a, g.intern(kKgf + "partnerOf"), b);
  const EdgeRef cb = g.add_edge(c, g.intern(kKgf + "worksFor"), b);
  const EdgeRef ca = g.add_edge(c, g.intern(kKgf + "worksFor"), a);
  g.add_qualifier(ab, {g.intern(kKgf + "since"), Value::literal(g.intern("2004"))});
  g.add_qualifier(ab, {g.intern(kKgf + "source"), Value::iri(g.intern(std::string(g.iri(doc))))});
  g.add_qualifier(cb, {g.intern(kKgf + "source"), Value::iri(g.intern(std::string(g.iri(doc))))});
  g.add_qualifier(ca, {g.intern(kKgf + "role"), Value::literal(g.intern("director"))});

  const GraphStats s = compute_stats(g);
  EXPECT_EQ(s.entities, 4u);
  EXPECT_EQ(s.relations, 3u);
  EXPECT_EQ(s.attributes, 3u);        // alias, description, employees; not sameAs, classes or cited IRIs
  EXPECT_EQ(s.qualifiers, 4u);        // of relations
  EXPECT_EQ(s.value_qualifiers, 1u);  // of attribute values
  using Rows = std::vector<std::pair<std::string, std::size_t>>;
  EXPECT_EQ(s.classes, (Rows{{kKgf + "Company", 2}, {kKgf + "Person", 1}, {kKgf + "SourceDocument", 1}}));
  EXPECT_EQ(s.predicates, (Rows{{kKgf + "worksFor", 2}, {kKgf + "partnerOf", 1}}));
  EXPECT_EQ(s.qualifier_predicates, (Rows{{kKgf + "source", 3}, {kKgf + "role", 1}, {kKgf + "since", 1}}));
  EXPECT_EQ(s.cited, (Rows{{"https://example.org/doc", 4}}));  // two relations, one value and one entity
  EXPECT_EQ(s.weak_components, 2u);                            // {a, b, c} and {doc}
  EXPECT_EQ(s.largest_component, 3u);
}

TEST(StatsTest, EmptyGraph) {
  const GraphStats s = compute_stats(KnowledgeGraph{});
  EXPECT_EQ(s.entities, 0u);
  EXPECT_EQ(s.weak_components, 0u);
  EXPECT_EQ(s.largest_component, 0u);
}

TEST(StatsTest, WeakComponentsIgnoreEdgeDirection) {
  // a -> b <- c: boost::connected_components on a directed graph would split this.
  KnowledgeGraph g;
  const NodeId a = node(g, "a", "T");
  const NodeId b = node(g, "b", "T");
  const NodeId c = node(g, "c", "T");
  const NodeId d = node(g, "d", "T");
  const NodeId e = node(g, "e", "T");
  g.add_edge(a, g.intern("p"), b);
  g.add_edge(c, g.intern("p"), b);
  g.add_edge(e, g.intern("p"), d);
  std::size_t count = 0;
  const std::vector<std::size_t> component = weak_components(g, count);
  EXPECT_EQ(count, 2u);
  EXPECT_EQ(component[a], 0u);  // numbered by first appearance
  EXPECT_EQ(component[b], 0u);
  EXPECT_EQ(component[c], 0u);
  EXPECT_EQ(component[d], 1u);
  EXPECT_EQ(component[e], 1u);
}

TEST(StatsTest, TiesAreOrderedByIri) {
  KnowledgeGraph g;
  node(g, "x", "Zebra");
  node(g, "y", "Aardvark");
  const GraphStats s = compute_stats(g);
  ASSERT_EQ(s.classes.size(), 2u);
  EXPECT_EQ(s.classes[0].first, kKgf + "Aardvark");
}

}  // namespace
}  // namespace kgforge::graph
