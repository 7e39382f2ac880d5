// SPDX-License-Identifier: MIT
// analysis_bench: kgforge's network measures beside igraph and NetworkX on the same
// generated graphs (bench/generate.hpp: N entities, 5N relations, preferential-attachment
// in-degrees).
//
//   analysis_bench [--sizes 10000,100000] [--samples 100] [--seed 42] [--data bench/data]
//                  [--python /usr/bin/python3] [--script bench/analysis_peers.py]
//                  [--exact-max 10000] [--nx-exact no|yes] [--error-samples 100,500,1000]
//   (--python none: kgforge only; --nx-exact yes: NetworkX exact betweenness too, minutes at 10k)
//
// Per size it builds a KnowledgeGraph, times kgforge in this process (the snapshot to
// CSR, then each measure), writes the edge list and the sampled sources under --data,
// runs bench/analysis_peers.py (igraph and NetworkX time the same work on the same edges
// and report the largest difference from kgforge's values), and prints a table with
// ratios. Betweenness is exact up to --exact-max vertices (kgforge and igraph), and
// sampled at every size (the same --samples sources for kgforge and NetworkX). At the smallest size it also
// reports the error of sampled betweenness against the exact values.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "generate.hpp"
#include "graph/algorithms.hpp"
#include "graph/knowledge_graph.hpp"

namespace {

using kgforge::graph::AnalysisGraph;
using kgforge::graph::KnowledgeGraph;

struct Options {
  std::vector<std::size_t> sizes = {10000, 100000};
  std::size_t samples = 100;
  std::uint64_t seed = 42;
  std::string data = "bench/data";
  std::string python = "/usr/bin/python3";
  std::string script = "bench/analysis_peers.py";
  std::size_t exact_max = 10000;
  bool nx_exact = false;
  std::vector<std::size_t> error_samples = {100, 500, 1000};
};

std::vector<std::size_t> parse_list(const std::string& text) {
  std::vector<std::size_t> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) out.push_back(std::stoull(item));
  return out;
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--sizes")
      o.sizes = parse_list(value);
    else if (key == "--samples")
      o.samples = std::stoull(value);
    else if (key == "--seed")
      o.seed = std::stoull(value);
    else if (key == "--data")
      o.data = value;
    else if (key == "--python")
      o.python = value;
    else if (key == "--script")
      o.script = value;
    else if (key == "--exact-max")
      o.exact_max = std::stoull(value);
    else if (key == "--nx-exact")
      o.nx_exact = value == "yes";
    else if (key == "--error-samples")
      o.error_samples = parse_list(value);
    else
      throw std::runtime_error("unknown option " + key);
  }
  return o;
}

// The shared benchmark workload (bench/generate.hpp): N entities of six kinds, 5N
// relations of twelve predicates, preferential-attachment-like in-degrees.
KnowledgeGraph generate(std::size_t n, std::uint64_t seed, AnalysisGraph::Edges& edges) {
  const kgforge::bench::Workload w({n, 5, seed});
  KnowledgeGraph g;
  g.set_base_iri(std::string(kgforge::bench::kBaseIri));
  std::vector<kgforge::graph::Sym> predicates;
  for (std::string_view p : kgforge::bench::kPredicates)
    predicates.push_back(g.intern(std::string(kgforge::bench::kKgf) + std::string(p)));
  for (std::size_t i = 0; i < n; ++i) {
    const kgforge::bench::GenEntity e = w.entity(i);
    g.set_name(g.add_node(std::string(kgforge::bench::kBaseIri) + e.id), e.name);
  }
  edges.clear();
  for (std::size_t r = 0; r < w.relation_count(); ++r) {
    const kgforge::bench::GenRelation rel = w.relation(r);
    g.add_edge(rel.from, predicates[rel.predicate], rel.to);
    edges.emplace_back(static_cast<std::uint32_t>(rel.from), static_cast<std::uint32_t>(rel.to));
  }
  return g;
}

// CPU seconds of the call (std::clock: this process), so that other jobs on a shared
// machine disturb the ratios less; the peers script measures the same way.
template <class F>
double seconds(F&& f) {
  const std::clock_t start = std::clock();
  f();
  return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

void write_lines(const std::string& path, const std::vector<double>& values) {
  std::ofstream out(path);
  out << std::setprecision(17);
  for (double v : values) out << v << '\n';
}

struct Peer {
  std::map<std::string, double> time, maxdiff;
  std::map<std::string, std::string> version, counts;
};

Peer run_peers(const Options& o, const std::string& args) {
  if (o.python == "none") return Peer{{}, {}, {}, {{"igraph", "-"}, {"networkx", "-"}}};
  const std::string command = o.python + " " + o.script + " " + args;
  Peer p;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  char buf[4096];
  while (std::fgets(buf, sizeof buf, pipe) != nullptr) {
    std::istringstream line(buf);
    std::string kind, tool, op, value;
    line >> kind >> tool >> op;
    std::getline(line >> std::ws, value);
    if (kind == "time")
      p.time[tool + "/" + op] = std::stod(value);
    else if (kind == "maxdiff")
      p.maxdiff[tool + "/" + op] = std::stod(value);
    else if (kind == "version")
      p.version[tool] = op;
    else if (kind == "count")
      p.counts[tool] = op + " " + value;
  }
  if (pclose(pipe) != 0) throw std::runtime_error("peer script failed: " + command);
  return p;
}

std::string fmt(double s) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(s < 0.01 ? 4 : 3) << s << " s";
  return out.str();
}

std::string ratio(const Peer& p, const std::string& key, double mine) {
  const auto it = p.time.find(key);
  if (it == p.time.end()) return "n/a";
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << it->second / mine << "x";
  return out.str();
}

std::string peer_time(const Peer& p, const std::string& key) {
  const auto it = p.time.find(key);
  return it == p.time.end() ? "n/a" : fmt(it->second);
}

void sampling_error(const AnalysisGraph& ag, const std::vector<double>& exact, const Options& o) {
  std::vector<std::uint32_t> top(exact.size());
  std::iota(top.begin(), top.end(), 0u);
  std::sort(top.begin(), top.end(), [&](auto a, auto b) { return exact[a] > exact[b]; });
  const double max_exact = exact[top[0]];
  std::cout << "\nSampling error of kgforge's sampled betweenness at N=" << ag.node_count()
            << " (against exact; max exact value " << std::setprecision(4) << max_exact << "):\n"
            << "  sources  time      max abs err  mean abs err  mean rel err (top 100)  top-10 overlap\n";
  for (std::size_t k : o.error_samples) {
    kgforge::graph::Betweenness b;
    const double t = seconds([&] { b = kgforge::graph::betweenness(ag, {k, o.seed}); });
    double max_err = 0, sum_err = 0, rel = 0;
    for (std::size_t v = 0; v < exact.size(); ++v) {
      max_err = std::max(max_err, std::fabs(b.value[v] - exact[v]));
      sum_err += std::fabs(b.value[v] - exact[v]);
    }
    for (std::size_t i = 0; i < 100 && i < top.size(); ++i)
      rel += std::fabs(b.value[top[i]] - exact[top[i]]) / exact[top[i]];
    std::vector<std::uint32_t> mine(exact.size());
    std::iota(mine.begin(), mine.end(), 0u);
    std::sort(mine.begin(), mine.end(), [&](auto a, auto c) { return b.value[a] > b.value[c]; });
    std::size_t overlap = 0;
    for (std::size_t i = 0; i < 10; ++i) overlap += std::count(top.begin(), top.begin() + 10, mine[i]);
    std::printf("  %7zu  %-8s  %11.3e  %12.3e  %22.1f%%  %zu/10\n", k, fmt(t).c_str(), max_err, sum_err / exact.size(),
                100.0 * rel / std::min<std::size_t>(100, top.size()), overlap);
  }
}

void print_row(const Peer& p, const std::string& name, const std::string& key, double mine) {
  std::printf("  %-28s %10s %10s %10s %14s %16s\n", name.c_str(), fmt(mine).c_str(),
              peer_time(p, "igraph/" + key).c_str(), peer_time(p, "networkx/" + key).c_str(),
              ratio(p, "igraph/" + key, mine).c_str(), ratio(p, "networkx/" + key, mine).c_str());
}

void run_size(std::size_t n, const Options& o) {
  AnalysisGraph::Edges edges;
  const KnowledgeGraph kg = generate(n, o.seed, edges);
  const std::string stem = o.data + "/analysis-" + std::to_string(n);
  {
    std::ofstream out(stem + ".edges");
    for (const auto& [s, t] : edges) out << s << ' ' << t << '\n';
  }
  AnalysisGraph ag;
  const double t_snapshot = seconds([&] { ag = AnalysisGraph::from(kg); });
  kgforge::graph::PageRank pr;
  const double t_pr = seconds([&] { pr = kgforge::graph::pagerank(ag); });
  std::size_t weak = 0, strong = 0;
  const double t_cc = seconds([&] {
    weak = kgforge::graph::weak_components(ag).count();
    strong = kgforge::graph::strong_components(ag).count();
  });
  const bool exact = n <= o.exact_max;
  kgforge::graph::Betweenness bc_exact, bc_sampled;
  const double t_exact = exact ? seconds([&] { bc_exact = kgforge::graph::betweenness(ag); }) : 0.0;
  const double t_sampled = seconds([&] { bc_sampled = kgforge::graph::betweenness(ag, {o.samples, o.seed}); });
  write_lines(stem + ".kgforge.pagerank", pr.rank);
  write_lines(stem + ".kgforge.sampled", bc_sampled.value);
  if (exact) write_lines(stem + ".kgforge.exact", bc_exact.value);
  {
    std::ofstream out(stem + ".sources");
    for (std::uint32_t s : bc_sampled.sources) out << s << '\n';
  }
  const std::string args = stem + ".edges " + std::to_string(n) + " pagerank,components,sampled" +
                           (exact ? ",exact" : "") + (o.nx_exact ? " --nx-exact" : "") + " --sources " + stem +
                           ".sources --kgforge " + stem + ".kgforge";
  const Peer p = run_peers(o, args);
  std::cout << "\nN=" << n << " entities, " << ag.edge_count()
            << " relations (kgforge snapshot to CSR: " << fmt(t_snapshot) << "; components weak/strong: kgforge "
            << weak << " " << strong << ", igraph " << p.counts.at("igraph") << ", NetworkX " << p.counts.at("networkx")
            << ")\n";
  std::printf("  %-28s %10s %10s %10s %14s %16s\n", "measure (CPU seconds)", "kgforge", "igraph", "NetworkX",
              "igraph/kgforge", "NetworkX/kgforge");
  print_row(p, "pagerank", "pagerank", t_pr);
  print_row(p, "components (weak+strong)", "components", t_cc);
  if (exact) print_row(p, "betweenness exact", "exact", t_exact);
  print_row(p, "betweenness " + std::to_string(o.samples) + " sources", "sampled", t_sampled);
  for (const auto& [key, diff] : p.maxdiff) std::cout << "  max |kgforge - " << key << "| = " << diff << '\n';
  if (exact && n == o.sizes.front()) sampling_error(ag, bc_exact.value, o);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Options o = parse(argc, argv);
    std::filesystem::create_directories(o.data);
    std::cout << "analysis_bench: kgforge vs igraph vs NetworkX (times exclude loading; kgforge single-threaded)\n";
    for (std::size_t n : o.sizes) run_size(n, o);
  } catch (const std::exception& e) {
    std::cerr << "analysis_bench: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
