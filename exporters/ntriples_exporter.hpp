// SPDX-License-Identifier: MIT
// N-Triples (RDF 1.1), canonical: UTF-8, one triple a line, escapes as in
// rdf::append_ntriples_string. Streams the RdfMapping; holds no triples.
#ifndef KGFORGE_EXPORTERS_NTRIPLES_EXPORTER_HPP
#define KGFORGE_EXPORTERS_NTRIPLES_EXPORTER_HPP

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

class NTriplesExporter : public ShardingExporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
  void write_shards(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::uint64_t per_shard,
                    ShardOutput& out) const override;
};

/// N-Quads: the N-Triples writer with RdfMapping's named graphs (one per source
/// section or document); a triple in two graphs is two lines. Streams.
class NQuadsExporter : public ShardingExporter {
 public:
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
  void write_shards(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::uint64_t per_shard,
                    ShardOutput& out) const override;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_NTRIPLES_EXPORTER_HPP
