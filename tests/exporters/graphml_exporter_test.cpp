// SPDX-License-Identifier: MIT
#include "exporters/graphml_exporter.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "core/error.hpp"
#include "tests/exporters/hostile_graph.hpp"

namespace kgforge::exporters {
namespace {

using testing::hostile_graph;

std::string write_graphml(const graph::KnowledgeGraph& g, const ExportOptions& options = {}) {
  std::ostringstream out;
  GraphmlExporter().write(g, options, out);
  return out.str();
}

// attr.name -> attr.type for one domain.
std::map<std::string, std::string> key_types(const std::string& xml, const std::string& domain) {
  std::map<std::string, std::string> out;
  const std::regex key("<key id=\"d\\d+\" for=\"" + domain + "\" attr.name=\"([^\"]+)\" attr.type=\"([a-z]+)\"");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), key); it != std::sregex_iterator(); ++it) {
    EXPECT_TRUE(out.emplace((*it)[1], (*it)[2]).second) << "key declared twice: " << (*it)[1];
  }
  return out;
}

TEST(GraphmlExporterTest, DeclaresEachKeyOnceWithTheValuesType) {
  const std::string xml = write_graphml(hostile_graph());
  const auto node = key_types(xml, "node");
  EXPECT_EQ(node.at("employees"), "long");
  EXPECT_EQ(node.at("budget"), "double");
  EXPECT_EQ(node.at("active"), "boolean");
  EXPECT_EQ(node.at("code"), "string");     // 42 on one node, "forty-two" on another
  EXPECT_EQ(node.at("website"), "string");  // two values on one node: a JSON array
  EXPECT_EQ(node.at("iri"), "string");
  EXPECT_EQ(node.count("same_as"), 0u);  // no node has one: not declared
  const auto edge = key_types(xml, "edge");
  EXPECT_EQ(edge.at("predicate"), "string");
  EXPECT_EQ(edge.at("label"), "string");
  EXPECT_EQ(edge.at("since"), "string");
}

TEST(GraphmlExporterTest, EveryDataKeyIsDeclared) {
  const std::string xml = write_graphml(hostile_graph());
  std::set<std::string> declared, used;
  const std::regex key("<key id=\"(d\\d+)\""), data("<data key=\"(d\\d+)\"");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), key); it != std::sregex_iterator(); ++it)
    declared.insert((*it)[1]);
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), data); it != std::sregex_iterator(); ++it)
    used.insert((*it)[1]);
  EXPECT_EQ(declared, used);
}

TEST(GraphmlExporterTest, WritesCanonicalNumbersAndBooleans) {
  const std::string xml = write_graphml(hostile_graph());
  EXPECT_NE(xml.find(">7</data>"), std::string::npos);    // +007
  EXPECT_NE(xml.find(">6.5</data>"), std::string::npos);  // 6.50
  EXPECT_NE(xml.find(">0.1</data>"), std::string::npos);
  EXPECT_NE(xml.find(">true</data>"), std::string::npos);
  EXPECT_NE(xml.find(">false</data>"), std::string::npos);  // "0"
  EXPECT_EQ(xml.find(">0</data>"), std::string::npos);
}

TEST(GraphmlExporterTest, DoublesRoundTrip) {
  graph::KnowledgeGraph g;
  const graph::NodeId n = testing::add_entity(g, "x", "x", "Thing");
  testing::add_literal(g, n, "ratio", "0.33333333333333331483", "double");
  testing::add_literal(g, testing::add_entity(g, "y", "y", "Thing"), "ratio", "123456789.123", "double");
  const std::string xml = write_graphml(g);
  EXPECT_NE(xml.find(">0.3333333333333333</data>"), std::string::npos);
  EXPECT_NE(xml.find(">123456789.123</data>"), std::string::npos);
}

TEST(GraphmlExporterTest, ListsAreJsonArraysAndParallelEdgesHaveDistinctIds) {
  const std::string xml = write_graphml(hostile_graph());
  EXPECT_NE(xml.find("[&quot;https://example.org/a?b=1&amp;c=&lt;2&gt;&quot;,&quot;https://example.org/second&quot;]"),
            std::string::npos);
  EXPECT_NE(xml.find("[&quot;Z \\&quot;one\\&quot;&quot;,&quot;Zed\\\\&quot;]"), std::string::npos);
  std::set<std::string> ids;
  const std::regex edge("<edge id=\"(e\\d+)\"");
  std::size_t count = 0;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), edge); it != std::sregex_iterator(); ++it, ++count)
    ids.insert((*it)[1]);
  EXPECT_EQ(count, 10u);
  EXPECT_EQ(ids.size(), 10u);
}

TEST(GraphmlExporterTest, EscapesTextSoThatCrAndTabSurvive) {
  const std::string xml = write_graphml(hostile_graph());
  EXPECT_NE(xml.find(">first line&#10;second&#13;&#10;third&#9;tabbed</data>"), std::string::npos);
  EXPECT_NE(xml.find(">Say &quot;hi&quot; \\ C:\\dir\\</data>"), std::string::npos);
}

TEST(GraphmlExporterTest, RefusesControlCharactersNamingEntityAndAttribute) {
  graph::KnowledgeGraph g = hostile_graph();
  const graph::NodeId n = testing::add_entity(g, "bad-one", "fine name", "Person");
  testing::add_literal(g, n, "motto", "bell\x07here");
  try {
    write_graphml(g);
    FAIL() << "a U+0007 was written";
  } catch (const Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("entity 'bad-one'"), std::string::npos) << what;
    EXPECT_NE(what.find("attribute 'motto'"), std::string::npos) << what;
    EXPECT_NE(what.find("U+0007"), std::string::npos) << what;
  }
}

TEST(GraphmlExporterTest, RefusesInvalidUtf8InAName) {
  graph::KnowledgeGraph g;
  testing::add_entity(g, "latin1", "caf\xE9", "Person");
  EXPECT_THROW(write_graphml(g), Error);
}

TEST(GraphmlExporterTest, IsDeterministicAndFollowsTheView) {
  const graph::KnowledgeGraph g = hostile_graph();
  EXPECT_EQ(write_graphml(g), write_graphml(g));
  ExportOptions options;
  options.classes = {"Person"};
  const std::string xml = write_graphml(g, options);
  EXPECT_EQ(xml.find("ns#Organisation"), std::string::npos);
  EXPECT_NE(xml.find("ns#Person"), std::string::npos);
  EXPECT_EQ(xml.find("<edge "), std::string::npos);  // every relation ends at an organisation
}

TEST(GraphmlExporterTest, IdsAreDisplayIdsKeysAvoidReservedNamesSourcesLeftOut) {
  graph::KnowledgeGraph g;
  g.set_base_iri(testing::kBase);
  const graph::NodeId a = testing::add_entity(g, "ceop", "CEOP", "Organisation");
  const graph::NodeId b = testing::add_entity(g, "nca", "NCA", "Organisation");
  const graph::NodeId doc = testing::add_entity(g, "article", "The article", "SourceDocument");
  const graph::EdgeRef e = g.add_edge(a, g.intern(testing::kgf("partOf")), b);
  g.add_qualifier(e, {g.intern(testing::kgf("source")), graph::Value::iri(g.intern(g.iri(doc)))});
  g.add_edge(a, g.intern(testing::kgf("source")), doc);
  const std::string xml = write_graphml(g);
  EXPECT_NE(xml.find("<node id=\"ceop\">"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<edge id=\"e0\" source=\"ceop\" target=\"nca\">"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("<node id=\"article\">"), std::string::npos) << xml;  // a source document
  const std::map<std::string, std::string> edge = key_types(xml, "edge");
  EXPECT_EQ(edge.count("source"), 0u);
  EXPECT_EQ(edge.count("kgf_source"), 1u);
  EXPECT_NE(xml.find("ns#source (IRIs)</desc>"), std::string::npos) << xml;
  ExportOptions with_sources;
  with_sources.include_sources = true;
  EXPECT_NE(write_graphml(g, with_sources).find("<node id=\"article\">"), std::string::npos);
}

}  // namespace
}  // namespace kgforge::exporters
