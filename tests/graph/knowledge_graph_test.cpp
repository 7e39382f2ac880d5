// SPDX-License-Identifier: MIT
#include "graph/knowledge_graph.hpp"

#include <gtest/gtest.h>

#include "graph/iri.hpp"

namespace kgforge::graph {
namespace {

TEST(KnowledgeGraphTest, AddNodeReturnsExistingNodeForSameIri) {
  KnowledgeGraph g;
  const NodeId a = g.add_node("http://ex.org/a");
  const NodeId b = g.add_node("http://ex.org/b");
  EXPECT_NE(a, b);
  EXPECT_EQ(g.add_node("http://ex.org/a"), a);
  EXPECT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.find_node("http://ex.org/b"), b);
  EXPECT_FALSE(g.find_node("http://ex.org/c").has_value());
}

TEST(KnowledgeGraphTest, BlankNodesAndIrisWithSameTextAreDistinct) {
  KnowledgeGraph g;
  const NodeId iri = g.add_node("b0");
  const NodeId blank = g.add_blank_node("b0");
  EXPECT_NE(iri, blank);
  EXPECT_TRUE(g.node(blank).blank);
  EXPECT_EQ(g.add_blank_node("b0"), blank);
}

TEST(KnowledgeGraphTest, PropertiesKeepInsertionOrder) {
  KnowledgeGraph g;
  const NodeId a = g.add_node("http://ex.org/a");
  g.add_class(a, g.intern("http://ex.org/C1"));
  g.add_property(a, {Role::kAlias, 0, Value::literal(g.intern("A")), {}});
  g.add_class(a, g.intern("http://ex.org/C2"));
  const std::vector<Sym> classes = g.classes(a);
  ASSERT_EQ(classes.size(), 2u);
  EXPECT_EQ(g.str(classes[0]), "http://ex.org/C1");
  EXPECT_EQ(g.str(classes[1]), "http://ex.org/C2");
  EXPECT_EQ(g.properties(a).size(), 3u);
  EXPECT_TRUE(g.has_class(a, g.intern("http://ex.org/C2")));
}

TEST(KnowledgeGraphTest, EdgesCarryQualifiersInOrder) {
  KnowledgeGraph g;
  const NodeId a = g.add_node("http://ex.org/a");
  const NodeId b = g.add_node("http://ex.org/b");
  const EdgeRef e = g.add_edge(a, g.intern("http://ex.org/p"), b, g.location("kb.yaml", 3, 5));
  g.add_qualifier(e, {g.intern("http://ex.org/since"), Value::literal(g.intern("2006"), g.intern("x:gYear"))});
  g.add_qualifier(e, {g.intern("http://ex.org/note"), Value::literal(g.intern("n"))});
  g.add_edge(a, g.intern("http://ex.org/p"), b);  // parallel edge
  EXPECT_EQ(g.edge_count(), 2u);
  const std::vector<Qualifier> q = g.qualifiers(e);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(g.str(q[0].value.text), "2006");
  EXPECT_EQ(g.str(q[1].predicate), "http://ex.org/note");
  EXPECT_EQ(to_string(g.text_location(g.edge(e).where)), "kb.yaml:3:5");
  EXPECT_EQ(g.edges().size(), 2u);
  EXPECT_EQ(g.edge(g.edges()[1]).id, 1u);
}

TEST(KnowledgeGraphTest, NodesByIriIsSortedWithBlankNodesLast) {
  KnowledgeGraph g;
  g.add_blank_node("z");
  g.add_node("http://ex.org/c");
  g.add_node("http://ex.org/a");
  const auto order = g.nodes_by_iri();
  EXPECT_EQ(g.iri(order[0]), "http://ex.org/a");
  EXPECT_EQ(g.iri(order[1]), "http://ex.org/c");
  EXPECT_TRUE(g.node(order[2]).blank);
}

TEST(KnowledgeGraphTest, FindByIdMintsTheIriUnderTheBase) {
  KnowledgeGraph g;
  g.set_base_iri("https://ex.org/kb/");
  const NodeId n = g.add_node("https://ex.org/kb/Virtual%20Global%20Taskforce");
  EXPECT_EQ(g.find_by_id("Virtual Global Taskforce"), n);
}

TEST(KnowledgeGraphTest, MergeJoinsNodesByIri) {
  KnowledgeGraph a, b;
  const NodeId x = a.add_node("http://ex.org/x");
  a.set_name(x, "X");
  const NodeId y = b.add_node("http://ex.org/y");
  const NodeId x2 = b.add_node("http://ex.org/x");
  b.add_edge(y, b.intern("http://ex.org/p"), x2);
  a.merge(b);
  EXPECT_EQ(a.node_count(), 2u);
  ASSERT_EQ(a.edge_count(), 1u);
  EXPECT_EQ(a.iri(a.target(a.edges()[0])), "http://ex.org/x");
  EXPECT_EQ(a.name(x), "X");
}

TEST(IriTest, MintPercentEncodesWhatAnIriMayNotHold) {
  EXPECT_EQ(mint_iri_suffix("ceop"), "ceop");
  EXPECT_EQ(mint_iri_suffix("Virtual Global Taskforce"), "Virtual%20Global%20Taskforce");
  EXPECT_EQ(mint_iri_suffix("a/b#c?d"), "a%2Fb%23c%3Fd");
  EXPECT_EQ(mint_iri_suffix("Zo\xC3\xAB"), "Zo\xC3\xAB");
  EXPECT_EQ(mint_iri_suffix("100%"), "100%25");
  EXPECT_EQ(mint_iri_suffix("<x>\"{}|^`\\"), "%3Cx%3E%22%7B%7D%7C%5E%60%5C");
  EXPECT_FALSE(iri_problem("https://w3id.org/kgforge/ceop/" + mint_iri_suffix("a b<c>\\d\x01")).has_value());
}

TEST(IriTest, ProblemsAreNamed) {
  EXPECT_FALSE(iri_problem("http://ex.org/a").has_value());
  EXPECT_TRUE(iri_problem("ex.org/a").has_value());
  EXPECT_TRUE(iri_problem("http://ex.org/a b").has_value());
  EXPECT_TRUE(iri_problem("http://ex.org/<a>").has_value());
  EXPECT_TRUE(iri_problem("http://ex.org/%zz").has_value());
  EXPECT_TRUE(iri_problem("http://ex.org/\xFF").has_value());
}

TEST(IriTest, NcNames) {
  EXPECT_TRUE(is_ncname("partOf"));
  EXPECT_TRUE(is_ncname("_x-1.2"));
  EXPECT_FALSE(is_ncname("1abc"));
  EXPECT_FALSE(is_ncname("a:b"));
  EXPECT_FALSE(is_ncname(""));
}

}  // namespace
}  // namespace kgforge::graph
