// SPDX-License-Identifier: MIT
// Turtle a person can read, written by a streaming writer (not Raptor's, which holds
// the whole graph and writes raw carriage returns): @prefix for each namespace used,
// one block per subject with `;` and `,`, `a` for rdf:type, prefixed names only where
// the local part is a safe PN_LOCAL, long strings only where safe.
#ifndef KGFORGE_EXPORTERS_TURTLE_EXPORTER_HPP
#define KGFORGE_EXPORTERS_TURTLE_EXPORTER_HPP

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

class TurtleExporter : public Exporter {
 public:
  /// Two passes over the RdfMapping: the first finds the namespaces used, the second
  /// writes. Memory: a 2-byte cache entry per distinct IRI, independent of triples.
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

/// TriG: the Turtle writer with named graphs (RdfMapping's graphs: one per source
/// section or document), `<graph> { ... }` around each subject's triples in that
/// graph. Memory: the triples of one subject.
class TrigExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_TURTLE_EXPORTER_HPP
