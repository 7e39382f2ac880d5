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
  EXPECT_EQ(d.edges, 9u);  // EDGE memberOf node twice: one edge
  EXPECT_EQ(d.relations, 10u);
  for (const char* id : {"node", "Node", "EDGE", "strict", "subgraph", "Digraph", "graph"}) {
    EXPECT_NE(d.text.find("\n    \"" + std::string(id) + "\" [label="), std::string::npos) << id;
  }
  // Every statement inside the graph starts with a quote, a keyword we wrote or '}'.
  std::istringstream lines(d.text);
  std::string line;
  const std::regex ok(
      R"(^\s*("|\}|subgraph "|(label|labelloc|labeljust|style|color|fontsize|charset|rankdir|fontname|nodesep|ranksep)=|(node|edge) \[|subgraph \{|digraph "kgforge" \{|//))");
  bool in_legend = false;  // the HTML-like legend label spans lines
  while (std::getline(lines, line)) {
    if (line.rfind("  label=<<TABLE", 0) == 0) in_legend = true;
    if (!in_legend) {
      EXPECT_TRUE(std::regex_search(line, ok)) << line;
    }
    if (line == "</TABLE>>;") in_legend = false;
  }
  EXPECT_NE(d.text.find("charset=\"UTF-8\""), std::string::npos);
}

TEST(DotExporterTest, EscapesLabelsOnce) {
  const std::string text = make_dot(hostile_graph(), {}).text;
  EXPECT_NE(text.find("[label=\"Say \\\"hi\\\" \\\\ C:\\\\dir\\\\\\nPerson\""), std::string::npos);
  EXPECT_NE(text.find("[label=\"ends with a backslash\\\\\\nPerson\""), std::string::npos);
  EXPECT_NE(text.find("[label=\"first line\\nsecond\\nthird\ttabbed\\nPerson\""), std::string::npos);
  // Plain label, `&` as `&amp;` (Graphviz decodes references in labels: `&amp;` alone
  // would be drawn as `&`, `&#x1;` as U+0001, which SVG cannot carry).
  EXPECT_NE(text.find("<b>&amp;amp;</b>"), std::string::npos);
  EXPECT_EQ(text.find("<b>&amp;</b>"), std::string::npos);
}

TEST(DotExporterTest, LabelsEdgesWithThePredicateAndDrawsALegend) {
  const std::string text = make_dot(hostile_graph(), {}).text;
  EXPECT_NE(text.find("\"EDGE\" -> \"node\" [label=\"memberOf \u00d72\", tooltip=\"EDGE memberOf node\\nsince 2013-10"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\"strict\" -> \"Digraph\" [label=\"memberOf\", tooltip=\"strict memberOf diGRAPH\", "
                      "URL=\"https://w3id.org/kgforge/ns#memberOf\"];"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("cluster_legend"), std::string::npos);
  const std::size_t legend = text.find("  label=<<TABLE");
  ASSERT_NE(legend, std::string::npos);
  const std::string table = text.substr(legend);
  EXPECT_NE(table.find(">Organisation</TD>"), std::string::npos) << table;
  EXPECT_NE(table.find(">Person</TD>"), std::string::npos) << table;
  EXPECT_NE(table.find(">memberOf, partOf</TD>"), std::string::npos) << table;  // one look
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
  const std::size_t sub_group =
      text.find("node [shape=\"hexagon\", fillcolor=\"#112233\", fontcolor=\"#ffffff\", margin=\"0.3,0.08\"];\n");
  ASSERT_NE(sub_group, std::string::npos) << text;
  EXPECT_EQ(text.find("[label=", sub_group), text.find("[label=\"S\\nsub thing\"", sub_group)) << text;
  const std::size_t bad_group = text.find("node [shape=\"box\", fillcolor=\"#a6cee3\", fontcolor=\"#000000\"];\n");
  ASSERT_NE(bad_group, std::string::npos) << text;
  EXPECT_EQ(text.find("[label=", bad_group), text.find("[label=\"B\\nbad\"", bad_group)) << text;
  const std::size_t dashed = text.find("edge [style=\"dashed\", color=\"#aabbcc\"];\n");
  ASSERT_NE(dashed, std::string::npos) << text;
  EXPECT_EQ(text.find("[label=", dashed), text.find("[label=\"related to\", tooltip=", dashed)) << text;
  const std::size_t plain = text.find("edge [color=\"#666666\"];\n");
  ASSERT_NE(plain, std::string::npos) << text;
  EXPECT_EQ(text.find("[label=", plain), text.find("[label=\"bad rel\", tooltip=", plain)) << text;
  // The legend: the hexagon row names the class drawn, the edge rows their properties.
  EXPECT_NE(text.find("<FONT POINT-SIZE=\"8\" COLOR=\"#ffffff\">hexagon</FONT></TD><TD ALIGN=\"LEFT\" "
                      "BALIGN=\"LEFT\">sub thing</TD>"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("STYLE=\"dashed\" COLOR=\"#aabbcc\" WIDTH=\"56\"></TD><TD ALIGN=\"LEFT\" "
                      "BALIGN=\"LEFT\">related to</TD>"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("evil"), std::string::npos);
  EXPECT_EQ(text.find("x=\\\""), std::string::npos);
}

}  // namespace
}  // namespace kgforge::exporters

namespace kgforge::exporters {
namespace {

constexpr const char* kPlaceOntology = R"(
@prefix kgf: <https://w3id.org/kgforge/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kgf:Place a owl:Class ; rdfs:label "place"@en ; kgf:shape "house" ; kgf:fillColor "#ccebc5" .
kgf:Town a owl:Class ; rdfs:label "town"@en ; rdfs:subClassOf kgf:Place .
kgf:City a owl:Class ; rdfs:label "city"@en ; rdfs:subClassOf kgf:Place .
kgf:Unused a owl:Class ; rdfs:label "unused"@en ; kgf:shape "cds" .
kgf:near a owl:ObjectProperty ; rdfs:label "near"@en .
kgf:road a owl:ObjectProperty ; rdfs:label "road to"@en .
kgf:rail a owl:ObjectProperty ; rdfs:label "rail to"@en ; kgf:lineStyle "dotted" ; kgf:lineColor "#ff0000" .
kgf:since a owl:DatatypeProperty ; rdfs:range xsd:gYear ; rdfs:subPropertyOf <http://schema.org/startDate> .
)";

struct Places {
  ontology::Ontology onto;
  graph::KnowledgeGraph g;
  Places() {
    Diagnostics diags;
    onto = importers::read_ontology(kPlaceOntology, "places.ttl", diags);
    const graph::NodeId a = testing::add_entity(g, "a", "Alton & Co", "Town");
    const graph::NodeId b = testing::add_entity(g, "b", "Bath", "City");
    const graph::Sym near = g.intern(testing::kgf("near")), road = g.intern(testing::kgf("road"));
    const graph::EdgeRef e = g.add_edge(a, near, b);
    g.add_qualifier(e, {g.intern(testing::kgf("since")), graph::Value::literal(g.intern("2013"))});
    g.add_edge(a, near, b);
    g.add_edge(a, road, b);
    g.add_edge(a, g.intern(testing::kgf("rail")), b);
    g.add_edge(b, road, a);
  }
  ExportOptions options() const {
    ExportOptions o;
    o.ontology = &onto;
    return o;
  }
};

TEST(DotExporterLegendTest, MergesIdenticalLooksAndListsOnlyWhatIsDrawn) {
  const Places p;
  const std::string text = make_dot(p.g, p.options()).text;
  const std::string table = text.substr(text.find("  label=<<TABLE"));
  EXPECT_NE(table.find(">house</FONT></TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">city, town</TD>"), std::string::npos)
      << table;
  EXPECT_EQ(table.find("unused"), std::string::npos);
  EXPECT_EQ(table.find("place"), std::string::npos);  // not the class of anything drawn
  EXPECT_NE(table.find("BALIGN=\"LEFT\">near, road to</TD>"), std::string::npos) << table;
  EXPECT_NE(table.find("STYLE=\"dotted\" COLOR=\"#ff0000\" WIDTH=\"56\"></TD><TD ALIGN=\"LEFT\" "
                       "BALIGN=\"LEFT\">rail to</TD>"),
            std::string::npos)
      << table;
}

TEST(DotExporterLegendTest, MergesParallelRelationsOfOneLookUnlessAsked) {
  const Places p;
  const DotDiagram merged = make_dot(p.g, p.options());
  EXPECT_EQ(merged.edges, 3u);  // a->b (near x2, road), a->b (rail, another look), b->a
  EXPECT_EQ(merged.relations, 5u);
  EXPECT_NE(merged.text.find("\"https://w3id.org/kgforge/test/a\" -> \"https://w3id.org/kgforge/test/b\" [label=\"near "
                             "\u00d72, road to\", tooltip=\"Alton &amp; Co near "
                             "Bath\\nsince 2013\\n\\nAlton &amp; Co near Bath\\n\\nAlton &amp; Co road to Bath\", "
                             "URL=\"https://w3id.org/kgforge/ns#near\"];"),
            std::string::npos)
      << merged.text;
  ExportOptions options = p.options();
  options.no_merge = true;
  const DotDiagram each = make_dot(p.g, options);
  EXPECT_EQ(each.edges, 5u);
  EXPECT_EQ(each.relations, 5u);
}

TEST(DotExporterLegendTest, WrapsAtMaxLabelAndGivesNodesFactsAndLinks) {
  const Places p;
  ExportOptions options = p.options();
  options.max_label = 8;
  const std::string text = make_dot(p.g, options).text;
  EXPECT_NE(
      text.find("\"https://w3id.org/kgforge/test/a\" [label=\"Alton &amp;\\nCo\\ntown\", tooltip=\"Alton &amp; Co "
                "(town)\\nhttps://w3id.org/kgforge/test/a\", URL=\"https://w3id.org/kgforge/test/a\"];"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("margin=\"0.3,0.08\""), std::string::npos);  // house: its text needs room
}

}  // namespace
}  // namespace kgforge::exporters
