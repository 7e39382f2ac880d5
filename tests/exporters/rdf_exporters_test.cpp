// SPDX-License-Identifier: MIT
// The Turtle, N-Triples and RDF/XML exporters on graphs built in code: golden files
// (byte for byte; KGFORGE_UPDATE_GOLDEN=1 rewrites them), determinism, and refusals.
// Real consumers (rapper, serdi, rdflib, Oxigraph) read the outputs in tests/interop/.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/formats.hpp"
#include "exporters/exporter.hpp"
#include "exporters/rdf_mapping.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/ontology.hpp"
#include "tests/exporters/rdf_fixture.hpp"

namespace kgforge::exporters {
namespace {

using testing::kgf;
using testing::xsd;

std::string export_as(const graph::KnowledgeGraph& g, std::string_view format, const ExportOptions& options = {}) {
  std::unique_ptr<Exporter> exporter = make_exporter(format);
  EXPECT_NE(exporter, nullptr) << format;
  std::ostringstream out;
  exporter->write(g, options, out);
  return out.str();
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The first line where two texts differ, for a readable failure.
std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string x, y;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, x));
    const bool more_b = static_cast<bool>(std::getline(b, y));
    if (!more_a && !more_b) return "texts differ only in the final newline";
    if (x != y || more_a != more_b) {
      return "line " + std::to_string(line) + ":\n- " + (more_a ? x : "<end>") + "\n+ " + (more_b ? y : "<end>");
    }
  }
}

class RdfGoldenTest : public ::testing::TestWithParam<const char*> {};

TEST_P(RdfGoldenTest, SmallKbMatchesGoldenFile) {
  const std::string format = GetParam();
  const std::string path =
      std::string(KGFORGE_SOURCE_DIR) + "/tests/exporters/golden/small." + std::string(formats::extension_for(format));
  const std::string got = export_as(testing::small_kb(), format);
  if (std::getenv("KGFORGE_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << got;
    GTEST_SKIP() << "rewrote " << path;
  }
  const std::string want = read_text(path);
  ASSERT_FALSE(want.empty()) << path << " is missing; run with KGFORGE_UPDATE_GOLDEN=1";
  EXPECT_TRUE(want == got) << path << " differs at " << first_difference(want, got);
}

INSTANTIATE_TEST_SUITE_P(Formats, RdfGoldenTest, ::testing::Values("turtle", "ntriples", "rdfxml"));

TEST(RdfExportersTest, SameGraphGivesSameBytes) {
  for (const char* format : {"turtle", "ntriples", "rdfxml"}) {
    EXPECT_EQ(export_as(testing::small_kb(), format), export_as(testing::small_kb(), format)) << format;
  }
}

TEST(RdfExportersTest, TurtleAbbreviatesOnlyWhatIsSafe) {
  const std::string ttl = export_as(testing::small_kb(), "turtle");
  EXPECT_NE(ttl.find("kb:ceop\n    a kgf:LawEnforcementUnit ;\n"), std::string::npos);
  EXPECT_NE(ttl.find("    kgf:staff 109 ;\n"), std::string::npos);         // "+0109"^^xsd:integer
  EXPECT_NE(ttl.find("    kgf:budget 6000000.0 ;\n"), std::string::npos);  // "6000000"^^xsd:decimal
  EXPECT_NE(ttl.find("    kgf:active true ;\n"), std::string::npos);       // "1"^^xsd:boolean
  EXPECT_NE(ttl.find("    kgf:ratio 5.0E-1 ;\n"), std::string::npos);      // "0.50"^^xsd:double
  for (const char* iri :
       {"<https://example.org/kb/v1.0>", "<https://example.org/kb/1abc>", "<https://example.org/kb/-dash>",
        "<https://example.org/kb/a.b.>", "<https://example.org/kb/a~b>", "<https://example.org/kb/c%3Acolon>",
        "<https://example.org/kb/%2520>"}) {
    EXPECT_NE(ttl.find(iri), std::string::npos) << iri;
  }
  EXPECT_EQ(ttl.find('\r'), std::string::npos);
  EXPECT_EQ(ttl.find("@prefix foaf:"), std::string::npos);  // unused well-known prefixes are not declared
  EXPECT_NE(ttl.find("@prefix ex: <https://example.org/vocab/> .\n"), std::string::npos);
}

TEST(RdfExportersTest, NTriplesIsOneTripleALine) {
  const std::string nt = export_as(testing::small_kb(), "ntriples");
  std::istringstream lines(nt);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    EXPECT_EQ(line.substr(line.size() - 2), " .") << line;
    EXPECT_TRUE(line[0] == '<' || line.substr(0, 2) == "_:") << line;
  }
  EXPECT_EQ(count, 69);
  EXPECT_NE(nt.find("\"an anonymous \\\"\\\"\\\" thing\\r\\nwith CR\""), std::string::npos);
  EXPECT_NE(nt.find("<https://example.org/kb/ceop> <https://w3id.org/kgforge/ns#relatedTo> _:b13 .\n"),
            std::string::npos);
}

// The lines of `nt` that contain `needle`, in order.
std::vector<std::string> lines_with(const std::string& nt, std::string_view needle) {
  std::vector<std::string> out;
  std::istringstream lines(nt);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(needle) != std::string::npos) out.push_back(line);
  }
  return out;
}

// A class, alias, attribute value or qualifier stated more than once is one triple, written
// where it was first stated; a repeat that carries a qualifier is still reified on its own.
TEST(RdfExportersTest, EachRepeatedRecordIsOneTripleInFirstStatedOrder) {
  using graph::Qualifier;
  using graph::Role;
  using graph::Value;
  graph::KnowledgeGraph g;
  g.set_base_iri("https://example.org/kb/");
  const graph::NodeId x = g.add_node("https://example.org/kb/x");
  const graph::NodeId y = g.add_node("https://example.org/kb/y");
  for (const char* c : {"Organisation", "Charity", "Organisation"}) g.add_class(x, g.intern(kgf(c)));
  for (const char* a : {"b", "a", "b", "c", "a"}) g.add_property(x, {Role::kAlias, 0, Value::literal(g.intern(a)), {}});
  const graph::Sym motto = g.intern(kgf("motto")), staff = g.intern(kgf("staff"));
  graph::KnowledgeGraph::PropertyRef sourced = 0;
  for (const char* v : {"v2", "v1", "v2", "v3", "v1", "v2"}) {
    const auto ref = g.add_property(x, {Role::kAttribute, motto, Value::literal(g.intern(v)), {}});
    if (std::string_view(v) == "v1") sourced = ref;  // the second v1
    g.add_property(x, {Role::kAttribute, staff, Value::literal(g.intern("7"), g.intern(xsd("integer"))), {}});
  }
  g.add_qualifier(sourced, Qualifier{g.intern(kgf("note")), Value::literal(g.intern("said again"))});
  const graph::EdgeRef e = g.add_edge(x, g.intern(kgf("partOf")), y);
  for (const char* n : {"n2", "n1", "n2"})
    g.add_qualifier(e, Qualifier{g.intern(kgf("note")), Value::literal(g.intern(n))});

  const std::string nt = export_as(g, "ntriples");
  const std::string s = "<https://example.org/kb/x> ";
  auto triple = [&](std::string_view p, std::string_view o) {
    return s + "<" + std::string(p) + "> " + std::string(o) + " .";
  };
  const std::string type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  EXPECT_EQ(lines_with(nt, s + "<" + type + ">"),
            (std::vector<std::string>{triple(type, "<" + kgf("Organisation") + ">"),
                                      triple(type, "<" + kgf("Charity") + ">")}));
  const std::string alt = "http://www.w3.org/2004/02/skos/core#altLabel";
  EXPECT_EQ(lines_with(nt, s + "<" + alt + ">"),
            (std::vector<std::string>{triple(alt, "\"b\""), triple(alt, "\"a\""), triple(alt, "\"c\"")}));
  EXPECT_EQ(lines_with(nt, s + "<" + kgf("motto") + ">"),
            (std::vector<std::string>{triple(kgf("motto"), "\"v2\""), triple(kgf("motto"), "\"v1\""),
                                      triple(kgf("motto"), "\"v3\"")}));
  EXPECT_EQ(lines_with(nt, s + "<" + kgf("staff") + ">").size(), 1u);
  // The qualified repeat of v1 is reified (once), its note with it.
  EXPECT_EQ(lines_with(nt, "> \"said again\" .").size(), 1u);
  EXPECT_EQ(lines_with(nt, "#object> \"v1\" .").size(), 1u);
  // The relation's qualifiers: n2 and n1, each once.
  EXPECT_EQ(lines_with(nt, "> \"n2\" .").size(), 1u);
  EXPECT_EQ(lines_with(nt, "> \"n1\" .").size(), 1u);
}

// Many values of one property: each distinct one written once (the mapping groups them in
// O(n log n); this is its check of correctness at size, not of time).
TEST(RdfExportersTest, ThousandsOfValuesOfOnePropertyAreEachWrittenOnce) {
  graph::KnowledgeGraph g;
  g.set_base_iri("https://example.org/kb/");
  const graph::NodeId x = g.add_node("https://example.org/kb/x");
  const graph::Sym p = g.intern(kgf("motto"));
  for (int i = 0; i < 20000; ++i) {
    g.add_property(x, {graph::Role::kAlias, 0, graph::Value::literal(g.intern("a" + std::to_string(i % 4000))), {}});
    g.add_property(x, {graph::Role::kAttribute, p, graph::Value::literal(g.intern(std::to_string(i % 5000))), {}});
  }
  const std::string nt = export_as(g, "ntriples");
  EXPECT_EQ(lines_with(nt, "#altLabel>").size(), 4000u);
  EXPECT_EQ(lines_with(nt, "#motto>").size(), 5000u);
  ASSERT_NE(nt.find("#motto> \"0\" ."), std::string::npos);
  EXPECT_LT(nt.find("#motto> \"0\" ."), nt.find("#motto> \"4999\" ."));  // first stated, first written
}

TEST(RdfExportersTest, QualifiedRelationsAreReifiedWithStableIris) {
  graph::KnowledgeGraph g = testing::small_kb();
  const std::string before = export_as(g, "ntriples");
  // One statement per stated relation; both statements of the twice-stated partOf.
  std::size_t statements = 0;
  for (std::size_t at = before.find("#Statement>"); at != std::string::npos; at = before.find("#Statement>", at + 1))
    ++statements;
  EXPECT_EQ(statements, 3u);
  // A statement IRI depends on its triple, not on unrelated relations added earlier.
  const std::string iri_line = before.substr(before.find("<https://example.org/kb/.well-known/genid/s"), 80);
  graph::KnowledgeGraph other;
  other.set_base_iri("https://example.org/kb/");
  const auto x = other.add_node("https://example.org/kb/x");
  other.add_edge(x, other.intern(kgf("relatedTo")), x);
  other.merge(g);
  EXPECT_NE(export_as(other, "ntriples").find(iri_line), std::string::npos);
}

TEST(RdfExportersTest, FocusViewKeepsTheEgoNetworkOnly) {
  ExportOptions options;
  options.focus = "nca";
  options.depth = 1;
  const std::string nt = export_as(testing::small_kb(), "ntriples", options);
  EXPECT_NE(nt.find("<https://example.org/kb/ceop> <https://w3id.org/kgforge/ns#partOf>"), std::string::npos);
  EXPECT_EQ(nt.find("nspcc"), std::string::npos);
  EXPECT_EQ(nt.find("johnny-gwynne"), std::string::npos);
}

TEST(RdfExportersTest, WithOntologyAppendsTheOntologysTriples) {
  const ontology::Ontology onto = importers::bundled_ontology();
  ASSERT_GT(onto.graph().node_count(), 0u);
  ExportOptions options;
  options.ontology = &onto;
  const std::string plain = export_as(testing::small_kb(), "ntriples", options);
  options.with_ontology = true;
  const std::string with = export_as(testing::small_kb(), "ntriples", options);
  EXPECT_EQ(with.substr(0, plain.size()), plain);  // the KB first, unchanged
  const std::string rest = with.substr(plain.size());
  EXPECT_NE(rest.find("<https://w3id.org/kgforge/ns#partOf> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                      "<http://www.w3.org/2002/07/owl#ObjectProperty> ."),
            std::string::npos);
  EXPECT_NE(rest.find("<https://w3id.org/kgforge/ns#source> <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> "
                      "<http://www.w3.org/ns/prov#wasDerivedFrom> ."),
            std::string::npos);
  EXPECT_EQ(rest.find("<http://schema.org/name>"), std::string::npos);  // the ontology's names: rdfs:label only
}

graph::KnowledgeGraph one_literal(std::string_view lexical, std::string_view datatype, std::string_view lang = "") {
  graph::KnowledgeGraph g;
  const auto n = g.add_node("https://example.org/kb/a", g.location("kb.yaml", 3, 5));
  g.add_property(
      n, {graph::Role::kAttribute, g.intern(kgf("p")),
          graph::Value::literal(g.intern(lexical), g.intern(datatype), g.intern(lang)), g.location("kb.yaml", 4, 7)});
  return g;
}

void expect_refused(const graph::KnowledgeGraph& g, std::string_view format, std::string_view needle) {
  try {
    export_as(g, format);
    ADD_FAILURE() << format << ": expected an error mentioning " << needle;
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
  }
}

TEST(RdfExportersTest, ValuesThatCannotBeWrittenAreRefusedWithTheirPlace) {
  expect_refused(one_literal("abc", xsd("integer")), "turtle", "kb.yaml:4:7: cannot write RDF");
  expect_refused(one_literal("abc", xsd("integer")), "ntriples",
                 "is not a valid <http://www.w3.org/2001/XMLSchema#integer>");
  expect_refused(one_literal("colour", "", "en_GB"), "turtle", "bad language tag 'en_GB'");
  expect_refused(one_literal("x", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"), "ntriples",
                 "rdf:langString");
  expect_refused(one_literal(std::string_view("a\0b", 3), ""), "ntriples", "NUL");
  graph::KnowledgeGraph g;
  g.add_node("https://example.org/kb/sp ace", g.location("kb.yaml", 9, 3));
  expect_refused(g, "turtle", "kb.yaml:9:3: cannot write RDF: entity IRI <https://example.org/kb/sp ace>");
}

TEST(RdfExportersTest, RdfXmlRefusesWhatXmlCannotSay) {
  graph::KnowledgeGraph g;
  const auto a = g.add_node("https://example.org/kb/a");
  g.add_edge(a, g.intern("https://example.org/rel/123"), a);
  expect_refused(g, "rdfxml", "<https://example.org/rel/123> does not end in an XML name");
  EXPECT_NE(export_as(g, "turtle").find("<https://example.org/rel/123>"), std::string::npos);
  const graph::KnowledgeGraph control = one_literal("bell\x07", "");
  expect_refused(control, "rdfxml", "U+0007");
  EXPECT_NE(export_as(control, "ntriples").find("\"bell\\u0007\""), std::string::npos);
}

}  // namespace
}  // namespace kgforge::exporters
