// SPDX-License-Identifier: MIT
#include "importers/lexical.hpp"

#include <gtest/gtest.h>

namespace kgforge::importers {
namespace {

TEST(LexicalTest, DatesAreRealCalendarDates) {
  EXPECT_EQ(parse_date("2013-10-07"), DateKind::kDate);
  EXPECT_EQ(parse_date("2013-10"), DateKind::kYearMonth);
  EXPECT_EQ(parse_date("2013"), DateKind::kYear);
  EXPECT_EQ(parse_date("2024-02-29"), DateKind::kDate);  // leap year
  EXPECT_EQ(parse_date("2000-02-29"), DateKind::kDate);  // divisible by 400
  EXPECT_FALSE(parse_date("2023-02-29"));
  EXPECT_FALSE(parse_date("1900-02-29"));  // divisible by 100, not 400
  EXPECT_FALSE(parse_date("2013-04-31"));
  EXPECT_FALSE(parse_date("2013-13"));
  EXPECT_FALSE(parse_date("2013-00-10"));
  EXPECT_FALSE(parse_date("2013-1-1"));
  EXPECT_FALSE(parse_date("October 2013"));
  EXPECT_FALSE(parse_date("13"));
}

TEST(LexicalTest, PlainScalarsAreTypedAsTheFormatSays) {
  EXPECT_EQ(classify_plain("2013-10-07"), PlainType::kDate);
  EXPECT_EQ(classify_plain("2013-10"), PlainType::kYearMonth);
  EXPECT_EQ(classify_plain("2006"), PlainType::kInteger);
  EXPECT_EQ(classify_plain("-3"), PlainType::kInteger);
  EXPECT_EQ(classify_plain("6.5"), PlainType::kDecimal);
  EXPECT_EQ(classify_plain("true"), PlainType::kBoolean);
  EXPECT_EQ(classify_plain("True"), PlainType::kString);
  EXPECT_EQ(classify_plain("2013-02-30"), PlainType::kBadDate);
  EXPECT_EQ(classify_plain("1e5"), PlainType::kString);
  EXPECT_EQ(classify_plain("Acme"), PlainType::kString);
}

TEST(LexicalTest, XsdLexicalForms) {
  const std::string xsd = "http://www.w3.org/2001/XMLSchema#";
  EXPECT_FALSE(lexical_problem(xsd + "gYear", "2006"));
  EXPECT_TRUE(lexical_problem(xsd + "gYear", "20x6"));
  EXPECT_FALSE(lexical_problem(xsd + "integer", "+12"));
  EXPECT_TRUE(lexical_problem(xsd + "integer", "1.5"));
  EXPECT_FALSE(lexical_problem(xsd + "decimal", "1.5"));
  EXPECT_TRUE(lexical_problem(xsd + "decimal", "1E-31"));
  EXPECT_FALSE(lexical_problem(xsd + "double", "1E-31"));
  EXPECT_TRUE(lexical_problem(xsd + "boolean", "yes"));
  EXPECT_FALSE(lexical_problem(xsd + "dateTime", "2013-10-07T12:00:00Z"));
  EXPECT_TRUE(lexical_problem(xsd + "dateTime", "2013-10-07 12:00"));
  EXPECT_TRUE(lexical_problem(xsd + "nonNegativeInteger", "-1"));
  EXPECT_FALSE(lexical_problem("http://example.org/myType", "anything"));
}

TEST(LexicalTest, LanguageTags) {
  EXPECT_TRUE(is_language_tag("en"));
  EXPECT_TRUE(is_language_tag("en-GB"));
  EXPECT_TRUE(is_language_tag("zh-Hant-TW"));
  EXPECT_TRUE(is_language_tag("es-419"));
  EXPECT_FALSE(is_language_tag("en_GB"));
  EXPECT_FALSE(is_language_tag(""));
  EXPECT_FALSE(is_language_tag("en-"));
  EXPECT_FALSE(is_language_tag("1en"));
  EXPECT_FALSE(is_language_tag("toolongtag"));
}

TEST(LexicalTest, EditDistanceCountsSwapsAsOne) {
  EXPECT_EQ(edit_distance("name", "name", 3), 0u);
  EXPECT_EQ(edit_distance("nmae", "name", 3), 1u);
  EXPECT_EQ(edit_distance("globx", "globex", 3), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
  EXPECT_EQ(edit_distance("a", "abcdefgh", 2), 3u);  // gives up past the limit
}

TEST(LexicalTest, ClosestPicksALikelyTypoDeterministically) {
  EXPECT_EQ(closest("descripton", {"name", "description", "aliases"}), "description");
  EXPECT_EQ(closest("zzz", {"name", "description"}), std::nullopt);
  EXPECT_EQ(closest("ab", {"ac", "aa"}), "aa");  // tie: the smaller
  EXPECT_EQ(closest("NAME", {"name"}), "name");  // case only
  EXPECT_EQ(did_you_mean("nme", {"name"}), " (did you mean 'name'?)");
  EXPECT_EQ(did_you_mean("name", {"name"}), "");
}

}  // namespace
}  // namespace kgforge::importers
