// SPDX-License-Identifier: MIT
// GraphML and DOT writing speed: kgforge's writers and Boost's write_graphml /
// write_graphviz_dp on the shared generated workload (bench/generate.hpp); `csv` writes the graph as node and
// edge tables for the igraph/NetworkX side (bench/diagram_peers.py). Driven by
// bench/diagram_bench.sh, which prints the table with ratios.
//
//   diagram_bench N {graphml|dot|boost-graphml|boost-dot|csv} OUT [SEED]
//
// Prints one JSON line: tool, format, n, nodes, edges, build_s, write_s, bytes, rss_kb.
#include <sys/resource.h>

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "exporters/exporter.hpp"
#include "exporters/markup.hpp"
#include "generate.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/ontology.hpp"

namespace {

using kgforge::graph::KnowledgeGraph;
using kgforge::graph::NodeId;
using kgforge::graph::Sym;
using kgforge::graph::Value;

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// The shared workload (bench/generate.hpp): N entities of six kinds, ~5N relations of
// twelve predicates with a power-law in-degree, names with non-ASCII and escapable
// characters, since/until dates on 30% of relations; built as model_bench builds it.
KnowledgeGraph generate(std::size_t n, unsigned seed) {
  using kgforge::bench::kKgf;
  using kgforge::bench::kXsd;
  kgforge::bench::WorkloadOptions options;
  options.entities = n;
  options.seed = seed;
  const kgforge::bench::Workload w(options);
  KnowledgeGraph g;
  g.set_base_iri(std::string(kgforge::bench::kBaseIri));
  Sym kinds[6], predicates[12];
  for (std::size_t k = 0; k < 6; ++k) kinds[k] = g.intern(std::string(kKgf) + std::string(kgforge::bench::kKinds[k]));
  for (std::size_t p = 0; p < 12; ++p)
    predicates[p] = g.intern(std::string(kKgf) + std::string(kgforge::bench::kPredicates[p]));
  const Sym since = g.intern(std::string(kKgf) + "since"), until = g.intern(std::string(kKgf) + "until");
  const Sym gyear = g.intern(std::string(kXsd) + "gYear");
  for (std::size_t i = 0; i < w.entity_count(); ++i) {
    const kgforge::bench::GenEntity e = w.entity(i);
    const NodeId v = g.add_node(std::string(kgforge::bench::kBaseIri) + e.id);
    g.add_class(v, kinds[e.kind]);
    g.set_name(v, e.name);
  }
  for (std::size_t r = 0; r < w.relation_count(); ++r) {
    const kgforge::bench::GenRelation rel = w.relation(r);
    const auto e = g.add_edge(rel.from, predicates[rel.predicate], rel.to);
    if (!rel.since.empty()) {
      const std::string dt = std::string(kXsd) + (rel.since.size() == 4   ? "gYear"
                                                  : rel.since.size() == 7 ? "gYearMonth"
                                                                          : "date");
      g.add_qualifier(e, {since, Value::literal(g.intern(rel.since), g.intern(dt))});
    }
    if (!rel.until.empty()) g.add_qualifier(e, {until, Value::literal(g.intern(rel.until), gyear)});
  }
  return g;
}

void write_csv(const KnowledgeGraph& g, const std::string& prefix) {
  std::ofstream nodes(prefix + ".nodes.csv", std::ios::binary), edges(prefix + ".edges.csv", std::ios::binary);
  auto quoted = [](std::string_view s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  };
  nodes << "id,iri,label,class\n";
  for (NodeId v = 0; v < g.node_count(); ++v) {
    nodes << v << ',' << quoted(g.iri(v)) << ',' << quoted(g.name(v)) << ',' << g.str(g.classes(v)[0]).substr(29)
          << '\n';
  }
  edges << "source,target,predicate,since,until\n";
  for (const auto e : g.edges()) {
    std::string since, until;
    g.for_each_qualifier(e, [&](const kgforge::graph::Qualifier& q) {
      (g.str(q.predicate).ends_with("since") ? since : until) = g.str(q.value.text);
    });
    edges << g.source(e) << ',' << g.target(e) << ',' << g.predicate(e) << ',' << since << ',' << until << '\n';
  }
}

void write_boost(const KnowledgeGraph& g, bool graphml, std::ostream& out) {
  const auto& m = g.model();
  using Model = KnowledgeGraph::Model;
  boost::dynamic_properties dp;
  auto iri = boost::make_function_property_map<Model::vertex_descriptor, std::string>(
      [&](Model::vertex_descriptor v) { return std::string(g.iri(v)); });
  auto label = boost::make_function_property_map<Model::vertex_descriptor, std::string>(
      [&](Model::vertex_descriptor v) { return std::string(g.name(v)); });
  auto predicate = boost::make_function_property_map<Model::edge_descriptor, std::string>(
      [&](Model::edge_descriptor e) { return std::string(g.predicate(e)); });
  dp.property("iri", iri);
  dp.property("label", label);
  dp.property("predicate", predicate);
  if (graphml) {
    boost::write_graphml(out, m, dp, true);
  } else {
    boost::write_graphviz_dp(out, m, dp, "iri");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: diagram_bench N {graphml|dot|boost-graphml|boost-dot|csv} OUT [SEED]\n";
    return 2;
  }
  const std::size_t n = std::strtoull(argv[1], nullptr, 10);
  const std::string mode = argv[2], out_path = argv[3];
  const unsigned seed = argc > 4 ? static_cast<unsigned>(std::atoi(argv[4])) : 42;
  auto t0 = std::chrono::steady_clock::now();
  const KnowledgeGraph g = generate(n, seed);
  const double build_s = seconds_since(t0);
  const kgforge::ontology::Ontology onto = kgforge::importers::bundled_ontology();
  t0 = std::chrono::steady_clock::now();
  if (mode == "csv") {
    write_csv(g, out_path);
  } else {
    std::ofstream out(out_path, std::ios::binary);
    if (mode == "graphml" || mode == "dot") {
      kgforge::exporters::ExportOptions options;
      options.ontology = &onto;
      kgforge::exporters::make_exporter(mode)->write(g, options, out);
    } else if (mode == "boost-graphml" || mode == "boost-dot") {
      write_boost(g, mode == "boost-graphml", out);
    } else {
      std::cerr << "unknown mode " << mode << '\n';
      return 2;
    }
    out.close();
    if (!out) return 74;
  }
  const double write_s = seconds_since(t0);
  std::ifstream sized(mode == "csv" ? out_path + ".edges.csv" : out_path, std::ios::binary | std::ios::ate);
  std::printf(
      "{\"tool\":\"%s\",\"format\":\"%s\",\"n\":%zu,\"nodes\":%zu,\"edges\":%zu,\"build_s\":%.3f,"
      "\"write_s\":%.3f,\"bytes\":%lld,\"rss_kb\":%ld}\n",
      mode.starts_with("boost") ? "boost" : "kgforge",
      mode.starts_with("boost-") ? mode.substr(6).c_str() : mode.c_str(), n, g.node_count(), g.edge_count(), build_s,
      write_s, static_cast<long long>(sized.tellg()), peak_rss_kb());
  return 0;
}
