// SPDX-License-Identifier: MIT
#include "exporters/dot_exporter.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/ontology.hpp"
#include "tests/exporters/hostile_graph.hpp"

namespace kgforge::exporters {
namespace {

using testing::hostile_graph;

TEST(DotExporterTest, QuotesEveryIdIncludingKeywords) {
  const DotDiagram d = make_dot(hostile_graph(), {});
  EXPECT_EQ(d.nodes, 13u);
  EXPECT_EQ(d.edges, 10u);
  for (const char* id : {"node", "Node", "EDGE", "strict", "subgraph", "Digraph", "graph"}) {
    EXPECT_NE(d.text.find("\n    \"" + std::string(id) + "\" [label="), std::string::npos) << id;
  }
  // Every statement inside the graph starts with a quote, a keyword we wrote or '}'.
  std::istringstream lines(d.text);
  std::string line;
  const std::regex ok(
      R"(^\s*("|\}|subgraph "|(label|style|color|fontsize|charset|rankdir|fontname|nodesep|ranksep)=|(node|edge) \[|subgraph \{|digraph "kgforge" \{|//))");
  while (std::getline(lines, line)) EXPECT_TRUE(std::regex_search(line, ok)) << line;
  EXPECT_NE(d.text.find("charset=\"UTF-8\""), std::string::npos);
}

TEST(DotExporterTest, EscapesLabelsOnce) {
  const std::string text = make_dot(hostile_graph(), {}).text;
  EXPECT_NE(text.find("[label=\"Say \\\"hi\\\" \\\\ C:\\\\dir\\\\\\nPerson\""), std::string::npos);
  EXPECT_NE(text.find("[label=\"ends with a backslash\\\\\\nPerson\""), std::string::npos);
  EXPECT_NE(text.find("[label=\"first line\\nsecond\\nthird\ttabbed\\nPerson\""), std::string::npos);
  EXPECT_NE(text.find("<b>&amp;</b>"), std::string::npos);  // plain label: no HTML, no entity decoding
}

TEST(DotExporterTest, LabelsEdgesWithThePredicateAndDrawsALegend) {
  const std::string text = make_dot(hostile_graph(), {}).text;
  const std::size_t group = text.find("edge [label=\"memberOf\"");
  ASSERT_NE(group, std::string::npos);
  EXPECT_NE(text.find("\"EDGE\" -> \"node\";", group), std::string::npos);
  EXPECT_NE(text.find("subgraph \"cluster_legend\""), std::string::npos);
  EXPECT_NE(text.find("\"legend 0\" [label=\"Organisation\""), std::string::npos);
  EXPECT_NE(text.find("\"legend 1\" [label=\"Person\""), std::string::npos);
}

TEST(DotExporterTest, ClustersUnitsInsideTheirOrganisation) {
  ExportOptions options;
  options.cluster = true;
  const DotDiagram d = make_dot(hostile_graph(), options);
  EXPECT_EQ(d.clusters, 1u);
  const std::size_t start = d.text.find("subgraph \"cluster_0\"");
  ASSERT_NE(start, std::string::npos);
  const std::string cluster = d.text.substr(start, d.text.find("}", start) - start);
  EXPECT_NE(cluster.find("label=\"node\""), std::string::npos);
  EXPECT_NE(cluster.find("\"subgraph\";"), std::string::npos);
  EXPECT_NE(cluster.find("\"ex%3ACEOP\";"), std::string::npos);
  EXPECT_EQ(cluster.find("\"EDGE\""), std::string::npos);  // memberOf is not containment
}

TEST(DotExporterTest, RankdirIsValidated) {
  ExportOptions options;
  options.rankdir = "tb";
  EXPECT_NE(make_dot(hostile_graph(), options).text.find("rankdir=\"TB\""), std::string::npos);
  options.rankdir = "\"; node [shape=x";
  EXPECT_THROW(make_dot(hostile_graph(), options), FormatError);
}

TEST(DotExporterTest, FollowsTheView) {
  ExportOptions options;
  options.focus = "strict";
  options.depth = 1;
  const DotDiagram d = make_dot(hostile_graph(), options);
  EXPECT_EQ(d.nodes, 2u);
  EXPECT_EQ(d.edges, 1u);
  options.focus = "";
  options.classes = {"kgf:Organisation"};
  EXPECT_EQ(make_dot(hostile_graph(), options).nodes, 6u);
}

TEST(DotExporterTest, LeavesSourceDocumentsOut) {
  graph::KnowledgeGraph g = hostile_graph();
  const graph::NodeId doc = testing::add_entity(g, "doc1", "A report", "SourceDocument");
  g.add_edge(testing::add_entity(g, "doc1/s1", "Section 1", "DocumentSection"), g.intern(testing::kgf("partOf")), doc);
  EXPECT_EQ(make_dot(g, {}).nodes, 13u);
  ExportOptions options;
  options.classes = {"SourceDocument", "DocumentSection"};
  EXPECT_EQ(make_dot(g, options).nodes, 2u);
}

TEST(DotExporterTest, RefusesControlCharactersNamingTheEntity) {
  graph::KnowledgeGraph g;
  testing::add_entity(g, "bell", "ring\x07", "Person");
  try {
    make_dot(g, {});
    FAIL() << "a U+0007 was written";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("entity 'https://w3id.org/kgforge/test/bell'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("U+0007"), std::string::npos) << e.what();
  }
}

TEST(DotExporterTest, WrapsLongNames) {
  graph::KnowledgeGraph g;
  testing::add_entity(g, "ceop", "Child Exploitation and Online Protection Command", "LawEnforcementUnit");
  EXPECT_NE(
      make_dot(g, {}).text.find("label=\"Child Exploitation and\\nOnline Protection\\nCommand\\nLawEnforcementUnit\""),
      std::string::npos);
}

}  // namespace
}  // namespace kgforge::exporters

namespace kgforge::exporters {
namespace {

constexpr const char* kStyledOntology = R"(
@prefix kgf: <https://w3id.org/kgforge/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
kgf:Thing a owl:Class ; rdfs:label "thing"@en ; kgf:shape "hexagon" ; kgf:fillColor "#112233" ; kgf:fontColor "#ffffff" .
kgf:Sub a owl:Class ; rdfs:label "sub thing"@en ; rdfs:subClassOf kgf:Thing .
kgf:Bad a owl:Class ; rdfs:label "bad"@en ; kgf:shape "box\"]; evil" ; kgf:fillColor "red; x" .
kgf:rel a owl:ObjectProperty ; rdfs:label "related to"@en ; kgf:lineStyle "dashed" ; kgf:lineColor "#aabbcc" .
kgf:badRel a owl:ObjectProperty ; rdfs:label "bad rel"@en ; kgf:lineStyle "dashed\", x=\"" ; kgf:lineColor "blue\"" .
)";

TEST(DotExporterStyleTest, UsesInheritedDisplayHintsAndIgnoresValuesOutsideTheAllowList) {
  Diagnostics diags;
  const ontology::Ontology onto = importers::read_ontology(kStyledOntology, "styled.ttl", diags);
  graph::KnowledgeGraph g;
  const graph::NodeId sub = testing::add_entity(g, "s", "S", "Sub");
  const graph::NodeId bad = testing::add_entity(g, "b", "B", "Bad");
  g.add_edge(sub, g.intern(testing::kgf("rel")), bad);
  g.add_edge(bad, g.intern(testing::kgf("badRel")), sub);
  ExportOptions options;
  options.ontology = &onto;
  const std::string text = make_dot(g, options).text;
  const std::size_t sub_group = text.find("node [shape=\"hexagon\", fillcolor=\"#112233\", fontcolor=\"#ffffff\"];\n");
  ASSERT_NE(sub_group, std::string::npos) << text;
  EXPECT_EQ(text.find("[label=", sub_group), text.find("[label=\"S\\nsub thing\"", sub_group)) << text;
  const std::size_t bad_group = text.find("node [shape=\"box\", fillcolor=\"#a6cee3\", fontcolor=\"#000000\"];\n");
  ASSERT_NE(bad_group, std::string::npos) << text;
  EXPECT_EQ(text.find("[label=", bad_group), text.find("[label=\"B\\nbad\"", bad_group)) << text;
  EXPECT_NE(text.find("[label=\"related to\", style=\"dashed\", color=\"#aabbcc\""), std::string::npos) << text;
  EXPECT_NE(text.find("[label=\"bad rel\", tooltip="), std::string::npos) << text;
  EXPECT_EQ(text.find("evil"), std::string::npos);
  EXPECT_EQ(text.find("x=\\\""), std::string::npos);
}

}  // namespace
}  // namespace kgforge::exporters
