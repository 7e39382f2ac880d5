// SPDX-License-Identifier: MIT
#include "exporters/rdf_syntax.hpp"

#include <gtest/gtest.h>

#include <string>

namespace kgforge::exporters::rdf {
namespace {

TEST(RdfSyntaxTest, OnlySafeLocalNamesArePrefixed) {
  for (const char* bad : {"v1.0", "1abc", "-dash", "a.b.", "a~b", "c:colon", "%20", "a b", "a/b", "a#b", "×"}) {
    EXPECT_FALSE(is_turtle_local_name(bad)) << bad;
  }
  for (const char* good : {"", "ceop", "_x", "a-b", "a_1", "café", "Zoë",
                           "a\xc2\xb7"
                           "b",
                           "日本"}) {
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
