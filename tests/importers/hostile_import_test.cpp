// SPDX-License-Identifier: MIT
// The readers against hostile input (issue 16).
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "graph/knowledge_graph.hpp"
#include "importers/load.hpp"
#include "importers/rdf_importer.hpp"

namespace kgforge::importers {
namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.items()) out += format_text(x) + "\n";
  return out;
}

bool has_code(const Diagnostics& d, std::string_view code) {
  for (const Diagnostic& x : d.items()) {
    if (x.code == code && x.severity == Severity::kError) return true;
  }
  return false;
}

TEST(HostileYamlTest, AnUnterminatedQuoteIsAnErrorNotTheRestOfTheFile) {
  for (const char* quote : {"\"", "'"}) {
    Diagnostics diags;
    const std::string text = std::string(
                                 "kgforge: 1\nbase: https://ex.org/\nentities:\n  - id: a\n    type: Company\n"
                                 "    name: ") +
                             quote + "unclosed\n  - id: b\n    type: Company\n";
    EXPECT_FALSE(load_sources({{"kb.yaml", text}}, diags)) << quote;
    ASSERT_TRUE(has_code(diags, "yaml-syntax")) << all(diags);
    EXPECT_EQ(diags.items()[0].where.line, 6u) << all(diags);
    EXPECT_EQ(diags.items()[0].where.column, 11u) << all(diags);
  }
}

TEST(HostileYamlTest, AClosedMultiLineQuoteStillReads) {
  Diagnostics diags;
  const auto g = load_sources({{"kb.yaml",
                                "kgforge: 1\nbase: https://ex.org/\nentities:\n  - id: a\n    type: Company\n"
                                "    name: \"two\n      lines\"\n"}},
                              diags);
  ASSERT_TRUE(g) << all(diags);
  EXPECT_EQ(g->name(*g->find_node("https://ex.org/a")), "two lines");
}

TEST(HostileYamlTest, TwoIdsGivingOneIriAreAnErrorCitingBoth) {
  Diagnostics diags;
  const auto g = load_sources(
      {{"a.yaml", "kgforge: 1\nbase: https://x.org/\nentities:\n  - {id: ab, type: Company, name: First}\n"},
       {"b.yaml", "kgforge: 1\nbase: https://x.org/a\nentities:\n  - {id: b, type: Person, name: Second}\n"}},
      diags);
  EXPECT_FALSE(g);
  ASSERT_TRUE(has_code(diags, "duplicate-iri")) << all(diags);
  const std::string text = all(diags);
  EXPECT_NE(text.find("b.yaml:4:10: error: id 'b' gives the IRI <https://x.org/ab>, which id 'ab' (at a.yaml:4:10)"),
            std::string::npos)
      << text;
}

Diagnostics read_rdf(const std::string& syntax, const std::string& text, graph::KnowledgeGraph& g,
                     const std::string& base = "") {
  Diagnostics diags;
  std::istringstream in(text);
  ImportOptions options;
  options.base_iri = base;
  RdfImporter(syntax).read(in, "in.rdf", g, diags, options);
  return diags;
}

TEST(HostileRdfTest, ExternalEntitiesAreRefusedWithALocation) {
  for (const char* decl :
       {R"(<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;)", R"(<!ENTITY x SYSTEM "file:///etc/passwd">)",
        R"(<!ENTITY x PUBLIC "-//x//y" "http://ex.org/x.dtd">)"}) {
    graph::KnowledgeGraph g;
    const Diagnostics diags = read_rdf("rdfxml",
                                       std::string("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n  ") + decl +
                                           "\n]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/"
                                           "22-rdf-syntax-ns#\"/>\n",
                                       g);
    ASSERT_TRUE(has_code(diags, "external-entity")) << decl << "\n" << all(diags);
    EXPECT_EQ(diags.items()[0].where.line, 3u) << all(diags);
  }
  graph::KnowledgeGraph g;
  const Diagnostics diags =
      read_rdf("rdfxml",
               "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \"http://ex.org/rdf.dtd\">\n<rdf:RDF "
               "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>\n",
               g);
  EXPECT_TRUE(has_code(diags, "external-entity")) << all(diags);
}

TEST(HostileRdfTest, InternalEntitiesExpandAndUndefinedOnesAreErrors) {
  const std::string head = "<?xml version=\"1.0\"?>\n";
  const std::string body =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex.org/\">\n"
      "<rdf:Description rdf:about=\"http://ex.org/a\"><ex:p>[&x;]</ex:p></rdf:Description></rdf:RDF>\n";
  graph::KnowledgeGraph g;
  Diagnostics diags = read_rdf("rdfxml", head + "<!DOCTYPE rdf:RDF [<!ENTITY x \"SYSTEM text\">]>\n" + body, g);
  ASSERT_FALSE(diags.has_errors()) << all(diags);
  bool found = false;
  g.for_each_property(*g.find_node("http://ex.org/a"),
                      [&](const graph::NodeProperty& p) { found = found || g.str(p.value.text) == "[SYSTEM text]"; });
  EXPECT_TRUE(found);
  graph::KnowledgeGraph g2;
  diags = read_rdf("rdfxml", head + body, g2);
  EXPECT_TRUE(diags.has_errors()) << "an undefined &x; was silently dropped";
}

TEST(HostileRdfTest, ARelativeIriWithoutABaseIsAnError) {
  for (const auto& [syntax, text] :
       {std::pair<std::string, std::string>{"turtle", "<thing> <http://ex.org/p> \"x\" .\n"},
        {"rdfxml",
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex.org/\">"
         "<rdf:Description rdf:about=\"thing\"><ex:p>x</ex:p></rdf:Description></rdf:RDF>\n"}}) {
    graph::KnowledgeGraph g;
    const Diagnostics diags = read_rdf(syntax, text, g);
    ASSERT_TRUE(has_code(diags, "relative-iri")) << syntax << "\n" << all(diags);
    EXPECT_EQ(all(diags).find("file:"), std::string::npos) << all(diags);
    graph::KnowledgeGraph with_base;
    EXPECT_FALSE(read_rdf(syntax, text, with_base, "http://ex.org/base/").has_errors());
    EXPECT_TRUE(with_base.find_node("http://ex.org/base/thing"));
  }
}

}  // namespace
}  // namespace kgforge::importers
