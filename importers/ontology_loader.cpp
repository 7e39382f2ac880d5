// SPDX-License-Identifier: MIT
#include "importers/ontology_loader.hpp"

#include <sstream>
#include <string>

#include "graph/knowledge_graph.hpp"
#include "importers/rdf_importer.hpp"

namespace kgforge::importers {

extern const std::string_view kBundledOntology;  // generated from ontology/kgforge.ttl

ontology::Ontology read_ontology(std::string_view turtle, std::string_view source_name, Diagnostics& diags) {
  graph::KnowledgeGraph triples;
  std::istringstream in{std::string(turtle)};
  RdfImporter("turtle", /*keep_triples=*/true).read(in, source_name, triples, diags, {});
  return ontology::Ontology::from_graph(std::move(triples), diags);
}

ontology::Ontology bundled_ontology() {
  Diagnostics diags;
  ontology::Ontology out = read_ontology(kBundledOntology, "ontology/kgforge.ttl", diags);
  if (diags.has_errors()) throw Error("the bundled ontology does not parse: " + format_text(diags.items().front()));
  return out;
}

}  // namespace kgforge::importers
