// SPDX-License-Identifier: MIT
// Asks the bundled CEOP knowledge base the questions a reader of the source article
// would ask, and answers each one by walking the built graph (nodes, edges,
// qualifiers, attributes). Nothing here is a stored answer: each lookup starts from an
// entity or a class and follows relations, so a wrong or missing fact fails a test.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/load.hpp"

namespace kgforge::graph {
namespace {

const std::string kKbPath = std::string(KGFORGE_SOURCE_DIR) + "/examples/ceop/ceop.yaml";
constexpr std::string_view kBase = "https://w3id.org/kgforge/ceop/";

std::string kgf(std::string_view local) { return std::string(ns::kKgf) + std::string(local); }
std::string xsd(std::string_view local) { return std::string(ns::kXsd) + std::string(local); }

class CeopQuestionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Diagnostics diags;
    std::optional<KnowledgeGraph> loaded = importers::load_files({kKbPath}, diags);
    for (const Diagnostic& d : diags.items()) load_messages_ += format_text(d) + "\n";
    if (loaded) graph_ = new KnowledgeGraph(std::move(*loaded));
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(graph_, nullptr) << "the CEOP KB did not load:\n" << load_messages_; }

  const KnowledgeGraph& g() const { return *graph_; }

  NodeId node(std::string_view id) const {
    const std::optional<NodeId> n = g().find_by_id(id);
    EXPECT_TRUE(n.has_value()) << "no entity with id " << id;
    return n.value_or(0);
  }
  bool has_class(NodeId n, std::string_view local) const {
    for (Sym c : g().classes(n))
      if (g().str(c) == kgf(local)) return true;
    return false;
  }
  std::vector<NodeId> nodes_of_class(std::string_view local) const {
    std::vector<NodeId> out;
    for (NodeId n = 0; n < g().node_count(); ++n)
      if (has_class(n, local)) out.push_back(n);
    return out;
  }
  /// Edges `from --predicate--> *` (or into `to` when from is absent).
  std::vector<EdgeRef> edges(std::optional<NodeId> from, std::string_view predicate,
                             std::optional<NodeId> to = std::nullopt) const {
    std::vector<EdgeRef> out;
    for (EdgeRef e : g().edges()) {
      if (g().predicate(e) != kgf(predicate)) continue;
      if (from && g().source(e) != *from) continue;
      if (to && g().target(e) != *to) continue;
      out.push_back(e);
    }
    return out;
  }
  std::set<std::string> target_names(NodeId from, std::string_view predicate) const {
    std::set<std::string> out;
    for (EdgeRef e : edges(from, predicate)) out.emplace(g().name(g().target(e)));
    return out;
  }
  std::set<std::string> source_names(std::string_view predicate, NodeId to) const {
    std::set<std::string> out;
    for (EdgeRef e : edges(std::nullopt, predicate, to)) out.emplace(g().name(g().source(e)));
    return out;
  }
  /// The single object of `from --predicate-->`; fails the test if there is not exactly one.
  NodeId only_target(NodeId from, std::string_view predicate) const {
    const std::vector<EdgeRef> found = edges(from, predicate);
    EXPECT_EQ(found.size(), 1u) << g().name(from) << " " << predicate;
    return found.empty() ? from : g().target(found.front());
  }
  std::optional<Value> qualifier(EdgeRef e, std::string_view local) const {
    std::optional<Value> out;
    g().for_each_qualifier(e, [&](const Qualifier& q) {
      if (g().str(q.predicate) == kgf(local)) out = q.value;
    });
    return out;
  }
  std::string qualifier_text(EdgeRef e, std::string_view local) const {
    const std::optional<Value> v = qualifier(e, local);
    return v ? std::string(g().str(v->text)) : std::string();
  }
  std::optional<Value> attribute(NodeId n, std::string_view local) const {
    std::optional<Value> out;
    g().for_each_property(n, [&](const NodeProperty& p) {
      if (p.role == Role::kAttribute && g().str(p.predicate) == kgf(local)) out = p.value;
    });
    return out;
  }
  std::string attribute_text(NodeId n, std::string_view local) const {
    const std::optional<Value> v = attribute(n, local);
    return v ? std::string(g().str(v->text)) : std::string();
  }
  bool is_source_node(NodeId n) const { return has_class(n, "SourceDocument") || has_class(n, "DocumentSection"); }

  static KnowledgeGraph* graph_;
  static std::string load_messages_;
};

KnowledgeGraph* CeopQuestionsTest::graph_ = nullptr;
std::string CeopQuestionsTest::load_messages_;

TEST_F(CeopQuestionsTest, HoldsEnoughEntitiesAndRelationsEachSourcedToASection) {
  std::size_t entities = 0;
  for (NodeId n = 0; n < g().node_count(); ++n) {
    if (is_source_node(n)) continue;
    EXPECT_FALSE(g().name(n).empty()) << g().iri(n);
    const std::optional<Value> source = attribute(n, "source");
    EXPECT_TRUE(source && source->is_iri()) << "entity without kgf:source: " << g().name(n);
    ++entities;
  }
  EXPECT_GE(entities, 60u);

  std::size_t relations = 0;
  for (EdgeRef e : g().edges()) {
    if (is_source_node(g().source(e))) continue;  // section -> document structure
    ++relations;
    const std::optional<Value> source = qualifier(e, "source");
    ASSERT_TRUE(source.has_value()) << "relation without kgf:source: " << g().name(g().source(e)) << " "
                                    << g().predicate(e) << " " << g().name(g().target(e));
    ASSERT_TRUE(source->is_iri());
    const std::string iri(g().str(source->text));
    EXPECT_EQ(iri.rfind(std::string(kBase) + "article/", 0), 0u) << iri;
    const std::optional<NodeId> section = g().find_node(iri);
    ASSERT_TRUE(section.has_value()) << "source section is not declared: " << iri;
    EXPECT_TRUE(has_class(*section, "DocumentSection")) << iri;
  }
  EXPECT_GE(relations, 100u);
}

TEST_F(CeopQuestionsTest, CeopIsPartOfTheNcaSinceSeventhOctober2013) {
  const NodeId ceop = node("ceop");
  const std::vector<EdgeRef> part_of = edges(ceop, "partOf");
  ASSERT_EQ(part_of.size(), 1u);
  EXPECT_EQ(g().name(g().target(part_of[0])), "National Crime Agency");
  const std::optional<Value> since = qualifier(part_of[0], "since");
  ASSERT_TRUE(since.has_value());
  EXPECT_EQ(g().str(since->text), "2013-10-07");
  EXPECT_EQ(g().str(since->datatype), xsd("date"));
  EXPECT_EQ(qualifier_text(part_of[0], "source"), std::string(kBase) + "article/lead");
  // Its earlier form: the centre, formed in April 2006, and the Act that moved it.
  EXPECT_EQ(attribute_text(ceop, "foundingDate"), "2006-04");
  std::set<std::string> aliases;
  g().for_each_property(ceop, [&](const NodeProperty& p) {
    if (p.role == Role::kAlias) aliases.emplace(g().str(p.value.text));
  });
  EXPECT_TRUE(aliases.count("Child Exploitation and Online Protection Centre"));
  EXPECT_TRUE(aliases.count("CEOP"));
  const std::vector<EdgeRef> absorbed = edges(std::nullopt, "participant", ceop);
  ASSERT_EQ(absorbed.size(), 1u);
  const NodeId event = g().source(absorbed[0]);
  EXPECT_EQ(qualifier_text(absorbed[0], "date"), "2013-10-07");
  EXPECT_EQ(g().name(only_target(event, "legislation")), "Crime and Courts Act 2013");
}

TEST_F(CeopQuestionsTest, JohnnyGwynneLeadsTheCommandAfterHisJune2013Secondment) {
  const NodeId ceop = node("ceop");
  const std::vector<EdgeRef> heads = edges(std::nullopt, "headOf", ceop);
  ASSERT_EQ(heads.size(), 1u);
  const NodeId director = g().source(heads[0]);
  EXPECT_EQ(g().name(director), "Johnny Gwynne");
  EXPECT_EQ(qualifier_text(heads[0], "role"), "Director");
  // The article gives no start date for the directorship: none may be invented ...
  EXPECT_FALSE(qualifier(heads[0], "since").has_value());
  // ... but it does date the secondment that preceded it, and his earlier posts.
  const std::vector<EdgeRef> seconded = edges(director, "secondedTo");
  ASSERT_EQ(seconded.size(), 1u);
  EXPECT_EQ(g().name(g().target(seconded[0])), "National Crime Agency");
  EXPECT_EQ(qualifier_text(seconded[0], "since"), "2013-06");
  std::set<std::string> employers;
  for (EdgeRef e : edges(director, "heldPost")) employers.emplace(g().name(only_target(g().target(e), "postIn")));
  EXPECT_EQ(employers,
            (std::set<std::string>{"Police Scotland", "Scottish Crime and Drug Enforcement Agency",
                                   "Organised Crime Command", "Child Exploitation and Online Protection Command"}));
  EXPECT_EQ(source_names("formerHeadOf", ceop), (std::set<std::string>{"Jim Gamble", "Peter Davies"}));
}

TEST_F(CeopQuestionsTest, FundersAreTheHomeOfficeAndFourOthers) {
  const NodeId ceop = node("ceop");
  EXPECT_EQ(target_names(ceop, "fundedBy"),
            (std::set<std::string>{"Home Office", "NSPCC", "Google", "Microsoft", "BAE Systems Detica"}));
  // The Home Office funding was frozen in 2010, then cut by 10% over three years.
  const NodeId home_office = node("home-office");
  std::vector<NodeId> fundings;
  for (EdgeRef e : edges(std::nullopt, "fundedBy", home_office))
    if (has_class(g().source(e), "Funding")) fundings.push_back(g().source(e));
  ASSERT_EQ(fundings.size(), 1u);
  const NodeId funding = fundings[0];
  EXPECT_EQ(only_target(funding, "recipient"), ceop);
  std::map<std::string, NodeId> changes;
  for (EdgeRef e : edges(std::nullopt, "changes", funding)) changes[qualifier_text(e, "date")] = g().source(e);
  ASSERT_EQ(changes.size(), 2u);
  ASSERT_TRUE(changes.count("2010"));
  const NodeId cut = changes.at("");  // the cut is not dated, only placed after the freeze
  EXPECT_EQ(attribute_text(cut, "percentChange"), "-10");
  EXPECT_EQ(attribute_text(cut, "duration"), "P3Y");
  EXPECT_EQ(only_target(cut, "follows"), changes.at("2010"));
}

TEST_F(CeopQuestionsTest, PartnersAreGroupedByTheKindOfPartnership) {
  std::map<std::string, std::set<std::string>> by_kind;
  for (EdgeRef e : edges(node("ceop"), "partnerOf"))
    by_kind[qualifier_text(e, "partnershipKind")].emplace(g().name(g().target(e)));
  EXPECT_EQ(by_kind["business"], (std::set<std::string>{"Microsoft", "AOL", "Serco", "Vodafone"}));
  EXPECT_EQ(by_kind["non-government"], (std::set<std::string>{"NSPCC", "Action for Children", "Barnardos"}));
  EXPECT_EQ(by_kind["government"],
            (std::set<std::string>{"Department for Education", "Home Office", "Foreign and Commonwealth Office"}));
  EXPECT_EQ(by_kind["widens the scope of CEOP's work"],
            (std::set<std::string>{"The Scout Association", "The Football Association",
                                   "England and Wales Cricket Board", "BT", "Lycos"}));
  EXPECT_EQ(by_kind.size(), 5u);  // the fifth: organisations whose staff work alongside CEOP officers
}

TEST_F(CeopQuestionsTest, BudgetAndPostsFor2012To13CarryTheirPeriod) {
  const NodeId ceop = node("ceop");
  const std::vector<EdgeRef> budget = edges(ceop, "hasBudget");
  ASSERT_EQ(budget.size(), 1u);
  EXPECT_EQ(qualifier_text(budget[0], "since"), "2012");
  EXPECT_EQ(qualifier_text(budget[0], "until"), "2013");
  const NodeId amount = g().target(budget[0]);
  EXPECT_EQ(attribute_text(amount, "amount"), "6000000");
  EXPECT_EQ(attribute_text(amount, "currency"), "GBP");
  const NodeId posts = only_target(ceop, "hasFigure");
  EXPECT_EQ(attribute_text(posts, "count"), "109");
  const std::vector<EdgeRef> seconded = edges(std::nullopt, "includedIn", posts);
  ASSERT_EQ(seconded.size(), 1u);
  EXPECT_EQ(attribute_text(g().source(seconded[0]), "count"), "13");
}

TEST_F(CeopQuestionsTest, ClaimsAreClaimsNotFacts) {
  const NodeId ceop = node("ceop");
  std::map<std::string, NodeId> by_quantity;
  for (EdgeRef e : edges(std::nullopt, "claimedBy", ceop)) {
    const NodeId claim = g().source(e);
    EXPECT_TRUE(has_class(claim, "Claim")) << g().name(claim);
    by_quantity[attribute_text(claim, "count")] = claim;
  }
  ASSERT_TRUE(by_quantity.count("262"));
  ASSERT_TRUE(by_quantity.count("1000"));
  const std::vector<EdgeRef> period = edges(by_quantity.at("262"), "about");
  ASSERT_EQ(period.size(), 1u);
  EXPECT_EQ(qualifier_text(period[0], "since"), "2006");
  EXPECT_EQ(qualifier_text(period[0], "until"), "2010");
  // The staffing claim is disputed by former employees.
  const NodeId staff = by_quantity.at("");
  EXPECT_EQ(target_names(staff, "disputedBy"), (std::set<std::string>{"Former CEOP employees"}));
}

TEST_F(CeopQuestionsTest, JudgeTeareSentencedCostiToNineYearsAtNottinghamCrownCourt) {
  std::vector<std::string> answers;
  for (NodeId sentence : nodes_of_class("Sentence")) {
    const std::vector<EdgeRef> judge = edges(sentence, "judge");
    if (judge.empty()) continue;  // the article names no judge for the other sentences
    const NodeId court = only_target(sentence, "court");
    answers.push_back(std::string(g().name(g().target(judge[0]))) + " sentenced " +
                      std::string(g().name(only_target(sentence, "defendant"))) + " to " +
                      attribute_text(sentence, "sentenceLength") + " at " + std::string(g().name(court)) + " in " +
                      std::string(g().name(only_target(court, "locatedIn"))) + ", " + qualifier_text(judge[0], "date"));
  }
  EXPECT_EQ(answers,
            (std::vector<std::string>{
                "Jonathan Teare sentenced Lee Costi to P9Y at Nottingham Crown Court in Nottingham, 2006-06"}));
  // Costi: 21, of Haslemere, Surrey; admitted two charges; caught after a girl told her mother.
  const NodeId costi = node("lee-costi");
  const NodeId prosecution = node("costi-prosecution");
  const std::vector<EdgeRef> defendant = edges(prosecution, "defendant", costi);
  ASSERT_EQ(defendant.size(), 1u);
  EXPECT_EQ(qualifier_text(defendant[0], "ageAtTime"), "21");
  const NodeId town = only_target(costi, "homeTown");
  EXPECT_EQ(g().name(town), "Haslemere");
  EXPECT_EQ(g().name(only_target(town, "locatedIn")), "Surrey");
  EXPECT_EQ(target_names(costi, "admitted"),
            (std::set<std::string>{"Grooming schoolgirls for sex (Lee Costi)",
                                   "Possession of indecent images of children (Lee Costi)"}));
  EXPECT_EQ(g().name(only_target(prosecution, "prosecutedBy")), "Child Exploitation and Online Protection Command");
  const NodeId disclosure = only_target(prosecution, "resultOf");
  EXPECT_TRUE(target_names(disclosure, "participant").count("A girl from Nottingham"));
  EXPECT_EQ(target_names(disclosure, "concerns"), (std::set<std::string>{"Lee Costi"}));
}

TEST_F(CeopQuestionsTest, CoxWasJailedInBuxhallAfterATenMonthOperationWithVgtMembers) {
  const NodeId cox = node("cox-prosecution");
  EXPECT_EQ(g().name(only_target(cox, "defendant")), "Timothy Cox");
  const NodeId court = only_target(cox, "court");
  EXPECT_EQ(g().name(only_target(only_target(court, "locatedIn"), "locatedIn")), "Suffolk");
  EXPECT_EQ(qualifier_text(edges(cox, "defendant").at(0), "date"), "2007-06");
  const NodeId operation = only_target(cox, "resultOf");
  EXPECT_EQ(attribute_text(operation, "duration"), "P10M");
  EXPECT_EQ(target_names(operation, "runBy"),
            (std::set<std::string>{"Child Exploitation and Online Protection Command", "Virtual Global Taskforce"}));
  const NodeId suspects = only_target(operation, "ledTo");
  EXPECT_EQ(attribute_text(suspects, "count"), "700");
}

TEST_F(CeopQuestionsTest, TheProjectSpadeReferralWasDelayedSixteenMonths) {
  std::vector<NodeId> delayed;
  for (NodeId referral : nodes_of_class("Referral"))
    if (attribute(referral, "delay")) delayed.push_back(referral);
  ASSERT_EQ(delayed.size(), 1u);
  const NodeId referral = delayed[0];
  EXPECT_EQ(attribute_text(referral, "delay"), "P16M");
  EXPECT_EQ(g().str(attribute(referral, "delay")->datatype), xsd("duration"));
  const std::vector<EdgeRef> from = edges(referral, "referredBy");
  ASSERT_EQ(from.size(), 1u);
  EXPECT_EQ(g().name(g().target(from[0])), "Toronto Police Service");
  EXPECT_EQ(qualifier_text(from[0], "date"), "2012");
  EXPECT_EQ(g().name(only_target(referral, "resultOf")), "Project Spade");
  std::set<std::string> quantities;
  for (EdgeRef e : edges(referral, "concerns")) quantities.insert(attribute_text(g().target(e), "count"));
  EXPECT_TRUE(quantities.count("2345"));
  EXPECT_TRUE(target_names(referral, "concerns").count("Myles Bradbury"));
  // The IPCC investigates it; four gross misconduct notices were served in September 2015.
  std::vector<NodeId> investigations;
  for (EdgeRef e : edges(std::nullopt, "concerns", referral))
    if (has_class(g().source(e), "Investigation")) investigations.push_back(g().source(e));
  ASSERT_EQ(investigations.size(), 1u);
  const NodeId investigation = investigations[0];
  EXPECT_EQ(g().name(only_target(investigation, "runBy")), "Independent Police Complaints Commission");
  const NodeId notices = g().source(edges(std::nullopt, "subEventOf", investigation).at(0));
  const std::vector<EdgeRef> served = edges(notices, "servedOn");
  ASSERT_EQ(served.size(), 4u);
  std::set<std::string> returned_to;
  for (EdgeRef e : served) {
    EXPECT_EQ(qualifier_text(e, "date"), "2015-09");
    for (const std::string& force : target_names(g().target(e), "returnedTo")) returned_to.insert(force);
  }
  EXPECT_EQ(returned_to, (std::set<std::string>{"Lincolnshire Police"}));
}

TEST_F(CeopQuestionsTest, TheHarmReductionFacultyRunsTheEducationProgramme) {
  const std::vector<NodeId> programmes = nodes_of_class("EducationProgramme");
  ASSERT_EQ(programmes.size(), 1u);
  EXPECT_EQ(g().name(programmes[0]), "ThinkUKnow");
  const std::set<std::string> runners = source_names("runs", programmes[0]);
  EXPECT_EQ(runners, (std::set<std::string>{"Harm Reduction Faculty"}));
  const NodeId faculty = node("harm-reduction-faculty");
  EXPECT_TRUE(has_class(faculty, "Faculty"));
  EXPECT_EQ(only_target(faculty, "partOf"), node("ceop"));
  // The three faculties, and the one that handles reports made through ThinkUKnow.
  EXPECT_EQ(source_names("partOf", node("ceop")).count("Intelligence Faculty"), 1u);
  EXPECT_EQ(source_names("handlesReportsFrom", programmes[0]), (std::set<std::string>{"Intelligence Faculty"}));
  std::size_t faculties = 0;
  for (NodeId n : nodes_of_class("Faculty")) faculties += only_target(n, "partOf") == node("ceop") ? 1 : 0;
  EXPECT_EQ(faculties, 3u);
}

TEST_F(CeopQuestionsTest, TheVirtualGlobalTaskforceWasSetUpIn2004) {
  const NodeId vgt = node("vgt");
  EXPECT_EQ(attribute_text(vgt, "foundingDate"), "2004");
  EXPECT_EQ(source_names("memberOf", vgt),
            (std::set<std::string>{
                "Child Exploitation and Online Protection Command", "Law enforcement agencies across Australia",
                "Law enforcement agencies across the US", "Law enforcement agencies across Canada", "Interpol"}));
}

}  // namespace
}  // namespace kgforge::graph
