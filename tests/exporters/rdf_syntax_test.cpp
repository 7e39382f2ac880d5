// SPDX-License-Identifier: MIT
#include "exporters/rdf_syntax.hpp"

#include <string>

#include <gtest/gtest.h>

namespace kgforge::exporters::rdf {
namespace {

std::string canonical(std::string_view lexical, NumericKind kind) {
  std::string out;
  return canonical_lexical(lexical, kind, out) ? out : "<invalid>";
}

TEST(RdfSyntaxTest, NumericKindsFollowTheXsdHierarchy) {
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#integer"), NumericKind::kInteger);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#nonNegativeInteger"), NumericKind::kInteger);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#decimal"), NumericKind::kDecimal);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#double"), NumericKind::kDouble);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#boolean"), NumericKind::kBoolean);
  EXPECT_EQ(numeric_kind("http://www.w3.org/2001/XMLSchema#date"), NumericKind::kNone);
  EXPECT_EQ(numeric_kind("http://example.org/integer"), NumericKind::kNone);
}

TEST(RdfSyntaxTest, IntegersAreCanonicalised) {
  EXPECT_EQ(canonical("+007", NumericKind::kInteger), "7");
  EXPECT_EQ(canonical("-0", NumericKind::kInteger), "0");
  EXPECT_EQ(canonical("-0042", NumericKind::kInteger), "-42");
  EXPECT_EQ(canonical("12345678901234567890123", NumericKind::kInteger), "12345678901234567890123");
  EXPECT_EQ(canonical(" 5", NumericKind::kInteger), "<invalid>");
  EXPECT_EQ(canonical("1.0", NumericKind::kInteger), "<invalid>");
  EXPECT_EQ(canonical("", NumericKind::kInteger), "<invalid>");
  EXPECT_EQ(canonical("-", NumericKind::kInteger), "<invalid>");
}

TEST(RdfSyntaxTest, DecimalsAlwaysHaveADigitOnEachSideOfThePoint) {
  EXPECT_EQ(canonical("10", NumericKind::kDecimal), "10.0");
  EXPECT_EQ(canonical("+01.50", NumericKind::kDecimal), "1.5");
  EXPECT_EQ(canonical(".5", NumericKind::kDecimal), "0.5");
  EXPECT_EQ(canonical("1.", NumericKind::kDecimal), "1.0");
  EXPECT_EQ(canonical("-0.0", NumericKind::kDecimal), "0.0");
  EXPECT_EQ(canonical("-3.250", NumericKind::kDecimal), "-3.25");
  EXPECT_EQ(canonical("1e3", NumericKind::kDecimal), "<invalid>");
  EXPECT_EQ(canonical(".", NumericKind::kDecimal), "<invalid>");
}

TEST(RdfSyntaxTest, DoublesUseShortestRoundTripScientificForm) {
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

TEST(RdfSyntaxTest, BooleansAreWords) {
  EXPECT_EQ(canonical("1", NumericKind::kBoolean), "true");
  EXPECT_EQ(canonical("0", NumericKind::kBoolean), "false");
  EXPECT_EQ(canonical("true", NumericKind::kBoolean), "true");
  EXPECT_EQ(canonical("True", NumericKind::kBoolean), "<invalid>");
  EXPECT_EQ(canonical(" anything ", NumericKind::kNone), " anything ");
}

TEST(RdfSyntaxTest, OnlySafeLocalNamesArePrefixed) {
  for (const char* bad : {"v1.0", "1abc", "-dash", "a.b.", "a~b", "c:colon", "%20", "a b", "a/b", "a#b", "×"}) {
    EXPECT_FALSE(is_turtle_local_name(bad)) << bad;
  }
  for (const char* good : {"", "ceop", "_x", "a-b", "a_1", "café", "Zoë", "a\xc2\xb7" "b", "日本"}) {
    EXPECT_TRUE(is_turtle_local_name(good)) << good;
  }
}

TEST(RdfSyntaxTest, PrefixesBlankLabelsAndLanguageTags) {
  EXPECT_TRUE(is_turtle_prefix("kgf"));
  EXPECT_TRUE(is_turtle_prefix(""));
  EXPECT_FALSE(is_turtle_prefix("_9"));
  EXPECT_FALSE(is_turtle_prefix("a.b"));
  EXPECT_TRUE(is_blank_label("b12"));
  EXPECT_FALSE(is_blank_label("1b"));
  EXPECT_FALSE(is_blank_label("a-b"));
  EXPECT_FALSE(is_blank_label(""));
  EXPECT_TRUE(is_language_tag("en"));
  EXPECT_TRUE(is_language_tag("en-GB"));
  EXPECT_TRUE(is_language_tag("zh-Hant-TW"));
  EXPECT_FALSE(is_language_tag("en_GB"));
  EXPECT_FALSE(is_language_tag("en-"));
  EXPECT_FALSE(is_language_tag("1en"));
  EXPECT_FALSE(is_language_tag(""));
}

TEST(RdfSyntaxTest, NTriplesStringsEscapeExactlyTheCanonicalSet) {
  std::string out;
  append_ntriples_string(out, "q\" b\\ n\n r\r t\t \x01\x1f\x7f Zoë 😀 <&>");
  EXPECT_EQ(out, "\"q\\\" b\\\\ n\\n r\\r t\\t \\u0001\\u001F\\u007F Zoë 😀 <&>\"");
  out.clear();
  append_ntriples_string(out, "trailing\\");
  EXPECT_EQ(out, "\"trailing\\\\\"");
  out.clear();
  append_ntriples_string(out, "\b\f");
  EXPECT_EQ(out, "\"\\b\\f\"");
}

TEST(RdfSyntaxTest, TurtleUsesLongStringsOnlyForMultiLineText) {
  std::string out;
  append_turtle_string(out, "one line \"quoted\"");
  EXPECT_EQ(out, "\"one line \\\"quoted\\\"\"");
  out.clear();
  append_turtle_string(out, "two\nlines \"ok\" here");
  EXPECT_EQ(out, "\"\"\"two\nlines \"ok\" here\"\"\"");
}

TEST(RdfSyntaxTest, TurtleLongStringsCannotBeClosedEarly) {
  std::string out;
  append_turtle_string(out, "a\n\"\"\"b");  // a run of three quotes
  EXPECT_EQ(out, "\"\"\"a\n\\\"\\\"\"b\"\"\"");
  out.clear();
  append_turtle_string(out, "ends with a quote\n\"");
  EXPECT_EQ(out, "\"\"\"ends with a quote\n\\\"\"\"\"");
  out.clear();
  append_turtle_string(out, "cr\r\nand backslash\\");
  EXPECT_EQ(out, "\"\"\"cr\\r\nand backslash\\\\\"\"\"");
  EXPECT_EQ(out.find('\r'), std::string::npos);
}

}  // namespace
}  // namespace kgforge::exporters::rdf
