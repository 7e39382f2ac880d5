// SPDX-License-Identifier: MIT
// Which properties carry dates, and what each date means, as the ontology says: the one
// place that decides it (graph::TimeProperties; --as-of, --between, period texts).
#ifndef KGFORGE_ONTOLOGY_TIME_HPP
#define KGFORGE_ONTOLOGY_TIME_HPP

#include "graph/view.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::ontology {

/// The date properties of `onto`: datatype properties whose values are dates
/// (kgf:PartialDate, xsd:date, xsd:gYear ...) and that are, directly or through their
/// super-properties, a schema:startDate, schema:foundingDate or schema:birthDate (a
/// start: kgf:since, kgf:foundingDate, kgf:birthDate), a schema:endDate,
/// schema:dissolutionDate or schema:deathDate (an end: kgf:until, kgf:dissolutionDate,
/// kgf:deathDate), or a dcterms:date (a one-off event: kgf:date). A user's extension
/// that declares its own date property this way is understood too.
graph::TimeProperties time_properties(const Ontology& onto);
/// time_properties(*onto), or graph::TimeProperties::core() when there is no ontology.
graph::TimeProperties time_properties(const Ontology* onto);

}  // namespace kgforge::ontology

#endif  // KGFORGE_ONTOLOGY_TIME_HPP
