// SPDX-License-Identifier: MIT
// The Turtle writer's prefix rule: the first pass (RdfMapping::for_each_iri) decides
// which @prefix lines are written, the second abbreviates. If the two drift apart the
// output uses an undeclared prefix (invalid Turtle) or writes in full an IRI that a
// declared prefix abbreviates. serd reads each output back and tells prefixed names
// (SERD_CURIE) from full IRIs (SERD_URI); every full IRI must be one that
// rdf::PrefixRule abbreviates with no prefix the output declares.
#include <gtest/gtest.h>
#include <serd/serd.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "exporters/exporter.hpp"
#include "exporters/rdf_mapping.hpp"
#include "exporters/rdf_syntax.hpp"
#include "graph/iri.hpp"
#include "importers/load.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/ontology.hpp"
#include "tests/exporters/hostile_graph.hpp"

namespace kgforge::exporters {
namespace {

struct Parsed {
  std::map<std::string, std::string> declared;  // prefix -> namespace
  std::vector<std::string> full_iris;           // written as <...> (rdf:type as `a` excluded)
  std::vector<std::string> problems;
  std::size_t triples = 0;
  bool bare_allowed = true;  // false for raw literals, which are never written bare
};

std::string text(const SerdNode* n) { return std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes); }

SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  static_cast<Parsed*>(handle)->declared[text(name)] = text(uri);
  return SERD_SUCCESS;
}

void check_node(Parsed& p, const SerdNode* n, bool bare_datatype_ok) {
  if (n == nullptr) return;
  if (n->type == SERD_CURIE) {
    const std::string curie = text(n);
    const std::string prefix = curie.substr(0, curie.find(':'));
    if (p.declared.count(prefix) == 0) p.problems.push_back("undeclared prefix in " + curie);
  } else if (n->type == SERD_URI) {
    const std::string iri = text(n);
    static const std::string kXsd(graph::ns::kXsd);
    // Bare literals (42, 1.5, true, 1.0E3) carry their xsd datatype without writing it.
    const bool bare = bare_datatype_ok && iri.starts_with(kXsd);
    if (!bare) p.full_iris.push_back(iri);
  }
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode* s, const SerdNode* p,
                        const SerdNode* o, const SerdNode* datatype, const SerdNode*) {
  Parsed& parsed = *static_cast<Parsed*>(handle);
  ++parsed.triples;
  check_node(parsed, s, false);
  if (text(p) != std::string(graph::ns::kRdf) + "type") check_node(parsed, p, false);  // `a` reads as a URI
  check_node(parsed, o, false);
  check_node(parsed, datatype, parsed.bare_allowed);
  return SERD_SUCCESS;
}

Parsed parse(const std::string& turtle, bool bare_allowed) {
  Parsed out;
  out.bare_allowed = bare_allowed;
  SerdReader* reader = serd_reader_new(SERD_TURTLE, &out, nullptr, nullptr, &on_prefix, &on_statement, nullptr);
  const SerdStatus st = serd_reader_read_string(reader, reinterpret_cast<const uint8_t*>(turtle.c_str()));
  serd_reader_free(reader);
  if (st != SERD_SUCCESS) out.problems.push_back("serd cannot read the output (status " + std::to_string(st) + ")");
  return out;
}

// Writes `g` as Turtle and checks the rule on what serd reads back.
void expect_prefixes_agree(const graph::KnowledgeGraph& g, const ExportOptions& options) {
  std::ostringstream out;
  make_exporter("turtle")->write(g, options, out);
  const Parsed parsed = parse(out.str(), !options.raw_literals);
  EXPECT_GT(parsed.triples, 0u);
  for (const std::string& p : parsed.problems) ADD_FAILURE() << p;
  const RdfMapping mapping(g, options);
  const rdf::PrefixRule rule(mapping.prefixes());
  for (const std::string& iri : parsed.full_iris) {
    const std::int16_t i = rule.match(iri);
    if (i < 0) continue;
    const graph::Prefix& p = mapping.prefixes()[static_cast<std::size_t>(i)];
    ADD_FAILURE() << "<" << iri << "> is written in full although " << p.prefix << ": abbreviates it"
                  << (parsed.declared.count(p.prefix) ? "" : " (the scan did not declare it)");
  }
}

TEST(TurtlePrefixTest, HostileNames) { expect_prefixes_agree(testing::hostile_graph(), {}); }

TEST(TurtlePrefixTest, CeopWithOntologyAndViews) {
  Diagnostics diags;
  const std::optional<graph::KnowledgeGraph> g =
      importers::load_files({std::string(KGFORGE_SOURCE_DIR) + "/examples/ceop/ceop.yaml"}, diags, {});
  ASSERT_TRUE(g.has_value());
  const ontology::Ontology onto = importers::bundled_ontology();
  ExportOptions options;
  options.ontology = &onto;
  options.with_ontology = true;
  expect_prefixes_agree(*g, options);
  options.with_ontology = false;
  options.raw_literals = true;  // no literal is bare: every datatype is declared
  expect_prefixes_agree(*g, options);
}

TEST(TurtlePrefixTest, RuleTakesTheLongestNamespaceWithASafeLocalName) {
  const std::vector<graph::Prefix> prefixes = {{"ex", "http://example.org/"}, {"exa", "http://example.org/a/"}};
  const rdf::PrefixRule rule(prefixes);
  EXPECT_EQ(rule.match("http://example.org/a/b"), 1);
  EXPECT_EQ(rule.match("http://example.org/b"), 0);
  EXPECT_EQ(rule.match("http://example.org/a/v1.0"), -1);  // '.' is not written in a local name
  EXPECT_EQ(rule.match("http://other.example/x"), -1);
}

}  // namespace
}  // namespace kgforge::exporters
