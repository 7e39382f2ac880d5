// SPDX-License-Identifier: MIT
#include "core/diagnostics.hpp"

#include <gtest/gtest.h>

namespace kgforge {
namespace {

TEST(DiagnosticsTest, ATermsProblemIsOneLineWithItsCountAndFirstPlace) {
  Diagnostics d;
  d.warning({"kg.nt", 9, 1}, "unknown-class", "class <x:A> is not in the ontology", "x:A");
  d.warning({"kg.nt", 1, 113}, "unknown-class", "class <x:A> is not in the ontology", "x:A");
  d.warning({"kg.nt", 5, 1}, "unknown-class", "class <x:A> is not in the ontology", "x:A");
  d.warning({"kg.nt", 2, 1}, "unknown-class", "class <x:B> is not in the ontology", "x:B");
  ASSERT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.warning_count(), 4u);
  EXPECT_EQ(d.items()[0].count, 3u);
  EXPECT_EQ(format_text(d.items()[0]),
            "kg.nt:1:113: warning: class <x:A> is not in the ontology (3 uses; first here) [unknown-class]");
  EXPECT_EQ(format_text(d.items()[1]), "kg.nt:2:1: warning: class <x:B> is not in the ontology [unknown-class]");
}

TEST(DiagnosticsTest, ProblemsOfOtherCodesStaySeparateUpToTheLimit) {
  Diagnostics d(/*limit=*/2);
  d.error({"kg.nt", 3, 7}, "bad-literal", "'x' is not a valid integer", "same");
  d.error({"kg.nt", 4, 7}, "bad-literal", "'y' is not a valid integer", "same");
  d.error({"kg.nt", 5, 7}, "bad-literal", "'z' is not a valid integer", "same");
  ASSERT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.items()[0].count, 1u);
  EXPECT_EQ(d.items()[1].where.line, 4u);
  EXPECT_EQ(d.error_count(), 2u);
  EXPECT_EQ(d.dropped(), 1u);
  EXPECT_TRUE(d.full());
}

TEST(DiagnosticsTest, ACountedErrorTakesOneSlotHoweverOftenItRecurs) {
  Diagnostics d(/*limit=*/1);
  for (unsigned line = 1; line <= 1000; ++line) d.error({"a", line, 1}, "unknown-property", "unknown p", "p");
  EXPECT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].count, 1000u);
  EXPECT_EQ(d.error_count(), 1000u);
  EXPECT_EQ(d.dropped(), 0u);
  d.error({"a", 1, 1}, "unknown-property", "unknown q", "q");
  EXPECT_EQ(d.dropped(), 1u);
}

TEST(DiagnosticsTest, WarningsPastTheirLimitAreCountedNotKept) {
  Diagnostics d(/*limit=*/10, /*warning_limit=*/2);
  for (int i = 0; i < 5; ++i) d.warning({"a", 1, 1}, "range-mismatch", "m", "p C" + std::to_string(i));
  d.warning({"a", 2, 1}, "range-mismatch", "m", "p C0");
  EXPECT_EQ(d.items().size(), 2u);
  EXPECT_EQ(d.items()[0].count, 2u);
  EXPECT_EQ(d.warning_count(), 3u);
  EXPECT_EQ(d.dropped_warnings(), 3u);
  EXPECT_TRUE(d.truncated());
  EXPECT_FALSE(d.has_errors());
}

// counted_again() counts what add() would only count, so the caller can skip making the
// message, and leaves the rest (a first place, an earlier place, a problem not counted) to add().
TEST(DiagnosticsTest, CountedAgainCountsExactlyWhatAddWouldOnlyCount) {
  Diagnostics d(/*limit=*/10, /*warning_limit=*/1);
  const TextLocation line5{"a", 5, 1}, line9{"a", 9, 1}, line2{"a", 2, 1};
  EXPECT_FALSE(d.counted_again(Severity::kWarning, "range-mismatch", "p C", line5));  // not seen yet
  d.warning(line5, "range-mismatch", "first at 5", "p C");
  EXPECT_TRUE(d.counted_again(Severity::kWarning, "range-mismatch", "p C", line9));   // later: counted
  EXPECT_FALSE(d.counted_again(Severity::kWarning, "range-mismatch", "p C", line2));  // earlier: add() it
  d.warning(line2, "range-mismatch", "first at 2", "p C");
  EXPECT_FALSE(d.counted_again(Severity::kWarning, "bad-literal", "p C", line9));    // not a counted code
  EXPECT_FALSE(d.counted_again(Severity::kError, "range-mismatch", "p C", line9));   // another severity
  EXPECT_TRUE(d.counted_again(Severity::kWarning, "range-mismatch", "p D", line9));  // past the limit
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].count, 3u);
  EXPECT_EQ(format_text(d.items()[0]), "a:2:1: warning: first at 2 (3 times; first here) [range-mismatch]");
  EXPECT_EQ(d.warning_count(), 3u);
  EXPECT_EQ(d.dropped_warnings(), 1u);
}

TEST(DiagnosticsTest, MergeAndStrictKeepTheCounts) {
  Diagnostics a;
  a.warning({"a", 1, 1}, "unknown-class", "c", "C");
  a.warning({"a", 2, 1}, "unknown-class", "c", "C");
  Diagnostics b;
  b.warning({"b", 1, 1}, "unknown-class", "c", "C");
  b.merge(a);
  ASSERT_EQ(b.items().size(), 1u);
  EXPECT_EQ(b.items()[0].count, 3u);
  b.promote_warnings();
  EXPECT_EQ(b.error_count(), 3u);
  EXPECT_EQ(b.warning_count(), 0u);
  b.error({"b", 5, 1}, "unknown-class", "c", "C");
  EXPECT_EQ(b.items().size(), 1u);
  EXPECT_EQ(b.items()[0].count, 4u);
}

TEST(DiagnosticsTest, JsonCarriesTheCount) {
  Diagnostics d;
  d.warning({"kg.nt", 1, 2}, "unknown-class", "c", "C");
  d.warning({"kg.nt", 3, 2}, "unknown-class", "c", "C");
  EXPECT_EQ(format_json(d.items()[0]),
            "{\"severity\":\"warning\",\"file\":\"kg.nt\",\"line\":1,\"column\":2,\"code\":\"unknown-class\","
            "\"message\":\"c\",\"count\":2}");
}

TEST(DiagnosticsTest, CountsHaveThousandsSeparators) {
  EXPECT_EQ(with_commas(0), "0");
  EXPECT_EQ(with_commas(999), "999");
  EXPECT_EQ(with_commas(1000), "1,000");
  EXPECT_EQ(with_commas(250124), "250,124");
  EXPECT_EQ(with_commas(7812345), "7,812,345");
}

}  // namespace
}  // namespace kgforge
