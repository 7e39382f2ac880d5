// SPDX-License-Identifier: MIT
// The ontology in use as a Markdown reference (docs/ontology.md is generated with it
// by `kgforge ontology --to md`). Its Turtle goes through the Turtle exporter
// (ExportOptions::with_ontology), like every other RDF output.
#ifndef KGFORGE_EXPORTERS_ONTOLOGY_MARKDOWN_HPP
#define KGFORGE_EXPORTERS_ONTOLOGY_MARKDOWN_HPP

#include <iosfwd>

namespace kgforge::ontology {
class Ontology;
}

namespace kgforge::exporters {

/// Writes a Markdown reference: a summary, every class (alphabetically) with its
/// super- and subclasses, display hints and a table of the properties whose domain it
/// is, then every property in one table, then the properties with no domain (usable on
/// anything, and as relation qualifiers). Deterministic.
void write_ontology_markdown(const ontology::Ontology& ontology, std::ostream& out);

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_ONTOLOGY_MARKDOWN_HPP
