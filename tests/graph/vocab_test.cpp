// SPDX-License-Identifier: MIT
#include "graph/vocab.hpp"

#include <gtest/gtest.h>

#include <initializer_list>

#include "graph/iri.hpp"

namespace kgforge::vocab {
namespace {

// Each term is its namespace followed by an XML name (so RDF/XML can write it).
void expect_in(std::string_view ns, std::initializer_list<std::string_view> terms) {
  for (std::string_view t : terms) {
    EXPECT_TRUE(t.starts_with(ns)) << t;
    EXPECT_TRUE(graph::is_ncname(t.substr(ns.size()))) << t;
  }
}

TEST(VocabTest, EveryTermLiesInItsNamespace) {
  expect_in(vocab::ns::kRdf, {vocab::rdf::kType, vocab::rdf::kProperty, vocab::rdf::kStatement, vocab::rdf::kSubject,
                              vocab::rdf::kPredicate, vocab::rdf::kObject, vocab::rdf::kValue, vocab::rdf::kFirst,
                              vocab::rdf::kRest, vocab::rdf::kNil, vocab::rdf::kLangString, vocab::rdf::kPlainLiteral});
  expect_in(vocab::ns::kRdfs, {vocab::rdfs::kLabel, vocab::rdfs::kComment, vocab::rdfs::kClass, vocab::rdfs::kDatatype,
                               vocab::rdfs::kLiteral, vocab::rdfs::kResource, vocab::rdfs::kDomain, vocab::rdfs::kRange,
                               vocab::rdfs::kSubClassOf, vocab::rdfs::kSubPropertyOf});
  expect_in(vocab::ns::kOwl,
            {vocab::owl::kClass, vocab::owl::kThing, vocab::owl::kObjectProperty, vocab::owl::kDatatypeProperty,
             vocab::owl::kAnnotationProperty, vocab::owl::kFunctionalProperty, vocab::owl::kSymmetricProperty,
             vocab::owl::kEquivalentClass, vocab::owl::kEquivalentProperty, vocab::owl::kInverseOf,
             vocab::owl::kUnionOf, vocab::owl::kSameAs});
  expect_in(vocab::ns::kXsd, {vocab::xsd::kString, vocab::xsd::kBoolean, vocab::xsd::kInteger, vocab::xsd::kDecimal,
                              vocab::xsd::kDouble, vocab::xsd::kDate, vocab::xsd::kDateTime, vocab::xsd::kGYear,
                              vocab::xsd::kGYearMonth, vocab::xsd::kAnyUri});
  expect_in(vocab::ns::kSkos, {vocab::skos::kAltLabel});
  expect_in(vocab::ns::kSchema, {vocab::schema::kName, vocab::schema::kDescription, vocab::schema::kStartDate,
                                 vocab::schema::kEndDate, vocab::schema::kFoundingDate, vocab::schema::kDissolutionDate,
                                 vocab::schema::kBirthDate, vocab::schema::kDeathDate});
  expect_in(vocab::ns::kDcterms, {vocab::dcterms::kTitle, vocab::dcterms::kDate});
  expect_in(vocab::ns::kProv, {vocab::prov::kActivity, vocab::prov::kSoftwareAgent, vocab::prov::kUsed,
                               vocab::prov::kWasAssociatedWith, vocab::prov::kWasGeneratedBy});
  expect_in(vocab::ns::kKgf,
            {vocab::kgf::kSourceDocument, vocab::kgf::kDocumentSection, vocab::kgf::kSource,
             vocab::kgf::kSectionOf,      vocab::kgf::kPartOf,          vocab::kgf::kUrl,
             vocab::kgf::kDate,           vocab::kgf::kSince,           vocab::kgf::kUntil,
             vocab::kgf::kPublisher,      vocab::kgf::kShape,           vocab::kgf::kFillColor,
             vocab::kgf::kFontColor,      vocab::kgf::kLineStyle,       vocab::kgf::kLineColor,
             vocab::kgf::kDisplayWeight,  vocab::kgf::kAlgorithm,       vocab::kgf::kNetworkxEquivalent,
             vocab::kgf::kParameter,      vocab::kgf::kKgforge,         vocab::kgf::kUnnamedKnowledgeBase});
}

TEST(VocabTest, WellKnownPrefixesAreTheNamespaces) {
  EXPECT_EQ(std::size(kWellKnownPrefixes), 11u);
  for (const WellKnownPrefix& p : kWellKnownPrefixes)
    EXPECT_TRUE(p.iri.ends_with('#') || p.iri.ends_with('/')) << p.prefix;
  EXPECT_EQ(kgf_term("Person"), "https://w3id.org/kgforge/ns#Person");
}

}  // namespace
}  // namespace kgforge::vocab
