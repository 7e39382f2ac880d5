// SPDX-License-Identifier: MIT
#include "ontology/entailment.hpp"

#include <algorithm>
#include <deque>
#include <set>
#include <utility>

#include "core/error.hpp"
#include "core/text.hpp"
#include "graph/vocab.hpp"

namespace kgforge::ontology {

std::vector<std::string> entailment_namespaces(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  std::vector<std::string_view> known{"all"};
  for (const vocab::WellKnownPrefix& p : vocab::kWellKnownPrefixes) known.push_back(p.prefix);
  for (const std::string& name : names) {
    if (name.empty()) continue;
    if (name == "all") return {};
    bool found = false;
    for (const vocab::WellKnownPrefix& p : vocab::kWellKnownPrefixes) {
      if (p.prefix != name) continue;
      found = true;
      if (std::find(out.begin(), out.end(), p.iri) == out.end()) out.emplace_back(p.iri);
    }
    if (!found) {
      std::string list;
      for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      throw UsageError("--entail: unknown vocabulary '" + name + "'" + did_you_mean(name, known) + " (known: " + list +
                       ")");
    }
  }
  return out;
}

Entailment::Entailment(const Ontology& ontology, std::vector<std::string> namespaces)
    : ontology_(ontology), namespaces_(std::move(namespaces)) {}

bool Entailment::wanted(std::string_view iri) const {
  if (namespaces_.empty()) return true;
  return std::any_of(namespaces_.begin(), namespaces_.end(), [&](const std::string& ns) {
    return iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0;
  });
}

std::vector<std::string> Entailment::classes(std::string_view class_iri) const {
  std::vector<std::string> out;
  for (std::string& a : ontology_.ancestors(class_iri)) {
    if (a == vocab::owl::kThing || a == vocab::rdfs::kResource || !wanted(a)) continue;
    out.push_back(std::move(a));
  }
  return out;  // ancestors() is sorted
}

std::vector<EntailedProperty> Entailment::properties(std::string_view property_iri, bool resource_object) const {
  // Breadth first over (property, direction): a super-property keeps the direction,
  // an inverse flips it. Properties the ontology does not define (schema:funder) are
  // reached but lead nowhere further.
  using State = std::pair<std::string, bool>;
  std::set<State> seen;
  std::deque<State> todo{{std::string(property_iri), false}};
  while (!todo.empty()) {
    State s = std::move(todo.front());
    todo.pop_front();
    if (!seen.insert(s).second) continue;
    const PropertyInfo* p = ontology_.find_property(s.first);
    if (p == nullptr) continue;
    for (const std::string& super : p->super_properties) todo.emplace_back(super, s.second);
    if (resource_object && !p->inverse.empty()) todo.emplace_back(p->inverse, !s.second);
  }
  std::vector<EntailedProperty> out;
  for (const State& s : seen) {  // std::set: by IRI, forward (false) first
    if (s.first == property_iri && !s.second) continue;
    if (!wanted(s.first)) continue;
    out.push_back({s.first, s.second});
  }
  return out;
}

}  // namespace kgforge::ontology
