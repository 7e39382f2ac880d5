// SPDX-License-Identifier: MIT
#include "exporters/markup.hpp"

#include <gtest/gtest.h>

namespace kgforge::exporters {
namespace {

TEST(MarkupTest, ScriptSafeJsonEscapesWhatCouldEndTheScript) {
  std::string json = "{\"a\":\"</script><!-- & x > y \u2028\u2029 caf\u00e9\"}";
  script_safe_json(json);
  EXPECT_EQ(json, "{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 x \\u003e y \\u2028\\u2029 caf\u00e9\"}");
}

TEST(MarkupTest, XmlAcceptsTextXmlCanCarry) {
  EXPECT_FALSE(xml_char_problem("plain ASCII, tab\t newline\n cr\r"));
  EXPECT_FALSE(xml_char_problem("Zoë 😀 שלום \xEF\xBF\xBD"));  // U+FFFD is allowed
}

TEST(MarkupTest, XmlRefusesControlCharactersAndNonCharacters) {
  EXPECT_EQ(xml_char_problem(std::string_view("a\0b", 3)).value(), "character U+0000 at byte 1");
  EXPECT_EQ(xml_char_problem("x\x01").value(), "character U+0001 at byte 1");
  EXPECT_EQ(xml_char_problem("\x0B").value(), "character U+000B at byte 0");
  EXPECT_EQ(xml_char_problem("\x1F").value(), "character U+001F at byte 0");
  EXPECT_EQ(xml_char_problem("ok\xEF\xBF\xBE").value(), "character U+FFFE at byte 2");
  EXPECT_EQ(xml_char_problem("\xEF\xBF\xBF").value(), "character U+FFFF at byte 0");
}

TEST(MarkupTest, XmlRefusesMalformedUtf8) {
  EXPECT_EQ(xml_char_problem("ab\xC3").value(), "invalid UTF-8 at byte 2");            // truncated
  EXPECT_EQ(xml_char_problem("\xC0\xAF").value(), "invalid UTF-8 at byte 0");          // overlong
  EXPECT_EQ(xml_char_problem("\xED\xA0\x80").value(), "invalid UTF-8 at byte 0");      // surrogate
  EXPECT_EQ(xml_char_problem("\xF4\x90\x80\x80").value(), "invalid UTF-8 at byte 0");  // > U+10FFFF
  EXPECT_EQ(xml_char_problem("\x80").value(), "invalid UTF-8 at byte 0");
}

TEST(MarkupTest, XmlEscapesMarkupAndWhitespaceThatParsersNormalise) {
  std::string out;
  append_xml_escaped(out, "a&<>\"'\r\t\nz");
  EXPECT_EQ(out, "a&amp;&lt;&gt;&quot;&apos;&#13;&#9;&#10;z");
  out.clear();
  append_xml_escaped(out, "&amp;");  // escaped once: the text "&amp;" stays that text
  EXPECT_EQ(out, "&amp;amp;");
}

TEST(MarkupTest, JsonArrayEscapesStrings) {
  EXPECT_EQ(json_array({}), "[]");
  EXPECT_EQ(json_array({"a", "b \"c\"", "d\\", "e\nf\tg", "é"}), R"(["a","b \"c\"","d\\","e\nf\tg","é"])");
}

TEST(MarkupTest, DotQuotesEveryStringOnce) {
  EXPECT_EQ(dot_quoted("node"), "\"node\"");
  EXPECT_EQ(dot_quoted("STRICT"), "\"STRICT\"");
  EXPECT_EQ(dot_quoted("ex:CEOP"), "\"ex:CEOP\"");
  EXPECT_EQ(dot_quoted("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(dot_quoted("C:\\dir\\"), "\"C:\\\\dir\\\\\"");  // no odd trailing backslash
  EXPECT_EQ(dot_quoted("a\nb\r\nc\rd"), "\"a\\nb\\nc\\nd\"");
  EXPECT_EQ(dot_quoted(""), "\"\"");
}

TEST(MarkupTest, DotQuotingLeavesNoOddTrailingBackslash) {
  for (const char* s : {"\\", "\\\\", "a\\", "a\\\\\\", "\\\""}) {
    const std::string q = dot_quoted(s);
    std::size_t run = 0;
    for (std::size_t i = q.size() - 1; i > 0 && q[i - 1] == '\\'; --i) ++run;
    EXPECT_EQ(run % 2, 0u) << q;
  }
}

TEST(MarkupTest, CodePointsCountsUtf8Sequences) {
  EXPECT_EQ(code_points("abc"), 3u);
  EXPECT_EQ(code_points("Zoë😀"), 4u);
}

TEST(MarkupTest, WrapKeepsShortLabels) {
  EXPECT_EQ(wrap_label("CEOP Command"), "CEOP Command");
  EXPECT_EQ(wrap_label(""), "");
}

TEST(MarkupTest, WrapFillsLinesWithWholeWords) {
  EXPECT_EQ(wrap_label("Child Exploitation and Online Protection Command"),
            "Child Exploitation and\nOnline Protection\nCommand");
  EXPECT_EQ(wrap_label("The quick brown fox jumps over the lazy dog", 24),
            "The quick brown fox\njumps over the lazy dog");
}

TEST(MarkupTest, WrapCutsLongWordsOnCodePoints) {
  std::string word;
  for (int i = 0; i < 30; ++i) word += "é";
  const std::string wrapped = wrap_label(word, 24);
  const std::size_t nl = wrapped.find('\n');
  ASSERT_NE(nl, std::string::npos);
  EXPECT_EQ(code_points(wrapped.substr(0, nl)), 24u);
  EXPECT_EQ(code_points(wrapped.substr(nl + 1)), 6u);
  EXPECT_FALSE(xml_char_problem(wrapped.substr(0, nl)));
  std::string emoji;
  for (int i = 0; i < 25; ++i) emoji += "😀";
  EXPECT_EQ(wrap_label(emoji, 24), emoji.substr(0, 24 * 4) + "\n😀");
}

TEST(MarkupTest, WrapKeepsLineBreaksAndNormalisesCr) {
  EXPECT_EQ(wrap_label("a\r\nb\rc\nd"), "a\nb\nc\nd");
  EXPECT_EQ(wrap_label("short\nA line that is much longer than the width"),
            "short\nA line that is much\nlonger than the width");
}

}  // namespace
}  // namespace kgforge::exporters
