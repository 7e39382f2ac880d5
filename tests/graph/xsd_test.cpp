// SPDX-License-Identifier: MIT
#include "graph/xsd.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "graph/iri.hpp"
#include "graph/vocab.hpp"

namespace kgforge::xsd {
namespace {

const std::string kXsd(vocab::ns::kXsd);

TEST(XsdTest, DatesAreRealCalendarDates) {
  EXPECT_EQ(parse_plain_date("2013-10-07"), DateKind::kDate);
  EXPECT_EQ(parse_plain_date("2013-10"), DateKind::kYearMonth);
  EXPECT_EQ(parse_plain_date("2013"), DateKind::kYear);
  EXPECT_EQ(parse_plain_date("2024-02-29"), DateKind::kDate);  // leap year
  EXPECT_EQ(parse_plain_date("2000-02-29"), DateKind::kDate);  // divisible by 400
  EXPECT_FALSE(parse_plain_date("2023-02-29"));
  EXPECT_FALSE(parse_plain_date("1900-02-29"));  // divisible by 100, not 400
  EXPECT_FALSE(parse_plain_date("2013-04-31"));
  EXPECT_FALSE(parse_plain_date("2013-13"));
  EXPECT_FALSE(parse_plain_date("2013-00-10"));
  EXPECT_FALSE(parse_plain_date("2013-1-1"));
  EXPECT_FALSE(parse_plain_date("October 2013"));
  EXPECT_FALSE(parse_plain_date("13"));
}

TEST(XsdTest, CalendarKnowsLeapYears) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2023));
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2023, 2), 28);
  EXPECT_EQ(days_in_month(2023, 4), 30);
  EXPECT_EQ(days_in_month(2023, 12), 31);
  EXPECT_EQ(datatype_of(DateKind::kYearMonth), vocab::xsd::kGYearMonth);
}

TEST(XsdTest, LexicalForms) {
  EXPECT_FALSE(lexical_problem(kXsd + "gYear", "2006"));
  EXPECT_TRUE(lexical_problem(kXsd + "gYear", "20x6"));
  EXPECT_FALSE(lexical_problem(kXsd + "integer", "+12"));
  EXPECT_TRUE(lexical_problem(kXsd + "integer", "1.5"));
  EXPECT_FALSE(lexical_problem(kXsd + "decimal", "1.5"));
  EXPECT_TRUE(lexical_problem(kXsd + "decimal", "1E-31"));
  EXPECT_FALSE(lexical_problem(kXsd + "double", "1E-31"));
  EXPECT_TRUE(lexical_problem(kXsd + "boolean", "yes"));
  EXPECT_FALSE(lexical_problem(kXsd + "dateTime", "2013-10-07T12:00:00Z"));
  EXPECT_TRUE(lexical_problem(kXsd + "dateTime", "2013-10-07 12:00"));
  EXPECT_TRUE(lexical_problem(kXsd + "dateTime", "2013-02-30T12:00:00"));
  EXPECT_TRUE(lexical_problem(kXsd + "nonNegativeInteger", "-1"));
  EXPECT_FALSE(lexical_problem(kXsd + "nonNegativeInteger", "-0"));
  EXPECT_TRUE(lexical_problem(kXsd + "positiveInteger", "0"));
  EXPECT_FALSE(lexical_problem("http://example.org/myType", "anything"));
  EXPECT_EQ(lexical_problem(kXsd + "date", "2013-02-30"), "'2013-02-30' is not a valid xsd:date");
}

// The literal YAML used to reject while Turtle input accepted it: a time zone is part
// of xsd:date's lexical space (and of every other date and time type).
TEST(XsdTest, DatesMayCarryATimeZone) {
  for (const char* ok :
       {"2013-01-01Z", "2013-01-01+05:30", "2013-01-01-14:00", "2024-02-29Z", "-0044-03-15", "12013-01-01"}) {
    EXPECT_TRUE(is_valid(vocab::xsd::kDate, ok)) << ok;
  }
  for (const char* bad :
       {"2013-01-01z", "2013-01-01+14:30", "2013-01-01+5:30", "2023-02-29Z", "2013-1-01", "02013-01-01"}) {
    EXPECT_FALSE(is_valid(vocab::xsd::kDate, bad)) << bad;
  }
  EXPECT_TRUE(is_valid(vocab::xsd::kGYear, "2013Z"));
  EXPECT_TRUE(is_valid(vocab::xsd::kGYearMonth, "2013-01+01:00"));
  EXPECT_FALSE(is_valid(vocab::xsd::kGYearMonth, "2013-13"));
  EXPECT_TRUE(is_valid(vocab::xsd::kDateTime, "2013-01-01T24:00:00Z"));
  EXPECT_FALSE(is_valid(vocab::xsd::kDateTime, "2013-01-01T24:00:01"));
}

TEST(XsdTest, PlainDatesHaveNoTimeZoneAndFourDigitYears) {
  EXPECT_FALSE(parse_plain_date("2013-01-01Z"));
  EXPECT_FALSE(parse_plain_date("-2013"));
  EXPECT_FALSE(parse_plain_date("2013-02-30"));
  EXPECT_TRUE(is_plain_date_shaped("2013-02-30"));
  EXPECT_FALSE(is_plain_date_shaped("2013-2-3"));
}

TEST(XsdTest, CheckedDatatypesAndDisplay) {
  EXPECT_TRUE(is_checked(vocab::xsd::kAnyUri));
  EXPECT_FALSE(is_checked(kXsd + "NOTATION"));
  EXPECT_FALSE(is_checked("http://example.org/date"));
  EXPECT_EQ(local_name(vocab::xsd::kGYear), "gYear");
  EXPECT_EQ(local_name("http://example.org/x"), "");
  EXPECT_EQ(display(vocab::xsd::kGYear), "xsd:gYear");
  EXPECT_EQ(display("http://example.org/t"), "<http://example.org/t>");
}

TEST(XsdTest, IntegerTypesAndValues) {
  EXPECT_EQ(integer_type(vocab::xsd::kInteger)->bits, 0);
  EXPECT_EQ(integer_type(kXsd + "int")->bits, 32);
  EXPECT_FALSE(integer_type(kXsd + "unsignedShort")->is_signed);
  EXPECT_FALSE(integer_type(vocab::xsd::kDecimal));
  EXPECT_EQ(to_int64("+42"), 42);
  EXPECT_EQ(to_int64("-0"), 0);
  EXPECT_FALSE(to_int64("99999999999999999999"));
  EXPECT_FALSE(to_int64("1.0"));
  EXPECT_EQ(to_double(".5"), 0.5);
  EXPECT_EQ(to_double("-1E3"), -1000.0);
  EXPECT_TRUE(std::isinf(*to_double("-INF")));
  EXPECT_TRUE(std::isnan(*to_double("NaN")));
  EXPECT_FALSE(to_double("inf"));
  EXPECT_FALSE(to_double("0x10"));
}

std::string canonical(std::string_view lexical, NumericKind kind) {
  std::string out;
  return canonical_lexical(lexical, kind, out) ? out : "<invalid>";
}

TEST(XsdCanonicalTest, NumericKindsFollowTheXsdHierarchy) {
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#integer"), NumericKind::kInteger);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#nonNegativeInteger"), NumericKind::kInteger);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#decimal"), NumericKind::kDecimal);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#double"), NumericKind::kDouble);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#boolean"), NumericKind::kBoolean);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#date"), NumericKind::kNone);
  EXPECT_EQ(numeric_kind("http://example.org/integer"), NumericKind::kNone);
}

TEST(XsdCanonicalTest, IntegersAreCanonicalised) {
  EXPECT_EQ(canonical("+007", NumericKind::kInteger), "7");
  EXPECT_EQ(canonical("-0", NumericKind::kInteger), "0");
  EXPECT_EQ(canonical("-0042", NumericKind::kInteger), "-42");
  EXPECT_EQ(canonical("12345678901234567890123", NumericKind::kInteger), "12345678901234567890123");
  EXPECT_EQ(canonical(" 5", NumericKind::kInteger), "<invalid>");
  EXPECT_EQ(canonical("1.0", NumericKind::kInteger), "<invalid>");
  EXPECT_EQ(canonical("", NumericKind::kInteger), "<invalid>");
  EXPECT_EQ(canonical("-", NumericKind::kInteger), "<invalid>");
}

TEST(XsdCanonicalTest, DecimalsAlwaysHaveADigitOnEachSideOfThePoint) {
  EXPECT_EQ(canonical("10", NumericKind::kDecimal), "10.0");
  EXPECT_EQ(canonical("+01.50", NumericKind::kDecimal), "1.5");
  EXPECT_EQ(canonical(".5", NumericKind::kDecimal), "0.5");
  EXPECT_EQ(canonical("1.", NumericKind::kDecimal), "1.0");
  EXPECT_EQ(canonical("-0.0", NumericKind::kDecimal), "0.0");
  EXPECT_EQ(canonical("-3.250", NumericKind::kDecimal), "-3.25");
  EXPECT_EQ(canonical("1e3", NumericKind::kDecimal), "<invalid>");
  EXPECT_EQ(canonical(".", NumericKind::kDecimal), "<invalid>");
}

TEST(XsdCanonicalTest, DoublesUseShortestRoundTripScientificForm) {
  EXPECT_EQ(canonical("1e3", NumericKind::kDouble), "1.0E3");
  EXPECT_EQ(canonical("0.001", NumericKind::kDouble), "1.0E-3");
  EXPECT_EQ(canonical("+1.5E+02", NumericKind::kDouble), "1.5E2");
  EXPECT_EQ(canonical("0", NumericKind::kDouble), "0.0E0");
  EXPECT_EQ(canonical("-.25", NumericKind::kDouble), "-2.5E-1");
  EXPECT_EQ(canonical("0.1", NumericKind::kDouble), "1.0E-1");
  EXPECT_EQ(canonical("INF", NumericKind::kDouble), "INF");
  EXPECT_EQ(canonical("+INF", NumericKind::kDouble), "INF");
  EXPECT_EQ(canonical("-INF", NumericKind::kDouble), "-INF");
  EXPECT_EQ(canonical("NaN", NumericKind::kDouble), "NaN");
  EXPECT_EQ(canonical("0.1", NumericKind::kFloat), "1.0E-1");
  EXPECT_EQ(canonical("inf", NumericKind::kDouble), "<invalid>");
  EXPECT_EQ(canonical("1e", NumericKind::kDouble), "<invalid>");
  EXPECT_EQ(canonical("0x10", NumericKind::kDouble), "<invalid>");
}

TEST(XsdCanonicalTest, BooleansAreWords) {
  EXPECT_EQ(canonical("1", NumericKind::kBoolean), "true");
  EXPECT_EQ(canonical("0", NumericKind::kBoolean), "false");
  EXPECT_EQ(canonical("true", NumericKind::kBoolean), "true");
  EXPECT_EQ(canonical("True", NumericKind::kBoolean), "<invalid>");
  EXPECT_EQ(canonical(" anything ", NumericKind::kNone), " anything ");
}

TEST(XsdTest, LanguageTags) {
  EXPECT_TRUE(graph::is_language_tag("en"));
  EXPECT_TRUE(graph::is_language_tag("en-GB"));
  EXPECT_TRUE(graph::is_language_tag("zh-Hant-TW"));
  EXPECT_TRUE(graph::is_language_tag("es-419"));
  EXPECT_FALSE(graph::is_language_tag("en_GB"));
  EXPECT_FALSE(graph::is_language_tag(""));
  EXPECT_FALSE(graph::is_language_tag("en-"));
  EXPECT_FALSE(graph::is_language_tag("1en"));
  EXPECT_FALSE(graph::is_language_tag("toolongtag"));
}

}  // namespace
}  // namespace kgforge::xsd
