// SPDX-License-Identifier: MIT
// The exporter interface and registry: one file pair per output format.
#ifndef KGFORGE_EXPORTERS_EXPORTER_HPP
#define KGFORGE_EXPORTERS_EXPORTER_HPP

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kgforge::graph {
class KnowledgeGraph;
}
namespace kgforge::ontology {
class Ontology;
}

namespace kgforge::exporters {

/// What every exporter may be asked. Exporters ignore the options that do not
/// apply to them.
struct ExportOptions {
  const ontology::Ontology* ontology = nullptr;  ///< labels, datatypes, display hints (may be null)
  bool with_ontology = false;                    ///< RDF: also write the ontology's triples
  bool raw_literals = false;  ///< RDF: write lexical forms exactly as stored, unchecked (kgforge convert)
  bool entail = false;        ///< RDF: also write what the ontology's alignment entails (--entail)
  std::vector<std::string> entail_namespaces;  ///< with `entail`: only terms in these namespaces (empty = all)
  bool star_qualifiers = false;  ///< RDF: qualifiers as RDF-star annotations, not rdf:Statement (--qualifiers star)
  // View options shared by the exporters (see graph/view.hpp).
  std::string focus;                 ///< id, IRI or name of the ego-network centre ("" = whole graph)
  int depth = 1;                     ///< ego-network radius
  std::string as_of;                 ///< date: only what held then ("" = everything)
  std::vector<std::string> between;  ///< two dates: what held at some time between them
  bool dated_only = false;           ///< with a date: drop what has no date
  std::vector<std::string> classes;  ///< only nodes of these classes ("" = all)
  bool include_sources = false;      ///< graph formats: keep source documents and sections (graph/sources.hpp)
  std::string gexf_version = "1.3";  ///< GEXF: 1.3, or 1.2 (1.2draft, what NetworkX reads)
  // Diagram options.
  bool cluster = false;        ///< DOT: units drawn inside their parent organisation
  std::string rankdir = "LR";  ///< DOT: TB, LR, BT, RL
  std::string layout;          ///< render: dot, neato, sfdp, circo ("" = chosen by size)
  bool no_merge = false;       ///< DOT: one edge per relation (default: parallel relations merged)
  std::size_t max_label = 24;  ///< DOT: wrap width of labels, in code points
  std::string page;            ///< render: A4, A3 or letter, optionally ",landscape" ("" = natural size)
  double dpi = 0;              ///< render, PNG: pixels per inch (0 = 96)
  std::string size;            ///< render, PNG: WIDTHxHEIGHT in pixels that the image must fit ("" = any)
};

/// Writes a graph in one format. The same graph and options always give the same bytes.
/// Throws kgforge::Error (for example when a value cannot be represented).
class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const = 0;
  /// A format written as several files (node and edge tables): how each file's name
  /// ends ("_nodes.csv", "_edges.csv"); empty for a format written as one file.
  virtual std::vector<std::string> parts() const { return {}; }
  /// Writes part `index` of parts() (a one-file format: write()).
  virtual void write_part(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::size_t /*index*/,
                          std::ostream& out) const {
    write(graph, options, out);
  }
};

/// Where a sharded export writes (export --shard-size): the exporter asks for shard 0,
/// then 1, ... once the one before holds `per_shard` statements, and closes each with
/// its count. It never opens an empty shard, except shard 0 of an empty graph.
class ShardOutput {
 public:
  virtual ~ShardOutput() = default;
  virtual std::ostream& open(std::size_t index) = 0;
  virtual void close(std::size_t index, std::uint64_t statements) = 0;
};

/// Exporters of a line-based format (N-Triples, N-Quads) that can split it into shards.
class ShardingExporter : public Exporter {
 public:
  /// Writes the statements `per_shard` (> 0) at a time, each shard a whole file.
  virtual void write_shards(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::uint64_t per_shard,
                            ShardOutput& out) const = 0;
};

/// The exporter for a format name or alias of core/formats.hpp ("turtle", "ttl",
/// "graphml", "svg", ...), or nullptr if no exporter writes it.
std::unique_ptr<Exporter> make_exporter(std::string_view format);
/// The canonical names of the formats that have an exporter (must be the registry's
/// writable formats; a unit test checks).
std::vector<std::string_view> exporter_formats();

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_EXPORTER_HPP
