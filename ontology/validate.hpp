// SPDX-License-Identifier: MIT
// Validation of a knowledge graph against an ontology.
#ifndef KGFORGE_ONTOLOGY_VALIDATE_HPP
#define KGFORGE_ONTOLOGY_VALIDATE_HPP

#include "core/diagnostics.hpp"

namespace kgforge::graph {
class KnowledgeGraph;
}

namespace kgforge::ontology {

class Ontology;

/// Checks `graph` against `ontology` and reports every problem, located where the
/// fact was stated, into `diags`. May retype literals whose lexical form fits the
/// datatype the ontology gives the property (a year written 2006 for an xsd:gYear
/// property becomes "2006"^^xsd:gYear), which is why the graph is not const.
/// First checks the ontology itself (check_ontology), then the graph (validate_graph).
void validate(graph::KnowledgeGraph& graph, const Ontology& ontology, Diagnostics& diags);

/// The graph half of validate(), for callers that check many graphs against one
/// ontology they have already checked (the fuzz targets).
void validate_graph(graph::KnowledgeGraph& graph, const Ontology& ontology, Diagnostics& diags);

}  // namespace kgforge::ontology

#endif  // KGFORGE_ONTOLOGY_VALIDATE_HPP
