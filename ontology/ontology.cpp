// SPDX-License-Identifier: MIT
// PLACEHOLDER until the ontology issue lands: an empty ontology. label_of() falls
// back to local names so that writers work.
#include "ontology/ontology.hpp"

#include "graph/knowledge_graph.hpp"

namespace kgforge::ontology {

struct Ontology::Impl {
  std::vector<ClassInfo> classes;
  std::vector<PropertyInfo> properties;
  graph::KnowledgeGraph graph;
};

Ontology::Ontology() : impl_(std::make_unique<Impl>()) {}
Ontology::~Ontology() = default;
Ontology::Ontology(Ontology&&) noexcept = default;
Ontology& Ontology::operator=(Ontology&&) noexcept = default;

Ontology Ontology::bundled() { return Ontology(); }
Ontology Ontology::from_turtle(std::string_view, std::string_view, Diagnostics&) { return Ontology(); }
void Ontology::add(const Ontology&) {}
const ClassInfo* Ontology::find_class(std::string_view) const { return nullptr; }
const PropertyInfo* Ontology::find_property(std::string_view) const { return nullptr; }
const std::vector<ClassInfo>& Ontology::classes() const { return impl_->classes; }
const std::vector<PropertyInfo>& Ontology::properties() const { return impl_->properties; }
bool Ontology::is_subclass_of(std::string_view sub, std::string_view super) const { return sub == super; }
std::string Ontology::label_of(std::string_view iri) const {
  const std::size_t cut = iri.find_last_of("#/");
  return std::string(cut == std::string_view::npos ? iri : iri.substr(cut + 1));
}
const graph::KnowledgeGraph& Ontology::graph() const { return impl_->graph; }

}  // namespace kgforge::ontology
