// SPDX-License-Identifier: MIT
// A hand-written N-Triples and N-Quads reader (RDF 1.1), faster than serd's on large
// files (docs/performance.md), and the one dispatch from an RDF syntax to its streaming
// parser.
#ifndef KGFORGE_IMPORTERS_NTRIPLES_READER_HPP
#define KGFORGE_IMPORTERS_NTRIPLES_READER_HPP

#include <iosfwd>
#include <string_view>

#include "importers/importer.hpp"
#include "importers/serd_reader.hpp"

namespace kgforge::importers {

/// Parses `in` as N-Triples (`quads` false) or N-Quads (true), streaming: the input
/// is read in blocks of 1 MiB, lines are found with memchr, and only the current line
/// is held (a line longer than a block grows the buffer to hold it). Every statement
/// goes to `sink.statement` with its line and column 1 (graph null in the default
/// graph); terms are views into the buffer, or into a scratch copy where an escape
/// (ECHAR, UCHAR) was decoded. A syntax error goes to `diags` as `rdf-syntax` at its
/// exact `line:column` (column in characters, 1-based); parsing resumes at the next
/// line until `diags` is full. IRIs must be absolute (the grammar has no base).
/// Nothing is read but `in`.
void parse_ntriples(bool quads, std::istream& in, std::string_view source_name, const RdfSink& sink,
                    Diagnostics& diags);

/// The streaming parser for `syntax`: parse_ntriples() for "ntriples" and "nquads",
/// serd (parse_with_serd) for "turtle" and "trig".
void parse_rdf(std::string_view syntax, std::istream& in, std::string_view source_name, const RdfSink& sink,
               Diagnostics& diags, const ImportOptions& options);

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_NTRIPLES_READER_HPP
