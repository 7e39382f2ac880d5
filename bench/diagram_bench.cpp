// SPDX-License-Identifier: MIT
// GraphML and DOT writing speed: kgforge's writers and Boost's write_graphml /
// write_graphviz_dp on the same generated graph; `csv` writes the graph as node and
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
#include <random>
#include <string>

#include "exporters/exporter.hpp"
#include "exporters/markup.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "ontology/ontology.hpp"

namespace {

using kgforge::graph::KnowledgeGraph;
using kgforge::graph::NodeId;
using kgforge::graph::Sym;
using kgforge::graph::Value;

constexpr const char* kBase = "https://w3id.org/kgforge/bench/";
constexpr const char* kKinds[] = {"Organisation", "LawEnforcementUnit", "Person", "Programme", "Case", "Charity"};
constexpr const char* kPredicates[] = {"partOf",   "memberOf", "fundedBy",  "partnerOf", "leads",      "employs",
                                       "investigated", "prosecuted", "reportsTo", "succeeded", "mentions", "supports"};
constexpr const char* kWords[] = {"Zoë", "Ünited", "\"Safe\"", "Online", "Child", "Protection", "Agency", "Bureau",
                                  "Net & Co", "<Task>", "Force", "Østfold", "Trust", "Centre", "שלום", "Forum"};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

std::string kgf(const char* local) { return std::string(kgforge::graph::ns::kKgf) + local; }

// N entities of six kinds and ~5N relations with a preferential-attachment degree
// shape (a target is drawn from the endpoints so far), twelve predicates, names with
// non-ASCII and escapable characters, an integer attribute and dates on 30% of edges.
KnowledgeGraph generate(std::size_t n, unsigned seed) {
  std::mt19937_64 rng(seed);
  KnowledgeGraph g;
  g.set_base_iri(kBase);
  Sym kinds[6], predicates[12];
  for (int i = 0; i < 6; ++i) kinds[i] = g.intern(kgf(kKinds[i]));
  for (int i = 0; i < 12; ++i) predicates[i] = g.intern(kgf(kPredicates[i]));
  const Sym employees = g.intern(kgf("employees"));
  const Sym integer = g.intern(std::string(kgforge::graph::ns::kXsd) + "integer");
  const Sym since = g.intern(kgf("since"));
  const Sym year = g.intern(std::string(kgforge::graph::ns::kXsd) + "gYear");
  std::string name;
  for (std::size_t i = 0; i < n; ++i) {
    const NodeId v = g.add_node(kBase + ("e" + std::to_string(i)));
    name = kWords[rng() % 16];
    name += ' ';
    name += kWords[rng() % 16];
    name += " " + std::to_string(i);
    g.set_name(v, name);
    g.add_class(v, kinds[i % 6]);
    if (i % 6 < 2) {
      g.add_property(v, {kgforge::graph::Role::kAttribute, employees, Value::literal(g.intern(std::to_string(rng() % 5000)), integer), {}});
    }
  }
  std::vector<NodeId> ends;
  ends.reserve(10 * n + 2);
  ends.push_back(0);
  for (std::size_t i = 1; i < n; ++i) {
    for (int k = 0; k < 5; ++k) {
      const NodeId target = ends[rng() % ends.size()];
      const auto e = g.add_edge(i, predicates[rng() % 12], target);
      if (rng() % 10 < 3) g.add_qualifier(e, {since, Value::literal(g.intern(std::to_string(1990 + rng() % 35)), year)});
      ends.push_back(target);
      ends.push_back(i);
    }
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
  nodes << "id,iri,label,class,employees\n";
  for (NodeId v = 0; v < g.node_count(); ++v) {
    std::string employees;
    g.for_each_property(v, [&](const kgforge::graph::NodeProperty& p) {
      if (p.role == kgforge::graph::Role::kAttribute) employees = g.str(p.value.text);
    });
    nodes << v << ',' << quoted(g.iri(v)) << ',' << quoted(g.name(v)) << ',' << g.str(g.classes(v)[0]).substr(29) << ','
          << employees << '\n';
  }
  edges << "source,target,predicate,since\n";
  for (const auto e : g.edges()) {
    std::string since;
    g.for_each_qualifier(e, [&](const kgforge::graph::Qualifier& q) { since = g.str(q.value.text); });
    edges << g.source(e) << ',' << g.target(e) << ',' << g.predicate(e) << ',' << since << '\n';
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
  const kgforge::ontology::Ontology onto = kgforge::ontology::Ontology::bundled();
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
  std::printf("{\"tool\":\"%s\",\"format\":\"%s\",\"n\":%zu,\"nodes\":%zu,\"edges\":%zu,\"build_s\":%.3f,"
              "\"write_s\":%.3f,\"bytes\":%lld,\"rss_kb\":%ld}\n",
              mode.starts_with("boost") ? "boost" : "kgforge", mode.starts_with("boost-") ? mode.substr(6).c_str() : mode.c_str(),
              n, g.node_count(), g.edge_count(), build_s, write_s, static_cast<long long>(sized.tellg()), peak_rss_kb());
  return 0;
}
