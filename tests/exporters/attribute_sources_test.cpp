// SPDX-License-Identifier: MIT
// An attribute value's own source (`{value: ..., source: ...}`, issue 15) through the RDF
// writers and back: reified as a relation's qualifiers, in its section's named graph in
// N-Quads and TriG, an RDF-star annotation with --qualifiers star, and recovered by the
// RDF importer from each syntax. Real consumers (Oxigraph, rdflib, serdi) read the same
// outputs in tests/interop/attribute_sources_test.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "exporters/exporter.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/load.hpp"

namespace kgforge::exporters {
namespace {

using graph::KnowledgeGraph;

// tests/data/attribute_sources.yaml: acme's foundingDate cites article#history, one of
// its formerNames article#lead and article, the other nothing; acme cites article#lead.
std::string kb_text() {
  std::ifstream in(std::string(KGFORGE_SOURCE_DIR) + "/tests/data/attribute_sources.yaml", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}
const std::string kKb = kb_text();

const std::string kBase = "https://example.org/kb/";
const std::string kKgf(graph::ns::kKgf);
const std::string kAcme = "<" + kBase + "acme>";
const std::string kFounding = "\"1949-05\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>";

// Loads one file; RDF read back gets the KB's base IRI (which RDF does not carry), so
// that statements are named as in the KB's own export.
KnowledgeGraph load(const std::string& name, const std::string& text) {
  Diagnostics diags;
  std::optional<KnowledgeGraph> g = importers::load_sources({{name, text}}, diags);
  std::string all;
  for (const Diagnostic& d : diags.items()) all += format_text(d) + "\n";
  EXPECT_TRUE(g.has_value()) << all;
  if (!g) return KnowledgeGraph();
  g->set_base_iri(kBase);
  return std::move(*g);
}

std::string write(const KnowledgeGraph& g, std::string_view format, bool star = false) {
  ExportOptions options;
  options.star_qualifiers = star;
  std::ostringstream out;
  make_exporter(format)->write(g, options, out);
  return out.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> matching(const std::string& text, const std::string& needle) {
  std::vector<std::string> out;
  for (const std::string& l : lines(text)) {
    if (l.find(needle) != std::string::npos) out.push_back(l);
  }
  return out;
}

// The statement IRI of the rdf:Statement whose rdf:object is `object` ("" if none).
std::vector<std::string> statements_of(const std::string& nt, const std::string& object) {
  std::vector<std::string> out;
  for (const std::string& l : matching(nt, "#object> " + object + " .")) out.push_back(l.substr(0, l.find(' ')));
  return out;
}

TEST(AttributeSourcesTest, NTriplesReifiesEachSourcedValueOnce) {
  const std::string nt = write(load("kb.yaml", kKb), "ntriples");
  // The value is stated once, plainly ...
  EXPECT_EQ(matching(nt, kAcme + " <" + kKgf + "foundingDate> " + kFounding).size(), 1u) << nt;
  // ... and reified once, with its section as kgf:source.
  const std::vector<std::string> st = statements_of(nt, kFounding);
  ASSERT_EQ(st.size(), 1u) << nt;
  EXPECT_EQ(st[0].rfind("<" + kBase + ".well-known/genid/s", 0), 0u) << st[0];
  const std::vector<std::string> about = matching(nt, st[0] + " ");
  const std::vector<std::string> want = {
      st[0] +
          " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .",
      st[0] + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> " + kAcme + " .",
      st[0] + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <" + kKgf + "foundingDate> .",
      st[0] + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> " + kFounding + " .",
      st[0] + " <" + kKgf + "source> <" + kBase + "article/history> .",
  };
  EXPECT_EQ(about, want);
  // Two sources, one statement; a value without a source of its own, none.
  const std::vector<std::string> works = statements_of(nt, "\"Acme Works\"");
  ASSERT_EQ(works.size(), 1u);
  EXPECT_EQ(matching(nt, works[0] + " <" + kKgf + "source> ").size(), 2u);
  EXPECT_TRUE(statements_of(nt, "\"Acme Manufacturing\"").empty());
  EXPECT_TRUE(matching(nt, "#object> \"120\"").empty());
  // Two values, two statement IRIs.
  EXPECT_NE(works[0], st[0]);
}

TEST(AttributeSourcesTest, NQuadsPutASourcedValueInItsSectionsGraphOnly) {
  const std::string nq = write(load("kb.yaml", kKb), "nquads");
  const std::string lead = " <" + kBase + "article/lead> .";
  const std::string history = " <" + kBase + "article/history> .";
  const std::string article = " <" + kBase + "article> .";
  const std::string founding = kAcme + " <" + kKgf + "foundingDate> " + kFounding;
  EXPECT_EQ(matching(nq, founding), (std::vector<std::string>{founding + history})) << nq;
  const std::string works = kAcme + " <" + kKgf + "formerName> \"Acme Works\"";
  EXPECT_EQ(matching(nq, works), (std::vector<std::string>{works + article, works + lead}));
  const std::string other = kAcme + " <" + kKgf + "formerName> \"Acme Manufacturing\"";
  EXPECT_EQ(matching(nq, other), (std::vector<std::string>{other + lead}));  // the entity's section
  // The statement is in the graph its value cites.
  const std::string nt = write(load("kb.yaml", kKb), "ntriples");
  const std::string st = statements_of(nt, kFounding).at(0);
  for (const std::string& l : matching(nq, st + " ")) EXPECT_EQ(l.substr(l.size() - history.size()), history) << l;
  EXPECT_EQ(matching(nq, st + " ").size(), 5u);
}

TEST(AttributeSourcesTest, StarAnnotatesTheValueInsteadOfReifyingIt) {
  const std::string ttl = write(load("kb.yaml", kKb), "turtle", true);
  EXPECT_NE(
      ttl.find(
          "kgf:foundingDate \"1949-05\"^^xsd:gYearMonth {| kgf:source <https://example.org/kb/article/history> |}"),
      std::string::npos)
      << ttl;
  EXPECT_EQ(ttl.find("rdf:Statement"), std::string::npos) << ttl;
}

// Every RDF syntax kgforge writes reads back to the same graph, value sources included.
TEST(AttributeSourcesTest, EveryRdfSyntaxReadsBackWithTheValuesSources) {
  const KnowledgeGraph g = load("kb.yaml", kKb);
  std::vector<std::string> want = lines(write(g, "ntriples"));
  std::sort(want.begin(), want.end());
  const struct {
    const char* format;
    const char* file;
    bool star;
  } cases[] = {{"turtle", "back.ttl", false},
               {"ntriples", "back.nt", false},
               {"nquads", "back.nq", false},
               {"trig", "back.trig", false},
               {"rdfxml", "back.rdf", false}};
  for (const auto& c : cases) {
    const KnowledgeGraph back = load(c.file, write(g, c.format, c.star));
    std::vector<std::string> got = lines(write(back, "ntriples"));
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, want) << c.format;
    // The value itself carries the source again (not only a statement node kept as data).
    const graph::NodeId acme = *back.find_node(kBase + "acme");
    std::vector<std::string> sources;
    back.for_each_property(acme, [&](const graph::NodeProperty& p) {
      if (back.str(p.predicate) != kKgf + "foundingDate") return;
      back.for_each_qualifier(
          p, [&](const graph::Qualifier& q) { sources.push_back(std::string(back.str(q.value.text))); });
    });
    EXPECT_EQ(sources, (std::vector<std::string>{kBase + "article/history"})) << c.format;
  }
}

TEST(AttributeSourcesTest, AValueReifiedTwiceIsTwoRecordsAndTwoStatements) {
  const std::string kb = std::string(kKb) +
                         "  - id: b\n    type: Company\n    name: B\n    attributes:\n"
                         "      staffCount:\n        - {value: 7, source: article#lead}\n"
                         "        - {value: 7, source: article#history}\n";
  const KnowledgeGraph g = load("kb.yaml", kb);
  const std::string nt = write(g, "ntriples");
  const std::string seven = "\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>";
  EXPECT_EQ(matching(nt, "<" + kBase + "b> <" + kKgf + "staffCount> " + seven).size(), 1u);
  EXPECT_EQ(statements_of(nt, seven).size(), 2u);
  std::vector<std::string> want = lines(nt);
  std::sort(want.begin(), want.end());
  std::vector<std::string> got = lines(write(load("back.ttl", write(g, "turtle")), "ntriples"));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace kgforge::exporters
