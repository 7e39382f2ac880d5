// SPDX-License-Identifier: MIT
// The DESIGN.md workload for the RDF benchmarks, built straight into a KnowledgeGraph:
// N entities of 6 kinds, about 5N relations over 12 predicates with a
// preferential-attachment degree shape, names with non-ASCII and escapable
// characters, dates (and sometimes a source) on about a fifth of the relations.
// Seeded: the same N and seed give the same graph.
#ifndef KGFORGE_BENCH_RDF_WORKLOAD_HPP
#define KGFORGE_BENCH_RDF_WORKLOAD_HPP

#include <cstdint>
#include <string>
#include <vector>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"

namespace kgforge::bench {

class SplitMix {
 public:
  explicit SplitMix(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  bool chance(unsigned percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

inline graph::KnowledgeGraph make_workload(std::size_t n, std::uint64_t seed = 42) {
  static constexpr const char* kKinds[] = {"Person", "Organisation", "LawEnforcementUnit", "Programme", "Case",
                                           "SourceDocument"};
  static constexpr const char* kPredicates[] = {"partOf", "memberOf", "fundedBy", "partnerOf", "leads", "employs",
                                                "investigatedBy", "prosecutedBy", "mentions", "relatedTo",
                                                "succeeded", "locatedIn"};
  static constexpr const char* kNames[] = {"Zoë", "Ærøskøbing", "O'Brien", "\"Quoted\" Ltd", "back\\slash",
                                           "Müller & Söhne", "Łódź", "東京", "Çelik", "<angle>", "شرطة", "😀 Emoji"};
  const std::string kgf(graph::ns::kKgf);
  SplitMix rng(seed);
  graph::KnowledgeGraph g;
  g.set_base_iri("https://w3id.org/kgforge/bench/");
  g.add_prefix("bench", "https://w3id.org/kgforge/bench/");
  std::vector<graph::Sym> kinds, predicates;
  for (const char* k : kKinds) kinds.push_back(g.intern(kgf + k));
  for (const char* p : kPredicates) predicates.push_back(g.intern(kgf + p));
  const graph::Sym since = g.intern(kgf + "since"), source = g.intern(kgf + "source");
  const graph::Sym date = g.intern(std::string(graph::ns::kXsd) + "date");
  const graph::Sym integer = g.intern(std::string(graph::ns::kXsd) + "integer");
  const graph::Sym founded = g.intern(kgf + "staff");
  std::string text;
  for (std::size_t i = 0; i < n; ++i) {
    const graph::NodeId v = g.add_node(g.base_iri() + "e" + std::to_string(i));
    g.add_class(v, kinds[i % 6]);
    text = std::string(kNames[rng.below(12)]) + " " + std::to_string(i);
    if (rng.chance(2)) text += "\nsecond line";
    g.set_name(v, text);
    if (rng.chance(30)) g.add_property(v, {graph::Role::kAlias, 0, graph::Value::literal(g.intern("E" + std::to_string(i))), {}});
    if (rng.chance(20)) {
      g.add_property(v, {graph::Role::kAttribute, founded,
                         graph::Value::literal(g.intern(std::to_string(rng.below(5000))), integer), {}});
    }
  }
  // Preferential attachment: an endpoint list where each node appears once per edge end.
  std::vector<std::uint32_t> ends;
  ends.reserve(10 * n);
  const std::size_t relations = 5 * n;
  for (std::size_t e = 0; e < relations; ++e) {
    const auto s = static_cast<graph::NodeId>(rng.below(n));
    auto o = static_cast<graph::NodeId>(ends.empty() || rng.chance(30) ? rng.below(n) : ends[rng.below(ends.size())]);
    if (o == s) o = (o + 1) % n;
    const graph::EdgeRef ref = g.add_edge(s, predicates[rng.below(12)], o);
    ends.push_back(static_cast<std::uint32_t>(s));
    ends.push_back(static_cast<std::uint32_t>(o));
    if (rng.chance(20)) {
      text = std::to_string(1990 + rng.below(35)) + "-0" + std::to_string(1 + rng.below(9)) + "-1" + std::to_string(rng.below(9));
      g.add_qualifier(ref, {since, graph::Value::literal(g.intern(text), date)});
      const std::size_t doc = 5 + 6 * rng.below(n / 6 + 1);  // a SourceDocument node
      if (rng.chance(25) && doc < n) g.add_qualifier(ref, {source, graph::Value::iri(g.node(doc).iri)});
    }
  }
  return g;
}

}  // namespace kgforge::bench

#endif  // KGFORGE_BENCH_RDF_WORKLOAD_HPP
