// SPDX-License-Identifier: MIT
// The ontology in use, written out: as Turtle, or as a Markdown reference.
#ifndef KGFORGE_ONTOLOGY_ONTOLOGY_WRITER_HPP
#define KGFORGE_ONTOLOGY_ONTOLOGY_WRITER_HPP

#include <iosfwd>

namespace kgforge::ontology {

class Ontology;

/// Writes the ontology's triples as Turtle: subjects in the order the files declare
/// them (the bundled file first, then each --ontology file), `a` first, then each
/// predicate in declaration order; blank nodes used once are nested `[ ... ]`, lists
/// are `( ... )`. The same ontology always gives the same bytes.
void write_turtle(const Ontology& ontology, std::ostream& out);

/// Writes a Markdown reference: a summary, every class (alphabetically) with its
/// super- and subclasses, display hints and a table of the properties whose domain it
/// is, then every property in one table, then the properties with no domain (usable on
/// anything, and as relation qualifiers). Deterministic.
void write_markdown(const Ontology& ontology, std::ostream& out);

}  // namespace kgforge::ontology

#endif  // KGFORGE_ONTOLOGY_ONTOLOGY_WRITER_HPP
