// SPDX-License-Identifier: MIT
// The columns of node and edge tables (CSV, TSV, KGX) as properties: the one rule that
// turns a column header into a property IRI, and the header a writer gives a property,
// so that what a table writer writes its reader reads back (docs/tables.md).
#ifndef KGFORGE_ONTOLOGY_COLUMN_NAMES_HPP
#define KGFORGE_ONTOLOGY_COLUMN_NAMES_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::ontology {

/// `header` folded for comparison: ASCII lower case, without ' ', '_', '-' and '.'
/// ("Start Date", "start_date" and "startDate" all give "startdate").
std::string fold_header(std::string_view header);

/// The prefixes a table may use without declaring them: `declared` (the graph's), then
/// biolink (KGX's categories, predicates and slots); the well-known ones come after
/// (graph::expand_name).
std::vector<graph::Prefix> table_prefixes(const std::vector<graph::Prefix>& declared);

/// The property IRI a column header stands for:
///   `<IRI>`, `scheme://...`, `prefix:local` (table_prefixes()): that IRI;
///   a bare name that folds (fold_header) to the local name of a kgf: property the
///   ontology defines: that property ("start_date" is not one; "founding_date" is
///   kgf:foundingDate);
///   any other bare header: `bare_namespace` + the header in lower case, with every
///   character a name cannot hold replaced by '_' ("Modularity Class" -> modularity_class).
/// nullopt (and `problem` says why) for a header with a ':' that names no IRI.
std::optional<std::string> column_property(std::string_view header, const Ontology* onto,
                                           std::string_view bare_namespace, const std::vector<graph::Prefix>& prefixes,
                                           std::string* problem = nullptr);

/// The header a table writer gives `property_iri`, which column_property() reads back
/// as the same IRI: the bare local name for a kgf: property of the ontology or a term of
/// `bare_namespace`, else `kgf:local`, `prefix:local` (table_prefixes() of no declared
/// prefixes) or `<IRI>`. A bare name that folds to one of `reserved` (the columns the
/// table's own roles take: "id", "source", ...) is written `kgf:local` or `<IRI>`.
std::string column_header(std::string_view property_iri, const Ontology* onto, std::string_view bare_namespace,
                          const std::vector<std::string_view>& reserved);

}  // namespace kgforge::ontology

#endif  // KGFORGE_ONTOLOGY_COLUMN_NAMES_HPP
