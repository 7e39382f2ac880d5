// SPDX-License-Identifier: MIT
// XSD datatypes: the one place that knows their lexical forms, the calendar and the
// canonical forms. The importers, the ontology's validator, the RDF writers, GraphML
// and the --as-of option all ask here, so one literal gets one verdict everywhere.
#ifndef KGFORGE_GRAPH_XSD_HPP
#define KGFORGE_GRAPH_XSD_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kgforge::xsd {

/// The local name of an XSD datatype IRI ("date" for xsd:date), or "" if
/// `datatype_iri` is not in the XSD namespace.
std::string_view local_name(std::string_view datatype_iri);

/// True if kgforge checks lexical forms of `datatype_iri`: xsd:string,
/// normalizedString, token, boolean, integer and its derived types, decimal, double,
/// float, date, dateTime, time, gYear, gYearMonth, gMonth, gDay, gMonthDay, duration,
/// anyURI and language.
bool is_checked(std::string_view datatype_iri);

/// True if `lexical` is in the lexical space of `datatype_iri`. Dates must exist
/// (2013-02-30 is no xsd:date, 2024-02-29 is one), a time zone (`Z`, `+05:30`) may
/// follow every date and time type, years may have more than four digits or a sign.
/// Value ranges of the bounded integer types (xsd:byte ...) are not checked.
/// Datatypes kgforge does not check accept anything.
bool is_valid(std::string_view datatype_iri, std::string_view lexical);

/// "'x' is not a valid xsd:date" if `lexical` is not valid, else nullopt.
std::optional<std::string> lexical_problem(std::string_view datatype_iri, std::string_view lexical);

/// A short human name for a datatype: "xsd:gYear", or the IRI in angle brackets.
std::string display(std::string_view datatype_iri);

// --- The calendar ---------------------------------------------------------------

bool is_leap_year(long long year);
/// Days in `month` (1-12) of `year` in the proleptic Gregorian calendar.
int days_in_month(long long year, int month);

/// The date precisions a plain date may have.
enum class DateKind { kDate, kYearMonth, kYear };

/// A plain date: YYYY-MM-DD (a real calendar date), YYYY-MM or YYYY; four-digit year,
/// no sign, no time zone. This is what a YAML date and --as-of take. nullopt otherwise.
std::optional<DateKind> parse_plain_date(std::string_view text);

/// True if `text` has the shape of a plain date (YYYY, YYYY-MM or YYYY-MM-DD, digits
/// only), whether or not the month and day exist.
bool is_plain_date_shaped(std::string_view text);

/// xsd:date, xsd:gYearMonth or xsd:gYear.
std::string_view datatype_of(DateKind kind);

/// The first (or, with `last`, the last) real day a plain date covers, as YYYY-MM-DD:
/// 2013 -> 2013-01-01 / 2013-12-31, 2024-02 -> 2024-02-01 / 2024-02-29. nullopt if
/// `plain_date` is not a plain date (parse_plain_date).
std::optional<std::string> date_bound(std::string_view plain_date, bool last);

// --- Canonical forms ------------------------------------------------------------

/// The datatypes whose lexical forms kgforge rewrites to canonical form.
enum class NumericKind { kNone, kInteger, kDecimal, kDouble, kFloat, kBoolean };

/// Which canonicalisation applies to a datatype IRI: xsd:integer and its derived
/// integer types (int, long, nonNegativeInteger, ...) are kInteger; decimal, double,
/// float and boolean are themselves; every other datatype is kNone.
NumericKind numeric_kind(std::string_view datatype_iri);

/// Writes the canonical lexical form of `lexical` (of kind `kind`) to `out` and
/// returns true, or returns false if `lexical` is not a valid lexical form.
///   integer  `+007` -> `7`, `-0` -> `0`
///   decimal  `10` -> `10.0`, `+01.50` -> `1.5`, `.5` -> `0.5`
///   double   `1e3` -> `1.0E3`, `0.001` -> `1.0E-3`, `INF`, `-INF`, `NaN` (shortest round-trip digits)
///   boolean  `1` -> `true`, `0` -> `false`
/// kNone: copies `lexical` unchanged.
bool canonical_lexical(std::string_view lexical, NumericKind kind, std::string& out);

/// The width of an integer datatype: `bits` 0 for the unbounded ones (integer,
/// nonNegativeInteger, ...), else 8, 16, 32 or 64; `is_signed` false for unsigned*.
struct IntegerType {
  int bits = 0;
  bool is_signed = true;
};
/// The integer type of `datatype_iri`, or nullopt if it is not xsd:integer or derived.
std::optional<IntegerType> integer_type(std::string_view datatype_iri);

/// The value of an xsd:integer lexical form if it fits in 64 bits.
std::optional<std::int64_t> to_int64(std::string_view lexical);
/// The value of an xsd:double (or decimal, or integer) lexical form; INF, -INF and NaN included.
std::optional<double> to_double(std::string_view lexical);

}  // namespace kgforge::xsd

#endif  // KGFORGE_GRAPH_XSD_HPP
