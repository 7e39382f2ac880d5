// SPDX-License-Identifier: MIT
#include "importers/rdf_importer.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/load.hpp"

namespace kgforge::importers {
namespace {

using graph::KnowledgeGraph;
using graph::Role;

struct Read {
  KnowledgeGraph graph;
  Diagnostics diags;
};

Read read(std::string_view syntax, const std::string& text, std::string_view name = "in.ttl") {
  Read r;
  std::istringstream in(text);
  RdfImporter(std::string(syntax)).read(in, name, r.graph, r.diags, {});
  return r;
}

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.items()) out += format_text(x) + "\n";
  return out;
}

TEST(RdfImporterTest, MapsTypesLabelsLiteralsAndEdges) {
  Read r = read("turtle", R"(@prefix ex: <http://ex.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a a ex:Company ;
  rdfs:label "Acme" , "Acme Ltd" ;
  skos:altLabel "ACME" ;
  rdfs:comment "A maker."@en ;
  ex:employees 120 ;
  ex:motto "colour"@EN-gb ;
  ex:founded "1949"^^xsd:gYear ;
  ex:partnerOf ex:b .
)");
  ASSERT_EQ(r.diags.error_count(), 0u) << all(r.diags);
  const auto a = r.graph.find_node("http://ex.org/a");
  ASSERT_TRUE(a);
  EXPECT_EQ(r.graph.name(*a), "Acme");
  EXPECT_TRUE(r.graph.has_class(*a, r.graph.intern("http://ex.org/Company")));
  std::vector<std::string> aliases;
  std::string employees_type, motto_lang, founded_type;
  r.graph.for_each_property(*a, [&](const graph::NodeProperty& p) {
    if (p.role == Role::kAlias) aliases.emplace_back(r.graph.str(p.value.text));
    if (p.role != Role::kAttribute) return;
    const std::string_view pred = r.graph.str(p.predicate);
    if (pred == "http://ex.org/employees") employees_type = r.graph.str(p.value.datatype);
    if (pred == "http://ex.org/motto") motto_lang = r.graph.str(p.value.language);
    if (pred == "http://ex.org/founded") founded_type = r.graph.str(p.value.datatype);
  });
  EXPECT_EQ(aliases, (std::vector<std::string>{"Acme Ltd", "ACME"}));
  EXPECT_EQ(employees_type, std::string(graph::ns::kXsd) + "integer");
  EXPECT_EQ(motto_lang, "en-gb");
  EXPECT_EQ(founded_type, std::string(graph::ns::kXsd) + "gYear");
  ASSERT_EQ(r.graph.edge_count(), 1u);
  const auto e = r.graph.edges().front();
  EXPECT_EQ(r.graph.predicate(e), "http://ex.org/partnerOf");
  EXPECT_EQ(r.graph.iri(r.graph.target(e)), "http://ex.org/b");
  const TextLocation where = r.graph.text_location(r.graph.edge(e).where);
  EXPECT_EQ(where.path, "in.ttl");
  EXPECT_GE(where.line, 5u);
  EXPECT_LE(where.line, 13u);
  EXPECT_EQ(r.graph.prefixes().front().prefix, "ex");
}

TEST(RdfImporterTest, NTriplesErrorsAreLocatedWithLineAndColumnAndAllReported) {
  Read r = read("ntriples",
                "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n"
                "<http://ex.org/a> <http://ex.org/p> \"x\"@abcdefghij .\n"
                "<http://ex.org/a> <http://ex.org/q> \"ok\" .\n"
                "<http://ex.org/a> <http://ex.org/p> foo .\n",
                "data.nt");
  ASSERT_EQ(r.diags.error_count(), 2u) << all(r.diags);
  EXPECT_EQ(r.diags.items()[0].where.path, "data.nt");
  EXPECT_EQ(r.diags.items()[0].where.line, 2u);
  EXPECT_EQ(r.diags.items()[0].code, "bad-literal");
  EXPECT_EQ(r.diags.items()[1].where.line, 4u);
  EXPECT_EQ(r.diags.items()[1].where.column, 37u);  // the f of foo, counted from 1
  EXPECT_EQ(r.diags.items()[1].code, "rdf-syntax");
}

TEST(RdfImporterTest, TurtleSyntaxErrorIsLocatedAtItsLine) {
  Read r =
      read("turtle", "@prefix ex: <http://ex.org/> .\n\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n", "bad.ttl");
  ASSERT_GE(r.diags.error_count(), 1u);
  EXPECT_EQ(r.diags.items()[0].where.path, "bad.ttl");
  EXPECT_EQ(r.diags.items()[0].where.line, 4u) << all(r.diags);
}

TEST(RdfImporterTest, UndeclaredPrefixIsAnErrorWithALine) {
  Read r = read("turtle", "@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:a nope:b ex:c .\n", "p.ttl");
  ASSERT_GE(r.diags.error_count(), 1u);
  for (const Diagnostic& d : r.diags.items()) EXPECT_EQ(d.where.line, 3u) << all(r.diags);
}

TEST(RdfImporterTest, RdfXmlIsRead) {
  Read r = read("rdfxml", R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/"
         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
  <ex:Company rdf:about="http://ex.org/a">
    <rdfs:label>Acme</rdfs:label>
    <ex:partnerOf rdf:resource="http://ex.org/b"/>
  </ex:Company>
</rdf:RDF>
)",
                "a.rdf");
  ASSERT_EQ(r.diags.error_count(), 0u) << all(r.diags);
  const auto a = r.graph.find_node("http://ex.org/a");
  ASSERT_TRUE(a);
  EXPECT_EQ(r.graph.name(*a), "Acme");
  EXPECT_EQ(r.graph.edge_count(), 1u);
}

TEST(RdfImporterTest, ReifiedStatementsBecomeQualifiers) {
  Read r = read("turtle", R"(@prefix ex: <http://ex.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix kgf: <https://w3id.org/kgforge/ns#> .
ex:a ex:partnerOf ex:b .
_:s a rdf:Statement ; rdf:subject ex:a ; rdf:predicate ex:partnerOf ; rdf:object ex:b ;
    kgf:since "2004"^^<http://www.w3.org/2001/XMLSchema#gYear> ; kgf:source ex:article .
_:t a rdf:Statement ; rdf:subject ex:a ; rdf:predicate ex:fundedBy ; rdf:object ex:b ; kgf:note "not stated" .
)");
  ASSERT_EQ(r.diags.error_count(), 0u) << all(r.diags);
  const auto edges = r.graph.edges();
  ASSERT_EQ(edges.size(), 1u + 3u);  // the unasserted statement stays data: 3 edges from _:t
  std::vector<std::string> qualifiers;
  for (auto e : edges) {
    if (r.graph.predicate(e) != "http://ex.org/partnerOf") continue;
    r.graph.for_each_qualifier(e,
                               [&](const graph::Qualifier& q) { qualifiers.emplace_back(r.graph.str(q.predicate)); });
  }
  EXPECT_EQ(qualifiers,
            (std::vector<std::string>{"https://w3id.org/kgforge/ns#since", "https://w3id.org/kgforge/ns#source"}));
  EXPECT_FALSE(r.graph.find_node("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"));
}

TEST(RdfImporterTest, BlankNodesOfTwoFilesStayApart) {
  const std::string text = "@prefix ex: <http://ex.org/> .\nex:a ex:p _:x .\n_:x ex:q \"1\" .\n";
  Diagnostics diags;
  auto g = load_sources({{"one.ttl", text}, {"two.ttl", text}}, diags);
  ASSERT_TRUE(g) << all(diags);
  EXPECT_EQ(g->node_count(), 3u);  // ex:a and two blank nodes
}

TEST(RdfImporterTest, LoadSourcesRejectsAFileWithErrors) {
  Diagnostics diags;
  auto g = load_sources({{"ok.ttl", "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n"},
                         {"bad.nt", "<http://ex.org/a> <http://ex.org/p> foo .\n"}},
                        diags);
  EXPECT_FALSE(g);
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.items()[0].where.path, "bad.nt");
}

TEST(RdfImporterTest, NoFileAccessThroughTheParser) {
  // RDF/XML external entities and relative IRIs must not make Raptor read files.
  Read r = read("rdfxml", R"(<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex.org/">
  <rdf:Description rdf:about="http://ex.org/a"><ex:p>&x;</ex:p></rdf:Description>
</rdf:RDF>
)",
                "x.rdf");
  const auto a = r.graph.find_node("http://ex.org/a");
  if (a) {
    r.graph.for_each_property(*a, [&](const graph::NodeProperty& p) {
      EXPECT_EQ(r.graph.str(p.value.text).find("root:"), std::string_view::npos);
    });
  }
}

}  // namespace
}  // namespace kgforge::importers
