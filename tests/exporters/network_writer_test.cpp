// SPDX-License-Identifier: MIT
#include "exporters/network_writer.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "exporters/gexf_exporter.hpp"
#include "exporters/graphml_exporter.hpp"
#include "tests/exporters/hostile_graph.hpp"

namespace kgforge::exporters {
namespace {

std::set<std::string> node_ids(const Exporter& exporter, const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  exporter.write(g, {}, out);
  const std::string xml = out.str();
  std::set<std::string> ids;
  const std::regex node("<node id=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), node); it != std::sregex_iterator(); ++it)
    ids.insert((*it)[1]);
  return ids;
}

TEST(NetworkIdsTest, DisplayIdsAsNmtokensRepeatsNumbered) {
  graph::KnowledgeGraph g;
  g.set_base_iri(testing::kBase);
  const graph::NodeId plain = testing::add_entity(g, "ceop", "CEOP", "Organisation");
  const graph::NodeId spaced = testing::add_entity(g, "x y", "spaced", "Organisation");      // x%20y
  const graph::NodeId clash = testing::add_entity(g, "x_2520y", "clashes", "Organisation");  // the same NMTOKEN
  const graph::NodeId colon = testing::add_entity(g, "ex:CEOP", "colon", "Organisation");    // ex%3ACEOP
  const graph::NodeId lead = testing::add_entity(g, " lead", "a full IRI", "Organisation");  // %20lead
  NetworkIds ids;
  EXPECT_EQ(ids.next(g, plain), "ceop");
  EXPECT_EQ(ids.next(g, spaced), "x_2520y");
  EXPECT_EQ(ids.next(g, clash), "x_2520y-2");
  EXPECT_EQ(ids.next(g, colon), "ex_253ACEOP");
  EXPECT_EQ(ids.next(g, lead), "https:_2F_2Fw3id.org_2Fkgforge_2Ftest_2F_2520lead");
}

TEST(NetworkIdsTest, GraphmlAndGexfGiveEveryNodeTheSameId) {
  const graph::KnowledgeGraph g = testing::hostile_graph();
  const std::set<std::string> graphml = node_ids(GraphmlExporter(), g);
  EXPECT_GE(graphml.size(), 8u);
  EXPECT_EQ(graphml, node_ids(GexfExporter(), g));
}

}  // namespace
}  // namespace kgforge::exporters
