// SPDX-License-Identifier: MIT
#include "ontology/ontology.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/ontology_loader.hpp"

namespace kgforge::ontology {
namespace {

const std::string kM = "https://example.org/mini#";
const std::string kSchema(graph::ns::kSchema);
const std::string kXsd(graph::ns::kXsd);

std::string mini_text() {
  std::ifstream in(std::string(KGFORGE_SOURCE_DIR) + "/tests/ontology/mini.ttl");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Ontology mini() {
  Diagnostics diags;
  Ontology o = importers::read_ontology(mini_text(), "mini.ttl", diags);
  EXPECT_FALSE(diags.has_errors());
  return o;
}

TEST(OntologyTest, ReadsClassesAndProperties) {
  const Ontology o = mini();
  EXPECT_EQ(o.classes().size(), 5u);
  const ClassInfo* team = o.find_class(kM + "Team");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(team->label, "team");
  EXPECT_EQ(team->comment, "A team.");
  EXPECT_EQ(team->super_classes, std::vector<std::string>{kM + "Unit"});
  EXPECT_EQ(team->where.path, "mini.ttl");
  EXPECT_GT(team->where.line, 10u);
  const PropertyInfo* founded = o.find_property(kM + "founded");
  ASSERT_NE(founded, nullptr);
  EXPECT_EQ(founded->kind, PropertyInfo::Kind::kDatatype);
  EXPECT_TRUE(founded->functional);
  EXPECT_EQ(founded->range, std::vector<std::string>{kM + "Date"});
  EXPECT_EQ(founded->datatypes, (std::vector<std::string>{kXsd + "date", kXsd + "gYearMonth", kXsd + "gYear"}));
  EXPECT_EQ(o.find_property(kM + "partOf")->kind, PropertyInfo::Kind::kObject);
  EXPECT_EQ(o.find_class(kM + "Nope"), nullptr);
  EXPECT_EQ(o.label_of(kM + "partOf"), "part of");
  EXPECT_EQ(o.label_of("https://example.org/other#thing"), "thing");
}

TEST(OntologyTest, SubclassReasoningFollowsChainsAndEquivalence) {
  const Ontology o = mini();
  EXPECT_TRUE(o.is_subclass_of(kM + "Team", kM + "Org"));
  EXPECT_TRUE(o.is_subclass_of(kM + "Team", kSchema + "Organization"));
  EXPECT_TRUE(o.is_subclass_of(kM + "Person", kSchema + "Person"));
  EXPECT_TRUE(o.is_subclass_of(kSchema + "Person", kM + "Person"));  // owl:equivalentClass holds both ways
  EXPECT_FALSE(o.is_subclass_of(kM + "Org", kM + "Team"));
  EXPECT_FALSE(o.is_subclass_of(kM + "Person", kM + "Org"));
  EXPECT_TRUE(o.is_subclass_of(kM + "Doc", std::string(graph::ns::kOwl) + "Thing"));
  EXPECT_TRUE(o.knows(kSchema + "Organization"));
  EXPECT_FALSE(o.knows(kSchema + "Airline"));
}

TEST(OntologyTest, OutsideTermsAreReadAsTheTermAlignedToThem) {
  const Ontology o = mini();
  EXPECT_EQ(o.kgforge_term(kSchema + "Person"), kM + "Person");      // owl:equivalentClass
  EXPECT_EQ(o.kgforge_term(kSchema + "Organization"), kM + "Org");   // owl:equivalentClass (m:Unit is under it)
  EXPECT_EQ(o.kgforge_term(kSchema + "worksFor"), kM + "worksFor");  // owl:equivalentProperty
  EXPECT_EQ(o.kgforge_term(kSchema + "Airline"), "");
  EXPECT_EQ(o.kgforge_term(kM + "Org"), "");  // its own terms are not outside terms
  EXPECT_EQ(o.alignments().size(), 3u);
}

TEST(OntologyTest, OnlyEquivalenceOrAnOutsideTermStatedUnderOneIsRead) {
  Diagnostics diags;
  const Ontology o = importers::read_ontology(mini_text() + R"(
m:Charge a owl:Class ; rdfs:label "charge"@en ; rdfs:subClassOf schema:Intangible .
m:employer a owl:ObjectProperty ; owl:equivalentProperty schema:affiliation .
schema:Hospital rdfs:subClassOf m:Org , m:Team , m:Unit .
schema:SportsTeam rdfs:subClassOf m:Team , m:Person .
schema:subOrganization rdfs:subPropertyOf m:hasPart .
kgf:Loose rdfs:subClassOf m:Org .
)",
                                              "mini.ttl", diags);
  EXPECT_FALSE(diags.has_errors());
  EXPECT_EQ(o.kgforge_term(kSchema + "Intangible"), "");  // a broad outside class is no narrow kgforge class
  EXPECT_EQ(o.kgforge_term(kSchema + "affiliation"), kM + "employer");     // owl:equivalentProperty
  EXPECT_EQ(o.kgforge_term(kSchema + "Hospital"), kM + "Team");            // the most specific stated
  EXPECT_EQ(o.kgforge_term(kSchema + "SportsTeam"), "");                   // two unrelated: neither
  EXPECT_EQ(o.kgforge_term(kSchema + "subOrganization"), kM + "hasPart");  // rdfs:subPropertyOf
  EXPECT_TRUE(o.knows(kSchema + "Hospital"));
  EXPECT_EQ(o.kgforge_term(std::string(graph::ns::kKgf) + "Loose"), "");  // an undeclared kgf: term is not outside
}

TEST(OntologyTest, AnOutsideTermAboveTwoUnrelatedTermsIsReadAsNeither) {
  Diagnostics diags;
  Ontology o = importers::read_ontology(mini_text() + R"(
m:Memo a owl:Class ; rdfs:label "memo"@en ; rdfs:comment "A memo."@en ; rdfs:subClassOf schema:CreativeWork .
m:Film a owl:Class ; rdfs:label "film"@en ; rdfs:comment "A film."@en ; rdfs:subClassOf schema:CreativeWork .
)",
                                        "mini.ttl", diags);
  EXPECT_EQ(o.kgforge_term(kSchema + "CreativeWork"), "");
  EXPECT_TRUE(o.knows(kSchema + "CreativeWork"));
}

TEST(OntologyTest, InversesHoldBothWaysAndSymmetricIsItsOwnInverse) {
  const Ontology o = mini();
  EXPECT_EQ(o.find_property(kM + "partOf")->inverse, kM + "hasPart");
  EXPECT_EQ(o.find_property(kM + "hasPart")->inverse, kM + "partOf");
  EXPECT_EQ(o.find_property(kM + "hasUnit")->inverse, kM + "unitOf");
  EXPECT_EQ(o.find_property(kM + "partnerOf")->inverse, kM + "partnerOf");
  std::vector<std::string> lineage;
  for (const PropertyInfo* p : o.lineage(kM + "unitOf")) lineage.push_back(p->iri);
  EXPECT_EQ(lineage, (std::vector<std::string>{kM + "unitOf", kM + "partOf"}));
}

TEST(OntologyTest, DisplayHintsAreInheritedFromTheNearestSuperclass) {
  const Ontology o = mini();
  EXPECT_EQ(o.find_class(kM + "Team")->style.shape, "box");     // from Org
  EXPECT_EQ(o.find_class(kM + "Team")->style.fill, "#eff3ff");  // from Unit, nearer than Org
  EXPECT_EQ(o.find_class(kM + "Person")->style.shape, "ellipse");
  EXPECT_EQ(o.find_class(kM + "Doc")->style.shape, "");
  EXPECT_EQ(o.find_property(kM + "unitOf")->style.line, "bold");  // from partOf
  EXPECT_EQ(o.find_property(kM + "unitOf")->style.color, "#2171b5");
}

TEST(OntologyTest, AddMergesAUserFileAndItsStyleOverrides) {
  Ontology o = mini();
  Diagnostics diags;
  o.add(importers::read_ontology(R"(
@prefix m: <https://example.org/mini#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix kgf: <https://w3id.org/kgforge/ns#> .
m:Squad a owl:Class ; rdfs:label "squad"@en ; rdfs:comment "A squad."@en ; rdfs:subClassOf m:Team .
m:leads a owl:ObjectProperty ; rdfs:label "leads"@en ; rdfs:domain m:Person ; rdfs:range m:Org .
m:Org kgf:shape "octagon" .
m:partOf kgf:lineColor "#ff0000" .
)",
                                 "user.ttl", diags));
  ASSERT_FALSE(diags.has_errors());
  ASSERT_NE(o.find_class(kM + "Squad"), nullptr);
  EXPECT_TRUE(o.is_subclass_of(kM + "Squad", kM + "Org"));
  EXPECT_EQ(o.find_class(kM + "Squad")->style.shape, "octagon");
  EXPECT_EQ(o.find_class(kM + "Org")->label, "organisation");  // a style-only mention keeps the label
  EXPECT_EQ(o.find_class(kM + "Org")->style.fill, "#dbe9f6");
  EXPECT_EQ(o.find_property(kM + "unitOf")->style.color, "#ff0000");
  EXPECT_EQ(o.find_property(kM + "partOf")->style.line, "bold");
  ASSERT_NE(o.find_property(kM + "leads"), nullptr);
  EXPECT_EQ(o.find_property(kM + "leads")->domain, std::vector<std::string>{kM + "Person"});
  EXPECT_EQ(o.classes().size(), 6u);
  EXPECT_TRUE(o.graph().find_node(kM + "Squad").has_value());
}

TEST(OntologyTest, SyntaxErrorsInAnOntologyFileAreLocated) {
  Diagnostics diags;
  importers::read_ontology("@prefix m: <https://example.org/mini#> .\nm:A a m:B .\nm:C m:d \"open .\n", "user.ttl",
                           diags);
  ASSERT_TRUE(diags.has_errors());
  EXPECT_EQ(diags.items().front().where.path, "user.ttl");
  EXPECT_EQ(diags.items().front().where.line, 3u);
}

TEST(OntologyTest, APropertyNotEndingInAnXmlNameIsAnError) {
  Diagnostics diags;
  importers::read_ontology(
      "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n\n<https://example.org/rel/123> a owl:ObjectProperty .\n",
      "user.ttl", diags);
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.items()[0].code, "bad-name");
  EXPECT_EQ(diags.items()[0].where.line, 3u);
}

TEST(OntologyTest, BundledOntologyIsCompleteAndAligned) {
  const Ontology o = importers::bundled_ontology();
  EXPECT_GT(o.classes().size(), 25u);
  EXPECT_GT(o.properties().size(), 30u);
  const std::string kgf(graph::ns::kKgf);
  for (const ClassInfo& c : o.classes()) {
    EXPECT_FALSE(c.comment.empty()) << c.iri;
    EXPECT_NE(c.label, c.iri.substr(kgf.size())) << c.iri << " has no rdfs:label";
  }
  for (const PropertyInfo& p : o.properties()) {
    EXPECT_FALSE(p.comment.empty()) << p.iri;
    EXPECT_TRUE(graph::is_ncname(p.iri.substr(kgf.size()))) << p.iri;
  }
  EXPECT_TRUE(o.is_subclass_of(kgf + "Command", std::string(graph::ns::kOrg) + "OrganizationalUnit"));
  EXPECT_TRUE(o.is_subclass_of(kgf + "Charity", kSchema + "NGO"));
  EXPECT_TRUE(o.is_subclass_of(kgf + "PoliceForce", kSchema + "Organization"));
  for (const char* q : {"since", "until", "date", "source", "role", "note"}) {
    EXPECT_NE(o.find_property(kgf + q), nullptr) << q;
  }
  EXPECT_FALSE(o.find_class(kgf + "Person")->style.shape.empty());
}

TEST(OntologyTest, CheckFindsDanglingReferencesAndDisagreeingInverses) {
  Diagnostics none;
  check_ontology(importers::bundled_ontology(), none);
  EXPECT_TRUE(none.items().empty()) << format_text(none.items().front());
  Ontology o = mini();
  Diagnostics diags;
  o.add(importers::read_ontology(R"(@prefix m: <https://example.org/mini#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
m:Squad a owl:Class ; rdfs:subClassOf m:Tema .
m:leads a owl:ObjectProperty ; rdfs:domain m:Person ; rdfs:range m:Org ; owl:inverseOf m:unitOf .
)",
                                 "user.ttl", diags));
  check_ontology(o, diags);
  diags.sort();
  ASSERT_EQ(diags.items().size(), 2u);
  EXPECT_EQ(diags.items()[0].code, "unknown-class");
  EXPECT_EQ(diags.items()[0].where.path, "user.ttl");
  EXPECT_EQ(diags.items()[0].where.line, 4u);
  EXPECT_EQ(diags.items()[1].code, "inverse-inconsistent");
  EXPECT_EQ(diags.items()[1].where.line, 5u);
}

}  // namespace
}  // namespace kgforge::ontology
