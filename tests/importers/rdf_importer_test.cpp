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

// The qualifiers of each edge, as "predicate=value" in order, edges by target IRI.
std::vector<std::string> qualifiers_of(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (auto e : g.edges()) {
    std::string line = std::string(g.predicate(e)) + " " + std::string(g.iri(g.target(e))) + ":";
    g.for_each_qualifier(e, [&](const graph::Qualifier& q) {
      line += " " + std::string(g.str(q.predicate)) + "=" + std::string(g.str(q.value.text));
    });
    out.push_back(line);
  }
  return out;
}

constexpr std::string_view kStated = "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n";
std::string reification(std::string_view label, std::string_view since) {
  const std::string r = "_:" + std::string(label) + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  return r + "type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .\n" + r + "subject> <http://ex.org/a> .\n" +
         r + "predicate> <http://ex.org/p> .\n" + r + "object> <http://ex.org/b> .\n_:" + std::string(label) +
         " <http://ex.org/since> \"" + std::string(since) + "\" .\n";
}

TEST(RdfImporterTest, AReificationFoldsWhereverItIsInTheFile) {
  // After its triple (folded as it is read), before it (folded at the end), and a
  // triple reified twice (the second reification gets an edge of its own).
  const std::vector<std::string> once = {"http://ex.org/p http://ex.org/b: http://ex.org/since=2001"};
  for (const std::string& text :
       {std::string(kStated) + reification("r", "2001"), reification("r", "2001") + std::string(kStated)}) {
    Read r = read("ntriples", text, "in.nt");
    ASSERT_EQ(r.diags.error_count(), 0u) << all(r.diags);
    EXPECT_EQ(qualifiers_of(r.graph), once) << text;
    EXPECT_EQ(r.graph.node_count(), 2u) << "no node for the statement: " << text;
  }
  Read twice = read("ntriples", std::string(kStated) + reification("r", "2001") + reification("s", "2002"), "in.nt");
  EXPECT_EQ(qualifiers_of(twice.graph),
            (std::vector<std::string>{"http://ex.org/p http://ex.org/b: http://ex.org/since=2001",
                                      "http://ex.org/p http://ex.org/b: http://ex.org/since=2002"}));
}

TEST(RdfImporterTest, AReificationOfNoStatedTripleStaysData) {
  // Incomplete (no rdf:object) or of a triple the file does not state: its triples
  // are data about the statement node, edges from a blank node.
  Read r = read("ntriples", reification("r", "2001"), "in.nt");
  ASSERT_EQ(r.diags.error_count(), 0u) << all(r.diags);
  EXPECT_EQ(r.graph.edge_count(), 3u);  // rdf:subject, rdf:predicate, rdf:object (rdf:type is a class)
  EXPECT_EQ(r.graph.node_count(), 4u);  // the statement node, ex:a, ex:p, ex:b
  std::string partial = reification("r", "2001");
  const std::size_t object = partial.find("_:r <http://www.w3.org/1999/02/22-rdf-syntax-ns#object>");
  partial.erase(object, partial.find("_:r <http://ex.org/since>") - object);
  Read incomplete = read("ntriples", std::string(kStated) + partial, "in.nt");
  ASSERT_EQ(incomplete.diags.error_count(), 0u) << all(incomplete.diags);
  EXPECT_EQ(qualifiers_of(incomplete.graph)[0], "http://ex.org/p http://ex.org/b:");
  EXPECT_EQ(incomplete.graph.node_count(), 4u);  // a, b, the statement node, and ex:p as an rdf:predicate object
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

TEST(SerdReaderTest, NamedGraphsBecomeTheSourcesOfTheirFacts) {
  for (const auto& [syntax, text] : std::vector<std::pair<std::string, std::string>>{
           {"nquads",
            "<http://ex.org/a> <http://ex.org/partnerOf> <http://ex.org/b> <http://ex.org/doc> .\n"
            "<http://ex.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" <http://ex.org/doc> .\n"
            "<http://ex.org/b> <http://www.w3.org/2000/01/rdf-schema#label> \"B\" .\n"},
           {"trig",
            "@prefix ex: <http://ex.org/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
            "GRAPH ex:doc { ex:a ex:partnerOf ex:b ; rdfs:label \"A\" }\nex:b rdfs:label \"B\" .\n"}}) {
    Read r = read(syntax, text, "in." + syntax);
    ASSERT_EQ(r.diags.error_count(), 0u) << syntax << all(r.diags);
    const auto doc = r.graph.find_node("http://ex.org/doc");
    ASSERT_TRUE(doc) << syntax;
    EXPECT_TRUE(r.graph.has_class(*doc, r.graph.intern("https://w3id.org/kgforge/ns#SourceDocument"))) << syntax;
    std::vector<std::string> edge_sources;
    for (auto e : r.graph.edges()) {
      for (const graph::Qualifier& q : r.graph.qualifiers(e)) {
        if (r.graph.str(q.predicate) == "https://w3id.org/kgforge/ns#source")
          edge_sources.emplace_back(r.graph.str(q.value.text));
      }
    }
    EXPECT_EQ(edge_sources, std::vector<std::string>{"http://ex.org/doc"}) << syntax;
    auto sources_of = [&](std::string_view iri) {
      std::vector<std::string> out;
      r.graph.for_each_property(*r.graph.find_node(iri), [&](const graph::NodeProperty& p) {
        if (r.graph.str(p.predicate) == "https://w3id.org/kgforge/ns#source")
          out.emplace_back(r.graph.str(p.value.text));
      });
      return out;
    };
    EXPECT_EQ(sources_of("http://ex.org/a"), std::vector<std::string>{"http://ex.org/doc"}) << syntax;
    EXPECT_TRUE(sources_of("http://ex.org/b").empty()) << syntax;  // the default graph adds nothing
    EXPECT_EQ(r.graph.name(*r.graph.find_node("http://ex.org/a")), "A") << syntax;
  }
}

TEST(SerdReaderTest, EveryErrorIsReportedInOneRun) {
  Read nt = read("ntriples",
                 "<http://ex.org/a> <http://ex.org/p> oops .\n"
                 "<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n"
                 "<http://ex.org/a> <http://ex.org/p> \"unterminated .\n"
                 "<relative> <http://ex.org/p> <http://ex.org/b> .\n",
                 "e.nt");
  ASSERT_EQ(nt.diags.error_count(), 3u) << all(nt.diags);
  EXPECT_EQ(nt.diags.items()[0].where.line, 1u);
  EXPECT_EQ(nt.diags.items()[0].where.column, 37u);
  EXPECT_EQ(nt.diags.items()[1].where.line, 3u);
  EXPECT_EQ(nt.diags.items()[2].where.line, 4u);
  EXPECT_EQ(nt.graph.edge_count(), 1u);  // the good line was read
  // Turtle stops at its first syntax error; problems with terms are all reported.
  Read ttl = read("turtle",
                  "@prefix ex: <http://ex.org/> .\n"
                  "ex:a nope:p ex:b .\n"
                  "ex:c ex:p <relative> .\n"
                  "ex:e ex:p \"x\" oops .\n"
                  "ex:g ex:p oops2:h .\n",
                  "e.ttl");
  ASSERT_EQ(ttl.diags.error_count(), 3u) << all(ttl.diags);
  EXPECT_EQ(ttl.diags.items()[0].where.line, 2u) << all(ttl.diags);
  EXPECT_NE(ttl.diags.items()[0].message.find("nope"), std::string::npos) << all(ttl.diags);
  EXPECT_EQ(ttl.diags.items()[1].code, "relative-iri") << all(ttl.diags);
  EXPECT_EQ(ttl.diags.items()[2].where.line, 4u) << all(ttl.diags);
  EXPECT_EQ(ttl.diags.items()[2].code, "rdf-syntax") << all(ttl.diags);
}

TEST(SerdReaderTest, MaxErrorsEndsTheRead) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "<http://ex.org/a> <http://ex.org/p> oops .\n";
  Read r;
  std::istringstream in(text);
  ImportOptions options;
  options.max_errors = 5;
  RdfImporter("ntriples").read(in, "many.nt", r.graph, r.diags, options);
  EXPECT_EQ(r.diags.error_count(), 5u);
}

}  // namespace
}  // namespace kgforge::importers
