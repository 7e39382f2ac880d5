// SPDX-License-Identifier: MIT
// Small graphs built in code for the RDF exporter tests (no importer needed).
#ifndef KGFORGE_TESTS_EXPORTERS_RDF_FIXTURE_HPP
#define KGFORGE_TESTS_EXPORTERS_RDF_FIXTURE_HPP

#include <string>
#include <string_view>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"

namespace kgforge::testing {

inline std::string kgf(std::string_view local) { return std::string(graph::ns::kKgf) + std::string(local); }
inline std::string xsd(std::string_view local) { return std::string(graph::ns::kXsd) + std::string(local); }

/// A small CEOP-like KB: classes, names, aliases, a multi-line description, typed
/// literals in non-canonical form, a language-tagged string, sameAs, a source
/// document, qualified relations (one stated twice), awkward local names and a
/// blank node with an unsafe label.
inline graph::KnowledgeGraph small_kb() {
  using graph::Qualifier;
  using graph::Role;
  using graph::Value;
  graph::KnowledgeGraph g;
  g.set_base_iri("https://example.org/kb/");
  g.add_prefix("ex", "https://example.org/vocab/");
  auto node = [&](std::string_view id, std::string_view cls, std::string_view name) {
    const graph::NodeId n = g.add_node(g.base_iri() + graph::mint_iri_suffix(id));
    g.add_class(n, g.intern(cls));
    if (!name.empty()) g.set_name(n, name);
    return n;
  };
  auto attr = [&](graph::NodeId n, std::string_view p, std::string_view lexical, std::string_view dt,
                  std::string_view lang = "") {
    g.add_property(
        n, {Role::kAttribute, g.intern(p), Value::literal(g.intern(lexical), g.intern(dt), g.intern(lang)), {}});
  };
  const auto ceop = node("ceop", kgf("LawEnforcementUnit"), "CEOP Command");
  g.add_property(ceop, {Role::kAlias, 0, Value::literal(g.intern("CEOP")), {}});
  g.add_property(ceop,
                 {Role::kAlias, 0, Value::literal(g.intern("Child Exploitation and Online Protection Centre")), {}});
  g.add_property(ceop, {Role::kDescription,
                        0,
                        Value::literal(g.intern("A command of the \"NCA\".\nFormed in 2006 \\ absorbed in 2013.")),
                        {}});
  g.add_property(ceop, {Role::kSameAs, 0, Value::iri(g.intern("https://en.wikipedia.org/wiki/CEOP_Command")), {}});
  attr(ceop, kgf("staff"), "+0109", xsd("integer"));
  attr(ceop, kgf("budget"), "6000000", xsd("decimal"));
  attr(ceop, kgf("active"), "1", xsd("boolean"));
  attr(ceop, kgf("ratio"), "0.50", xsd("double"));
  attr(ceop, kgf("foundingDate"), "2006-04", xsd("gYearMonth"));
  attr(ceop, "https://example.org/vocab/motto", "Protéger les enfants", "", "fr");
  const auto nca = node("nca", kgf("LawEnforcementAgency"), "National Crime Agency");
  const auto article = node("article", kgf("SourceDocument"), "CEOP Command — Wikipedia");
  g.add_property(article, {Role::kAttribute,
                           g.intern(kgf("url")),
                           Value::literal(g.intern("https://en.wikipedia.org/wiki/CEOP"), g.intern(xsd("anyURI"))),
                           {}});
  const auto gwynne = node("johnny-gwynne", kgf("Person"), "Johnny Gwynne");
  const auto home = node("Home Office", kgf("GovernmentBody"), "Home Office");
  const auto nspcc = node("nspcc", kgf("Charity"), "NSPCC");
  auto edge = [&](graph::NodeId s, std::string_view p, graph::NodeId o) { return g.add_edge(s, g.intern(kgf(p)), o); };
  auto qual = [&](graph::EdgeRef e, std::string_view p, Value v) {
    g.add_qualifier(e, Qualifier{g.intern(kgf(p)), v});
  };
  auto part_of = edge(ceop, "partOf", nca);
  qual(part_of, "since", Value::literal(g.intern("2013-10-07"), g.intern(xsd("date"))));
  qual(part_of, "source", Value::iri(g.intern(g.base_iri() + "article")));
  auto again = edge(ceop, "partOf", nca);
  qual(again, "note", Value::literal(g.intern("stated twice, with another qualifier")));
  edge(ceop, "fundedBy", home);
  edge(ceop, "fundedBy", nspcc);
  auto leads = edge(gwynne, "directorOf", ceop);
  qual(leads, "role", Value::literal(g.intern("Director")));
  qual(leads, "since", Value::literal(g.intern("2013"), g.intern(xsd("gYear"))));
  for (std::string_view id : {"v1.0", "1abc", "-dash", "a.b.", "a~b", "c:colon", "%20"}) {
    edge(ceop, "relatedTo", node(id, kgf("Thing"), ""));
  }
  const auto blank = g.add_blank_node("has space:colon");
  g.set_name(blank, "an anonymous \"\"\" thing\r\nwith CR");
  edge(ceop, "relatedTo", blank);
  return g;
}

}  // namespace kgforge::testing

#endif  // KGFORGE_TESTS_EXPORTERS_RDF_FIXTURE_HPP
