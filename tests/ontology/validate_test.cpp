// SPDX-License-Identifier: MIT
#include "ontology/validate.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::ontology {
namespace {

using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Role;
using graph::Value;

const std::string kM = "https://example.org/mini#";
const std::string kXsd(graph::ns::kXsd);
const std::string kB = "https://example.org/kb/";

const Ontology& mini() {
  static const Ontology o = [] {
    std::ifstream in(std::string(KGFORGE_SOURCE_DIR) + "/tests/ontology/mini.ttl");
    std::ostringstream s;
    s << in.rdbuf();
    Diagnostics diags;
    return importers::read_ontology(s.str(), "mini.ttl", diags);
  }();
  return o;
}

// A graph built in code, with every fact at its own line of "kb.yaml".
class Kb {
 public:
  NodeId entity(const std::string& id, const std::string& cls, unsigned line) {
    const NodeId n = g.add_node(kB + id, at(line));
    g.add_class(n, g.intern(cls.find(':') == std::string::npos ? kM + cls : cls), at(line));
    g.set_name(n, id);
    return n;
  }
  void attribute(NodeId n, const std::string& p, const std::string& lexical, const std::string& datatype,
                 unsigned line) {
    const graph::Sym dt = datatype.empty() ? 0 : g.intern(kXsd + datatype);
    g.add_property(n, {Role::kAttribute, g.intern(kM + p), Value::literal(g.intern(lexical), dt), at(line)});
  }
  graph::EdgeRef relation(NodeId s, const std::string& p, NodeId o, unsigned line) {
    return g.add_edge(s, g.intern(kM + p), o, at(line));
  }
  void qualifier(graph::EdgeRef e, const std::string& p, const std::string& lexical, const std::string& datatype) {
    g.add_qualifier(e, {g.intern(kM + p), Value::literal(g.intern(lexical), g.intern(kXsd + datatype))});
  }
  graph::Location at(unsigned line) { return g.location("kb.yaml", line, 3); }
  Diagnostics validate() {
    Diagnostics d;
    ontology::validate(g, mini(), d);
    return d;
  }
  std::string datatype_of(NodeId n, const std::string& p) {
    std::string out;
    g.for_each_property(n, [&](const graph::NodeProperty& x) {
      if (x.role == Role::kAttribute && g.str(x.predicate) == kM + p) out = g.str(x.value.datatype);
    });
    return out;
  }
  KnowledgeGraph g;
};

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.items()) out += format_text(x) + "\n";
  return out;
}

// The one diagnostic with `code`, checked to be at kb.yaml:line.
const Diagnostic& only(const Diagnostics& d, const std::string& code, unsigned line, Severity severity) {
  const Diagnostic* found = nullptr;
  for (const Diagnostic& x : d.items()) {
    if (x.code != code) continue;
    EXPECT_EQ(found, nullptr) << "more than one " << code << ":\n" << all(d);
    found = &x;
  }
  static const Diagnostic kNone{};
  if (found == nullptr) {
    ADD_FAILURE() << "no " << code << ":\n" << all(d);
    return kNone;
  }
  EXPECT_EQ(found->where.path, "kb.yaml");
  EXPECT_EQ(found->where.line, line) << format_text(*found);
  EXPECT_EQ(found->severity, severity) << format_text(*found);
  return *found;
}

TEST(ValidateTest, ACleanGraphHasNoDiagnostics) {
  Kb kb;
  const NodeId org = kb.entity("org", "Org", 1);
  const NodeId team = kb.entity("team", "Team", 2);
  const NodeId bob = kb.entity("bob", "http://schema.org/Person", 3);  // equivalent to m:Person
  kb.relation(team, "unitOf", org, 4);
  kb.relation(bob, "worksFor", team, 5);
  kb.attribute(org, "founded", "2006-04", "gYearMonth", 6);
  kb.attribute(org, "note", "a note", "", 7);
  const Diagnostics d = kb.validate();
  EXPECT_TRUE(d.items().empty()) << all(d);
}

TEST(ValidateTest, UnknownClassInTheOntologyNamespaceIsAnErrorWithASuggestion) {
  Kb kb;
  kb.entity("x", "Tema", 7);
  const Diagnostics d = kb.validate();
  const Diagnostic& x = only(d, "unknown-class", 7, Severity::kError);
  EXPECT_NE(x.message.find("did you mean <https://example.org/mini#Team>?"), std::string::npos) << x.message;
}

TEST(ValidateTest, UnknownPropertyIsAnErrorWithASuggestion) {
  Kb kb;
  const NodeId a = kb.entity("a", "Org", 1);
  const NodeId b = kb.entity("b", "Org", 2);
  kb.relation(a, "partof", b, 9);
  const Diagnostics d = kb.validate();
  const Diagnostic& x = only(d, "unknown-property", 9, Severity::kError);
  EXPECT_NE(x.message.find("did you mean <https://example.org/mini#partOf>?"), std::string::npos) << x.message;
}

TEST(ValidateTest, APropertyUsedAsAClassIsNamedAsSuch) {
  Kb kb;
  kb.entity("x", "partOf", 3);
  const Diagnostics d = kb.validate();
  const Diagnostic& x = only(d, "unknown-class", 3, Severity::kError);
  EXPECT_NE(x.message.find("is a property, not a class"), std::string::npos) << x.message;
}

TEST(ValidateTest, TermsOfOtherVocabulariesTheOntologyDoesNotNameAreWarnings) {
  Kb kb;
  const NodeId a = kb.entity("a", "http://example.com/other#Thing", 4);
  kb.g.add_property(a, {Role::kAttribute, kb.g.intern("http://example.com/other#colour"),
                        Value::literal(kb.g.intern("red")), kb.at(5)});
  const Diagnostics d = kb.validate();
  only(d, "unknown-class", 4, Severity::kWarning);
  only(d, "unknown-property", 5, Severity::kWarning);
  EXPECT_FALSE(d.has_errors());
}

TEST(ValidateTest, DomainIsCheckedWithSubclassReasoning) {
  Kb kb;
  const NodeId org = kb.entity("org", "Org", 1);
  const NodeId team = kb.entity("team", "Team", 2);
  const NodeId bob = kb.entity("bob", "Person", 3);
  kb.relation(team, "partOf", org, 4);  // Team is an Org through Unit: fine
  kb.relation(bob, "partOf", org, 5);   // a Person is not
  const Diagnostics d = kb.validate();
  only(d, "domain-mismatch", 5, Severity::kWarning);
  EXPECT_EQ(d.items().size(), 1u) << all(d);
}

TEST(ValidateTest, RangeIsCheckedIncludingInheritedRanges) {
  Kb kb;
  const NodeId team = kb.entity("team", "Team", 1);
  const NodeId bob = kb.entity("bob", "Person", 2);
  const NodeId doc = kb.entity("doc", "Doc", 3);
  kb.relation(team, "unitOf", bob, 8);  // unitOf has no range of its own; partOf's (Org) applies
  kb.g.add_property(team, {Role::kAttribute, kb.g.intern(kM + "source"), Value::iri(kb.g.node(doc).iri), kb.at(9)});
  kb.g.add_property(team,
                    {Role::kAttribute, kb.g.intern(kM + "source"), Value::iri(kb.g.intern(kB + "bob")), kb.at(10)});
  Diagnostics d = kb.validate();
  d.sort();
  ASSERT_EQ(d.items().size(), 2u) << all(d);
  EXPECT_EQ(d.items()[0].code, "range-mismatch");
  EXPECT_EQ(d.items()[0].where.line, 8u);
  EXPECT_NE(d.items()[0].message.find("'bob' is a <https://example.org/mini#Person>"), std::string::npos);
  EXPECT_EQ(d.items()[1].code, "range-mismatch");
  EXPECT_EQ(d.items()[1].where.line, 10u);
}

TEST(ValidateTest, InvalidLexicalFormIsAnError) {
  Kb kb;
  const NodeId org = kb.entity("org", "Org", 1);
  kb.attribute(org, "founded", "2013-02-30", "date", 12);
  const Diagnostics d = kb.validate();
  const Diagnostic& x = only(d, "bad-literal", 12, Severity::kError);
  EXPECT_NE(x.message.find("'2013-02-30' is not a valid xsd:date"), std::string::npos) << x.message;
}

TEST(ValidateTest, ALiteralFittingNoneOfTheDatatypesIsAnError) {
  Kb kb;
  const NodeId org = kb.entity("org", "Org", 1);
  kb.attribute(org, "founded", "April 2006", "", 13);
  kb.attribute(org, "staff", "12.5", "decimal", 14);
  const Diagnostics d = kb.validate();
  ASSERT_EQ(d.error_count(), 2u) << all(d);
  EXPECT_EQ(d.items()[0].where.line, 13u);
  EXPECT_EQ(d.items()[0].code, "wrong-datatype");
  EXPECT_NE(d.items()[0].message.find("takes xsd:date, xsd:gYearMonth or xsd:gYear"), std::string::npos);
  EXPECT_EQ(d.items()[1].where.line, 14u);
}

TEST(ValidateTest, LiteralsAreRetypedToTheDeclaredDatatypeWhenTheirFormFits) {
  Kb kb;
  const NodeId org = kb.entity("org", "Org", 1);
  kb.attribute(org, "year", "2006", "integer", 2);
  kb.attribute(org, "founded", "2006", "integer", 3);
  kb.attribute(org, "delay", "P16M", "", 4);
  kb.attribute(org, "active", "true", "", 5);
  kb.attribute(org, "budget", "6000000", "integer", 6);
  kb.attribute(org, "web", "https://example.org/x", "", 7);
  kb.attribute(org, "note", "120", "integer", 8);
  const Diagnostics d = kb.validate();
  EXPECT_TRUE(d.items().empty()) << all(d);
  EXPECT_EQ(kb.datatype_of(org, "year"), kXsd + "gYear");
  EXPECT_EQ(kb.datatype_of(org, "founded"), kXsd + "gYear");
  EXPECT_EQ(kb.datatype_of(org, "delay"), kXsd + "duration");
  EXPECT_EQ(kb.datatype_of(org, "active"), kXsd + "boolean");
  EXPECT_EQ(kb.datatype_of(org, "budget"), kXsd + "decimal");
  EXPECT_EQ(kb.datatype_of(org, "web"), kXsd + "anyURI");
  EXPECT_EQ(kb.datatype_of(org, "note"), "");  // xsd:string
}

TEST(ValidateTest, QualifiersAreCheckedAndRetyped) {
  Kb kb;
  const NodeId a = kb.entity("a", "Org", 1);
  const NodeId b = kb.entity("b", "Org", 2);
  const graph::EdgeRef good = kb.relation(a, "partnerOf", b, 3);
  kb.qualifier(good, "since", "2004", "integer");
  const graph::EdgeRef bad = kb.relation(b, "partOf", a, 4);
  kb.qualifier(bad, "since", "soon", "string");
  const Diagnostics d = kb.validate();
  only(d, "wrong-datatype", 4, Severity::kError);
  std::string type;
  kb.g.for_each_qualifier(good, [&](const graph::Qualifier& q) { type = kb.g.str(q.value.datatype); });
  EXPECT_EQ(type, kXsd + "gYear");
}

TEST(ValidateTest, LiteralForAnObjectPropertyAndResourceForADatatypePropertyAreErrors) {
  Kb kb;
  const NodeId a = kb.entity("a", "Org", 1);
  const NodeId b = kb.entity("b", "Org", 2);
  kb.attribute(a, "partOf", "b", "", 5);
  kb.relation(a, "founded", b, 6);
  const Diagnostics d = kb.validate();
  only(d, "expected-resource", 5, Severity::kError);
  only(d, "expected-literal", 6, Severity::kError);
}

TEST(ValidateTest, AFunctionalPropertyGivenTwiceIsAnErrorAtTheSecondValue) {
  Kb kb;
  const NodeId a = kb.entity("a", "Org", 1);
  const NodeId b = kb.entity("b", "Org", 2);
  const NodeId c = kb.entity("c", "Org", 3);
  const NodeId u = kb.entity("u", "Unit", 4);
  kb.attribute(a, "founded", "2006", "gYear", 5);
  kb.attribute(a, "founded", "2006", "gYear", 6);  // the same value again: fine
  kb.attribute(a, "founded", "2007", "gYear", 7);
  kb.relation(u, "unitOf", b, 8);
  kb.relation(u, "unitOf", c, 9);
  const Diagnostics d = kb.validate();
  ASSERT_EQ(d.error_count(), 2u) << all(d);
  EXPECT_EQ(d.items()[0].code, "functional-twice");
  EXPECT_EQ(d.items()[0].where.line, 7u);
  EXPECT_NE(d.items()[0].message.find("kb.yaml:5:3"), std::string::npos) << d.items()[0].message;
  EXPECT_EQ(d.items()[1].code, "functional-twice");
  EXPECT_EQ(d.items()[1].where.line, 9u);
}

TEST(ValidateTest, InverseRelationsImplyingTwoValuesOfAFunctionalPropertyAreAnError) {
  Kb kb;
  const NodeId b = kb.entity("b", "Org", 1);
  const NodeId c = kb.entity("c", "Org", 2);
  const NodeId u = kb.entity("u", "Unit", 3);
  kb.relation(u, "unitOf", b, 4);
  kb.relation(c, "hasUnit", u, 11);  // implies u unitOf c
  kb.relation(b, "hasUnit", u, 12);  // implies u unitOf b: consistent
  const Diagnostics d = kb.validate();
  const Diagnostic& x = only(d, "inverse-inconsistent", 11, Severity::kError);
  EXPECT_NE(x.message.find("'b' (kb.yaml:4:3)"), std::string::npos) << x.message;
  EXPECT_EQ(d.error_count(), 1u) << all(d);
}

TEST(ValidateTest, InverseRelationsStatedBothWaysMustAgreeOnTheirDates) {
  Kb kb;
  const NodeId a = kb.entity("a", "Org", 1);
  const NodeId b = kb.entity("b", "Org", 2);
  kb.qualifier(kb.relation(a, "partOf", b, 3), "since", "2006", "gYear");
  kb.qualifier(kb.relation(b, "hasPart", a, 14), "since", "2013", "gYear");
  kb.qualifier(kb.relation(a, "partnerOf", b, 15), "since", "2004", "gYear");
  kb.qualifier(kb.relation(b, "partnerOf", a, 16), "since", "2004", "gYear");  // symmetric, agrees
  const Diagnostics d = kb.validate();
  const Diagnostic& x = only(d, "inverse-conflict", 14, Severity::kWarning);
  EXPECT_NE(x.message.find("'2013'"), std::string::npos);
  EXPECT_NE(x.message.find("kb.yaml:3:3"), std::string::npos);
  EXPECT_EQ(d.items().size(), 1u) << all(d);
}

TEST(ValidateTest, AlignedOutsideTermsAreCheckedAsTheOntologysTerms) {
  Kb kb;
  const NodeId acme = kb.entity("acme", "http://schema.org/Organization", 1);  // read as m:Org
  const NodeId team = kb.entity("team", "Team", 2);
  const NodeId doc = kb.entity("doc", "Doc", 3);
  kb.relation(team, "partOf", acme, 4);  // m:partOf points to an m:Org: fits
  // schema:worksFor is read as m:worksFor, whose domain is m:Person.
  kb.g.add_edge(doc, kb.g.intern("http://schema.org/worksFor"), acme, kb.at(5));
  const Diagnostics d = kb.validate();
  EXPECT_EQ(d.items().size(), 1u) << all(d);
  const Diagnostic& x = only(d, "domain-mismatch", 5, Severity::kWarning);
  EXPECT_NE(x.message.find("applies to a <https://example.org/mini#Person>"), std::string::npos) << x.message;
}

TEST(ValidateTest, AnUnknownTermUsedOftenIsOneWarningWithItsCount) {
  Kb kb;
  for (unsigned i = 0; i < 5; ++i) kb.entity("x" + std::to_string(i), "https://example.org/other#Airline", 10 - i);
  kb.entity("y", "https://example.org/other#Ship", 20);
  const Diagnostics d = kb.validate();
  ASSERT_EQ(d.items().size(), 2u) << all(d);
  EXPECT_EQ(d.warning_count(), 6u);
  const Diagnostic& first = d.items()[0];
  EXPECT_EQ(first.count, 5u);
  EXPECT_EQ(first.where.line, 6u);  // the earliest use, though it was met last
  EXPECT_EQ(format_text(first),
            "kb.yaml:6:3: warning: class <https://example.org/other#Airline> is not in the ontology, so it is not "
            "checked (5 uses; first here) [unknown-class]");
}

TEST(ValidateTest, StrictTurnsWarningsIntoErrors) {
  Kb kb;
  const NodeId org = kb.entity("org", "Org", 1);
  const NodeId bob = kb.entity("bob", "Person", 2);
  kb.relation(bob, "partOf", org, 3);
  Diagnostics d = kb.validate();
  EXPECT_FALSE(d.has_errors());
  d.promote_warnings();
  EXPECT_TRUE(d.has_errors());
}

}  // namespace
}  // namespace kgforge::ontology
