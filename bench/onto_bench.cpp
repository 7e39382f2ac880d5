// SPDX-License-Identifier: MIT
// Benchmark for the ontology issue: reading RDF with kgforge's Raptor2 importer beside
// `rapper -c` (Raptor alone, counting), `serdi` (parse and write N-Triples) and rdflib, and
// validating a graph against the bundled ontology. Each measurement is a separate process
// (fork, then wait4 for wall time and peak RSS).
//
//   onto_bench [--sizes 10000,100000] [--data bench/data] [--rdflib-max 100000]
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/ontology_loader.hpp"
#include "importers/rdf_importer.hpp"
#include "ontology/ontology.hpp"
#include "ontology/validate.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Run {
  double seconds = 0;
  double max_rss_mib = 0;
  bool ok = false;
};

Run measure(const std::function<int()>& child) {
  const auto start = Clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, STDOUT_FILENO);
    dup2(devnull, STDERR_FILENO);
    _exit(child());
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Run r;
  r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  r.max_rss_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
  r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return r;
}

Run measure_exec(std::vector<std::string> argv) {
  return measure([argv] {
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    return 127;
  });
}

const std::string kKgf(kgforge::graph::ns::kKgf);
constexpr const char* kClasses[] = {"Organisation", "Person", "Command", "Charity", "Company", "Programme"};

// N entities: a type, a label, a founding year, three relations to earlier entities,
// and a reified kgf:since on every fifth relation. About 8.6 triples per entity.
void generate(std::size_t n, const std::string& nt_path, const std::string& ttl_path) {
  std::ofstream nt(nt_path), ttl(ttl_path);
  const std::string base = "https://example.org/kb/e";
  ttl << "@prefix kgf: <" << kKgf << "> .\n@prefix e: <https://example.org/kb/> .\n"
      << "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
      << "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
      << "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";
  std::uint64_t state = 42;
  auto next = [&] { return state = state * 6364136223846793005ull + 1442695040888963407ull; };
  const char* preds[] = {"partOf", "memberOf", "partnerOf"};
  for (std::size_t i = 0; i < n; ++i) {
    const std::string s = "<" + base + std::to_string(i) + ">";
    const char* cls = kClasses[i % 6];
    nt << s << " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" << kKgf << cls << "> .\n"
       << s << " <http://www.w3.org/2000/01/rdf-schema#label> \"Entity " << i << " \\u00E9\"@en .\n"
       << s << " <" << kKgf << "foundingDate> \"" << 1900 + i % 120
       << "\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n";
    ttl << "e:e" << i << " a kgf:" << cls << " ;\n  rdfs:label \"Entity " << i
        << " \\u00E9\"@en ;\n  kgf:foundingDate \"" << 1900 + i % 120 << "\"^^xsd:gYear";
    for (int k = 0; k < 3 && i > 0; ++k) {
      const std::size_t o = next() % i;
      nt << s << " <" << kKgf << preds[k] << "> <" << base << o << "> .\n";
      ttl << " ;\n  kgf:" << preds[k] << " e:e" << o;
    }
    ttl << " .\n";
    if (i > 0 && i % 5 == 0) {
      const std::string st = "_:s" + std::to_string(i);
      const std::size_t o = next() % i;
      nt << s << " <" << kKgf << "fundedBy> <" << base << o << "> .\n"
         << st
         << " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> "
            ".\n"
         << st << " <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> " << s << " .\n"
         << st << " <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <" << kKgf << "fundedBy> .\n"
         << st << " <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <" << base << o << "> .\n"
         << st << " <" << kKgf << "since> \"2004\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n";
      ttl << "e:e" << i << " kgf:fundedBy e:e" << o << " .\n"
          << st << " a rdf:Statement ; rdf:subject e:e" << i << " ; rdf:predicate kgf:fundedBy ; rdf:object e:e" << o
          << " ; kgf:since \"2004\"^^xsd:gYear .\n";
    }
  }
}

int import_file(const std::string& syntax, const std::string& path, bool also_validate) {
  std::ifstream in(path, std::ios::binary);
  kgforge::graph::KnowledgeGraph g;
  kgforge::Diagnostics diags(1000000);
  kgforge::importers::RdfImporter(syntax).read(in, path, g, diags, {});
  if (diags.has_errors()) return 1;
  if (also_validate) {
    const kgforge::ontology::Ontology onto = kgforge::importers::bundled_ontology();
    kgforge::ontology::validate(g, onto, diags);
    if (diags.has_errors()) return 2;
  }
  std::printf("%zu %zu\n", g.node_count(), g.edge_count());
  return 0;
}

std::vector<std::size_t> parse_sizes(const std::string& s) {
  std::vector<std::size_t> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, ',');) out.push_back(std::stoul(part));
  return out;
}

void row(const char* what, const Run& r, const Run& base, std::size_t triples) {
  std::printf("  %-34s %8.3f s %9.0f triples/s %8.1f MiB  x%5.2f time  x%5.2f RSS%s\n", what, r.seconds,
              static_cast<double>(triples) / r.seconds, r.max_rss_mib, r.seconds / base.seconds,
              r.max_rss_mib / base.max_rss_mib, r.ok ? "" : "  (FAILED)");
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes = {10000, 100000};
  std::string data = "bench/data";
  std::size_t rdflib_max = 100000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--sizes") sizes = parse_sizes(argv[i + 1]);
    if (a == "--data") data = argv[i + 1];
    if (a == "--rdflib-max") rdflib_max = std::stoul(argv[i + 1]);
  }
  std::filesystem::create_directories(data);
  std::printf("RDF import and validation (wall time and peak RSS of each process; ratios against kgforge nt import)\n");
  for (std::size_t n : sizes) {
    const std::string nt = data + "/onto_" + std::to_string(n) + ".nt";
    const std::string ttl = data + "/onto_" + std::to_string(n) + ".ttl";
    generate(n, nt, ttl);
    std::size_t triples = 0;
    {
      std::ifstream in(nt);
      for (std::string line; std::getline(in, line);) ++triples;
    }
    std::printf("\n%zu entities, %zu triples (%.1f MB N-Triples)\n", n, triples,
                static_cast<double>(std::filesystem::file_size(nt)) / 1e6);
    const Run base = measure([&] { return import_file("ntriples", nt, false); });
    row("kgforge import N-Triples", base, base, triples);
    row("kgforge import Turtle", measure([&] { return import_file("turtle", ttl, false); }), base, triples);
    row("kgforge import nt + validate", measure([&] { return import_file("ntriples", nt, true); }), base, triples);
    row("rapper -i ntriples -c", measure_exec({"rapper", "-q", "-i", "ntriples", "-c", nt}), base, triples);
    row("rapper -i turtle -c", measure_exec({"rapper", "-q", "-i", "turtle", "-c", ttl}), base, triples);
    row("serdi -i ntriples (to N-Triples)", measure_exec({"serdi", "-i", "ntriples", "-o", "ntriples", nt}), base,
        triples);
    if (n <= rdflib_max) {
      row("rdflib Graph().parse(nt)",
          measure_exec(
              {"/usr/bin/python3", "-c", "import rdflib,sys; rdflib.Graph().parse(sys.argv[1], format='nt')", nt}),
          base, triples);
    }
  }
  return 0;
}
