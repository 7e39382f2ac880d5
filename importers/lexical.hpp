// SPDX-License-Identifier: MIT
// Lexical checks the knowledge-base readers share: dates, XSD lexical forms,
// language tags, and "did you mean" suggestions.
#ifndef KGFORGE_IMPORTERS_LEXICAL_HPP
#define KGFORGE_IMPORTERS_LEXICAL_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "graph/iri.hpp"

namespace kgforge::importers {

enum class DateKind { kDate, kYearMonth, kYear };

/// Reads YYYY-MM-DD (a real calendar date: month lengths and leap years checked),
/// YYYY-MM or YYYY. Returns nullopt for anything else.
std::optional<DateKind> parse_date(std::string_view text);

/// "http://www.w3.org/2001/XMLSchema#date", "...#gYearMonth" or "...#gYear".
std::string date_datatype(DateKind kind);

/// What an unquoted YAML scalar reads as (docs/kb-format.md, "Attribute values").
enum class PlainType { kString, kDate, kYearMonth, kInteger, kDecimal, kBoolean, kBadDate };
/// kBadDate: shaped like YYYY-MM-DD or YYYY-MM but not a real date or month.
PlainType classify_plain(std::string_view text);

/// Why `lexical` is not a valid lexical form of the XSD datatype `datatype_iri`, or
/// nullopt if it is (or if the datatype is not one kgforge checks).
std::optional<std::string> lexical_problem(std::string_view datatype_iri, std::string_view lexical);

/// BCP 47 language tags in the shape RDF uses (graph/iri.hpp).
using graph::is_language_tag;

/// The shared edit distance and suggestion (core/text.hpp).
using kgforge::edit_distance;
inline std::optional<std::string> closest(std::string_view word, const std::vector<std::string_view>& candidates) {
  return suggest_nearest(word, candidates);
}

/// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_LEXICAL_HPP
