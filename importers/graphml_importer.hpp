// SPDX-License-Identifier: MIT
// GraphML in: the files NetworkX, igraph, Gephi, yEd and kgforge itself write, read with
// libxml2's streaming xmlTextReader (memory does not grow with the file; no network, no
// DTD, no entities). docs/graphml.md says how elements and keys become the model.
#ifndef KGFORGE_IMPORTERS_GRAPHML_IMPORTER_HPP
#define KGFORGE_IMPORTERS_GRAPHML_IMPORTER_HPP

#include <string_view>

#include "graph/vocab.hpp"
#include "importers/importer.hpp"

namespace kgforge::importers {

/// Where node ids of a GraphML file go when ImportOptions::base_iri is empty.
inline constexpr std::string_view kGraphmlBase = "urn:kgforge:graphml:";
/// Where the names of keys, labels and classes the ontology does not know go
/// (`weight` -> urn:kgforge:graphml:term:weight when kgf:weight is no property).
inline constexpr std::string_view kGraphmlTerms = vocab::ns::kGraphmlTerms;

/// A node is an entity (its IRI: the `iri` key, else the base + its id; a `label` or
/// `name` key or yEd's y:NodeLabel is its name; `classes`/`class` its classes; other keys
/// attributes), an edge a relation (its predicate: a `predicate`, `relation` or `label`
/// key, Gephi's `Edge Label`, or yEd's y:EdgeLabel; other keys qualifiers). Key types (attr.type) type the
/// values; <default> applies to elements without a value. Hyperedges and ports are left
/// out with a warning; nested graphs are flattened with a warning. Problems are located
/// `file:line:column` at the element.
class GraphmlImporter : public Importer {
 public:
  void read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
            const ImportOptions& options) const override;
};

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_GRAPHML_IMPORTER_HPP
