// SPDX-License-Identifier: MIT
#include "exporters/render_exporter.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "core/error.hpp"
#include "graph/knowledge_graph.hpp"
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

TEST(RenderExporterTest, ReadsPagesSizesAndDpi) {
  ExportOptions o;
  EXPECT_EQ(canvas_for(o).width_pt, 0);
  o.page = "a3,Landscape";
  const Canvas a3 = canvas_for(o);
  EXPECT_NEAR(a3.width_pt, 1190.55 - 72, 0.01);
  EXPECT_NEAR(a3.height_pt, 841.89 - 72, 0.01);
  EXPECT_EQ(a3.what, "A3 landscape");
  EXPECT_TRUE(a3.page);
  o.page = "A5";
  EXPECT_THROW(canvas_for(o), UsageError);
  o.page = "";
  o.size = "960x480";
  o.dpi = 48;
  const Canvas px = canvas_for(o);
  EXPECT_DOUBLE_EQ(px.width_pt, 960 * 72 / 48.0);
  EXPECT_FALSE(px.page);
  for (const char* bad : {"960", "960x", "x480", "960x480x2", "10x10", "960*480"}) {
    o.size = bad;
    EXPECT_THROW(canvas_for(o), UsageError) << bad;
  }
  o.size = "";
  o.dpi = 5;
  EXPECT_THROW(canvas_for(o), UsageError);
}

// A star of 40 long-named entities: too wide for A4 at a legible size.
graph::KnowledgeGraph star() {
  graph::KnowledgeGraph g;
  const graph::NodeId hub = testing::add_entity(g, "hub", "The hub", "Organisation");
  for (int i = 0; i < 40; ++i) {
    const graph::NodeId n = testing::add_entity(
        g, "n" + std::to_string(i), "A rather long organisation name number " + std::to_string(i), "Organisation");
    g.add_edge(n, g.intern(testing::kgf("partnerOf")), hub);
  }
  return g;
}

TEST(RenderExporterTest, PageScalesDownAndRefusesTinyTextNamingASmallerView) {
  const graph::KnowledgeGraph g = star();
  ExportOptions o;
  o.page = "A3";
  try {
    render_diagram(g, o, "pdf");
    FAIL() << "a page with text below 6 pt was written";
  } catch (const Error& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("at A3 the drawing would be scaled to"), std::string::npos) << m;
    EXPECT_NE(m.find("below 6 pt"), std::string::npos) << m;
    // The hub's ego network is the whole view; the first candidate that fits is named.
    EXPECT_NE(m.find("draw a smaller view: --focus https://w3id.org/kgforge/test/n0 --depth 1 (2 entities) fits A3"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find("the whole view needs a page of at least"), std::string::npos) << m;
  }
  o.focus = "https://w3id.org/kgforge/test/n1";  // two entities: fits at full size
  const RenderResult small = render_diagram(g, o, "pdf");
  EXPECT_EQ(small.fit.scale, 1);
  o.focus = "https://w3id.org/kgforge/test/hub";
  o.page = "";
  o.size = "1200x1200";
  const RenderResult fitted = render_diagram(g, o, "png");
  EXPECT_LT(fitted.fit.scale, 1);
  EXPECT_LE(fitted.fit.width_pt * 96 / 72, 1200.5);
  EXPECT_LE(fitted.fit.height_pt * 96 / 72, 1200.5);
}

TEST(RenderExporterTest, RefusesRastersOverThePixelBudget) {
  const graph::KnowledgeGraph g = star();
  ExportOptions o;
  o.dpi = 1200;
  try {
    render_diagram(g, o, "png");
    FAIL() << "a PNG over the pixel budget was drawn";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("megapixels, more than 40"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("--size"), std::string::npos) << e.what();
  }
  EXPECT_NO_THROW(render_diagram(g, o, "svg"));  // the budget is for rasters
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
