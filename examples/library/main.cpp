// SPDX-License-Identifier: MIT
// kgforge as a library: load a YAML knowledge base and validate it against the bundled
// ontology (which also types its literals), rank its entities with PageRank, write the
// graph as Turtle: what `kgforge export --to turtle` writes. Uses only the installed
// headers and kgforge::kgforge.
//
//   pagerank_turtle KB.yaml OUT.ttl [TOP]
//
// Prints the TOP (default 5) entities by PageRank, one "rank<TAB>IRI<TAB>name" line
// each, then "wrote OUT.ttl". Exit 1 if the KB has errors (they are printed first).
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <kgforge/core/diagnostics.hpp>
#include <kgforge/core/error.hpp>
#include <kgforge/exporters/turtle_exporter.hpp>
#include <kgforge/graph/algorithms.hpp>
#include <kgforge/importers/load.hpp>
#include <kgforge/importers/ontology_loader.hpp>
#include <kgforge/ontology/ontology.hpp>
#include <kgforge/ontology/validate.hpp>
#include <numeric>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: " << argv[0] << " KB.yaml OUT.ttl [TOP]\n";
    return 2;
  }
  const std::size_t top = argc == 4 ? std::stoul(argv[3]) : 5;
  try {
    kgforge::Diagnostics diags;
    const kgforge::ontology::Ontology ontology = kgforge::importers::bundled_ontology();
    auto graph = kgforge::importers::load_files({argv[1]}, diags);
    if (graph) kgforge::ontology::validate(*graph, ontology, diags);
    for (const kgforge::Diagnostic& d : diags.items()) std::cerr << kgforge::format_text(d) << '\n';
    if (!graph || diags.has_errors()) return 1;

    const auto analysis = kgforge::graph::AnalysisGraph::from(*graph);
    const auto pr = kgforge::graph::pagerank(analysis);
    std::vector<std::uint32_t> order(analysis.node_count());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return pr.rank[a] > pr.rank[b]; });
    for (std::size_t i = 0; i < std::min(top, order.size()); ++i) {
      const auto node = analysis.node(order[i]);
      std::printf("%.6f\t%.*s\t%.*s\n", pr.rank[order[i]], static_cast<int>(graph->iri(node).size()),
                  graph->iri(node).data(), static_cast<int>(graph->name(node).size()), graph->name(node).data());
    }

    kgforge::exporters::ExportOptions options;
    options.ontology = &ontology;
    std::ofstream out(argv[2], std::ios::binary);
    kgforge::exporters::TurtleExporter{}.write(*graph, options, out);
    out.close();
    if (!out) {
      std::cerr << argv[0] << ": cannot write " << argv[2] << '\n';
      return 74;
    }
    std::printf("wrote %s\n", argv[2]);
    return 0;
  } catch (const kgforge::Error& e) {
    std::cerr << argv[0] << ": " << e.what() << '\n';
    return 1;
  }
}
