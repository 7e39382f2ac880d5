// SPDX-License-Identifier: MIT
// The vocabulary: every namespace and term IRI kgforge's code names, named once.
// Code builds no IRI from a namespace and a string literal; it names the term here
// (vocab::rdf::kType), or, for a local name only known at run time, calls kgf_term().
// tests/graph/vocab_test.cpp checks that each term lies in its namespace.
#ifndef KGFORGE_GRAPH_VOCAB_HPP
#define KGFORGE_GRAPH_VOCAB_HPP

#include <string>
#include <string_view>

namespace kgforge::vocab {

/// The namespaces.
namespace ns {
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kSchema = "http://schema.org/";
inline constexpr std::string_view kOrg = "http://www.w3.org/ns/org#";
inline constexpr std::string_view kFoaf = "http://xmlns.com/foaf/0.1/";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";
/// kgforge's own vocabulary (the ontology in ontology/kgforge.ttl).
inline constexpr std::string_view kKgf = "https://w3id.org/kgforge/ns#";
/// Where the GraphML reader puts key, label and class names the ontology does not know
/// (`weight` -> urn:kgforge:graphml:term:weight); writers show them by their bare name.
inline constexpr std::string_view kGraphmlTerms = "urn:kgforge:graphml:term:";
/// Biolink Model terms (KGX tables: categories, predicates, slots such as provided_by).
inline constexpr std::string_view kBiolink = "https://w3id.org/biolink/vocab/";
/// Properties minted for the columns of node and edge tables that name no known term
/// (docs/tables.md): outside the ontology's namespace, so they are warned about, not refused.
inline constexpr std::string_view kKgfColumn = "https://w3id.org/kgforge/column#";
}  // namespace ns

struct WellKnownPrefix {
  std::string_view prefix;
  std::string_view iri;
};
/// rdf, rdfs, xsd, owl, skos, schema, org, foaf, prov, dcterms, kgf: usable in any KB
/// without a declaration.
inline constexpr WellKnownPrefix kWellKnownPrefixes[] = {
    {"rdf", ns::kRdf},   {"rdfs", ns::kRdfs},       {"xsd", ns::kXsd}, {"owl", ns::kOwl},
    {"skos", ns::kSkos}, {"schema", ns::kSchema},   {"org", ns::kOrg}, {"foaf", ns::kFoaf},
    {"prov", ns::kProv}, {"dcterms", ns::kDcterms}, {"kgf", ns::kKgf},
};

/// kgf:<local> for a local name known only at run time (a YAML key, a measure name).
inline std::string kgf_term(std::string_view local) { return std::string(ns::kKgf) + std::string(local); }

namespace rdf {
inline constexpr std::string_view kType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kProperty = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property";
inline constexpr std::string_view kStatement = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement";
inline constexpr std::string_view kSubject = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject";
inline constexpr std::string_view kPredicate = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate";
inline constexpr std::string_view kObject = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object";
inline constexpr std::string_view kValue = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";
inline constexpr std::string_view kFirst = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
inline constexpr std::string_view kRest = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
inline constexpr std::string_view kNil = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";
inline constexpr std::string_view kLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
inline constexpr std::string_view kPlainLiteral = "http://www.w3.org/1999/02/22-rdf-syntax-ns#PlainLiteral";
}  // namespace rdf

namespace rdfs {
inline constexpr std::string_view kLabel = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view kComment = "http://www.w3.org/2000/01/rdf-schema#comment";
inline constexpr std::string_view kClass = "http://www.w3.org/2000/01/rdf-schema#Class";
inline constexpr std::string_view kDatatype = "http://www.w3.org/2000/01/rdf-schema#Datatype";
inline constexpr std::string_view kLiteral = "http://www.w3.org/2000/01/rdf-schema#Literal";
inline constexpr std::string_view kResource = "http://www.w3.org/2000/01/rdf-schema#Resource";
inline constexpr std::string_view kDomain = "http://www.w3.org/2000/01/rdf-schema#domain";
inline constexpr std::string_view kRange = "http://www.w3.org/2000/01/rdf-schema#range";
inline constexpr std::string_view kSubClassOf = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
inline constexpr std::string_view kSubPropertyOf = "http://www.w3.org/2000/01/rdf-schema#subPropertyOf";
}  // namespace rdfs

namespace owl {
inline constexpr std::string_view kClass = "http://www.w3.org/2002/07/owl#Class";
inline constexpr std::string_view kThing = "http://www.w3.org/2002/07/owl#Thing";
inline constexpr std::string_view kObjectProperty = "http://www.w3.org/2002/07/owl#ObjectProperty";
inline constexpr std::string_view kDatatypeProperty = "http://www.w3.org/2002/07/owl#DatatypeProperty";
inline constexpr std::string_view kAnnotationProperty = "http://www.w3.org/2002/07/owl#AnnotationProperty";
inline constexpr std::string_view kFunctionalProperty = "http://www.w3.org/2002/07/owl#FunctionalProperty";
inline constexpr std::string_view kSymmetricProperty = "http://www.w3.org/2002/07/owl#SymmetricProperty";
inline constexpr std::string_view kEquivalentClass = "http://www.w3.org/2002/07/owl#equivalentClass";
inline constexpr std::string_view kEquivalentProperty = "http://www.w3.org/2002/07/owl#equivalentProperty";
inline constexpr std::string_view kInverseOf = "http://www.w3.org/2002/07/owl#inverseOf";
inline constexpr std::string_view kUnionOf = "http://www.w3.org/2002/07/owl#unionOf";
inline constexpr std::string_view kSameAs = "http://www.w3.org/2002/07/owl#sameAs";
}  // namespace owl

namespace xsd {
inline constexpr std::string_view kString = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view kBoolean = "http://www.w3.org/2001/XMLSchema#boolean";
inline constexpr std::string_view kInteger = "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view kDecimal = "http://www.w3.org/2001/XMLSchema#decimal";
inline constexpr std::string_view kDouble = "http://www.w3.org/2001/XMLSchema#double";
inline constexpr std::string_view kDate = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view kDateTime = "http://www.w3.org/2001/XMLSchema#dateTime";
inline constexpr std::string_view kGYear = "http://www.w3.org/2001/XMLSchema#gYear";
inline constexpr std::string_view kGYearMonth = "http://www.w3.org/2001/XMLSchema#gYearMonth";
inline constexpr std::string_view kAnyUri = "http://www.w3.org/2001/XMLSchema#anyURI";
}  // namespace xsd

namespace skos {
inline constexpr std::string_view kAltLabel = "http://www.w3.org/2004/02/skos/core#altLabel";
}  // namespace skos

namespace schema {
inline constexpr std::string_view kName = "http://schema.org/name";
inline constexpr std::string_view kDescription = "http://schema.org/description";
inline constexpr std::string_view kSameAs = "http://schema.org/sameAs";
// What a date property means (ontology/time.hpp): a start, an end.
inline constexpr std::string_view kStartDate = "http://schema.org/startDate";
inline constexpr std::string_view kEndDate = "http://schema.org/endDate";
inline constexpr std::string_view kFoundingDate = "http://schema.org/foundingDate";
inline constexpr std::string_view kDissolutionDate = "http://schema.org/dissolutionDate";
inline constexpr std::string_view kBirthDate = "http://schema.org/birthDate";
inline constexpr std::string_view kDeathDate = "http://schema.org/deathDate";
}  // namespace schema

namespace dcterms {
inline constexpr std::string_view kTitle = "http://purl.org/dc/terms/title";
inline constexpr std::string_view kDate = "http://purl.org/dc/terms/date";  ///< a one-off event's date
}  // namespace dcterms

namespace prov {
inline constexpr std::string_view kActivity = "http://www.w3.org/ns/prov#Activity";
inline constexpr std::string_view kSoftwareAgent = "http://www.w3.org/ns/prov#SoftwareAgent";
inline constexpr std::string_view kUsed = "http://www.w3.org/ns/prov#used";
inline constexpr std::string_view kWasAssociatedWith = "http://www.w3.org/ns/prov#wasAssociatedWith";
inline constexpr std::string_view kWasGeneratedBy = "http://www.w3.org/ns/prov#wasGeneratedBy";
}  // namespace prov

namespace kgf {
inline constexpr std::string_view kSourceDocument = "https://w3id.org/kgforge/ns#SourceDocument";
inline constexpr std::string_view kDocumentSection = "https://w3id.org/kgforge/ns#DocumentSection";
inline constexpr std::string_view kSource = "https://w3id.org/kgforge/ns#source";
inline constexpr std::string_view kSectionOf = "https://w3id.org/kgforge/ns#sectionOf";
inline constexpr std::string_view kPartOf = "https://w3id.org/kgforge/ns#partOf";
inline constexpr std::string_view kUrl = "https://w3id.org/kgforge/ns#url";
inline constexpr std::string_view kDate = "https://w3id.org/kgforge/ns#date";
inline constexpr std::string_view kSince = "https://w3id.org/kgforge/ns#since";
inline constexpr std::string_view kUntil = "https://w3id.org/kgforge/ns#until";
inline constexpr std::string_view kPublisher = "https://w3id.org/kgforge/ns#publisher";
inline constexpr std::string_view kRetrieved = "https://w3id.org/kgforge/ns#retrieved";
/// The relation an edge table states when it names no predicate.
inline constexpr std::string_view kRelatedTo = "https://w3id.org/kgforge/ns#relatedTo";
inline constexpr std::string_view kShape = "https://w3id.org/kgforge/ns#shape";
inline constexpr std::string_view kFillColor = "https://w3id.org/kgforge/ns#fillColor";
inline constexpr std::string_view kFontColor = "https://w3id.org/kgforge/ns#fontColor";
inline constexpr std::string_view kLineStyle = "https://w3id.org/kgforge/ns#lineStyle";
inline constexpr std::string_view kLineColor = "https://w3id.org/kgforge/ns#lineColor";
inline constexpr std::string_view kDisplayWeight = "https://w3id.org/kgforge/ns#displayWeight";
inline constexpr std::string_view kAlgorithm = "https://w3id.org/kgforge/ns#algorithm";
inline constexpr std::string_view kNetworkxEquivalent = "https://w3id.org/kgforge/ns#networkxEquivalent";
inline constexpr std::string_view kParameter = "https://w3id.org/kgforge/ns#parameter";
/// The software agent of provenance records (kgforge itself).
inline constexpr std::string_view kKgforge = "https://w3id.org/kgforge/ns#kgforge";
/// The dataset of provenance records when the graph has no base IRI.
inline constexpr std::string_view kUnnamedKnowledgeBase = "https://w3id.org/kgforge/ns#unnamedKnowledgeBase";
}  // namespace kgf

/// The XML namespaces of a GraphML document (not RDF terms).
namespace graphml {
inline constexpr std::string_view kNs = "http://graphml.graphdrawing.org/xmlns";
inline constexpr std::string_view kXsi = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr std::string_view kSchema = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
}  // namespace graphml

}  // namespace kgforge::vocab

#endif  // KGFORGE_GRAPH_VOCAB_HPP
