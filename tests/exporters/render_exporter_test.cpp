// SPDX-License-Identifier: MIT
#include "exporters/render_exporter.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "core/error.hpp"
#include "tests/exporters/hostile_graph.hpp"

namespace kgforge::exporters {
namespace {

TEST(RenderExporterTest, ChoosesTheEngineBySize) {
  EXPECT_EQ(choose_layout(10, 20, "").engine, "dot");
  EXPECT_EQ(choose_layout(kMaxDotNodes, 200, "").engine, "dot");
  EXPECT_EQ(choose_layout(kMaxDotNodes, kMaxDotEdges + 1, "").engine, "sfdp");
  EXPECT_EQ(choose_layout(120, 185, "").engine, "dot");  // sparse, like CEOP
  EXPECT_EQ(choose_layout(120, 241, "").engine, "sfdp");
  const LayoutChoice big = choose_layout(kMaxSparseDotNodes + 1, 200, "");
  EXPECT_EQ(big.engine, "sfdp");
  EXPECT_NE(
      std::find(big.attributes.begin(), big.attributes.end(), std::pair<std::string, std::string>{"overlap", "prism"}),
      big.attributes.end());
  EXPECT_EQ(choose_layout(500, 900, "NEATO").engine, "neato");
}

TEST(RenderExporterTest, RefusesViewsTooLargeWithAdvice) {
  try {
    choose_layout(kMaxRenderNodes + 1, 5000, "");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("--focus"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("--classes"), std::string::npos);
  }
  EXPECT_THROW(choose_layout(kMaxExplicitDotNodes + 1, 600, "dot"), Error);
  EXPECT_THROW(choose_layout(10, 10, "nonsense"), FormatError);
}

TEST(RenderExporterTest, RendersEachFormat) {
  const graph::KnowledgeGraph g = testing::hostile_graph();
  const RenderResult svg = render_diagram(g, {}, "svg");
  EXPECT_EQ(svg.layout.engine, "dot");
  EXPECT_EQ(svg.nodes, 13u);
  EXPECT_EQ(svg.data.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.data.find("<svg"), std::string::npos);
  EXPECT_NE(svg.data.find("ends with a backslash\\"), std::string::npos);
  const RenderResult png = render_diagram(g, {}, "png");
  EXPECT_EQ(png.data.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_GT(png.data.size(), 10000u);
  const RenderResult pdf = render_diagram(g, {}, "pdf");
  EXPECT_EQ(pdf.data.substr(0, 5), "%PDF-");
  EXPECT_THROW(render_diagram(g, {}, "gif"), FormatError);
}

TEST(RenderExporterTest, ReportsGraphvizErrors) {
  try {
    render_dot_text("digraph { a -> }", choose_layout(1, 0, ""), "svg");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("syntax error"), std::string::npos) << e.what();
  }
  // Rendering still works afterwards.
  EXPECT_NE(render_dot_text("digraph { a -> b }", choose_layout(2, 1, ""), "svg").find("<svg"), std::string::npos);
}

TEST(RenderExporterTest, ConcurrentRendersAreSerialised) {
  const graph::KnowledgeGraph g = testing::hostile_graph();
  std::vector<std::string> out(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < out.size(); ++i) {
    threads.emplace_back([&, i] { out[i] = render_diagram(g, {}, "svg").data; });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& svg : out) EXPECT_EQ(svg, out[0]);
}

}  // namespace
}  // namespace kgforge::exporters
