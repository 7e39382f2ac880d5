// SPDX-License-Identifier: MIT
// Writing RDF statements as they are read, without a graph: the writer behind
// streaming `kgforge convert` (docs/convert.md). Memory does not grow with the input.
#ifndef KGFORGE_EXPORTERS_RDF_STREAM_WRITER_HPP
#define KGFORGE_EXPORTERS_RDF_STREAM_WRITER_HPP

#include <iosfwd>
#include <memory>
#include <string_view>

#include "exporters/rdf_mapping.hpp"

namespace kgforge::exporters {

/// Writes N-Triples, N-Quads, Turtle or TriG statement by statement, in input order.
///
/// - N-Quads and TriG keep each statement's graph (TriG: one `<g> { ... }` block for
///   each run of statements in the same graph); N-Triples and Turtle drop it.
/// - Turtle and TriG group a subject's statements with `;` and `,` only where they are
///   consecutive in the input (the writer holds nothing but the previous statement),
///   and abbreviate IRIs with the prefixes the input declared (prefix()) or the
///   well-known ones (graph/vocab.hpp), each declared with `@prefix` just before the
///   first statement that uses it. Lexical forms are written as given (no bare
///   numbers), strings canonically escaped (rdf::append_ntriples_string and
///   rdf::append_turtle_string).
/// - Blank node labels matching [A-Za-z][A-Za-z0-9]* and not starting with `z` are
///   kept; any other label L is written `z` + the hex of L's bytes, so distinct labels
///   stay distinct and every reader accepts them.
/// - Literal language tags are lower-cased and an xsd:string datatype is dropped,
///   as the graph-building path does.
///
/// REQUIRES: IRIs pass graph::iri_problem(), literal text is valid UTF-8 without NUL,
/// and language tags are well-formed (the caller checks; `convert` reports them).
/// Output is buffered and written in blocks of 1 MiB; a failed write throws Error.
class RdfStreamWriter {
 public:
  /// True for the formats this writer writes: ntriples, nquads, turtle, trig.
  static bool writes(std::string_view format);

  RdfStreamWriter(std::string_view format, std::ostream& out);
  ~RdfStreamWriter();
  RdfStreamWriter(const RdfStreamWriter&) = delete;
  RdfStreamWriter& operator=(const RdfStreamWriter&) = delete;

  /// A prefix the input declared (Turtle, TriG): a candidate for abbreviation. A
  /// rebinding replaces the earlier namespace (declared again before its next use).
  void prefix(std::string_view name, std::string_view iri);
  /// One statement; `graph` null for the default graph.
  void statement(const RdfTerm& subject, const RdfTerm& predicate, const RdfTerm& object, const RdfTerm* graph);
  /// Ends the last block and writes what is buffered. Call once, after the last statement.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_RDF_STREAM_WRITER_HPP
