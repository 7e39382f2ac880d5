// SPDX-License-Identifier: MIT
// The node and edge table reader (CSV, TSV; KGX, Gephi's spreadsheet, plain edge
// lists), docs/tables.md. Rows stream: no table is held whole.
#ifndef KGFORGE_IMPORTERS_TABLE_IMPORTER_HPP
#define KGFORGE_IMPORTERS_TABLE_IMPORTER_HPP

#include <iosfwd>
#include <string_view>
#include <vector>

#include "importers/importer.hpp"

namespace kgforge::importers {

/// One table of a run: its name (for diagnostics), its stream and its delimiter.
struct TableSource {
  std::string_view name;
  std::istream* in;
  char delimiter;
};

/// The delimiter of a table format: ',' for "csv", '\t' for "tsv"; 0 for any other format.
char table_delimiter(std::string_view format);

/// Reads several tables as one graph. Each table is a node table (it has an id column)
/// or an edge table (it has source and target columns), told by its header; the node
/// tables are read first, so an edge table may name the nodes of any node table of the
/// run, and of the graph `out` already holds (YAML entities by id). When the run has a
/// node table, or `out` already has nodes, an edge naming no known node is an error
/// (with a "did you mean"); otherwise (a plain edge list) it makes the node. Every
/// problem goes to `diags`, located file:line:column.
void read_tables(const std::vector<TableSource>& tables, graph::KnowledgeGraph& out, Diagnostics& diags,
                 const ImportOptions& options = {});

/// The "csv" importer: read_tables() on one comma-separated table.
class CsvImporter : public Importer {
 public:
  void read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
            const ImportOptions& options) const override;
};

/// The "tsv" importer: read_tables() on one tab-separated table (KGX writes these).
class TsvImporter : public Importer {
 public:
  void read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
            const ImportOptions& options) const override;
};

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_TABLE_IMPORTER_HPP
