// SPDX-License-Identifier: MIT
#include "ontology/time.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "graph/vocab.hpp"

namespace kgforge::ontology {

namespace {

constexpr std::array kStarts = {vocab::schema::kStartDate, vocab::schema::kFoundingDate, vocab::schema::kBirthDate};
constexpr std::array kEnds = {vocab::schema::kEndDate, vocab::schema::kDissolutionDate, vocab::schema::kDeathDate};
constexpr std::array kEvents = {vocab::dcterms::kDate};

bool takes_dates(const PropertyInfo& p) {
  return std::any_of(p.datatypes.begin(), p.datatypes.end(), [](const std::string& d) {
    return d == vocab::xsd::kDate || d == vocab::xsd::kGYear || d == vocab::xsd::kGYearMonth ||
           d == vocab::xsd::kDateTime;
  });
}

template <std::size_t N>
bool under(const std::vector<const PropertyInfo*>& lineage, const std::array<std::string_view, N>& anchors) {
  for (const PropertyInfo* p : lineage) {
    for (const std::string& super : p->super_properties) {
      if (std::find(anchors.begin(), anchors.end(), super) != anchors.end()) return true;
    }
  }
  return false;
}

}  // namespace

graph::TimeProperties time_properties(const Ontology& onto) {
  graph::TimeProperties time;
  for (const PropertyInfo& p : onto.properties()) {
    if (p.kind != PropertyInfo::Kind::kDatatype || !takes_dates(p)) continue;
    const std::vector<const PropertyInfo*> lineage = onto.lineage(p.iri);
    if (under(lineage, kStarts))
      time.start.push_back(p.iri);
    else if (under(lineage, kEnds))
      time.end.push_back(p.iri);
    else if (under(lineage, kEvents))
      time.event.push_back(p.iri);
  }
  return time;
}

graph::TimeProperties time_properties(const Ontology* onto) {
  return onto != nullptr ? time_properties(*onto) : graph::TimeProperties::core();
}

}  // namespace kgforge::ontology
