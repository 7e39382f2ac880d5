// SPDX-License-Identifier: MIT
// The one mapping of RDF statements into the model (importers/rdf_importer.hpp
// describes it), fed by both parsers: serd (Turtle, TriG, N-Triples, N-Quads) and
// Raptor (RDF/XML).
#ifndef KGFORGE_IMPORTERS_RDF_TRIPLES_HPP
#define KGFORGE_IMPORTERS_RDF_TRIPLES_HPP

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.hpp"

namespace kgforge::graph {
class KnowledgeGraph;
}

namespace kgforge::importers {

/// A term as a parser gives it, with IRIs resolved. A `relative` IRI (or literal
/// datatype) had no base to resolve it against: the mapper reports it.
struct RdfTerm {
  enum class Kind : std::uint8_t { kIri, kBlank, kLiteral };
  Kind kind = Kind::kIri;
  std::string_view text;      ///< the IRI, the blank label (as written), or the lexical form
  std::string_view datatype;  ///< a literal's datatype IRI, or ""
  std::string_view language;  ///< a literal's language tag, or ""
  bool relative = false;
};

/// Why the mapping refuses `term` (a relative IRI or datatype, a literal with NUL or
/// invalid UTF-8, a bad language tag, an rdf:langString without one): the diagnostic
/// code and message TripleMapper reports, or nullopt. Streaming convert asks it too.
struct TermProblem {
  std::string code;
  std::string message;
};
std::optional<TermProblem> term_problem(const RdfTerm& term);

/// Maps one file's statements into a graph as they are parsed. Statements go into
/// the graph at once, except those that may belong to a reification (about a blank
/// node, or a subject seen as an rdf:Statement): those are held until finish().
/// Problems with terms (a relative IRI, a bad literal) go to `diags`.
class TripleMapper {
 public:
  TripleMapper(graph::KnowledgeGraph& out, Diagnostics& diags, std::string_view source, bool keep_triples);
  ~TripleMapper();
  TripleMapper(const TripleMapper&) = delete;
  TripleMapper& operator=(const TripleMapper&) = delete;

  /// One statement, located at line:column (0 = unknown). `graph_name` is null for
  /// the default graph; a named graph becomes the source of the fact (kgf:source).
  void add(const RdfTerm& subject, const RdfTerm& predicate, const RdfTerm& object, const RdfTerm* graph_name,
           std::uint32_t line, std::uint32_t column);
  /// A prefix the file declares (kept for the writers' CURIEs).
  void add_prefix(std::string_view prefix, std::string_view iri);
  /// Maps what was held back. Call once, after the last add().
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_RDF_TRIPLES_HPP
