// SPDX-License-Identifier: MIT
// model_bench [N] [--seed S]: builds the generated workload (bench/generate.hpp) of N
// entities and 5N relations in a KnowledgeGraph and reports the model's memory in
// bytes per relation (heap in use after minus before, by mallinfo2(), strings
// included), peak RSS (VmHWM) and build time. Goal: under 100 bytes per relation.
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/generate.hpp"
#include "graph/knowledge_graph.hpp"

namespace {

using kgforge::graph::KnowledgeGraph;

std::size_t heap_in_use() {
  const struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;  // small/arena blocks in use + mmap'd blocks
}

std::string status_field(const std::string& field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(field + ":", 0) == 0) return line.substr(field.size() + 1);
  }
  return "?";
}

std::size_t build(const kgforge::bench::Workload& w, KnowledgeGraph& g) {
  using kgforge::bench::kKgf;
  g.set_base_iri(std::string(kgforge::bench::kBaseIri));
  kgforge::graph::Sym kinds[6];
  for (std::size_t k = 0; k < 6; ++k) kinds[k] = g.intern(std::string(kKgf) + std::string(kgforge::bench::kKinds[k]));
  kgforge::graph::Sym predicates[12];
  for (std::size_t p = 0; p < 12; ++p)
    predicates[p] = g.intern(std::string(kKgf) + std::string(kgforge::bench::kPredicates[p]));
  const kgforge::graph::Sym since = g.intern(std::string(kKgf) + "since");
  const kgforge::graph::Sym until = g.intern(std::string(kKgf) + "until");
  const kgforge::graph::Sym gyear = g.intern(std::string(kgforge::bench::kXsd) + "gYear");
  std::string iri(kgforge::bench::kBaseIri);
  for (std::size_t i = 0; i < w.entity_count(); ++i) {
    const kgforge::bench::GenEntity e = w.entity(i);
    iri.resize(kgforge::bench::kBaseIri.size());
    iri += e.id;
    const auto n = g.add_node(iri);
    g.add_class(n, kinds[e.kind]);
    g.set_name(n, e.name);
  }
  std::size_t qualifiers = 0;
  for (std::size_t r = 0; r < w.relation_count(); ++r) {
    const kgforge::bench::GenRelation rel = w.relation(r);
    const auto e = g.add_edge(rel.from, predicates[rel.predicate], rel.to);
    if (!rel.since.empty()) {
      // The datatype follows the date's length, as the YAML reader types it.
      const std::string dt = std::string(kgforge::bench::kXsd) + (rel.since.size() == 4   ? "gYear"
                                                                  : rel.since.size() == 7 ? "gYearMonth"
                                                                                          : "date");
      g.add_qualifier(e, {since, kgforge::graph::Value::literal(g.intern(rel.since), g.intern(dt))});
      ++qualifiers;
    }
    if (!rel.until.empty()) {
      g.add_qualifier(e, {until, kgforge::graph::Value::literal(g.intern(rel.until), gyear)});
      ++qualifiers;
    }
  }
  return qualifiers;
}

}  // namespace

int main(int argc, char** argv) {
  kgforge::bench::WorkloadOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--seed" && i + 1 < argc) {
      options.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "-h" || arg == "--help") {
      std::cout << "usage: model_bench [ENTITIES (default 1000000)] [--seed S]\n";
      return 0;
    } else {
      options.entities = std::strtoull(arg.c_str(), nullptr, 10);
    }
  }
  if (options.entities < 2) {
    std::cerr << "model_bench: need at least 2 entities\n";
    return 2;
  }
  const kgforge::bench::Workload workload(options);
  const std::size_t before = heap_in_use();
  const auto start = std::chrono::steady_clock::now();
  KnowledgeGraph g;
  const std::size_t qualifiers = build(workload, g);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::size_t bytes = heap_in_use() - before;
  const double per_relation = static_cast<double>(bytes) / static_cast<double>(g.edge_count());
  std::printf("model_bench: %zu entities, %zu relations, %zu qualifiers, %zu strings (seed %llu)\n", g.node_count(),
              g.edge_count(), qualifiers, g.strings().size(), static_cast<unsigned long long>(options.seed));
  std::printf("  model heap:     %.1f MiB (string pool %.1f MiB)\n", static_cast<double>(bytes) / 1048576.0,
              static_cast<double>(g.strings().memory_bytes()) / 1048576.0);
  std::printf("  bytes/relation: %.1f (goal < 100, strings included) %s\n", per_relation,
              per_relation < 100.0 ? "OK" : "OVER");
  std::printf("  build time:     %.2f s (%.2f M relations/s)\n", seconds,
              static_cast<double>(g.edge_count()) / seconds / 1e6);
  std::printf("  peak RSS:       %s\n", status_field("VmHWM").c_str());
  return 0;
}
