// SPDX-License-Identifier: MIT
#include "importers/graphml_importer.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/vocab.hpp"
#include "importers/xml_prolog.hpp"

namespace kgforge::importers {
namespace {

using graph::KnowledgeGraph;

struct Read {
  KnowledgeGraph graph;
  Diagnostics diags;
};

Read read(const std::string& text) {
  Read r;
  std::istringstream in(text);
  GraphmlImporter().read(in, "g.graphml", r.graph, r.diags, {});
  return r;
}

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.items()) out += format_text(x) + "\n";
  return out;
}

constexpr const char* kHead = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

TEST(GraphmlImporterTest, MapsKeysDefaultsAndParallelEdges) {
  Read r = read(std::string(kHead) +
                "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                "<key id=\"w\" for=\"node\" attr.name=\"weight\" attr.type=\"double\"><default>1.5</default></key>\n"
                "<key id=\"p\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
                "<graph edgedefault=\"directed\">\n"
                "<node id=\"a b\"><data key=\"l\">Alice</data><data key=\"w\">2</data></node>\n"
                "<node id=\"c\"/>\n"
                "<edge source=\"a b\" target=\"c\"><data key=\"p\">part of</data></edge>\n"
                "<edge source=\"a b\" target=\"c\"><data key=\"p\">part of</data></edge>\n"
                "</graph></graphml>\n");
  ASSERT_FALSE(r.diags.has_errors()) << all(r.diags);
  const auto a = r.graph.find_node(std::string(kGraphmlBase) + "a%20b");
  ASSERT_TRUE(a);
  EXPECT_EQ(graph::display_id(r.graph, *a), "a%20b");  // the IRI keeps the escape
  EXPECT_EQ(r.graph.name(*a), "Alice");
  const auto c = r.graph.find_node(std::string(kGraphmlBase) + "c");
  ASSERT_TRUE(c);
  std::string weights;
  for (const graph::NodeId n : {*a, *c}) {
    r.graph.for_each_property(n, [&](const graph::NodeProperty& p) {
      if (p.role == graph::Role::kAttribute) weights += std::string(r.graph.str(p.value.text)) + ";";
    });
  }
  EXPECT_EQ(weights, "2.0E0;1.5E0;");  // the default for c; xsd:double canonical forms
  ASSERT_EQ(r.graph.edge_count(), 2u);
  for (const graph::EdgeRef e : r.graph.edges()) EXPECT_EQ(r.graph.predicate(e), vocab::kgf_term("partOf"));
}

TEST(GraphmlImporterTest, LocatesEveryErrorAtItsElement) {
  Read r = read(std::string(kHead) +
                "<key id=\"k\" for=\"node\" attr.name=\"age\" attr.type=\"int\"/>\n"
                "<graph edgedefault=\"directed\">\n"
                "  <node id=\"n0\"><data key=\"k\">ten</data></node>\n"
                "  <edge source=\"n0\" target=\"n9\"/>\n"
                "  <node id=\"n1\"><data key=\"nokey\">x</data></node>\n"
                "</graph></graphml>\n");
  const std::string text = all(r.diags);
  EXPECT_NE(text.find("g.graphml:4:17: error: key 'age' (int): 'ten' is not a int [graphml-value]"), std::string::npos)
      << text;
  EXPECT_NE(text.find("g.graphml:5:3: error: edge names node 'n9', which the file does not declare"), std::string::npos)
      << text;
  EXPECT_NE(text.find("g.graphml:6:17: error: <data> names no declared key ('nokey')"), std::string::npos) << text;
}

TEST(GraphmlImporterTest, RefusesEntitiesBeforeTheParserSeesThem) {
  Read r = read(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n  <!ENTITY x \"y\">\n]>\n<graphml "
      "xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>\n");
  EXPECT_NE(all(r.diags).find("g.graphml:3:3: error: the DOCTYPE declares an entity"), std::string::npos)
      << all(r.diags);
  // An external DTD, as old files name graphml.dtd, is allowed (and not read).
  Read old = read("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"/nonexistent/graphml.dtd\">\n" +
                  std::string(kHead) + "<graph edgedefault=\"directed\"><node id=\"a\"/></graph></graphml>\n");
  EXPECT_FALSE(old.diags.has_errors()) << all(old.diags);
  EXPECT_EQ(old.graph.node_count(), 1u);
}

TEST(GraphmlImporterTest, ReportsXmlSyntaxWithLineAndColumn) {
  Read r = read(std::string(kHead) + "<graph edgedefault=\"directed\">\n<node id=\"a\">\n</graph></graphml>\n");
  ASSERT_TRUE(r.diags.has_errors());
  EXPECT_EQ(r.diags.items().front().where.line, 4u) << all(r.diags);
  EXPECT_GT(r.diags.items().front().where.column, 0u) << all(r.diags);
  EXPECT_EQ(r.diags.items().front().code, "graphml-syntax");
}

TEST(XmlPrologTest, FindsTheEndOfThePrologAndItsProblems) {
  EXPECT_TRUE(scan_xml_prolog("<?xml version=\"1.0\"?><!-- c --><graphml/>").complete);
  EXPECT_FALSE(scan_xml_prolog("<?xml version=\"1.0\"?><!DOCTYPE g [").complete);
  EXPECT_FALSE(scan_xml_prolog("<!DOCTYPE g SYSTEM \"x.dtd\"><g/>").problem.empty());
  EXPECT_TRUE(scan_xml_prolog("<!DOCTYPE g SYSTEM \"x.dtd\"><g/>", {false, true}).problem.empty());
  EXPECT_TRUE(scan_xml_prolog("<!DOCTYPE g [<!ENTITY a \"b\">]><g/>").problem.empty());
  EXPECT_FALSE(scan_xml_prolog("<!DOCTYPE g [<!ENTITY a \"b\">]><g/>", {true, true}).problem.empty());
}

}  // namespace
}  // namespace kgforge::importers
