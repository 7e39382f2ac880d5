// SPDX-License-Identifier: MIT
// The ontology in use: classes and properties built from a graph of RDF triples
// (importers/ontology_loader.hpp parses the Turtle: ontology/kgforge.ttl is compiled
// in; users add or replace it). Other modules query it; none of them names a domain
// class or property in C++. This module reads no file format.
#ifndef KGFORGE_ONTOLOGY_ONTOLOGY_HPP
#define KGFORGE_ONTOLOGY_ONTOLOGY_HPP

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/error.hpp"

namespace kgforge::graph {
class KnowledgeGraph;
}

namespace kgforge::ontology {

/// How a class is drawn (from the ontology's display hints; "" = writer's default).
struct ClassStyle {
  std::string shape;       ///< Graphviz shape name: box, ellipse, octagon, ...
  std::string fill;        ///< #rrggbb
  std::string font_color;  ///< #rrggbb
};

/// How a property's edges are drawn.
struct PropertyStyle {
  std::string line;   ///< Graphviz style: solid, dashed, dotted, bold
  std::string color;  ///< #rrggbb
};

struct ClassInfo {
  std::string iri;
  TextLocation where;                      ///< where the ontology file declares it
  std::string label;                       ///< rdfs:label (English), or the local name
  std::string comment;                     ///< rdfs:comment
  std::vector<std::string> super_classes;  ///< direct rdfs:subClassOf (IRIs)
  std::vector<std::string> equivalent;     ///< owl:equivalentClass
  ClassStyle style;
};

struct PropertyInfo {
  enum class Kind { kObject, kDatatype, kAnnotation };
  std::string iri;
  TextLocation where;
  std::string label;
  std::string comment;
  Kind kind = Kind::kObject;
  std::vector<std::string> domain;  ///< rdfs:domain class IRIs (all must hold)
  std::vector<std::string> range;   ///< class IRIs, or datatype IRIs (as declared: kgf:PartialDate)
  /// For a datatype property: the datatypes a value may have, unions expanded
  /// (kgf:PartialDate gives xsd:date, xsd:gYearMonth, xsd:gYear); empty = any.
  std::vector<std::string> datatypes;
  std::vector<std::string> super_properties;  ///< rdfs:subPropertyOf and owl:equivalentProperty
  std::vector<std::string> equivalent;        ///< owl:equivalentProperty alone
  std::string inverse;                        ///< owl:inverseOf, or ""
  bool functional = false;
  bool symmetric = false;
  PropertyStyle style;
};

class Ontology {
 public:
  Ontology();
  ~Ontology();
  Ontology(Ontology&&) noexcept;
  Ontology& operator=(Ontology&&) noexcept;

  /// The ontology stated by `triples`, a graph read in keep-triples mode (every
  /// literal an attribute, rdf:type a class, everything else an edge; see
  /// importers::RdfImporter). The graph is kept for graph(). Problems (located by the
  /// graph's locations) go to `diags`.
  static Ontology from_graph(graph::KnowledgeGraph triples, Diagnostics& diags);
  /// Adds the classes and properties of `other` (a user's extension).
  void add(const Ontology& other);

  const ClassInfo* find_class(std::string_view iri) const;
  const PropertyInfo* find_property(std::string_view iri) const;
  const std::vector<ClassInfo>& classes() const;
  const std::vector<PropertyInfo>& properties() const;
  /// True if `sub` is `super` or a (transitive) subclass of it.
  bool is_subclass_of(std::string_view sub, std::string_view super) const;
  /// `class_iri`'s super-classes and equivalent classes, transitively (outside ones such
  /// as schema:Organization included), without `class_iri` itself; sorted by IRI.
  std::vector<std::string> ancestors(std::string_view class_iri) const;
  /// The property and its transitive super-properties that the ontology defines,
  /// nearest first (their domains and ranges all apply, as in RDFS).
  std::vector<const PropertyInfo*> lineage(std::string_view property_iri) const;
  /// True if the IRI is a class, property or datatype the ontology defines or names
  /// (outside terms it aligns to, such as schema:Organization, count as named).
  bool knows(std::string_view iri) const;
  /// The class or property of this ontology that input written with the outside term
  /// `iri` is read as, or "" if none: a term stated owl:equivalentClass or
  /// owl:equivalentProperty to it (schema:Organization is read as kgf:Organisation),
  /// else, where the ontology states the outside term rdfs:subClassOf (or
  /// rdfs:subPropertyOf) some of its terms, the most specific of them when it is one.
  /// Never a kgforge term that is only stated under the outside one (kgf:Charge under
  /// schema:Intangible): a broad outside term is not read as a narrow kgforge term.
  /// Validation uses this; the graph keeps the IRIs it was given.
  std::string_view kgforge_term(std::string_view iri) const;
  /// Every (outside term, kgforge term) pair kgforge_term() answers, sorted.
  std::vector<std::pair<std::string, std::string>> alignments() const;
  /// The label of a class or property IRI, or its local name if unknown.
  std::string label_of(std::string_view iri) const;
  /// The ontology's own triples (for `export --with-ontology` and `ontology --to ttl`).
  const graph::KnowledgeGraph& graph() const;

  struct Impl;  ///< opaque (public only so that ontology.cpp's reader can fill it)

 private:
  std::unique_ptr<Impl> impl_;
};

/// Checks the ontology itself: references to classes or properties in its own
/// namespaces that it does not define (a typo in a user's file), and inverse
/// properties that disagree (p inverse of q, but q the inverse of another; or p's
/// domain not q's range). Problems are warnings, located in the ontology file.
void check_ontology(const Ontology& ontology, Diagnostics& diags);

}  // namespace kgforge::ontology

#endif  // KGFORGE_ONTOLOGY_ONTOLOGY_HPP
