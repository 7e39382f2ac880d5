// SPDX-License-Identifier: MIT
#include "graph/string_pool.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kgforge::graph {
namespace {

TEST(StringPoolTest, EmptyStringIsSymZero) {
  StringPool pool;
  EXPECT_EQ(pool.intern(""), 0u);
  EXPECT_EQ(pool.view(0), "");
  EXPECT_EQ(pool.find(""), 0u);
}

TEST(StringPoolTest, LengthsAcrossVarintAndBlockBoundariesRoundTrip) {
  // 127/128 and 16383/16384 change the length prefix size; 2 MiB needs its own block.
  StringPool pool;
  std::vector<std::string> texts;
  for (std::size_t n : {1u, 127u, 128u, 16383u, 16384u, 100000u, 2u << 20}) {
    texts.push_back(std::string(n, static_cast<char>('a' + n % 26)));
  }
  texts.push_back(std::string("nul\0inside", 10));
  texts.push_back("Zoë 🚓");
  std::vector<Sym> syms;
  for (const std::string& t : texts) syms.push_back(pool.intern(t));
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EXPECT_EQ(pool.view(syms[i]), texts[i]) << "length " << texts[i].size();
    EXPECT_EQ(pool.intern(texts[i]), syms[i]);
    EXPECT_EQ(pool.find(texts[i]), syms[i]);
  }
  EXPECT_EQ(pool.find("never interned"), 0u);
}

TEST(StringPoolTest, ViewsStayValidWhileThePoolGrows) {
  StringPool pool;
  const Sym first = pool.intern("first");
  const std::string_view view = pool.view(first);
  const std::string pad(40, '-');
  for (int i = 0; i < 50000; ++i) pool.intern(pad + std::to_string(i));  // 2 MiB: three blocks, many table growths
  EXPECT_EQ(view, "first");
  EXPECT_EQ(pool.view(pool.find(pad + "49999")), pad + "49999");
  EXPECT_EQ(pool.size(), 50002u);
}

TEST(StringPoolTest, PooledEdgesAreReusedAcrossGraphs) {
  // Edge bundles come from a slab pool: a second graph built after the first is
  // destroyed reuses the freed slots, and every edge keeps its own data.
  for (int round = 0; round < 3; ++round) {
    KnowledgeGraph g;
    const NodeId a = g.add_node("http://ex.org/a");
    const NodeId b = g.add_node("http://ex.org/b");
    std::vector<EdgeRef> edges;
    for (int i = 0; i < 5000; ++i) edges.push_back(g.add_edge(i % 2 ? a : b, g.intern("p" + std::to_string(i)), a));
    for (int i = 0; i < 5000; ++i) {
      ASSERT_EQ(g.predicate(edges[i]), "p" + std::to_string(i));
      ASSERT_EQ(g.edge(edges[i]).id, static_cast<std::uint32_t>(i));
    }
  }
}

}  // namespace
}  // namespace kgforge::graph
