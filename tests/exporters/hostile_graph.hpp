// SPDX-License-Identifier: MIT
// A small graph of hostile text for the GraphML and DOT writer tests: DOT keywords
// as ids, colons, quotes, backslashes, newlines, emoji, right-to-left text, <&>.
#ifndef KGFORGE_TESTS_EXPORTERS_HOSTILE_GRAPH_HPP
#define KGFORGE_TESTS_EXPORTERS_HOSTILE_GRAPH_HPP

#include <string>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"

namespace kgforge::testing {

inline constexpr const char* kBase = "https://w3id.org/kgforge/test/";

inline std::string kgf(const std::string& local) { return std::string(graph::ns::kKgf) + local; }
inline std::string xsd(const std::string& local) { return std::string(graph::ns::kXsd) + local; }

inline graph::NodeId add_entity(graph::KnowledgeGraph& g, const std::string& id, const std::string& name,
                                const std::string& cls) {
  const graph::NodeId n = g.add_node(kBase + graph::mint_iri_suffix(id));
  g.set_name(n, name);
  g.add_class(n, g.intern(kgf(cls)));
  return n;
}

inline void add_literal(graph::KnowledgeGraph& g, graph::NodeId n, const std::string& predicate,
                        const std::string& lexical, const std::string& datatype = "") {
  g.add_property(n, {graph::Role::kAttribute,
                     g.intern(kgf(predicate)),
                     graph::Value::literal(g.intern(lexical), datatype.empty() ? 0 : g.intern(xsd(datatype))),
                     {}});
}

/// Entities: node, Node, EDGE, strict, subgraph, Digraph, graph (DOT keywords), a
/// colon id, a name with quotes/backslashes/newlines, emoji and RTL text.
inline graph::KnowledgeGraph hostile_graph() {
  graph::KnowledgeGraph g;
  g.set_base_iri(kBase);
  const graph::NodeId node = add_entity(g, "node", "node", "Organisation");
  const graph::NodeId node2 = add_entity(g, "Node", "Node", "Organisation");
  const graph::NodeId edge = add_entity(g, "EDGE", "EDGE", "Person");
  const graph::NodeId strict = add_entity(g, "strict", "strict", "Person");
  const graph::NodeId sub = add_entity(g, "subgraph", "SubGraph", "Organisation");
  const graph::NodeId digraph = add_entity(g, "Digraph", "diGRAPH", "Organisation");
  const graph::NodeId gr = add_entity(g, "graph", "graph", "Person");
  const graph::NodeId colon = add_entity(g, "ex:CEOP", "ex:CEOP port:n", "Organisation");
  const graph::NodeId quotes = add_entity(g, "quotes", "Say \"hi\" \\ C:\\dir\\", "Person");
  const graph::NodeId lines = add_entity(g, "lines", "first line\nsecond\r\nthird\ttabbed", "Person");
  const graph::NodeId emoji = add_entity(g, "emoji", "Zoë 😀 👩‍💻 <b>&amp;</b> & 'single'", "Person");
  const graph::NodeId rtl = add_entity(g, "rtl", "שלום עולם مرحبا بالعالم", "Organisation");
  const graph::NodeId trailing = add_entity(g, "trailing", "ends with a backslash\\", "Person");
  g.add_property(emoji, {graph::Role::kAlias, 0, graph::Value::literal(g.intern("Z \"one\"")), {}});
  g.add_property(emoji, {graph::Role::kAlias, 0, graph::Value::literal(g.intern("Zed\\")), {}});
  g.add_property(quotes, {graph::Role::kDescription, 0, graph::Value::literal(g.intern("line1\nline2\r\nx\ty")), {}});
  add_literal(g, node, "employees", "120", "integer");
  add_literal(g, node2, "employees", "+007", "integer");
  add_literal(g, node, "budget", "6.50", "decimal");
  add_literal(g, node2, "budget", "0.1", "decimal");
  add_literal(g, node, "active", "true", "boolean");
  add_literal(g, node2, "active", "0", "boolean");
  add_literal(g, node, "code", "42", "integer");
  add_literal(g, node2, "code", "forty-two");  // mixed types: the key falls back to string
  add_literal(g, sub, "website", "https://example.org/a?b=1&c=<2>");
  add_literal(g, sub, "website", "https://example.org/second");  // two values: a list
  const graph::Sym part_of = g.intern(kgf("partOf"));
  const graph::Sym member = g.intern(kgf("memberOf"));
  g.add_edge(sub, part_of, node);
  g.add_edge(colon, part_of, node);
  const graph::EdgeRef e1 = g.add_edge(edge, member, node);
  g.add_qualifier(e1,
                  {g.intern(kgf("since")), graph::Value::literal(g.intern("2013-10"), g.intern(xsd("gYearMonth")))});
  g.add_qualifier(e1, {g.intern(kgf("note")), graph::Value::literal(g.intern("a \"quoted\" note\\"))});
  const graph::EdgeRef e2 = g.add_edge(edge, member, node);  // parallel edge
  g.add_qualifier(e2, {g.intern(kgf("source")), graph::Value::iri(g.intern(std::string(kBase) + "doc1"))});
  g.add_qualifier(e2, {g.intern(kgf("source")), graph::Value::iri(g.intern(std::string(kBase) + "doc2"))});
  g.add_edge(strict, member, digraph);
  g.add_edge(gr, member, colon);
  g.add_edge(quotes, member, rtl);
  g.add_edge(lines, member, rtl);
  g.add_edge(emoji, member, node2);
  g.add_edge(trailing, member, node2);
  return g;
}

}  // namespace kgforge::testing

#endif  // KGFORGE_TESTS_EXPORTERS_HOSTILE_GRAPH_HPP
