// SPDX-License-Identifier: MIT
// Bulk export for large stores (export --shard-size N --gzip): numbered N-Triples or
// N-Quads shards of N statements each, gzip-compressed or not, and a JSON manifest with
// each shard's statement count, size and SHA-256. Memory does not grow with the output:
// statements stream from the exporter through zlib into each shard's temporary file; the
// whole set (shards and manifest) is put in place all or nothing (OutputFile::commit_all).
// --gzip alone compresses the one output file of any text format.
#ifndef KGFORGE_CLI_BULK_OUTPUT_HPP
#define KGFORGE_CLI_BULK_OUTPUT_HPP

#include <cstdint>
#include <string>

#include "exporters/exporter.hpp"
#include "graph/knowledge_graph.hpp"

namespace CLI {
class App;
}

namespace kgforge::cli {

struct BulkOptions {
  std::uint64_t shard_size = 0;  ///< statements per shard (0: one file)
  bool gzip = false;             ///< gzip-compress the output (each shard)
  int gzip_level = 6;            ///< zlib's level for --gzip, 1 (fastest) to 9 (smallest)
  bool wanted() const { return shard_size > 0 || gzip; }
};

/// Adds --shard-size N, --gzip and --gzip-level N.
void add_bulk_options(CLI::App* sub, BulkOptions& bulk);

/// Writes `graph` as `format` to `path` as `bulk` says. Throws UsageError when the
/// format cannot be sharded (not N-Triples or N-Quads) or compressed (images, tables), or
/// `path` is stdout; IoError naming the path when writing fails.
/// Sharded, `path` names the set: out/kg.nt -> out/kg-00001.nt.gz, out/kg-00002.nt.gz, ...
/// and out/kg.manifest.json (the folder is made if missing). --gzip alone: `path`, with ".gz" added if it lacks it.
void write_bulk(const graph::KnowledgeGraph& graph, const std::string& format, const exporters::ExportOptions& options,
                const std::string& path, const BulkOptions& bulk);

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_BULK_OUTPUT_HPP
