// SPDX-License-Identifier: MIT
// GEXF 1.3 (or 1.2draft) for Gephi and NetworkX: typed attributes, viz: colours, shapes
// and sizes from the ontology's display hints and --annotate's measures, and spells from
// relation periods and entity lifetimes so Gephi's timeline works. docs/gexf.md documents it.
#ifndef KGFORGE_EXPORTERS_GEXF_EXPORTER_HPP
#define KGFORGE_EXPORTERS_GEXF_EXPORTER_HPP

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

/// Nodes (the GraphML ids, NetworkIds in network_writer.hpp; IRI order; source documents left out unless
/// include_sources) with their name as `label`, their attributes as typed <attvalue>s (lists as liststring, a JSON
/// array) and viz:color / viz:shape / viz:size; edges e0, e1, ... with the predicate's label as `label` and its short
/// name as `kind` (1.3), parallel edges kept. A view with dated relations or entities is written in dynamic mode
/// (timeformat date), each dated relation with the spell of its period and each dated entity with the spell of its
/// lifetime (graph::PeriodReader). Throws kgforge::Error for text XML 1.0 cannot carry.
class GexfExporter : public Exporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_GEXF_EXPORTER_HPP
