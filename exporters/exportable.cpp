// SPDX-License-Identifier: MIT
#include "exporters/exportable.hpp"

#include <optional>
#include <string>
#include <vector>

#include "exporters/export_view.hpp"
#include "exporters/markup.hpp"
#include "exporters/rdf_syntax.hpp"
#include "graph/iri.hpp"

namespace kgforge::exporters {

namespace {

using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Sym;
using graph::Value;

class Checker {
 public:
  Checker(const KnowledgeGraph& g, Diagnostics& diags) : g_(g), diags_(diags), done_(g.strings().size(), 0) {}

  void run() {
    for (NodeId n = 0; n < g_.node_count(); ++n) {
      const graph::Node& node = g_.node(n);
      where_ = node.where;
      node_ = n;
      if (!node.blank) iri(node.iri, "the IRI");
      if (node.name != 0) text(node.name, "the name");
      g_.for_each_property(n, [&](const graph::NodeProperty& p) {
        where_ = p.where.known() ? p.where : node.where;
        switch (p.role) {
          case graph::Role::kClass:
            iri(p.value.text, "a class");
            break;
          case graph::Role::kAlias:
            value(p.value, "an alias");
            break;
          case graph::Role::kDescription:
            value(p.value, "the description");
            break;
          case graph::Role::kSameAs:
            value(p.value, "same_as");
            break;
          case graph::Role::kAttribute:
            predicate(p.predicate);
            value(p.value, "the value of <" + std::string(g_.str(p.predicate)) + ">");
            break;
        }
        g_.for_each_qualifier(p, [&](const graph::Qualifier& q) {
          predicate(q.predicate);
          value(q.value, "the qualifier <" + std::string(g_.str(q.predicate)) + "> of a value");
        });
      });
    }
    g_.for_each_edge([&](graph::EdgeRef e) {
      const graph::Edge& edge = g_.edge(e);
      where_ = edge.where.known() ? edge.where : g_.node(g_.source(e)).where;
      node_ = g_.source(e);
      predicate(edge.predicate);
      g_.for_each_qualifier(e, [&](const graph::Qualifier& q) {
        predicate(q.predicate);
        value(q.value, "the qualifier <" + std::string(g_.str(q.predicate)) + "> of a <" +
                           std::string(g_.str(edge.predicate)) + "> relation");
      });
    });
  }

 private:
  enum : unsigned char { kText = 1, kIri = 2, kPredicate = 4 };

  bool first(Sym s, unsigned char what) {
    if (s >= done_.size() || (done_[s] & what) != 0) return false;
    done_[s] |= what;
    return true;
  }
  void report(const std::string& message) {
    diags_.error(g_.text_location(where_), "not-exportable",
                 describe_node(g_, node_) + ": " + message + "; validate refuses what a writer could not write");
  }
  void text(Sym s, const std::string& what) {
    if (!first(s, kText)) return;
    if (std::optional<std::string> problem = xml_char_problem(g_.str(s))) {
      report(what + " holds " + *problem + ", which XML 1.0 (RDF/XML, GraphML, SVG) cannot carry");
    } else if (g_.str(s).find('\x7F') != std::string_view::npos) {
      report(what + " holds " + rdf::kRdfXmlDelProblem);
    }
  }
  void iri(Sym s, const std::string& what) {
    if (!first(s, kIri)) return;
    const std::string_view text = g_.str(s);
    if (std::optional<std::string> problem = graph::iri_problem(text)) {
      report(what + " <" + std::string(text) + "> is not an IRI the RDF writers can write: " + *problem);
    } else if (std::optional<std::string> bad = xml_char_problem(text)) {
      report(what + " <" + std::string(text) + "> holds " + *bad + ", which XML 1.0 cannot carry");
    }
  }
  void predicate(Sym s) {
    iri(s, "the property");
    if (!first(s, kPredicate)) return;
    if (!rdf::ends_in_ncname(g_.str(s))) {
      report("the property <" + std::string(g_.str(s)) +
             "> does not end in an XML name (NCName), so RDF/XML cannot write it");
    }
  }
  void value(const Value& v, const std::string& what) {
    if (v.kind == Value::Kind::kIri) return iri(v.text, what);
    if (v.kind == Value::Kind::kBlank) return;
    text(v.text, what);
    if (v.datatype != 0) iri(v.datatype, "the datatype of " + what);
    if (v.language != 0 && first(v.language, kText) && !graph::is_language_tag(g_.str(v.language))) {
      report(what + " has the language tag '" + std::string(g_.str(v.language)) + "', which is not BCP 47");
    }
  }

  const KnowledgeGraph& g_;
  Diagnostics& diags_;
  std::vector<unsigned char> done_;
  graph::Location where_;
  NodeId node_ = 0;
};

}  // namespace

void check_exportable(const KnowledgeGraph& graph, Diagnostics& diags) { Checker(graph, diags).run(); }

}  // namespace kgforge::exporters
