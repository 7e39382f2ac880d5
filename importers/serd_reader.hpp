// SPDX-License-Identifier: MIT
// Reading Turtle, TriG, N-Triples and N-Quads with serd, as a stream.
#ifndef KGFORGE_IMPORTERS_SERD_READER_HPP
#define KGFORGE_IMPORTERS_SERD_READER_HPP

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string_view>

#include "importers/importer.hpp"
#include "importers/rdf_triples.hpp"

namespace kgforge::importers {

/// True for the syntaxes serd reads: "turtle", "trig", "ntriples", "nquads".
bool serd_reads(std::string_view syntax);

/// What a parse hands on: every statement (its graph is null in the default graph),
/// and every prefix declared. Terms are resolved; a relative one is marked.
struct RdfSink {
  std::function<void(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o, const RdfTerm* g, std::uint32_t line,
                     std::uint32_t column)>
      statement;
  std::function<void(std::string_view prefix, std::string_view iri)> prefix;
};

/// Parses `in` as `syntax` with serd, streaming: the text is never held whole (one
/// line of N-Triples/N-Quads at a time; Turtle/TriG byte by byte). Syntax errors go
/// to `diags` as `rdf-syntax`, located by serd's line and column. N-Triples and
/// N-Quads resume at the next line, until `diags` is full; Turtle and TriG stop at
/// their first syntax error (serd 0.30's lax mode can loop for ever), but every
/// problem with a term (an undefined prefix, a relative IRI) is reported. IRIs
/// resolve against @base, else `options.base_iri`; with neither, a relative IRI is
/// marked relative. N-Triples and N-Quads allow absolute IRIs only. Nothing is read
/// but `in`.
void parse_with_serd(std::string_view syntax, std::istream& in, std::string_view source_name, const RdfSink& sink,
                     Diagnostics& diags, const ImportOptions& options);

/// parse_rdf() (importers/ntriples_reader.hpp: the hand-written reader for N-Triples
/// and N-Quads, serd for Turtle and TriG) into `out` through the one mapping
/// (TripleMapper). The graph is incomplete if errors were reported.
void read_with_serd(std::string_view syntax, bool keep_triples, std::istream& in, std::string_view source_name,
                    graph::KnowledgeGraph& out, Diagnostics& diags, const ImportOptions& options);

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_SERD_READER_HPP
