// SPDX-License-Identifier: MIT
#include "graph/view.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/error.hpp"
#include "graph/iri.hpp"

namespace kgforge::graph {
namespace {

const std::string kBase = "https://example.org/kb/";
const std::string kKgf(ns::kKgf);

// A chain a -> b -> c -> d, plus e alone; a and b are organisations, c and d people.
struct Chain {
  KnowledgeGraph g;
  NodeId a, b, c, d, e;
  EdgeRef ab, bc, cd;

  Chain() {
    g.set_base_iri(kBase);
    a = entity("a", "Acme Ltd", "Organisation", "ACME");
    b = entity("b", "Globex", "Organisation", "");
    c = entity("c", "Zoë Ünal", "Person", "");
    d = entity("d", "Globex", "Person", "");  // same name as b on purpose
    e = entity("e", "Loner", "Person", "");
    ab = g.add_edge(a, g.intern(kKgf + "partnerOf"), b);
    bc = g.add_edge(b, g.intern(kKgf + "employs"), c);
    cd = g.add_edge(c, g.intern(kKgf + "knows"), d);
    qualify(ab, "since", "2004");
    qualify(ab, "until", "2010-06");
    qualify(bc, "date", "2012-03-15");
  }
  NodeId entity(const std::string& id, const std::string& name, const std::string& cls, const std::string& alias) {
    const NodeId n = g.add_node(kBase + mint_iri_suffix(id));
    g.set_name(n, name);
    g.add_class(n, g.intern(kKgf + cls));
    if (!alias.empty()) g.add_property(n, {Role::kAlias, 0, Value::literal(g.intern(alias)), {}});
    return n;
  }
  void qualify(EdgeRef edge, const std::string& key, const std::string& date) {
    g.add_qualifier(edge, {g.intern(kKgf + key), Value::literal(g.intern(date))});
  }
};

TEST(ViewTest, ResolveEntityByIdIriNameAndAlias) {
  Chain t;
  EXPECT_EQ(resolve_entity(t.g, "a"), t.a);
  EXPECT_EQ(resolve_entity(t.g, kBase + "c"), t.c);
  EXPECT_EQ(resolve_entity(t.g, "Acme Ltd"), t.a);
  EXPECT_EQ(resolve_entity(t.g, "ACME"), t.a);
  EXPECT_EQ(resolve_entity(t.g, "acme ltd"), t.a);  // case-insensitive when nothing is exact
  EXPECT_EQ(resolve_entity(t.g, "Zoë Ünal"), t.c);
}

TEST(ViewTest, ResolveEntityRefusesAmbiguousAndUnknownNames) {
  Chain t;
  try {
    resolve_entity(t.g, "Globex");
    FAIL() << "an ambiguous name resolved";
  } catch (const Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("2 entities"), std::string::npos) << what;
    EXPECT_NE(what.find(kBase + "b"), std::string::npos) << what;
    EXPECT_NE(what.find(kBase + "d"), std::string::npos) << what;
  }
  EXPECT_THROW(resolve_entity(t.g, "Nobody"), Error);
}

TEST(ViewTest, PeriodOfReadsSinceUntilAndDate) {
  Chain t;
  const Period ab = period_of(t.g, t.ab);
  EXPECT_EQ(ab.since, "2004");
  EXPECT_EQ(ab.until, "2010-06");
  const Period bc = period_of(t.g, t.bc);  // an event: it holds from its date on
  EXPECT_EQ(bc.since, "2012-03-15");
  EXPECT_TRUE(bc.until.empty());
  EXPECT_TRUE(bc.event);
  const Period cd = period_of(t.g, t.cd);
  EXPECT_TRUE(cd.since.empty() && cd.until.empty());
}

TEST(ViewTest, HeldOnCoversTheWholeSpanOfPartialDates) {
  const Period p{"2004", "2010-06"};
  EXPECT_TRUE(held_on(p, "2004-01-01"));
  EXPECT_TRUE(held_on(p, "2010-06-30"));
  EXPECT_TRUE(held_on(p, "2010"));  // the year 2010 overlaps
  EXPECT_FALSE(held_on(p, "2003-12-31"));
  EXPECT_FALSE(held_on(p, "2010-07"));
  EXPECT_TRUE(held_on({"", ""}, "1900"));
  EXPECT_TRUE(held_on({"2000", ""}, "2099"));
  EXPECT_FALSE(held_on({"", "1999"}, "2000"));
}

TEST(ViewTest, EventsHoldOnceTheyHappened) {
  const Period event{"2006-06", "", true};
  EXPECT_FALSE(held_on(event, "2006-05-31"));
  EXPECT_TRUE(held_on(event, "2006-06-01"));
  EXPECT_TRUE(held_on(event, "2010-01-01"));
  EXPECT_TRUE(held_between(event, "2001", "2006-06-15"));
  EXPECT_FALSE(held_between(event, "2001", "2005"));
  const Period p{"2004", "2010-06"};
  EXPECT_TRUE(held_between(p, "1990", "2004-01"));
  EXPECT_TRUE(held_between(p, "2010-06-30", "2020"));
  EXPECT_FALSE(held_between(p, "2010-07", "2020"));
}

TEST(ViewTest, LifetimeReadsTheEntitysOwnDates) {
  Chain t;
  TimeProperties time = TimeProperties::core();
  time.start.push_back(kKgf + "foundingDate");
  time.end.push_back(kKgf + "dissolutionDate");
  t.g.add_property(t.a, {Role::kAttribute, t.g.intern(kKgf + "foundingDate"), Value::literal(t.g.intern("2005")), {}});
  t.g.add_property(t.b,
                   {Role::kAttribute, t.g.intern(kKgf + "dissolutionDate"), Value::literal(t.g.intern("2009")), {}});
  t.g.add_property(t.e, {Role::kAttribute, t.g.intern(kKgf + "date"), Value::literal(t.g.intern("2014-02")), {}});
  EXPECT_EQ(lifetime_of(t.g, t.a, time).since, "2005");
  EXPECT_EQ(lifetime_of(t.g, t.b, time).until, "2009");
  EXPECT_TRUE(lifetime_of(t.g, t.e, time).event);
  EXPECT_FALSE(lifetime_of(t.g, t.c, time).dated());
  EXPECT_FALSE(lifetime_of(t.g, t.a).dated());  // foundingDate is not a date without the ontology's word
  ViewOptions o;
  o.time = time;
  o.as_of = "2004-06";  // a not founded yet, e's event not happened: both gone with a's relation
  View v = make_view(t.g, o);
  EXPECT_FALSE(v.node[t.a] || v.node[t.e]);
  EXPECT_TRUE(v.node[t.b] && v.node[t.c] && v.node[t.d]);
  EXPECT_FALSE(v.edge[t.g.edge(t.ab).id]);
  o.as_of = "2012";  // b dissolved in 2009: b and its relations are gone
  v = make_view(t.g, o);
  EXPECT_FALSE(v.node[t.b]);
  EXPECT_FALSE(v.edge[t.g.edge(t.bc).id]);
  EXPECT_TRUE(v.node[t.a] && !v.node[t.e]);
}

TEST(ViewTest, UndatedThingsAreMarkedOrDroppedWithDatedOnly) {
  Chain t;
  ViewOptions o;
  o.as_of = "2012-06";
  View v = make_view(t.g, o);
  ASSERT_TRUE(v.timed());
  EXPECT_TRUE(v.is_undated_edge(t.g.edge(t.cd).id));
  EXPECT_FALSE(v.is_undated_edge(t.g.edge(t.bc).id));
  EXPECT_FALSE(v.is_undated_node(t.c));  // dated by the 2012 relation it keeps
  EXPECT_TRUE(v.is_undated_node(t.d) && v.is_undated_node(t.e) && v.is_undated_node(t.a));
  EXPECT_EQ(v.undated_edges, 1u);
  EXPECT_EQ(v.undated_nodes, 3u);
  o.dated_only = true;
  v = make_view(t.g, o);
  EXPECT_EQ(v.edge_count, 1u);  // b -> c only
  EXPECT_EQ(v.node_count, 2u);
  EXPECT_TRUE(v.node[t.b] && v.node[t.c]);
  EXPECT_FALSE(make_view(t.g, {}).timed());
}

TEST(ViewTest, BetweenKeepsWhatHeldAtSomeTimeInTheWindow) {
  Chain t;
  ViewOptions o;
  o.between = {"2009", "2011"};
  View v = make_view(t.g, o);
  EXPECT_TRUE(v.edge[t.g.edge(t.ab).id]);   // 2004 - 2010-06 overlaps
  EXPECT_FALSE(v.edge[t.g.edge(t.bc).id]);  // happens in 2012
  o.between = {"2011", "2013"};
  v = make_view(t.g, o);
  EXPECT_FALSE(v.edge[t.g.edge(t.ab).id]);
  EXPECT_TRUE(v.edge[t.g.edge(t.bc).id]);
  o.between = {"2013", "2011"};
  EXPECT_THROW(make_view(t.g, o), UsageError);
  o.between = {"2011"};
  EXPECT_THROW(make_view(t.g, o), UsageError);
}

TEST(ViewTest, ImpossibleDatesAreUsageErrors) {
  Chain t;
  for (const char* bad : {"2010-13-01", "2013-02-30", "2013-13", "June 2011", "2011-1-1"}) {
    ViewOptions o;
    o.as_of = bad;
    EXPECT_THROW(make_view(t.g, o), UsageError) << bad;
  }
  ViewOptions o;
  o.as_of = "2024-02-29";
  EXPECT_NO_THROW(make_view(t.g, o));
  o.as_of = "";
  o.dated_only = true;
  EXPECT_THROW(make_view(t.g, o), UsageError);
}

TEST(ViewTest, WholeGraphWithoutOptions) {
  Chain t;
  const View v = make_view(t.g, {});
  EXPECT_TRUE(v.whole());
  EXPECT_EQ(v.node_count, 5u);
  EXPECT_EQ(v.edge_count, 3u);
}

TEST(ViewTest, EgoNetworkFollowsEdgesBothWaysToTheDepth) {
  Chain t;
  ViewOptions o;
  o.focus = "c";
  o.depth = 1;
  View v = make_view(t.g, o);
  EXPECT_EQ(v.focus, t.c);
  EXPECT_FALSE(v.whole());
  EXPECT_TRUE(v.node[t.b] && v.node[t.c] && v.node[t.d]);  // b is reached against the edge direction
  EXPECT_FALSE(v.node[t.a] || v.node[t.e]);
  EXPECT_EQ(v.edge_count, 2u);
  EXPECT_FALSE(v.edge[t.g.edge(t.ab).id]);
  o.depth = 2;
  v = make_view(t.g, o);
  EXPECT_EQ(v.node_count, 4u);
  EXPECT_EQ(v.edge_count, 3u);
  o.depth = 0;
  v = make_view(t.g, o);
  EXPECT_EQ(v.node_count, 1u);
  EXPECT_EQ(v.edge_count, 0u);
}

TEST(ViewTest, AsOfDropsRelationsNotHoldingButKeepsNodes) {
  Chain t;
  ViewOptions o;
  o.as_of = "2011";
  const View v = make_view(t.g, o);
  EXPECT_EQ(v.node_count, 5u);
  EXPECT_FALSE(v.edge[t.g.edge(t.ab).id]);  // ended 2010-06
  EXPECT_FALSE(v.edge[t.g.edge(t.bc).id]);  // happened 2012-03-15
  EXPECT_TRUE(v.edge[t.g.edge(t.cd).id]);   // undated: always
  o.as_of = "2012-03";
  EXPECT_TRUE(make_view(t.g, o).edge[t.g.edge(t.bc).id]);
}

TEST(ViewTest, AsOfWithEgoUsesOnlyEdgesThatHeld) {
  Chain t;
  ViewOptions o;
  o.focus = "a";
  o.depth = 3;
  o.as_of = "2011";  // a-b ended in 2010, so a stands alone
  const View v = make_view(t.g, o);
  EXPECT_EQ(v.node_count, 1u);
  EXPECT_TRUE(v.node[t.a]);
}

TEST(ViewTest, ClassFilterDropsNodesAndTheirEdges) {
  Chain t;
  ViewOptions o;
  o.classes = {kKgf + "Person"};
  const View v = make_view(t.g, o);
  EXPECT_EQ(v.node_count, 3u);  // c, d, e
  EXPECT_FALSE(v.node[t.a] || v.node[t.b]);
  EXPECT_EQ(v.edge_count, 1u);  // c -> d
  EXPECT_TRUE(v.edge[t.g.edge(t.cd).id]);
}

TEST(ViewTest, ClassFilterAsksTheSubclassTest) {
  Chain t;
  ViewOptions o;
  o.classes = {kKgf + "Agent"};
  o.is_subclass = [](const void*, std::string_view sub, std::string_view super) {
    return super.ends_with("#Agent") && (sub.ends_with("#Person") || sub.ends_with("#Organisation"));
  };
  EXPECT_EQ(make_view(t.g, o).node_count, 5u);
  o.is_subclass = nullptr;
  EXPECT_EQ(make_view(t.g, o).node_count, 0u);
}

TEST(ViewTest, BadDateAndUnknownFocusThrow) {
  Chain t;
  ViewOptions o;
  o.as_of = "June 2011";
  EXPECT_THROW(make_view(t.g, o), Error);
  o.as_of = "";
  o.focus = "nobody";
  EXPECT_THROW(make_view(t.g, o), Error);
}

TEST(PeriodTextTest, OneTextForEveryKindOfPeriod) {
  EXPECT_EQ(period_text(Period{"2013", "2015-06", false}), "2013 – 2015-06");
  EXPECT_EQ(period_text(Period{"2013", "", false}), "since 2013");
  EXPECT_EQ(period_text(Period{"", "2015", false}), "until 2015");
  EXPECT_EQ(period_text(Period{"2014-03-01", "", true}), "2014-03-01");  // an event, not "since"
  EXPECT_EQ(period_text(Period{"2014", "2014", false}), "2014");
  EXPECT_EQ(period_text(Period{}), "");
}

}  // namespace
}  // namespace kgforge::graph
