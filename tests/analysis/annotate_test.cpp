// SPDX-License-Identifier: MIT
#include "analysis/annotate.hpp"

#include <gtest/gtest.h>

#include <map>

#include "graph/iri.hpp"
#include "graph/paths.hpp"
#include "graph/view.hpp"

namespace kgforge::analysis {
namespace {

using namespace kgforge::graph;

std::string kgf(std::string_view local) { return std::string(ns::kKgf) + std::string(local); }

struct Fixture {
  KnowledgeGraph g;
  NodeId a, b, c;
  Fixture() {
    g.set_base_iri("https://ex.org/kb/");
    a = g.add_node("https://ex.org/kb/a");
    b = g.add_node("https://ex.org/kb/b");
    c = g.add_node("https://ex.org/kb/c");
    g.set_name(a, "Alpha");
    g.set_name(b, "Beta");
    const Sym p = g.intern(kgf("supports"));
    g.add_edge(a, p, b);
    g.add_edge(c, p, b);
    g.add_edge(b, p, a);
  }
  // predicate -> (lexical, datatype) of node n's attributes
  std::map<std::string, std::pair<std::string, std::string>> attributes(NodeId n) const {
    std::map<std::string, std::pair<std::string, std::string>> out;
    g.for_each_property(n, [&](const NodeProperty& p) {
      if (p.role == Role::kAttribute)
        out[std::string(g.str(p.predicate))] = {std::string(g.str(p.value.text)), std::string(g.str(p.value.datatype))};
    });
    return out;
  }
};

TEST(AnnotateTest, WritesTypedAttributesAndDisplayWeight) {
  Fixture f;
  const AnalysisGraph ag = AnalysisGraph::from(f.g);
  AnalysisOptions options;
  options.measures = {Measure::kPageRank, Measure::kDegree};
  const AnalysisResult r = analyze(ag, options);
  EXPECT_EQ(annotate(f.g, ag, r), "pagerank");
  const auto attrs = f.attributes(f.b);
  ASSERT_TRUE(attrs.count(kgf("pagerank")));
  EXPECT_EQ(attrs.at(kgf("pagerank")).second, std::string(ns::kXsd) + "double");
  EXPECT_EQ(std::stod(attrs.at(kgf("pagerank")).first), r.column("pagerank")->values[f.b]);
  EXPECT_EQ(attrs.at(kgf("degree")), std::make_pair(std::string("3"), std::string(ns::kXsd) + "integer"));
  EXPECT_EQ(attrs.at(kgf("inDegree")).first, "2");
  // b has the highest PageRank, so its display weight is 1.
  EXPECT_EQ(attrs.at(kgf("displayWeight")).first, "1.0E0");
  const double wc = std::stod(f.attributes(f.c).at(kgf("displayWeight")).first);
  EXPECT_GT(wc, 0.0);
  EXPECT_LT(wc, 1.0);
}

TEST(AnnotateTest, DisplayColumnCanBeChosenOrNone) {
  Fixture f;
  const AnalysisGraph ag = AnalysisGraph::from(f.g);
  AnalysisOptions options;
  options.measures = {Measure::kComponents, Measure::kDegree};
  const AnalysisResult r = analyze(ag, options);
  EXPECT_EQ(annotate(f.g, ag, r, {"out_degree"}), "out_degree");
  Fixture f2;
  EXPECT_EQ(annotate(f2.g, ag, r, {"none"}), "");
  EXPECT_EQ(f2.attributes(f2.a).count(kgf("displayWeight")), 0u);
  Fixture f3;
  EXPECT_EQ(annotate(f3.g, ag, r), "in_degree");  // components are skipped by default
}

TEST(AnnotateTest, ProvenanceRecordsActivityParametersAndReifiedValues) {
  Fixture f;
  const AnalysisGraph ag = AnalysisGraph::from(f.g);
  AnalysisOptions options;
  options.measures = {Measure::kPageRank};
  const AnalysisResult r = analyze(ag, options);
  const std::string display = annotate(f.g, ag, r);
  const std::size_t before = f.g.node_count();
  add_provenance(f.g, ag, r, display, {"kgforge test"});
  const std::optional<NodeId> act = f.g.find_node("https://ex.org/kb/analysis/pagerank");
  ASSERT_TRUE(act.has_value());
  EXPECT_TRUE(f.g.has_class(*act, f.g.intern(std::string(ns::kProv) + "Activity")));
  std::map<std::string, int> out;
  std::vector<std::string> params;
  for (EdgeRef e : f.g.out_edges(*act)) {
    ++out[std::string(f.g.predicate(e))];
    if (f.g.predicate(e) == kgf("parameter")) params.emplace_back(f.g.name(f.g.target(e)));
  }
  EXPECT_EQ(out[std::string(ns::kProv) + "used"], 1);
  EXPECT_EQ(out[std::string(ns::kProv) + "wasAssociatedWith"], 1);
  EXPECT_EQ(params, (std::vector<std::string>{"alpha", "tol", "max_iter", "iterations"}));
  // One rdf:Statement per annotated value: pagerank and displayWeight for 3 nodes.
  std::size_t statements = 0;
  const Sym statement = f.g.intern(std::string(ns::kRdf) + "Statement");
  for (NodeId n = before; n < f.g.node_count(); ++n) statements += f.g.has_class(n, statement);
  EXPECT_EQ(statements, 6u);
}

TEST(PathsTest, ShortestPathsCountAndListInBothDirections) {
  Fixture f;
  const Sym p = f.g.intern(kgf("knows"));
  const NodeId d = f.g.add_node("https://ex.org/kb/d");
  f.g.add_edge(f.c, p, d);
  f.g.add_edge(f.a, p, d);
  // a -> d directly; c -> b -> a, c -> d
  ShortestPaths s = shortest_paths(f.g, f.c, f.a, false, 10);
  ASSERT_TRUE(s.found);
  EXPECT_EQ(s.length, 2u);
  EXPECT_EQ(s.paths, (std::vector<std::vector<NodeId>>{{f.c, f.b, f.a}}));
  EXPECT_FALSE(shortest_paths(f.g, d, f.a, false, 10).found);
  s = shortest_paths(f.g, d, f.b, true, 10);  // d - a - b and d - c - b
  EXPECT_EQ(s.length, 2u);
  EXPECT_EQ(s.count, 2.0);
  EXPECT_EQ(s.paths.size(), 2u);
  const std::vector<StepRelation> rel = relations_between(f.g, f.a, f.b, true);
  ASSERT_EQ(rel.size(), 2u);  // a -> b and b -> a
  EXPECT_TRUE(rel[0].forward);
  EXPECT_FALSE(rel[1].forward);
}

TEST(PathsTest, UnknownEntityErrorSuggestsCloseNames) {
  Fixture f;
  try {
    resolve_entity(f.g, "Alpah");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("did you mean: Alpha (a)"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace kgforge::analysis
