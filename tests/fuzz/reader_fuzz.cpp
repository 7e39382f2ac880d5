// SPDX-License-Identifier: MIT
// libFuzzer target for one reader, chosen at compile time by KGFORGE_FUZZ_NAME (the
// file name the input is loaded as: fuzz.yaml, fuzz.ttl, fuzz.nt, fuzz.rdf, fuzz.nq, fuzz.trig,
// fuzz.csv, fuzz.tsv, fuzz.graphml). The
// input goes through the whole load path (the reader, then the ontology and writer
// checks `validate` runs); a crash, a sanitizer report or a hang is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/diagnostics.hpp"
#include "exporters/exportable.hpp"
#include "importers/load.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/ontology.hpp"
#include "ontology/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kgforge::ontology::Ontology onto = kgforge::importers::bundled_ontology();
  kgforge::Diagnostics diags(20);
  kgforge::importers::ImportOptions options;
  options.max_errors = 20;
  options.ontology = &onto;  // tables type their columns by it
  const std::string text(reinterpret_cast<const char*>(data), size);
  kgforge::graph::KnowledgeGraph g =
      kgforge::importers::load_sources_partial({{KGFORGE_FUZZ_NAME, text}}, diags, options);
  kgforge::ontology::validate_graph(g, onto, diags);  // the bundled ontology is checked by its own tests
  kgforge::exporters::check_exportable(g, diags);
  for (const kgforge::Diagnostic& d : diags.items()) (void)kgforge::format_text(d);
  return 0;
}
