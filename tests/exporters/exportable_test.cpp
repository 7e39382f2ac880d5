// SPDX-License-Identifier: MIT
// The writers' rules as one check (exporters/exportable.hpp), and the writers'
// handling of the characters the hostile-input review found (issue 16).
#include "exporters/exportable.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "exporters/exporter.hpp"
#include "exporters/rdf_syntax.hpp"
#include "rdf_fixture.hpp"

namespace kgforge::exporters {
namespace {

using graph::Role;
using graph::Value;

graph::KnowledgeGraph one_entity(std::string_view name, std::string_view iri = "https://ex.org/a") {
  graph::KnowledgeGraph g;
  const graph::NodeId n = g.add_node(iri, g.location("kb.yaml", 3, 5));
  g.add_class(n, g.intern(testing::kgf("Company")));
  g.set_name(n, name);
  return g;
}

std::string codes(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.items()) out += format_text(x) + "\n";
  return out;
}

TEST(ExportableTest, ASoundGraphPasses) {
  Diagnostics diags;
  check_exportable(testing::small_kb(), diags);
  EXPECT_FALSE(diags.has_errors()) << codes(diags);
}

TEST(ExportableTest, RefusesWhatSomeWriterCannotWrite) {
  for (const std::string_view name : {std::string_view("x\xEF\xBF\xBEy"), std::string_view("x\xEF\xBF\xBFy"),
                                      std::string_view("ring \a bell"), std::string_view("bad \xff utf-8")}) {
    Diagnostics diags;
    check_exportable(one_entity(name), diags);
    ASSERT_TRUE(diags.has_errors()) << name;
    EXPECT_EQ(diags.items()[0].code, "not-exportable");
    EXPECT_EQ(diags.items()[0].where.path, "kb.yaml");
    EXPECT_EQ(diags.items()[0].where.line, 3u);
  }
  Diagnostics diags;
  check_exportable(one_entity("fine", "https://ex.org/\xff"), diags);
  EXPECT_TRUE(diags.has_errors()) << "an invalid-UTF-8 IRI passed";
  graph::KnowledgeGraph g = one_entity("fine");
  g.add_edge(0, g.intern("https://ex.org/p/"), g.add_node("https://ex.org/b"));  // no XML name at the end
  Diagnostics edge_diags;
  check_exportable(g, edge_diags);
  EXPECT_TRUE(edge_diags.has_errors()) << "a predicate RDF/XML cannot write passed";
}

TEST(ExportableTest, TheRdfXmlWriterRefusesNoncharactersInsteadOfCuttingThem) {
  const graph::KnowledgeGraph g = one_entity("x\xEF\xBF\xBEy");
  std::ostringstream out;
  EXPECT_THROW(make_exporter("rdfxml")->write(g, {}, out), Error);
}

TEST(ExportableTest, NTriplesEscapesTheLineSeparatorsPythonSplitsOn) {
  std::string out;
  rdf::append_ntriples_string(out,
                              "a\xC2\x85"
                              "b\xE2\x80\xA8"
                              "c\xE2\x80\xA9"
                              "d\xE2\x80\xA7");
  EXPECT_EQ(out, "\"a\\u0085b\\u2028c\\u2029d\xE2\x80\xA7\"");
  out.clear();
  rdf::append_turtle_string(out, "l1\nl2\xE2\x80\xA8");
  EXPECT_EQ(out, "\"\"\"l1\nl2\\u2028\"\"\"");
}

}  // namespace
}  // namespace kgforge::exporters
