// SPDX-License-Identifier: MIT
// IRIs: minting from ids, checking, and the namespaces every writer knows.
#ifndef KGFORGE_GRAPH_IRI_HPP
#define KGFORGE_GRAPH_IRI_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/vocab.hpp"

namespace kgforge::graph {

/// The rule that turns an entity id into the part of its IRI after the base:
/// ASCII letters, digits and `-._~` are kept, every non-ASCII UTF-8 sequence is kept
/// (an IRI may hold it), and every other byte is written as %XX (upper-case hex).
/// So "Virtual Global Taskforce" -> "Virtual%20Global%20Taskforce", "a/b#c" ->
/// "a%2Fb%23c", "Zoë" -> "Zoë". Distinct ids always give distinct IRIs.
std::string mint_iri_suffix(std::string_view id);

/// Why `iri` is not an absolute IRI that every RDF reader accepts, or nullopt if it
/// is one. Checks: a scheme (`[A-Za-z][A-Za-z0-9+.-]*:`), no space, control
/// character, `<>"{}|^`\\` or backtick, well-formed %XX escapes, valid UTF-8.
std::optional<std::string> iri_problem(std::string_view iri);

/// True if `s` is valid UTF-8 with no NUL byte.
bool is_valid_utf8(std::string_view s);

/// True if `iri` starts with a scheme and ':' (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" /
/// "-" / "." ) ":"), so it is not a relative reference. The RDF readers ask it.
bool has_iri_scheme(std::string_view iri);

/// Appends the UTF-8 encoding of `code_point` (REQUIRES: <= U+10FFFF) to `out`.
void append_utf8(std::string& out, std::uint32_t code_point);

/// True for a well-formed BCP 47 language tag in the shape RDF uses:
/// [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*.
bool is_language_tag(std::string_view tag);

/// True if `s` is an XML NCName (so an IRI ending in it can be an RDF/XML predicate).
/// ASCII letters, `_` and non-ASCII start it; letters, digits, `-._` and non-ASCII follow.
bool is_ncname(std::string_view s);

/// The namespaces and the prefixes every KB may use undeclared live in graph/vocab.hpp.
namespace ns = vocab::ns;
using vocab::kWellKnownPrefixes;
using vocab::WellKnownPrefix;

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_IRI_HPP
