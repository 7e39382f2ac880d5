// SPDX-License-Identifier: MIT
#ifndef KGFORGE_EXPORTERS_JSONLD_EXPORTER_HPP
#define KGFORGE_EXPORTERS_JSONLD_EXPORTER_HPP

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

/// JSON-LD 1.1 (also valid JSON-LD 1.0), compacted: one node object per subject in
/// "@graph", under a context whose "@vocab" is schema.org (so schema.org terms are bare
/// names: "name", "sameAs", "funder" with --entail) and which declares the mapping's
/// prefixes (other IRIs are "kgf:partOf", "ceop:nca"). Literals keep their exact
/// lexical form and datatype ({"@value", "@type"}), so the graph is the Turtle export's.
/// Memory: one subject's triples. RDF-star is refused (RdfMapping).
class JsonLdExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_JSONLD_EXPORTER_HPP
