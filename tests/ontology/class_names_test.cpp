// SPDX-License-Identifier: MIT
#include "ontology/class_names.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "graph/vocab.hpp"

namespace kgforge::ontology {
namespace {

graph::KnowledgeGraph small_graph() {
  graph::KnowledgeGraph g;
  g.set_base_iri("https://example.org/kb/");
  g.add_prefix("ex", "https://example.org/vocab#");
  g.add_class(g.add_node("https://example.org/kb/acme"), g.intern(vocab::kgf_term("Organisation")));
  g.add_class(g.add_node("https://example.org/kb/zoe"), g.intern("http://schema.org/Person"));
  g.add_class(g.add_node("https://example.org/kb/w"), g.intern("https://example.org/vocab#Widget"));
  return g;
}

std::string usage_error(const graph::KnowledgeGraph& g, const std::vector<std::string>& names) {
  try {
    resolve_class_names(g, nullptr, names);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "<no error>";
}

TEST(ClassNamesTest, KnownNamesResolveInEveryForm) {
  const graph::KnowledgeGraph g = small_graph();
  EXPECT_EQ(
      resolve_class_names(g, nullptr, {"Organisation", "schema:Person", "ex:Widget", "", "<http://schema.org/Person>"}),
      (std::vector<std::string>{vocab::kgf_term("Organisation"), "http://schema.org/Person",
                                "https://example.org/vocab#Widget", "http://schema.org/Person"}));
}

TEST(ClassNamesTest, UnknownNamesAreUsageErrorsWithTheNearestClass) {
  const graph::KnowledgeGraph g = small_graph();
  EXPECT_EQ(usage_error(g, {"Organization"}),
            "--classes:\n  unknown class 'Organization' (did you mean 'Organisation'?)");
  EXPECT_EQ(usage_error(g, {"ex:Widgte"}), "--classes:\n  unknown class 'ex:Widgte' (did you mean 'ex:Widget'?)");
  EXPECT_EQ(usage_error(g, {"Zebra", "nope:X"}),
            "--classes:\n  unknown class 'Zebra'\n  bad class name 'nope:X': unknown prefix 'nope'");
}

}  // namespace
}  // namespace kgforge::ontology
