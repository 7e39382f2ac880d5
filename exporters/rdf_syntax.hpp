// SPDX-License-Identifier: MIT
// The text rules the RDF writers share: Turtle name rules and string escaping for
// N-Triples and Turtle (canonical lexical forms are graph/xsd.hpp's). Pure functions, no I/O.
#ifndef KGFORGE_EXPORTERS_RDF_SYNTAX_HPP
#define KGFORGE_EXPORTERS_RDF_SYNTAX_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"  // graph::Prefix

namespace kgforge::exporters::rdf {

/// True if `local` may follow `prefix:` in Turtle as written by kgforge. This is a
/// conservative subset of PN_LOCAL that every reader we know accepts: a letter, `_`
/// or allowed non-ASCII character first; then letters, digits, `_`, `-`, U+00B7 and
/// allowed non-ASCII. No `.` (older readers reject it), no leading digit (Virtuoso),
/// no `:`, `%` or backslash escapes. So `v1.0`, `1abc`, `-dash`, `a.b.`, `a~b`,
/// `c:colon` and `%20` are written as full IRIs. The empty local name is accepted.
bool is_turtle_local_name(std::string_view local);

/// The one rule for which namespace abbreviates an IRI in Turtle: among `prefixes`,
/// the longest namespace that starts the IRI and leaves a local name
/// is_turtle_local_name() accepts. RdfMapping's prefix hints and the Turtle writer both
/// ask it; the writer then abbreviates only with a namespace it has declared.
class PrefixRule {
 public:
  /// `prefixes` must outlive the rule.
  explicit PrefixRule(const std::vector<graph::Prefix>& prefixes);
  /// The index in `prefixes` of the namespace that abbreviates `iri`, or -1 (written in full).
  std::int16_t match(std::string_view iri) const;

 private:
  const std::vector<graph::Prefix>& prefixes_;
  std::vector<std::int16_t> by_length_;  // indexes, longest namespace first
};

/// True if `prefix` is a Turtle PN_PREFIX kgforge declares: an ASCII letter, then
/// ASCII letters, digits, `_` or `-` (the empty prefix is also accepted).
bool is_turtle_prefix(std::string_view prefix);

/// True if `iri` ends in a non-empty NCName, so that RDF/XML can split it into a
/// namespace and a local name (Raptor splits after the last character that cannot
/// be in an NCName): a predicate that does not cannot be written as RDF/XML.
bool ends_in_ncname(std::string_view iri);

/// Raptor 2.0.15's RDF/XML writer silently drops U+007F (DEL), which XML allows:
/// the RDF/XML writer and exporters/exportable.hpp refuse it with this reason.
inline constexpr const char* kRdfXmlDelProblem = "character U+007F (DEL), which Raptor's RDF/XML writer drops";

/// True if `label` matches [A-Za-z][A-Za-z0-9]*: safe in N-Triples and Turtle in
/// every reader.
bool is_blank_label(std::string_view label);

/// BCP 47 language tags in the RDF grammar's shape (graph/iri.hpp).
using graph::is_language_tag;

/// Appends `text` as an N-Triples STRING_LITERAL_QUOTE, quotes included, in
/// canonical form: UTF-8 kept as is; `"` `\` LF CR TAB BS FF written as ECHAR
/// (`\"` `\\` `\n` `\r` `\t` `\b` `\f`); the other C0 controls and DEL as `\u00XX`;
/// U+0085, U+2028 and U+2029 (line breaks to Python's splitlines, so to rdflib) as `\u0085`...
/// REQUIRES: text is valid UTF-8 without NUL.
void append_ntriples_string(std::string& out, std::string_view text);

/// Appends `text` as a Turtle string literal, quotes included. Text with a line feed
/// is written as a long string `"""..."""` (raw LF, `\r` for CR, `"` escaped where it
/// would close the string or an escape follows it), anything else as a short string
/// escaped like N-Triples.
/// REQUIRES: text is valid UTF-8 without NUL.
void append_turtle_string(std::string& out, std::string_view text);

}  // namespace kgforge::exporters::rdf

#endif  // KGFORGE_EXPORTERS_RDF_SYNTAX_HPP
