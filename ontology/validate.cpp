// SPDX-License-Identifier: MIT
// PLACEHOLDER until the ontology issue lands: checks nothing.
#include "ontology/validate.hpp"

#include "graph/knowledge_graph.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::ontology {

void validate(graph::KnowledgeGraph&, const Ontology&, Diagnostics&) {}

}  // namespace kgforge::ontology
