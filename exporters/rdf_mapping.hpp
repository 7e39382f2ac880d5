// SPDX-License-Identifier: MIT
// The one mapping from a KnowledgeGraph to RDF triples (docs/rdf-mapping.md). Every
// RDF writer (Turtle, N-Triples, RDF/XML) consumes it as a stream of triples, so no
// writer materialises the graph and all of them say the same thing.
#ifndef KGFORGE_EXPORTERS_RDF_MAPPING_HPP
#define KGFORGE_EXPORTERS_RDF_MAPPING_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.hpp"
#include "graph/knowledge_graph.hpp"

namespace kgforge::exporters {

/// One RDF term as the mapping hands it to a writer. The views are valid only during
/// the TripleSink::triple() call that receives them.
struct RdfTerm {
  enum class Kind : std::uint8_t { kIri, kBlank, kLiteral };
  Kind kind = Kind::kIri;
  /// An absolute IRI (already checked), a blank-node label matching
  /// [A-Za-z][A-Za-z0-9]*, or a literal's canonical lexical form (valid UTF-8, no NUL).
  std::string_view text;
  /// Literal: its datatype IRI, "" for xsd:string and for language-tagged strings.
  std::string_view datatype;
  /// Literal: its language tag (lower case), or "".
  std::string_view language;
  /// IRI: a number that names this IRI within one RdfMapping (1 <= key < key_limit()),
  /// or 0; writers may cache per-IRI work by it. Literal: the same for its datatype.
  std::uint32_t key = 0;
  /// IRI of a node, after compute_prefix_hints(): rdf::PrefixRule::match() over
  /// prefixes() (-1 if none); kNoHint otherwise. Saves writers a lookup per object.
  std::int16_t prefix = kNoHint;
  static constexpr std::int16_t kNoHint = -2;
};

/// Receives the triples of the mapping, in order.
class TripleSink {
 public:
  virtual ~TripleSink() = default;
  virtual void triple(const RdfTerm& subject, const RdfTerm& predicate, const RdfTerm& object) = 0;

  /// True for a writer of RDF-star annotations (Turtle, TriG): only such sinks take
  /// ExportOptions::star_qualifiers, and RdfMapping::run() refuses the others.
  virtual bool annotations() const { return false; }
  /// With star_qualifiers: `predicate object` annotates the triple just written
  /// (Turtle's `s p o {| predicate object |}`); `first` opens a new annotation block,
  /// one per statement of the relation (in RDF 1.2, one reifier each).
  virtual void annotation(const RdfTerm& /*predicate*/, const RdfTerm& /*object*/, bool /*first*/) {}

  /// True for a quad writer (N-Quads, TriG): it is told the graphs of the triples.
  virtual bool wants_graphs() const { return false; }
  /// The named graphs the next triples belong to, each a source section or document
  /// (empty: the default graph); called when they change. Valid until the next call.
  virtual void graphs(std::span<const RdfTerm> /*names*/) {}
};

/// Receives the IRIs a mapping can write (RdfMapping::for_each_iri).
class IriVisitor {
 public:
  enum class Use : std::uint8_t { kResource, kPredicate, kDatatype };
  virtual ~IriVisitor() = default;
  /// `key` as in RdfTerm; for kDatatype, `lexical` is one (raw) lexical form written with it.
  virtual void iri(std::string_view iri, std::uint32_t key, Use use, std::string_view lexical) = 0;
};

/// The RDF reading of a graph (plus, with ExportOptions::with_ontology, the ontology's
/// triples). The order is deterministic: subjects by IRI (nodes_by_iri(), blank nodes
/// last), each subject's triples grouped by predicate, each qualified relation's
/// rdf:Statement right after its subject's triples, then the ontology.
///
/// For quad writers (TripleSink::wants_graphs), a triple's graphs are its sources: an
/// entity's own triples are in the graph of each document or section its `source:`
/// names, a relation's triple and statement in those of the relation's kgf:source
/// qualifiers; everything else (source documents, their sections: the graphs'
/// descriptions; what --entail adds) is in the default graph.
///
/// `graph` and `options.ontology` must outlive the mapping. Construction checks the
/// options (view filters) and throws kgforge::Error if the view cannot be made; run()
/// throws kgforge::Error naming the place in the KB when a value cannot be written
/// (an IRI that readers reject, a lexical form invalid for its datatype, a bad
/// language tag, text with NUL or invalid UTF-8).
class RdfMapping {
 public:
  RdfMapping(const graph::KnowledgeGraph& graph, const ExportOptions& options);
  ~RdfMapping();
  RdfMapping(const RdfMapping&) = delete;
  RdfMapping& operator=(const RdfMapping&) = delete;

  /// Streams every triple to `sink`. May be called more than once; each call gives the
  /// same triples in the same order.
  void run(TripleSink& sink) const;

  /// Calls `visitor` for every IRI run() writes (each at least once, some many times),
  /// much faster than run(): no terms are built, nothing is checked or sorted. Writers
  /// use it to declare the namespaces they will use before writing.
  void for_each_iri(IriVisitor& visitor) const;

  /// Fills RdfTerm::prefix for node IRIs in later runs (about 0.1 s per million nodes).
  void compute_prefix_hints();

  /// One more than the largest RdfTerm::key run() can produce.
  std::uint32_t key_limit() const;

  /// Namespaces a writer may abbreviate with, best first: the KB's own prefixes, a
  /// prefix for the KB's base IRI, `genid:` for statement IRIs, and the well-known
  /// ones (rdf, rdfs, xsd, owl, skos, schema, org, foaf, prov, dcterms, kgf). Prefix
  /// names are unique and valid Turtle PN_PREFIXes; a namespace appears once.
  const std::vector<graph::Prefix>& prefixes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_RDF_MAPPING_HPP
