// SPDX-License-Identifier: MIT
#include "ontology/ontology_writer.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <ostream>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/iri.hpp"
#include "graph/vocab.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/xsd.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::ontology {

namespace {

using graph::KnowledgeGraph;
using graph::Location;
using graph::NodeId;
using graph::Sym;
using graph::Value;

bool is_prefix_name(std::string_view s) {
  if (s.empty()) return true;
  if (!std::isalpha(static_cast<unsigned char>(s.front()))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

std::vector<graph::Prefix> prefixes_for(const KnowledgeGraph& g) {
  std::vector<graph::Prefix> out;
  auto add = [&](std::string_view name, std::string_view iri) {
    if (!is_prefix_name(name) || iri.empty()) return;
    for (const graph::Prefix& p : out) {
      if (p.prefix == name || p.iri == iri) return;
    }
    out.push_back({std::string(name), std::string(iri)});
  };
  for (const graph::WellKnownPrefix& p : graph::kWellKnownPrefixes) add(p.prefix, p.iri);
  for (const graph::Prefix& p : g.prefixes()) add(p.prefix, p.iri);
  return out;
}

std::string escape_literal(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out;
}

// One object of a subject's triple, in the order it was stated.
struct Object {
  Location where;
  Value value;
  std::optional<NodeId> node;  // for IRIs and blank nodes
};

class TurtleWriter {
 public:
  TurtleWriter(const KnowledgeGraph& g, std::ostream& out) : g_(g), out_(out), prefixes_(prefixes_for(g)) {
    rdf_type_ = vocab::rdf::kType;
    rdf_first_ = vocab::rdf::kFirst;
    rdf_rest_ = vocab::rdf::kRest;
    rdf_nil_ = vocab::rdf::kNil;
  }
  void write();

 private:
  std::string iri(std::string_view iri) const;
  std::string term(const Object& o, int depth);
  std::string literal(const Value& v) const;
  std::vector<std::pair<std::string, std::vector<Object>>> grouped(NodeId n) const;
  std::optional<std::vector<Object>> as_list(NodeId n) const;
  std::string body(NodeId n, int depth);
  std::string blank_label(NodeId n);
  static bool before(const Location& a, const Location& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
  }

  const KnowledgeGraph& g_;
  std::ostream& out_;
  std::vector<graph::Prefix> prefixes_;
  std::string rdf_type_, rdf_first_, rdf_rest_, rdf_nil_;
  std::vector<std::uint32_t> references_;
  std::unordered_set<NodeId> inlined_;
  std::unordered_map<NodeId, std::string> labels_;
};

std::string TurtleWriter::iri(std::string_view text) const {
  const graph::Prefix* best = nullptr;
  for (const graph::Prefix& p : prefixes_) {
    if (text.starts_with(p.iri) && (!best || p.iri.size() > best->iri.size())) {
      const std::string_view local = text.substr(p.iri.size());
      if (graph::is_ncname(local) && local.back() != '.') best = &p;
    }
  }
  if (best) return best->prefix + ":" + std::string(text.substr(best->iri.size()));
  return "<" + std::string(text) + ">";
}

std::string TurtleWriter::literal(const Value& v) const {
  std::string out = "\"" + escape_literal(g_.str(v.text)) + "\"";
  if (v.language != 0) return out + "@" + std::string(g_.str(v.language));
  if (v.datatype != 0) return out + "^^" + iri(g_.str(v.datatype));
  return out;
}

// The subject's triples: predicate IRI -> objects, rdf:type first, then predicates in
// the order first stated.
std::vector<std::pair<std::string, std::vector<Object>>> TurtleWriter::grouped(NodeId n) const {
  std::vector<std::pair<std::string, std::vector<Object>>> out;
  auto add = [&](const std::string& p, Object o) {
    for (auto& [q, objects] : out) {
      if (q == p) return objects.push_back(o);
    }
    out.push_back({p, {o}});
  };
  std::vector<std::pair<std::string, Object>> all;
  g_.for_each_property(n, [&](const graph::NodeProperty& p) {
    if (p.role == graph::Role::kClass) all.push_back({rdf_type_, {p.where, p.value, g_.find_node(g_.str(p.value.text))}});
    if (p.role == graph::Role::kAttribute) all.push_back({std::string(g_.str(p.predicate)), {p.where, p.value, {}}});
  });
  for (graph::EdgeRef e : g_.out_edges(n)) {
    const NodeId t = g_.target(e);
    const Value v = g_.node(t).blank ? Value::blank(g_.node(t).iri) : Value::iri(g_.node(t).iri);
    all.push_back({std::string(g_.predicate(e)), {g_.edge(e).where, v, t}});
  }
  std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) {
    if ((a.first == rdf_type_) != (b.first == rdf_type_)) return a.first == rdf_type_;
    return before(a.second.where, b.second.where);
  });
  for (auto& [p, o] : all) add(p, o);
  return out;
}

// The members of a well-formed RDF list starting at blank node `n`, or nullopt.
std::optional<std::vector<Object>> TurtleWriter::as_list(NodeId n) const {
  std::vector<Object> items;
  std::unordered_set<NodeId> seen;
  while (true) {
    if (!g_.node(n).blank || !seen.insert(n).second || (items.size() > 0 && references_[n] != 1)) return std::nullopt;
    const auto groups = grouped(n);
    if (groups.size() != 2 || groups[0].first != rdf_first_ || groups[1].first != rdf_rest_ ||
        groups[0].second.size() != 1 || groups[1].second.size() != 1) {
      return std::nullopt;
    }
    items.push_back(groups[0].second[0]);
    const Object& rest = groups[1].second[0];
    if (!rest.node) return std::nullopt;
    if (g_.iri(*rest.node) == rdf_nil_ && !g_.node(*rest.node).blank) return items;
    n = *rest.node;
  }
}

std::string TurtleWriter::blank_label(NodeId n) {
  auto [it, fresh] = labels_.try_emplace(n);
  if (fresh) it->second = "_:b" + std::to_string(labels_.size());
  return it->second;
}

std::string TurtleWriter::term(const Object& o, int depth) {
  if (o.value.is_literal()) return literal(o.value);
  if (!o.node || !g_.node(*o.node).blank) return iri(g_.str(o.value.text));
  const NodeId b = *o.node;
  if (references_[b] != 1 || depth > 16 || !inlined_.insert(b).second) return blank_label(b);
  if (const auto list = as_list(b)) {
    std::string out = "(";
    NodeId cell = b;
    for (const Object& item : *list) {
      inlined_.insert(cell);
      out += " " + term(item, depth + 1);
      for (graph::EdgeRef e : g_.out_edges(cell)) {
        if (g_.predicate(e) == rdf_rest_) cell = g_.target(e);
      }
    }
    return out + " )";
  }
  return "[ " + body(b, depth + 1) + " ]";
}

std::string TurtleWriter::body(NodeId n, int depth) {
  std::string out;
  const std::string indent = depth == 0 ? "\n    " : " ";
  bool first = true;
  for (const auto& [p, objects] : grouped(n)) {
    if (!first) out += " ;" + indent;
    first = false;
    out += p == rdf_type_ ? "a" : iri(p);
    for (std::size_t i = 0; i < objects.size(); ++i) out += (i == 0 ? " " : " , ") + term(objects[i], depth);
  }
  return out;
}

void TurtleWriter::write() {
  references_.assign(g_.node_count(), 0);
  std::vector<std::pair<Location, NodeId>> subjects;
  for (graph::EdgeRef e : g_.edges()) ++references_[g_.target(e)];
  for (NodeId n = 0; n < g_.node_count(); ++n) {
    std::optional<Location> first;
    for (const auto& [p, objects] : grouped(n)) {
      for (const Object& o : objects) {
        if (!first || before(o.where, *first)) first = o.where;
      }
    }
    if (first) subjects.push_back({*first, n});
  }
  std::stable_sort(subjects.begin(), subjects.end(), [](const auto& a, const auto& b) { return before(a.first, b.first); });
  for (const graph::Prefix& p : prefixes_) out_ << "@prefix " << p.prefix << ": <" << p.iri << "> .\n";
  for (const auto& [where, n] : subjects) {
    if (g_.node(n).blank && references_[n] == 1) continue;  // written inside its referrer
    const std::string subject = g_.node(n).blank ? blank_label(n) : iri(g_.iri(n));
    out_ << "\n" << subject << " " << body(n, 0) << " .\n";
  }
}

// --- Markdown ------------------------------------------------------------------------------

std::string md_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

class MarkdownWriter {
 public:
  MarkdownWriter(const Ontology& o, std::ostream& out) : o_(o), out_(out), prefixes_(prefixes_for(o.graph())) {}
  void write();

 private:
  std::string name(std::string_view iri) const;
  std::string code(std::string_view iri) const { return "`" + name(iri) + "`"; }
  std::string list(const std::vector<std::string>& iris) const;
  std::string link(std::string_view iri) const;
  std::string anchor(std::string_view iri) const;
  std::string range_text(const PropertyInfo& p) const;
  std::string traits(const PropertyInfo& p) const;
  void write_summary();
  void write_class(const ClassInfo& c);
  void write_properties();

  const Ontology& o_;
  std::ostream& out_;
  std::vector<graph::Prefix> prefixes_;
};

std::string MarkdownWriter::name(std::string_view iri) const {
  for (const graph::Prefix& p : prefixes_) {
    if (iri.starts_with(p.iri) && graph::is_ncname(iri.substr(p.iri.size()))) {
      return p.prefix + ":" + std::string(iri.substr(p.iri.size()));
    }
  }
  return "<" + std::string(iri) + ">";
}

std::string MarkdownWriter::anchor(std::string_view iri) const {
  std::string out;
  for (char c : name(iri)) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string MarkdownWriter::link(std::string_view iri) const {
  if (o_.find_class(iri) != nullptr) return "[" + code(iri) + "](#" + anchor(iri) + ")";
  return code(iri);
}

std::string MarkdownWriter::list(const std::vector<std::string>& iris) const {
  std::string out;
  for (const std::string& i : iris) out += (out.empty() ? "" : ", ") + link(i);
  return out.empty() ? "—" : out;
}

std::string MarkdownWriter::range_text(const PropertyInfo& p) const {
  if (p.range.empty()) return "—";
  std::string out = list(p.range);
  if (p.datatypes.size() > 1) {
    std::string members;
    for (const std::string& d : p.datatypes) members += (members.empty() ? "" : " \\| ") + xsd::display(d);
    out += " (" + members + ")";
  }
  return out;
}

std::string MarkdownWriter::traits(const PropertyInfo& p) const {
  std::vector<std::string> t;
  if (p.functional) t.push_back("functional");
  if (p.symmetric) t.push_back("symmetric");
  if (!p.inverse.empty() && p.inverse != p.iri) t.push_back("inverse of " + code(p.inverse));
  if (!p.super_properties.empty()) {
    std::string s;
    for (const std::string& x : p.super_properties) s += (s.empty() ? "" : ", ") + code(x);
    t.push_back("⊑ " + s);
  }
  std::string out;
  for (const std::string& x : t) out += (out.empty() ? "" : "; ") + x;
  return out;
}

void MarkdownWriter::write_summary() {
  std::size_t object = 0, datatype = 0, annotation = 0;
  for (const PropertyInfo& p : o_.properties()) {
    if (p.kind == PropertyInfo::Kind::kObject) ++object;
    if (p.kind == PropertyInfo::Kind::kDatatype) ++datatype;
    if (p.kind == PropertyInfo::Kind::kAnnotation) ++annotation;
  }
  out_ << "# The kgforge ontology\n\n"
       << "<!-- Generated by `kgforge ontology --to md`; do not edit. tests/cli/ontology_doc.sh checks it. -->\n\n"
       << "The classes and properties a knowledge base may use, read from `ontology/kgforge.ttl` (add your own\n"
       << "with `--ontology FILE`, or replace them with `--ontology-only FILE`). Bare names in a YAML knowledge\n"
       << "base are in the namespace `https://w3id.org/kgforge/ns#` (prefix `kgf:`). Each term is aligned to\n"
       << "schema.org, W3C ORG, FOAF, PROV-O, Dublin Core Terms or SKOS (⊑ = rdfs:subClassOf / rdfs:subPropertyOf),\n"
       << "so that a SPARQL query with those terms finds kgforge data when this ontology is loaded beside it.\n\n"
       << o_.classes().size() << " classes; " << o_.properties().size() << " properties (" << object << " object, "
       << datatype << " datatype, " << annotation << " annotation).\n\n"
       << "Domain and range are checked by `kgforge validate` with subclass reasoning (a mismatch is a warning);\n"
       << "a datatype property's values must have one of its datatypes (a value whose form fits is retyped: `2006`\n"
       << "given for an `xsd:gYear` property becomes `\"2006\"^^xsd:gYear`); a functional property takes one value.\n\n"
       << "## Classes\n\n| Class | Label | Subclass of |\n|---|---|---|\n";
  std::vector<const ClassInfo*> sorted;
  for (const ClassInfo& c : o_.classes()) sorted.push_back(&c);
  std::sort(sorted.begin(), sorted.end(), [&](auto* a, auto* b) { return name(a->iri) < name(b->iri); });
  for (const ClassInfo* c : sorted) {
    out_ << "| " << link(c->iri) << " | " << md_escape(c->label) << " | " << list(c->super_classes) << " |\n";
  }
  out_ << "\n";
  for (const ClassInfo* c : sorted) write_class(*c);
}

void MarkdownWriter::write_class(const ClassInfo& c) {
  out_ << "### " << name(c.iri) << "\n\n**" << md_escape(c.label) << "**. " << md_escape(c.comment) << "\n\n";
  out_ << "- Subclass of: " << list(c.super_classes) << "\n";
  if (!c.equivalent.empty()) out_ << "- Equivalent to: " << list(c.equivalent) << "\n";
  std::vector<std::string> subs;
  for (const ClassInfo& d : o_.classes()) {
    if (std::find(d.super_classes.begin(), d.super_classes.end(), c.iri) != d.super_classes.end()) subs.push_back(d.iri);
  }
  std::sort(subs.begin(), subs.end(), [&](const auto& a, const auto& b) { return name(a) < name(b); });
  if (!subs.empty()) out_ << "- Subclasses: " << list(subs) << "\n";
  if (!c.style.shape.empty() || !c.style.fill.empty()) {
    out_ << "- Drawn as: " << (c.style.shape.empty() ? "default shape" : "`" + c.style.shape + "`")
         << (c.style.fill.empty() ? "" : ", fill `" + c.style.fill + "`")
         << (c.style.font_color.empty() ? "" : ", text `" + c.style.font_color + "`") << "\n";
  }
  std::vector<const PropertyInfo*> own;
  for (const PropertyInfo& p : o_.properties()) {
    if (std::find(p.domain.begin(), p.domain.end(), c.iri) != p.domain.end()) own.push_back(&p);
  }
  std::sort(own.begin(), own.end(), [&](auto* a, auto* b) { return name(a->iri) < name(b->iri); });
  if (own.empty()) {
    out_ << "\n";
    return;
  }
  out_ << "\n| Property | Label | Range | Notes |\n|---|---|---|---|\n";
  for (const PropertyInfo* p : own) {
    out_ << "| " << code(p->iri) << " | " << md_escape(p->label) << " | " << range_text(*p) << " | " << traits(*p) << " |\n";
  }
  out_ << "\n";
}

void MarkdownWriter::write_properties() {
  std::vector<const PropertyInfo*> sorted;
  for (const PropertyInfo& p : o_.properties()) sorted.push_back(&p);
  std::sort(sorted.begin(), sorted.end(), [&](auto* a, auto* b) { return name(a->iri) < name(b->iri); });
  static constexpr const char* kKinds[] = {"object", "datatype", "annotation"};
  out_ << "## Properties\n\n| Property | Label | Kind | Domain | Range | Notes | Description |\n"
       << "|---|---|---|---|---|---|---|\n";
  for (const PropertyInfo* p : sorted) {
    out_ << "| " << code(p->iri) << " | " << md_escape(p->label) << " | " << kKinds[static_cast<int>(p->kind)] << " | "
         << list(p->domain) << " | " << range_text(*p) << " | " << traits(*p) << " | " << md_escape(p->comment) << " |\n";
  }
  out_ << "\n## Properties usable on anything (and as relation qualifiers)\n\n"
       << "These have no domain: give them on any entity, or on a relation (`since`, `until`, `date`, `source`,\n"
       << "`role`, `note` and, under `qualifiers:`, any other).\n\n| Property | Range | Notes |\n|---|---|---|\n";
  for (const PropertyInfo* p : sorted) {
    const bool anywhere = p->domain.empty() || (p->domain.size() == 1 && p->domain[0] == vocab::owl::kThing);
    if (anywhere && p->kind != PropertyInfo::Kind::kAnnotation) {
      out_ << "| " << code(p->iri) << " | " << range_text(*p) << " | " << traits(*p) << " |\n";
    }
  }
  out_ << "\n";
}

void MarkdownWriter::write() {
  write_summary();
  write_properties();
}

}  // namespace

void write_turtle(const Ontology& ontology, std::ostream& out) { TurtleWriter(ontology.graph(), out).write(); }

void write_markdown(const Ontology& ontology, std::ostream& out) { MarkdownWriter(ontology, out).write(); }

}  // namespace kgforge::ontology
