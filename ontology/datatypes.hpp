// SPDX-License-Identifier: MIT
// Lexical forms of the XSD datatypes a knowledge base uses.
#ifndef KGFORGE_ONTOLOGY_DATATYPES_HPP
#define KGFORGE_ONTOLOGY_DATATYPES_HPP

#include <string>
#include <string_view>

namespace kgforge::ontology {

/// True if kgforge checks lexical forms of `datatype_iri` (xsd:string, boolean,
/// integer and its derived types, decimal, double, float, date, dateTime, time, gYear,
/// gYearMonth, gMonth, gDay, gMonthDay, duration, anyURI, language).
bool is_checked_datatype(std::string_view datatype_iri);

/// True if `lexical` is a valid lexical form of `datatype_iri` (dates must exist:
/// 2013-02-30 is not an xsd:date). Datatypes kgforge does not check accept anything.
bool is_valid_lexical(std::string_view datatype_iri, std::string_view lexical);

/// A short human name for a datatype: "xsd:gYear", or the IRI in angle brackets.
std::string datatype_display(std::string_view datatype_iri);

}  // namespace kgforge::ontology

#endif  // KGFORGE_ONTOLOGY_DATATYPES_HPP
