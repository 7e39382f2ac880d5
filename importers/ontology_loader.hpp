// SPDX-License-Identifier: MIT
// Reading an ontology file: the Turtle is parsed here (keep-triples mode) and the
// ontology built from the triples (ontology::Ontology::from_graph), so that ontology/
// depends on no file format.
#ifndef KGFORGE_IMPORTERS_ONTOLOGY_LOADER_HPP
#define KGFORGE_IMPORTERS_ONTOLOGY_LOADER_HPP

#include <string_view>

#include "core/diagnostics.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::importers {

/// Parses Turtle text named `source_name` into an ontology; problems (located) go to `diags`.
ontology::Ontology read_ontology(std::string_view turtle, std::string_view source_name, Diagnostics& diags);

/// The ontology compiled into kgforge (ontology/kgforge.ttl). Throws kgforge::Error if it
/// does not parse (a build mistake).
ontology::Ontology bundled_ontology();

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_ONTOLOGY_LOADER_HPP
