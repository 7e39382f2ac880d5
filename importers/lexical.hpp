// SPDX-License-Identifier: MIT
// How the YAML reader types an unquoted scalar. The XSD rules themselves (lexical
// forms, the calendar) are graph/xsd.hpp's; the suggestion rule is core/text.hpp's.
#ifndef KGFORGE_IMPORTERS_LEXICAL_HPP
#define KGFORGE_IMPORTERS_LEXICAL_HPP

#include <string_view>

namespace kgforge::importers {

/// What an unquoted YAML scalar reads as (docs/kb-format.md, "Attribute values").
enum class PlainType { kString, kDate, kYearMonth, kInteger, kDecimal, kBoolean, kBadDate };
/// kBadDate: shaped like YYYY-MM-DD or YYYY-MM but not a real date or month.
PlainType classify_plain(std::string_view text);

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_LEXICAL_HPP
