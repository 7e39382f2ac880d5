// SPDX-License-Identifier: MIT
#include "core/text.hpp"

#include <gtest/gtest.h>

namespace kgforge {
namespace {

TEST(TextTest, LowerFoldsAsciiOnly) {
  EXPECT_EQ(lower("Hello World"), "hello world");
  EXPECT_EQ(lower("ÉCOLE"), "École");  // UTF-8 bytes are left alone
}

TEST(TextTest, EditDistanceCountsSwapsAsOne) {
  EXPECT_EQ(edit_distance("name", "name", 3), 0u);
  EXPECT_EQ(edit_distance("nmae", "name", 3), 1u);
  EXPECT_EQ(edit_distance("Tema", "Team"), 1u);
  EXPECT_EQ(edit_distance("globx", "globex", 3), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("a", "abcdefgh", 2), 3u);  // gives up past the limit
  EXPECT_EQ(edit_distance("abcd", "wxyz", 2), 3u);
}

TEST(TextTest, NearestPicksALikelyTypoDeterministically) {
  auto nearest_of = [](std::string_view word, std::vector<std::string_view> c) -> std::string {
    const std::optional<std::size_t> i = nearest(word, c);
    return i ? std::string(c[*i]) : "<none>";
  };
  EXPECT_EQ(nearest_of("descripton", {"name", "description", "aliases"}), "description");
  EXPECT_EQ(nearest_of("zzz", {"name", "description"}), "<none>");
  EXPECT_EQ(nearest_of("ab", {"ac", "aa"}), "aa");  // tie: the smaller
  EXPECT_EQ(nearest_of("ab", {"aa", "ac"}), "aa");  // whatever the order
  EXPECT_EQ(nearest_of("NAME", {"name"}), "name");  // case only
  EXPECT_EQ(nearest_of("Organization", {"Organisation", "Person"}), "Organisation");
  EXPECT_EQ(typo_limit("ab"), 1u);
  EXPECT_EQ(typo_limit("Organization"), 4u);
}

TEST(TextTest, SuggestNearestIsSilentForAKnownWord) {
  EXPECT_EQ(suggest_nearest("bat", {"hat", "cat"}), "cat");  // tie: the smaller
  EXPECT_EQ(suggest_nearest("name", {"name", "game"}), std::nullopt);
}

TEST(TextTest, DidYouMean) {
  EXPECT_EQ(did_you_mean("nme", {"name"}), " (did you mean 'name'?)");
  EXPECT_EQ(did_you_mean("name", {"name"}), "");
  EXPECT_EQ(did_you_mean("qqqq", {"name"}), "");
}

}  // namespace
}  // namespace kgforge
