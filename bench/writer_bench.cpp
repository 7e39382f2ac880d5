// SPDX-License-Identifier: MIT
// The network writers alone (GEXF, the node/edge tables, GraphML): loads node and edge
// tables once, as `kgforge export NODES EDGES` does (the table importer with the bundled
// ontology), then times each writer RUNS times on the loaded graph, writing a new file.
// Driven by bench/writer_peers.py, which times the same write calls in NetworkX,
// pandas and igraph.
//
//   writer_bench NODES.csv EDGES.csv OUT_PREFIX RUNS FORMAT...   (gexf, csv, tsv, kgx, graphml)
//
// Prints one JSON line per format: tool, format, nodes, edges, load_s, write_s (the
// median wall seconds of RUNS), write_cpu_s (median CPU seconds of the process over the
// write), writes (every run's wall seconds), bytes (all parts), rss_kb (peak so far).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "exporters/exporter.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/load.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/ontology.hpp"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 == 1 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6) {
    std::cerr << "usage: writer_bench NODES.csv EDGES.csv OUT_PREFIX RUNS FORMAT...\n";
    return 2;
  }
  const std::string prefix = argv[3];
  const int runs = std::max(1, std::atoi(argv[4]));
  const kgforge::ontology::Ontology onto = kgforge::importers::bundled_ontology();
  kgforge::importers::ImportOptions import;
  import.ontology = &onto;
  import.max_input_bytes = std::uint64_t{64} << 30;
  kgforge::Diagnostics diags;
  auto t0 = std::chrono::steady_clock::now();
  const std::optional<kgforge::graph::KnowledgeGraph> loaded =
      kgforge::importers::load_files({argv[1], argv[2]}, diags, import);
  const double load_s = seconds_since(t0);
  if (!loaded) {
    std::cerr << "writer_bench: the tables did not load (" << diags.error_count() << " errors)\n";
    return 65;
  }
  const kgforge::graph::KnowledgeGraph& g = *loaded;
  kgforge::exporters::ExportOptions options;
  options.ontology = &onto;
  for (int f = 5; f < argc; ++f) {
    const std::string format = argv[f];
    const std::unique_ptr<kgforge::exporters::Exporter> exporter = kgforge::exporters::make_exporter(format);
    if (!exporter) {
      std::cerr << "writer_bench: unknown format " << format << '\n';
      return 2;
    }
    std::vector<std::string> paths;
    const std::vector<std::string> parts = exporter->parts();
    if (parts.empty()) paths.push_back(prefix + "." + format);
    for (const std::string& part : parts) paths.push_back(prefix + part);
    std::vector<double> writes, cpus;
    std::uintmax_t bytes = 0;
    for (int r = 0; r < runs; ++r) {
      bytes = 0;
      for (const std::string& p : paths) std::filesystem::remove(p);  // no truncation inside the timing
      t0 = std::chrono::steady_clock::now();
      const double c0 = cpu_seconds();
      for (std::size_t i = 0; i < paths.size(); ++i) {
        std::ofstream out(paths[i], std::ios::binary);
        if (parts.empty()) {
          exporter->write(g, options, out);
        } else {
          exporter->write_part(g, options, i, out);
        }
        out.close();
        if (!out) {
          std::cerr << "writer_bench: cannot write " << paths[i] << '\n';
          return 74;
        }
      }
      writes.push_back(seconds_since(t0));
      cpus.push_back(cpu_seconds() - c0);
      for (const std::string& p : paths) bytes += std::filesystem::file_size(p);
    }
    std::string each;
    for (const double w : writes) {
      char num[32];
      std::snprintf(num, sizeof num, "%s%.3f", each.empty() ? "" : ",", w);
      each += num;
    }
    std::printf(
        "{\"tool\":\"kgforge\",\"format\":\"%s\",\"nodes\":%zu,\"edges\":%zu,\"load_s\":%.3f,\"write_s\":%.3f,"
        "\"write_cpu_s\":%.3f,\"writes\":[%s],\"bytes\":%ju,\"rss_kb\":%ld}\n",
        format.c_str(), g.node_count(), g.edge_count(), load_s, median(writes), median(cpus), each.c_str(), bytes,
        peak_rss_kb());
    std::fflush(stdout);
  }
  return 0;
}
