// SPDX-License-Identifier: MIT
// The exporter interface and registry: one file pair per output format.
#ifndef KGFORGE_EXPORTERS_EXPORTER_HPP
#define KGFORGE_EXPORTERS_EXPORTER_HPP

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
  // View options shared by the exporters (see graph/view.hpp).
  std::string focus;                 ///< id, IRI or name of the ego-network centre ("" = whole graph)
  int depth = 1;                     ///< ego-network radius
  std::string as_of;                 ///< date: only what held then ("" = everything)
  std::vector<std::string> between;  ///< two dates: what held at some time between them
  bool dated_only = false;           ///< with a date: drop what has no date
  std::vector<std::string> classes;  ///< only nodes of these classes ("" = all)
  // Diagram options.
  bool cluster = false;        ///< DOT: units drawn inside their parent organisation
  std::string rankdir = "LR";  ///< DOT: TB, LR, BT, RL
  std::string layout;          ///< render: dot, neato, sfdp, circo ("" = chosen by size)
};

/// Writes a graph in one format. The same graph and options always give the same bytes.
/// Throws kgforge::Error (for example when a value cannot be represented).
class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const = 0;
};

/// The exporter for a format name or alias of core/formats.hpp ("turtle", "ttl",
/// "graphml", "svg", ...), or nullptr if no exporter writes it.
std::unique_ptr<Exporter> make_exporter(std::string_view format);
/// The canonical names of the formats that have an exporter (must be the registry's
/// writable formats; a unit test checks).
std::vector<std::string_view> exporter_formats();

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_EXPORTER_HPP
