// SPDX-License-Identifier: MIT
#include "exporters/html_exporter.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "core/sha256.hpp"
#include "tests/exporters/hostile_graph.hpp"

namespace kgforge::exporters {
namespace {

std::string page_of(const graph::KnowledgeGraph& g, const ExportOptions& options = {}) {
  std::ostringstream out;
  HtmlExporter().write(g, options, out);
  return out.str();
}

// The text of the first element that starts with `open`, up to its closing tag.
std::string element(const std::string& page, const std::string& open, const std::string& close) {
  const std::size_t at = page.find(open);
  if (at == std::string::npos) return "";
  const std::size_t start = at + open.size();
  return page.substr(start, page.find(close, start) - start);
}

TEST(HtmlExporterTest, OnePageWithItsOwnScriptsAllowedByHash) {
  const std::string page = page_of(testing::hostile_graph());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  const std::string csp = element(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
  EXPECT_EQ(csp.rfind("default-src 'none'; ", 0), 0u) << csp;
  std::size_t scripts = 0;
  for (std::size_t at = page.find("<script>"); at != std::string::npos; at = page.find("<script>", at + 1)) {
    const std::size_t start = at + 8;
    const std::string code = page.substr(start, page.find("</script>", start) - start);
    EXPECT_NE(csp.find("'" + csp_sha256(code) + "'"), std::string::npos);
    ++scripts;
  }
  EXPECT_EQ(scripts, 2u);  // cytoscape.js and the view
  const std::string style = element(page, "<style id=\"__________cytoscape_stylesheet\">", "</style>");
  EXPECT_NE(csp.find("style-src '" + csp_sha256(style) + "'"), std::string::npos);
  const std::string markup = page.substr(0, page.find("<script"));  // loads nothing
  EXPECT_EQ(markup.find("src="), std::string::npos);
  EXPECT_EQ(markup.find("href="), std::string::npos);
  EXPECT_EQ(markup.find("<link"), std::string::npos);
}

TEST(HtmlExporterTest, DataIsOneJsonBlockWithNoMarkup) {
  const std::string page = page_of(testing::hostile_graph());
  const std::string data = element(page, "<script type=\"application/json\" id=\"kgforge-data\">", "</script>");
  ASSERT_FALSE(data.empty());
  EXPECT_EQ(data.find_first_of("<>&"), std::string::npos);
  // "Zoë 😀 👩‍💻 <b>&amp;</b> & 'single'", escaped
  EXPECT_NE(data.find("\\u003cb\\u003e\\u0026amp;\\u003c/b\\u003e \\u0026 'single'"), std::string::npos);
  EXPECT_NE(data.find("\"layout\":\"dot\""), std::string::npos);
  EXPECT_NE(data.find("\"since\":\"2013-10\""), std::string::npos);
}

TEST(HtmlExporterTest, SameGraphSameBytes) {
  const graph::KnowledgeGraph g = testing::hostile_graph();
  EXPECT_EQ(page_of(g), page_of(g));
}

TEST(HtmlExporterTest, NamesTheEmbeddedLibrary) {
  EXPECT_NE(page_of(testing::hostile_graph()).find("cytoscape.js " + std::string(cytoscape_version())),
            std::string::npos);
}

}  // namespace
}  // namespace kgforge::exporters
