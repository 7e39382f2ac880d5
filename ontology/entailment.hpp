// SPDX-License-Identifier: MIT
// What the ontology's alignment entails (`--entail`): the classes a resource also has
// (rdfs:subClassOf, owl:equivalentClass, transitively) and the properties a triple also
// states (rdfs:subPropertyOf, owl:equivalentProperty, owl:inverseOf, transitively), so
// that stores without reasoning answer plain schema.org, ORG, FOAF and PROV queries.
// The one place the entailment is computed; RdfMapping writes what it answers.
#ifndef KGFORGE_ONTOLOGY_ENTAILMENT_HPP
#define KGFORGE_ONTOLOGY_ENTAILMENT_HPP

#include <string>
#include <string_view>
#include <vector>

#include "ontology/ontology.hpp"

namespace kgforge::ontology {

/// The namespace IRIs of `--entail=NAME,...`: each name is a well-known prefix (rdf,
/// rdfs, xsd, owl, skos, schema, org, foaf, prov, dcterms, kgf) or "all" (no filter:
/// returns an empty list). Throws UsageError naming an unknown vocabulary, with a
/// "did you mean".
std::vector<std::string> entailment_namespaces(const std::vector<std::string>& names);

/// One property that a triple `s p o` also states.
struct EntailedProperty {
  std::string iri;
  bool inverse = false;  ///< true: `o iri s` (through owl:inverseOf); false: `s iri o`
  friend bool operator==(const EntailedProperty&, const EntailedProperty&) = default;
};

class Entailment {
 public:
  /// `namespaces`: only entailed terms in these namespaces are answered (empty: any).
  /// `ontology` must outlive the entailment.
  Entailment(const Ontology& ontology, std::vector<std::string> namespaces);

  /// The classes a resource of class `class_iri` also has: every super-class and
  /// equivalent class, transitively, without `class_iri` itself, owl:Thing and
  /// rdfs:Resource; sorted by IRI.
  std::vector<std::string> classes(std::string_view class_iri) const;

  /// The properties a triple with predicate `property_iri` also states, closed under
  /// "a super-property of p holds the same way" and "the inverse of p holds the
  /// other way round", without (`property_iri`, forward) itself; sorted by IRI, then
  /// forward before inverse. `resource_object`: false for a literal object, which
  /// cannot become a subject, so nothing is reached through an inverse.
  std::vector<EntailedProperty> properties(std::string_view property_iri, bool resource_object) const;

 private:
  bool wanted(std::string_view iri) const;

  const Ontology& ontology_;
  std::vector<std::string> namespaces_;
};

}  // namespace kgforge::ontology

#endif  // KGFORGE_ONTOLOGY_ENTAILMENT_HPP
