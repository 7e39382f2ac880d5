// SPDX-License-Identifier: MIT
// Node and edge tables (docs/tables.md): Gephi's spreadsheet columns as CSV or TSV,
// and KGX's TSV. Two files each, which the table reader reads back as the same graph.
#ifndef KGFORGE_EXPORTERS_TABLE_EXPORTER_HPP
#define KGFORGE_EXPORTERS_TABLE_EXPORTER_HPP

#include <string>
#include <utility>
#include <vector>

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

/// The columns a table writer uses.
enum class TableStyle {
  kGephi,  ///< Id, Label, category, description, aliases, same_as, iri, ... / Source, Target, Type, Label, ...
  kKgx,    ///< id, category, name, description, synonym, same_as, iri, ... / subject, predicate, object, ...
};

/// Writes the nodes (in IRI order) and the relations (by source, then as stated) of the
/// export view as two tables: part 0 the node table, part 1 the edge table. Node ids
/// are graph::display_id() (what analyze and the diagrams show), with the full IRI in
/// the `iri` column; lists are joined by `|` (a `|` in a value is written `\|`);
/// every attribute or qualifier property is a column (ontology::column_header()).
/// Fields are quoted as RFC 4180 says when they hold the delimiter, a quote or a line break.
class TableExporter : public Exporter {
 public:
  TableExporter(TableStyle style, char delimiter, std::string extension)
      : style_(style), delimiter_(delimiter), extension_(std::move(extension)) {}
  /// Throws UsageError: a table export is two files, which need a name (-o).
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;
  std::vector<std::string> parts() const override;
  void write_part(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::size_t index,
                  std::ostream& out) const override;

 private:
  TableStyle style_;
  char delimiter_;
  std::string extension_;
};

/// --to csv: Gephi's columns, comma-separated (NAME_nodes.csv, NAME_edges.csv).
class CsvExporter : public TableExporter {
 public:
  CsvExporter() : TableExporter(TableStyle::kGephi, ',', "csv") {}
};
/// --to tsv: Gephi's columns, tab-separated.
class TsvExporter : public TableExporter {
 public:
  TsvExporter() : TableExporter(TableStyle::kGephi, '\t', "tsv") {}
};
/// --to kgx: KGX's columns, tab-separated (NAME_nodes.tsv, NAME_edges.tsv, as KGX names them).
class KgxExporter : public TableExporter {
 public:
  KgxExporter() : TableExporter(TableStyle::kKgx, '\t', "tsv") {}
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_TABLE_EXPORTER_HPP
