// SPDX-License-Identifier: MIT
#include "graph/names.hpp"

#include <gtest/gtest.h>

#include "graph/vocab.hpp"

namespace kgforge::graph {
namespace {

const std::vector<Prefix> kDeclared = {{"ex", "https://example.org/a#"}, {"ex", "https://example.org/b#"}};

TEST(NamesTest, ExpandNameReadsEveryForm) {
  EXPECT_EQ(expand_name("Company", {}).iri, vocab::kgf_term("Company"));
  EXPECT_EQ(expand_name("schema:Person", {}).iri, "http://schema.org/Person");
  EXPECT_EQ(expand_name("ex:Thing", kDeclared).iri, "https://example.org/b#Thing");  // the later declaration wins
  EXPECT_EQ(expand_name("<https://example.org/x>", {}).iri, "https://example.org/x");
  EXPECT_EQ(expand_name("https://example.org/y", {}).iri, "https://example.org/y");
}

TEST(NamesTest, ExpandNameSaysWhatIsWrong) {
  const NameExpansion prefix = expand_name("nope:Thing", {});
  EXPECT_EQ(prefix.problem, NameProblem::kUnknownPrefix);
  EXPECT_EQ(prefix.message(), "unknown prefix 'nope'");
  EXPECT_EQ(expand_name("1Company", {}).problem, NameProblem::kBadBareName);
  EXPECT_EQ(expand_name("schema:a/b", {}).problem, NameProblem::kBadLocalPart);
  const NameExpansion iri = expand_name("<https://example.org/a b>", {});
  EXPECT_EQ(iri.problem, NameProblem::kBadIri);
  EXPECT_NE(iri.message().find("bad IRI 'https://example.org/a b'"), std::string::npos) << iri.message();
}

TEST(NamesTest, CompactNameIsExpandNameBackwards) {
  for (const char* iri : {"https://w3id.org/kgforge/ns#Company", "http://schema.org/Person", "https://example.org/b#T",
                          "https://example.org/a#T", "https://example.org/other/1x"}) {
    const std::string name = compact_name(iri, kDeclared);
    EXPECT_EQ(expand_name(name, kDeclared).iri, iri) << name;
  }
  EXPECT_EQ(compact_name("https://w3id.org/kgforge/ns#Company", {}), "Company");
  EXPECT_EQ(compact_name("http://schema.org/Person", {}), "schema:Person");
  EXPECT_EQ(compact_name("https://example.org/a#T", kDeclared), "<https://example.org/a#T>");  // ex: is b# now
}

TEST(NamesTest, DisplayIdStripsTheBaseOnlyWhenSafe) {
  KnowledgeGraph g;
  g.set_base_iri("https://example.org/kb/");
  const NodeId a = g.add_node("https://example.org/kb/acme");
  const NodeId b = g.add_node("https://example.org/kb/x:y");
  const NodeId c = g.add_node("https://other.org/z");
  EXPECT_EQ(display_id(g, a), "acme");
  EXPECT_EQ(display_id(g, b), "https://example.org/kb/x:y");
  EXPECT_EQ(display_id(g, c), "https://other.org/z");
}

}  // namespace
}  // namespace kgforge::graph
