// SPDX-License-Identifier: MIT
#include "importers/lexical.hpp"

#include <gtest/gtest.h>

namespace kgforge::importers {
namespace {

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

}  // namespace
}  // namespace kgforge::importers
