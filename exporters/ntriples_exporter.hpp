// SPDX-License-Identifier: MIT
// N-Triples (RDF 1.1), canonical: UTF-8, one triple a line, escapes as in
// rdf::append_ntriples_string. Streams the RdfMapping; holds no triples.
#ifndef KGFORGE_EXPORTERS_NTRIPLES_EXPORTER_HPP
#define KGFORGE_EXPORTERS_NTRIPLES_EXPORTER_HPP

#include <string>

#include "exporters/exporter.hpp"
#include "exporters/rdf_mapping.hpp"

namespace kgforge::exporters {

/// Appends `t` in N-Triples: <iri>, _:label, or a canonical string literal with its
/// @language or ^^<datatype>. The N-Triples writers and the streaming writer use it.
void append_ntriples_term(std::string& out, const RdfTerm& t);

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
