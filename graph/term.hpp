// SPDX-License-Identifier: MIT
// The small value types of the model: source locations, values (IRI or literal).
#ifndef KGFORGE_GRAPH_TERM_HPP
#define KGFORGE_GRAPH_TERM_HPP

#include <cstdint>

#include "graph/string_pool.hpp"

namespace kgforge::graph {

/// Where a fact was stated: an interned file name and a 1-based line and column
/// (0 = unknown). 12 bytes, so it can sit in every node and edge.
struct Location {
  Sym file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  bool known() const { return file != 0; }
};

/// An RDF object term: an IRI (`text` is the IRI), a blank node (`text` is its
/// label), or a literal (`text` is the lexical form; `datatype` is an IRI Sym or 0
/// for xsd:string; `language` is a lower-case BCP 47 tag or 0). A literal with a
/// language has datatype 0 (rdf:langString is implied).
struct Value {
  enum class Kind : std::uint8_t { kIri, kBlank, kLiteral };
  Kind kind = Kind::kLiteral;
  Sym text = 0;
  Sym datatype = 0;
  Sym language = 0;

  static Value iri(Sym s) { return {Kind::kIri, s, 0, 0}; }
  static Value blank(Sym s) { return {Kind::kBlank, s, 0, 0}; }
  static Value literal(Sym lexical, Sym datatype = 0, Sym language = 0) {
    return {Kind::kLiteral, lexical, datatype, language};
  }
  bool is_literal() const { return kind == Kind::kLiteral; }
  bool is_iri() const { return kind == Kind::kIri; }
  friend bool operator==(const Value&, const Value&) = default;
};

/// What a node property is. The model is vocabulary-free: exporters decide that a
/// kName is written as rdfs:label and schema:name, a kAlias as skos:altLabel, etc.
/// kAttribute properties carry their own predicate IRI.
enum class Role : std::uint8_t {
  kClass,        ///< value: the class IRI
  kAlias,        ///< value: a literal
  kDescription,  ///< value: a literal
  kSameAs,       ///< value: an IRI of the same thing elsewhere
  kAttribute,    ///< predicate + literal (or IRI) value
};

/// One property of a node, in insertion order.
struct NodeProperty {
  Role role = Role::kAttribute;
  Sym predicate = 0;  ///< the property IRI for kAttribute, 0 otherwise
  Value value;
  Location where;
  /// The value's own qualifiers (its kgf:source, ...), held by the graph as a
  /// relation's are: KnowledgeGraph::for_each_qualifier(property). Set by the graph
  /// only (add_property ignores it); 0xFFFFFFFF if none.
  std::uint32_t first_qualifier = 0xFFFFFFFFu;
  bool qualified() const { return first_qualifier != 0xFFFFFFFFu; }
};

/// One qualifier of a relation: a predicate IRI and its value (a date literal, a
/// source IRI, a role literal, a note...).
struct Qualifier {
  Sym predicate = 0;
  Value value;
};

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_TERM_HPP
