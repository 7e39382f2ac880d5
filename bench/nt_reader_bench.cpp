// SPDX-License-Identifier: MIT
// Parsing alone: kgforge's N-Triples reader (importers/ntriples_reader.hpp) against
// serd 0.30 on the same file, each into a sink that only counts statements.
//
//   build/bench/nt_reader_bench FILE.nt [RUNS] [kgforge|serd|lines]
//
// Rows: "kgforge reader" (parse_ntriples), "serd (whole file)" (serd_reader_read_file,
// strict, a no-op statement callback: serd's own speed, what serdi parses at), and
// "serd (kgforge's line path)" (parse_with_serd, the reader kgforge used before: one
// serd call a line). Prints the median wall time of RUNS (default 3), MB/s, statements/s
// and kgforge's throughput over serd's. With a third argument, only that row runs (so that
// bench/ingest_bench.py can time each reader as a process, with its peak RSS). Not a CTest test.
#include <serd/serd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "importers/ntriples_reader.hpp"
#include "importers/serd_reader.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

std::uint64_t count_kgforge(const std::string& path, bool serd_lines) {
  std::ifstream in(path, std::ios::binary);
  std::uint64_t n = 0;
  kgforge::importers::RdfSink sink;
  sink.statement = [&](const kgforge::importers::RdfTerm&, const kgforge::importers::RdfTerm&,
                       const kgforge::importers::RdfTerm&, const kgforge::importers::RdfTerm*, std::uint32_t,
                       std::uint32_t) { ++n; };
  kgforge::Diagnostics diags;
  if (serd_lines) {
    kgforge::importers::parse_with_serd("ntriples", in, path, sink, diags, {});
  } else {
    kgforge::importers::parse_ntriples(false, in, path, sink, diags);
  }
  if (diags.has_errors()) std::fprintf(stderr, "%s: %zu errors\n", path.c_str(), diags.items().size());
  return n;
}

SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode*, const SerdNode*, const SerdNode*,
                        const SerdNode*, const SerdNode*, const SerdNode*) {
  ++*static_cast<std::uint64_t*>(handle);
  return SERD_SUCCESS;
}

std::uint64_t count_serd(const std::string& path) {
  std::uint64_t n = 0;
  SerdReader* r = serd_reader_new(SERD_NTRIPLES, &n, nullptr, nullptr, nullptr, &on_statement, nullptr);
  serd_reader_set_strict(r, true);
  serd_reader_read_file(r, reinterpret_cast<const uint8_t*>(path.c_str()));
  serd_reader_free(r);
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: nt_reader_bench FILE.nt [RUNS] [kgforge|serd|lines]\n");
    return 2;
  }
  const std::string path = argv[1];
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::ifstream probe(path, std::ios::binary | std::ios::ate);
  const double mb = static_cast<double>(probe.tellg()) / 1e6;
  struct Row {
    const char* name;
    std::function<std::uint64_t()> run;
    double wall = 0;
    std::uint64_t statements = 0;
  };
  std::vector<Row> rows = {{"kgforge reader", [&] { return count_kgforge(path, false); }},
                           {"serd (whole file)", [&] { return count_serd(path); }},
                           {"serd (kgforge's line path)", [&] { return count_kgforge(path, true); }}};
  if (argc > 3) {
    const std::string only = argv[3];
    const std::size_t keep = only == "kgforge" ? 0 : only == "serd" ? 1 : only == "lines" ? 2 : rows.size();
    if (keep == rows.size()) {
      std::fprintf(stderr, "nt_reader_bench: unknown reader '%s' (kgforge, serd, lines)\n", only.c_str());
      return 2;
    }
    rows = {rows[keep]};
  }
  for (Row& row : rows) {
    std::vector<double> walls;
    for (int i = 0; i < runs; ++i) {
      const auto t0 = Clock::now();
      row.statements = row.run();
      walls.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    }
    row.wall = median(walls);
  }
  std::printf("%s: %.1f MB, median of %d runs (parsing alone, statements counted)\n\n", path.c_str(), mb, runs);
  std::printf("| reader | wall | MB/s | statements/s | kgforge reader's throughput ÷ this |\n|---|---|---|---|---|\n");
  for (const Row& row : rows) {
    std::printf("| %s | %.2f s | %.0f | %.2fM | %.2f |\n", row.name, row.wall, mb / row.wall,
                static_cast<double>(row.statements) / row.wall / 1e6, row.wall / rows[0].wall);
  }
  return 0;
}
