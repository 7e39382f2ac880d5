// SPDX-License-Identifier: MIT
#include "exporters/display_hints.hpp"

#include <gtest/gtest.h>

namespace kgforge::exporters {
namespace {

TEST(DisplayHintsTest, OneAllowListOfShapesAndLineStyles) {
  EXPECT_TRUE(is_node_shape("box"));
  EXPECT_TRUE(is_node_shape("cylinder"));
  EXPECT_FALSE(is_node_shape("blob"));
  EXPECT_FALSE(is_node_shape("Box"));
  EXPECT_TRUE(is_line_style("dashed"));
  EXPECT_TRUE(is_line_style("bold"));
  EXPECT_FALSE(is_line_style("wavy"));
}

TEST(DisplayHintsTest, GexfShapesComeFromTheSameAllowList) {
  EXPECT_STREQ(gexf_node_shape("box3d"), "square");
  EXPECT_STREQ(gexf_node_shape("Mdiamond"), "diamond");
  EXPECT_STREQ(gexf_node_shape("invhouse"), "triangle");
  EXPECT_STREQ(gexf_node_shape("ellipse"), "disc");
  EXPECT_EQ(gexf_node_shape("blob"), nullptr);  // DOT ignores it too
  EXPECT_EQ(gexf_node_shape(""), nullptr);
}

TEST(DisplayHintsTest, ColoursAsGraphvizTakesThem) {
  EXPECT_TRUE(is_hex_colour("#a6cee3"));
  EXPECT_TRUE(is_hex_colour("#abc"));
  EXPECT_TRUE(is_hex_colour("#a6cee380"));
  EXPECT_FALSE(is_hex_colour("a6cee3"));
  EXPECT_FALSE(is_hex_colour("#a6cee"));
  EXPECT_FALSE(is_hex_colour("#g6cee3"));
  EXPECT_EQ(hex_rgb("#0a0B0c"), (std::array<unsigned, 3>{10, 11, 12}));
  EXPECT_EQ(hex_rgb("#abc"), (std::array<unsigned, 3>{170, 187, 204}));
  EXPECT_EQ(hex_rgb("#ff000080"), (std::array<unsigned, 3>{255, 0, 0}));
  EXPECT_EQ(hex_rgb("red"), std::nullopt);
}

}  // namespace
}  // namespace kgforge::exporters
