// SPDX-License-Identifier: MIT
#include "exporters/rdf_syntax.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "importers/ntriples_reader.hpp"

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

// What serd (kgforge's Turtle reader) reads back as the object of `<s> <p> LITERAL .`.
std::string serd_reads(const std::string& literal) {
  std::istringstream in("<http://e.org/s> <http://e.org/p> " + literal + " .\n");
  std::vector<std::string> got;
  importers::RdfSink sink;
  sink.statement = [&](const importers::RdfTerm&, const importers::RdfTerm&, const importers::RdfTerm& o,
                       const importers::RdfTerm*, std::uint32_t, std::uint32_t) { got.emplace_back(o.text); };
  Diagnostics diags(10);
  importers::parse_rdf("turtle", in, "test.ttl", sink, diags, {});
  EXPECT_FALSE(diags.has_errors()) << literal;
  return got.size() == 1 ? got[0] : "<" + std::to_string(got.size()) + " statements>";
}

// serd 0.30 reads the character after a lone quote in a long string as it is, without
// decoding an escape there: such a quote is escaped (found by fuzz_roundtrip).
TEST(RdfSyntaxTest, TurtleLongStringsEscapeAQuoteBeforeAnEscape) {
  std::string out;
  append_turtle_string(out, "a\n\"\r");
  EXPECT_EQ(out, "\"\"\"a\n\\\"\\r\"\"\"");
  for (const std::string text : {"a\n\"\rb", "a\n\"\\b", "a\n\"\tb", "a\n\"\xE2\x80\xA8 b", "a\n\"\"\"\"\"\"\"\"\r\r\r",
                                 "a\n\"b \"\n\"", "\n+++++\"\"\"\"\"\"\"\"\r\r"}) {
    out.clear();
    append_turtle_string(out, text);
    EXPECT_EQ(serd_reads(out), text) << out;
  }
}

}  // namespace
}  // namespace kgforge::exporters::rdf
