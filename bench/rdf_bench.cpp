// SPDX-License-Identifier: MIT
// RDF export benchmark (issue 5): kgforge writing N-Triples and Turtle from its graph,
// and its whole run (generate, build, write), beside `serdi -i ntriples -o turtle` and
// `rapper -i ntriples -o turtle` converting the same triples. Each measurement is a
// separate process, timed with wait4() for its wall time and peak RSS.
//
//   rdf_bench [--sizes 10000,100000,1000000] [--data bench/data] [--rapper-max 100000]
//   rdf_bench --child N nt|ttl OUT      (internal: one measured kgforge process)
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "exporters/exporter.hpp"
#include "exporters/rdf_mapping.hpp"
#include "generate.hpp"

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double cpu_seconds(const rusage& u) {
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double self_cpu() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return cpu_seconds(u);
}

struct Run {
  double seconds = 0;  // wall time of the process
  double cpu = 0;      // user + system CPU time
  double max_rss_mib = 0;
  bool ok = false;
};

// Runs argv with stdout to `out_path`; returns its wall time and peak RSS.
Run spawn(const std::vector<std::string>& argv, const std::string& out_path) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const Clock::time_point start = Clock::now();
  pid_t pid = 0;
  Run run;
  if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) return run;
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  run.seconds = since(start);
  run.max_rss_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
  run.cpu = cpu_seconds(usage);
  run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return run;
}

class CountingSink : public kgforge::exporters::TripleSink {
 public:
  void triple(const kgforge::exporters::RdfTerm&, const kgforge::exporters::RdfTerm&,
              const kgforge::exporters::RdfTerm&) override {
    ++count;
  }
  std::size_t count = 0;
};

// The shared workload (bench/generate.hpp) as a KnowledgeGraph, built as the YAML
// reader would: a class and a name per entity; since/until dates as typed qualifiers.
kgforge::graph::KnowledgeGraph build_graph(std::size_t n) {
  using kgforge::bench::kKgf;
  using kgforge::bench::kXsd;
  const kgforge::bench::Workload w({n, 5, 42});
  kgforge::graph::KnowledgeGraph g;
  g.set_base_iri(std::string(kgforge::bench::kBaseIri));
  kgforge::graph::Sym kinds[6], predicates[12];
  for (std::size_t k = 0; k < 6; ++k) kinds[k] = g.intern(std::string(kKgf) + std::string(kgforge::bench::kKinds[k]));
  for (std::size_t p = 0; p < 12; ++p)
    predicates[p] = g.intern(std::string(kKgf) + std::string(kgforge::bench::kPredicates[p]));
  const kgforge::graph::Sym since = g.intern(std::string(kKgf) + "since"),
                            until = g.intern(std::string(kKgf) + "until");
  const kgforge::graph::Sym dates[3] = {g.intern(std::string(kXsd) + "gYear"),
                                        g.intern(std::string(kXsd) + "gYearMonth"),
                                        g.intern(std::string(kXsd) + "date")};
  std::string iri(kgforge::bench::kBaseIri);
  for (std::size_t i = 0; i < w.entity_count(); ++i) {
    const kgforge::bench::GenEntity e = w.entity(i);
    iri.resize(kgforge::bench::kBaseIri.size());
    iri += e.id;
    const auto v = g.add_node(iri);
    g.add_class(v, kinds[e.kind]);
    g.set_name(v, e.name);
  }
  auto date = [&](const std::string& d) {
    return kgforge::graph::Value::literal(g.intern(d), dates[d.size() == 4 ? 0 : d.size() == 7 ? 1 : 2]);
  };
  for (std::size_t r = 0; r < w.relation_count(); ++r) {
    const kgforge::bench::GenRelation rel = w.relation(r);
    const auto e = g.add_edge(rel.from, predicates[rel.predicate], rel.to);
    if (!rel.since.empty()) g.add_qualifier(e, {since, date(rel.since)});
    if (!rel.until.empty()) g.add_qualifier(e, {until, date(rel.until)});
  }
  return g;
}

// The measured kgforge process: generate and build the graph, then write one format.
// Prints "<build seconds> <write seconds> <write CPU seconds> <triples>".
int child(std::size_t n, const std::string& mode, const std::string& out_path) {
  const Clock::time_point start = Clock::now();
  const kgforge::graph::KnowledgeGraph graph = build_graph(n);
  const double build = since(start);
  const kgforge::exporters::ExportOptions options;
  const Clock::time_point write_start = Clock::now();
  const double cpu_start = self_cpu();
  {
    std::ofstream out(out_path, std::ios::binary);
    kgforge::exporters::make_exporter(mode == "nt" ? "ntriples" : "turtle")->write(graph, options, out);
    if (!out.flush()) return 74;
  }
  const double write = since(write_start);
  const double write_cpu = self_cpu() - cpu_start;
  CountingSink counter;  // after the whole run was timed; only the N-Triples run counts
  if (mode == "nt") kgforge::exporters::RdfMapping(graph, options).run(counter);
  std::cout << build << ' ' << write << ' ' << write_cpu << ' ' << counter.count << std::endl;
  // Freeing the graph (millions of small blocks, 1-2 s at N = 1M) is not part of
  // generating, building and writing: end the process as the OS would reclaim it.
  std::_Exit(0);
}

struct ChildResult {
  Run run;
  double build = 0, write = 0, write_cpu = 0;
  std::size_t triples = 0;
};

ChildResult run_child(const std::string& self, std::size_t n, const std::string& mode, const std::string& data) {
  ChildResult r;
  const std::string out = data + "/kgforge_" + std::to_string(n) + "." + mode;
  const std::string report = data + "/child.txt";
  r.run = spawn({self, "--child", std::to_string(n), mode, out}, report);
  std::ifstream in(report);
  in >> r.build >> r.write >> r.write_cpu >> r.triples;
  return r;
}

struct Serdi {
  double tps = 0;      // triples per wall second
  double cpu_tps = 0;  // triples per CPU second
};

// One table row: wall and CPU time, throughput, peak RSS, and throughput over serdi's
// (by wall time and by CPU time: the machine is shared, so CPU time is the steadier).
void row(const std::string& n, const std::string& what, double wall, double cpu, std::size_t triples, double rss,
         const Serdi& serdi) {
  const double tps = triples / wall;
  const double cpu_tps = triples / cpu;
  std::printf("| %9s | %-44s | %7.2f | %7.2f | %11.0f | %8.1f | %6.2fx | %6.2fx |\n", n.c_str(), what.c_str(), wall,
              cpu, tps, rss, serdi.tps > 0 ? tps / serdi.tps : 0.0, serdi.cpu_tps > 0 ? cpu_tps / serdi.cpu_tps : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 4 && args[0] == "--child") return child(std::stoul(args[1]), args[2], args[3]);
  std::vector<std::size_t> sizes = {10000, 100000, 1000000};
  std::string data = "bench/data";
  std::size_t rapper_max = 100000;
  for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
    if (args[i] == "--sizes") {
      sizes.clear();
      std::stringstream list(args[i + 1]);
      for (std::string item; std::getline(list, item, ',');) sizes.push_back(std::stoul(item));
    } else if (args[i] == "--data") {
      data = args[i + 1];
    } else if (args[i] == "--rapper-max") {
      rapper_max = std::stoul(args[i + 1]);
    } else {
      std::cerr << "usage: rdf_bench [--sizes N,N...] [--data DIR] [--rapper-max N]\n";
      return 2;
    }
  }
  std::filesystem::create_directories(data);
  const std::string self = std::filesystem::canonical("/proc/self/exe").string();
  std::printf("| %9s | %-44s | %7s | %7s | %11s | %8s | %7s | %7s |\n", "N", "what", "wall s", "CPU s", "triples/s",
              "RSS MiB", "/serdi", "CPU/serdi");
  std::printf(
      "|----------:|----------------------------------------------|--------:|--------:|------------:|---------:|"
      "--------:|--------:|\n");
  for (std::size_t n : sizes) {
    const std::string label = std::to_string(n);
    const ChildResult nt = run_child(self, n, "nt", data);
    ChildResult ttl = run_child(self, n, "ttl", data);
    ttl.triples = nt.triples;  // the same mapping: counted once, in the N-Triples run
    if (!nt.run.ok || !ttl.run.ok) {
      std::cerr << "rdf_bench: the kgforge run failed for N=" << n << '\n';
      return 1;
    }
    const std::string input = data + "/kgforge_" + label + ".nt";
    const Run serdi = spawn({"serdi", "-i", "ntriples", "-o", "turtle", input}, data + "/serdi_" + label + ".ttl");
    Serdi ref;
    if (serdi.ok) ref = {nt.triples / serdi.seconds, nt.triples / serdi.cpu};
    std::printf("| %9s | %-44s | %7s | %7s | %11zu | %8s | %7s | %7s |\n", label.c_str(), "triples", "", "", nt.triples,
                "", "", "");
    row(label, "kgforge: N-Triples from its graph", nt.write, nt.write_cpu, nt.triples, nt.run.max_rss_mib, ref);
    row(label, "kgforge: Turtle from its graph", ttl.write, ttl.write_cpu, ttl.triples, ttl.run.max_rss_mib, ref);
    row(label, "kgforge: whole run (generate, build, Turtle)", ttl.run.seconds, ttl.run.cpu, ttl.triples,
        ttl.run.max_rss_mib, ref);
    if (serdi.ok)
      row(label, "serdi -i ntriples -o turtle", serdi.seconds, serdi.cpu, nt.triples, serdi.max_rss_mib, ref);
    if (n <= rapper_max) {
      const Run rapper =
          spawn({"rapper", "-q", "-i", "ntriples", "-o", "turtle", input}, data + "/rapper_" + label + ".ttl");
      if (rapper.ok) {
        row(label, "rapper -i ntriples -o turtle", rapper.seconds, rapper.cpu, nt.triples, rapper.max_rss_mib, ref);
      }
    } else {
      std::printf("| %9s | %-44s | %7s | %7s | %11s | %8s | %7s | %7s |\n", label.c_str(),
                  "rapper (skipped: --rapper-max)", "-", "-", "-", "-", "-", "-");
    }
    std::fflush(stdout);
  }
  return 0;
}
