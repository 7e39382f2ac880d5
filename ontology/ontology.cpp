// SPDX-License-Identifier: MIT
// The ontology read from Turtle. Only RDF, RDFS and OWL terms are named here, plus
// the ontology's own display-hint annotation properties (kgf:shape, ...), which are
// how an ontology file speaks to diagram writers.
#include "ontology/ontology.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/vocab.hpp"

namespace kgforge::ontology {

namespace {

using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Sym;

std::string_view local_name(std::string_view iri) {
  const std::size_t cut = iri.find_last_of("#/");
  return cut == std::string_view::npos ? iri : iri.substr(cut + 1);
}

template <class T>
void add_unique(std::vector<T>& to, const T& value) {
  if (std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

// The vocabulary needed to read an ontology, interned in one graph.
struct Vocabulary {
  explicit Vocabulary(KnowledgeGraph& g)
      : type(g.intern(vocab::rdf::kType)),
        first(g.intern(vocab::rdf::kFirst)),
        rest(g.intern(vocab::rdf::kRest)),
        nil(g.intern(vocab::rdf::kNil)),
        rdf_property(g.intern(vocab::rdf::kProperty)),
        rdfs_class(g.intern(vocab::rdfs::kClass)),
        datatype(g.intern(vocab::rdfs::kDatatype)),
        sub_class(g.intern(vocab::rdfs::kSubClassOf)),
        sub_property(g.intern(vocab::rdfs::kSubPropertyOf)),
        domain(g.intern(vocab::rdfs::kDomain)),
        range(g.intern(vocab::rdfs::kRange)),
        literal(g.intern(vocab::rdfs::kLiteral)),
        label(g.intern(vocab::rdfs::kLabel)),
        comment(g.intern(vocab::rdfs::kComment)),
        owl_class(g.intern(vocab::owl::kClass)),
        object_property(g.intern(vocab::owl::kObjectProperty)),
        datatype_property(g.intern(vocab::owl::kDatatypeProperty)),
        annotation_property(g.intern(vocab::owl::kAnnotationProperty)),
        functional(g.intern(vocab::owl::kFunctionalProperty)),
        symmetric(g.intern(vocab::owl::kSymmetricProperty)),
        equivalent_class(g.intern(vocab::owl::kEquivalentClass)),
        equivalent_property(g.intern(vocab::owl::kEquivalentProperty)),
        inverse_of(g.intern(vocab::owl::kInverseOf)),
        union_of(g.intern(vocab::owl::kUnionOf)),
        shape(g.intern(vocab::kgf::kShape)),
        fill(g.intern(vocab::kgf::kFillColor)),
        font(g.intern(vocab::kgf::kFontColor)),
        line_style(g.intern(vocab::kgf::kLineStyle)),
        line_color(g.intern(vocab::kgf::kLineColor)) {}
  Sym type, first, rest, nil, rdf_property, rdfs_class, datatype, sub_class, sub_property, domain, range, literal,
      label, comment, owl_class, object_property, datatype_property, annotation_property, functional, symmetric,
      equivalent_class, equivalent_property, inverse_of, union_of, shape, fill, font, line_style, line_color;
};

}  // namespace

struct Ontology::Impl {
  std::vector<ClassInfo> classes;
  std::vector<PropertyInfo> properties;
  // Display hints as the files declared them; ClassInfo::style is resolved (inherited).
  std::vector<ClassStyle> declared_class_styles;
  std::vector<PropertyStyle> declared_property_styles;
  std::unordered_map<std::string, std::size_t> class_index;
  std::unordered_map<std::string, std::size_t> property_index;
  std::unordered_map<std::string, std::vector<std::string>> datatype_unions;   // named datatype -> members
  std::unordered_map<std::string, std::unordered_set<std::string>> ancestors;  // class -> itself and supers
  std::unordered_set<std::string> named;                 // every class/property/datatype IRI the ontology names
  std::unordered_map<std::string, std::string> aligned;  // outside term -> the kgforge term it is read as
  // Outside term -> what the ontology states it rdfs:subClassOf / rdfs:subPropertyOf
  // (`schema:Hospital rdfs:subClassOf kgf:Hospital`, the outside term the subject).
  std::unordered_map<std::string, std::vector<std::string>> narrower;
  graph::KnowledgeGraph graph;

  void finish();
  void resolve_ancestors();
  void resolve_styles();
  void resolve_datatypes();
  void resolve_alignments();
  ClassInfo& class_for(const std::string& iri);
  PropertyInfo& property_for(const std::string& iri);
};

// --- building from a parsed graph -------------------------------------------------------

namespace {

class Reader {
 public:
  Reader(Ontology::Impl& impl, Diagnostics& diags) : impl_(impl), g_(impl.graph), v_(impl.graph), diags_(diags) {}
  void read();

 private:
  std::vector<std::string> targets(NodeId n, Sym predicate) const;
  std::vector<std::string> list_members(NodeId list) const;
  std::string literal(NodeId n, Sym predicate) const;
  std::string text(NodeId n, Sym predicate) const;
  bool typed(NodeId n, std::initializer_list<Sym> classes) const;
  TextLocation declared_at(NodeId n) const;
  void read_class(NodeId n);
  void read_property(NodeId n);
  void read_datatype(NodeId n);

  Ontology::Impl& impl_;
  KnowledgeGraph& g_;
  Vocabulary v_;
  Diagnostics& diags_;
};

// IRIs of the objects of `predicate` from `n`; a blank object holding owl:unionOf
// (a class or datatype union) contributes its members.
std::vector<std::string> Reader::targets(NodeId n, Sym predicate) const {
  std::vector<std::string> out;
  for (graph::EdgeRef e : g_.out_edges(n)) {
    if (g_.edge(e).predicate != predicate) continue;
    const NodeId t = g_.target(e);
    if (!g_.node(t).blank) {
      add_unique(out, std::string(g_.iri(t)));
      continue;
    }
    for (graph::EdgeRef u : g_.out_edges(t)) {
      if (g_.edge(u).predicate != v_.union_of) continue;
      for (const std::string& m : list_members(g_.target(u))) add_unique(out, m);
    }
  }
  return out;
}

std::vector<std::string> Reader::list_members(NodeId list) const {
  std::vector<std::string> out;
  std::unordered_set<NodeId> seen;
  while (seen.insert(list).second) {
    std::optional<NodeId> next;
    for (graph::EdgeRef e : g_.out_edges(list)) {
      const NodeId t = g_.target(e);
      if (g_.edge(e).predicate == v_.first && !g_.node(t).blank) out.emplace_back(g_.iri(t));
      if (g_.edge(e).predicate == v_.rest && g_.node(t).iri != v_.nil) next = t;
    }
    if (!next) break;
    list = *next;
  }
  return out;
}

std::string Reader::literal(NodeId n, Sym predicate) const {
  std::string out;
  g_.for_each_property(n, [&](const graph::NodeProperty& p) {
    if (out.empty() && p.role == graph::Role::kAttribute && p.predicate == predicate && p.value.is_literal()) {
      out = g_.str(p.value.text);
    }
  });
  return out;
}

// The English (or untagged) value of a text property, else the first one.
std::string Reader::text(NodeId n, Sym predicate) const {
  std::string first, english;
  g_.for_each_property(n, [&](const graph::NodeProperty& p) {
    if (p.role != graph::Role::kAttribute || p.predicate != predicate || !p.value.is_literal()) return;
    const std::string_view lang = g_.str(p.value.language);
    if (first.empty()) first = g_.str(p.value.text);
    if (english.empty() && (lang.empty() || lang == "en" || lang.starts_with("en-"))) english = g_.str(p.value.text);
  });
  return english.empty() ? first : english;
}

// Where the term is declared: its first rdf:type statement, else its first mention.
TextLocation Reader::declared_at(NodeId n) const {
  graph::Location where = g_.node(n).where;
  bool found = false;
  g_.for_each_property(n, [&](const graph::NodeProperty& p) {
    if (!found && (p.role == graph::Role::kClass || p.role == graph::Role::kAttribute) && p.where.known()) {
      where = p.where;
      found = true;
    }
  });
  return g_.text_location(where);
}

bool Reader::typed(NodeId n, std::initializer_list<Sym> classes) const {
  for (Sym c : classes) {
    if (g_.has_class(n, c)) return true;
  }
  return false;
}

void Reader::read() {
  for (NodeId n = 0; n < g_.node_count(); ++n) {
    if (g_.node(n).blank) continue;
    const bool styled_class =
        !literal(n, v_.shape).empty() || !literal(n, v_.fill).empty() || !literal(n, v_.font).empty();
    const bool styled_property = !literal(n, v_.line_style).empty() || !literal(n, v_.line_color).empty();
    if (typed(n, {v_.datatype})) {
      read_datatype(n);
    } else if (typed(n, {v_.object_property, v_.datatype_property, v_.annotation_property, v_.rdf_property,
                         v_.functional, v_.symmetric}) ||
               styled_property) {
      read_property(n);
    } else if (typed(n, {v_.owl_class, v_.rdfs_class}) || styled_class) {
      read_class(n);
    } else if (!g_.iri(n).starts_with(vocab::ns::kKgf)) {  // an outside term placed under kgforge terms
      std::vector<std::string>& under = impl_.narrower[std::string(g_.iri(n))];
      for (const std::string& s : targets(n, v_.sub_class)) add_unique(under, s);
      for (const std::string& s : targets(n, v_.sub_property)) add_unique(under, s);
      if (under.empty()) impl_.narrower.erase(std::string(g_.iri(n)));
    }
  }
}

void Reader::read_class(NodeId n) {
  ClassInfo& c = impl_.class_for(std::string(g_.iri(n)));
  c.where = declared_at(n);
  if (std::string label = text(n, v_.label); !label.empty()) c.label = std::move(label);
  if (std::string comment = text(n, v_.comment); !comment.empty()) c.comment = std::move(comment);
  for (const std::string& s : targets(n, v_.sub_class)) add_unique(c.super_classes, s);
  for (const std::string& s : targets(n, v_.equivalent_class)) add_unique(c.equivalent, s);
  ClassStyle& style = impl_.declared_class_styles[impl_.class_index.at(c.iri)];
  style = {literal(n, v_.shape), literal(n, v_.fill), literal(n, v_.font)};
}

void Reader::read_property(NodeId n) {
  PropertyInfo& p = impl_.property_for(std::string(g_.iri(n)));
  p.where = declared_at(n);
  if (!graph::is_ncname(local_name(p.iri))) {
    diags_.error(p.where, "bad-name",
                 "property <" + p.iri + "> does not end in an XML name, so RDF/XML cannot write it");
  }
  if (std::string label = text(n, v_.label); !label.empty()) p.label = std::move(label);
  if (std::string comment = text(n, v_.comment); !comment.empty()) p.comment = std::move(comment);
  if (typed(n, {v_.annotation_property})) p.kind = PropertyInfo::Kind::kAnnotation;
  if (typed(n, {v_.datatype_property})) p.kind = PropertyInfo::Kind::kDatatype;
  p.functional = p.functional || typed(n, {v_.functional});
  p.symmetric = p.symmetric || typed(n, {v_.symmetric});
  for (const std::string& s : targets(n, v_.domain)) add_unique(p.domain, s);
  for (const std::string& s : targets(n, v_.range)) add_unique(p.range, s);
  for (const std::string& s : targets(n, v_.sub_property)) add_unique(p.super_properties, s);
  for (const std::string& s : targets(n, v_.equivalent_property)) {
    add_unique(p.super_properties, s);
    add_unique(p.equivalent, s);
  }
  const std::vector<std::string> inverse = targets(n, v_.inverse_of);
  if (!inverse.empty()) p.inverse = inverse.front();
  PropertyStyle& style = impl_.declared_property_styles[impl_.property_index.at(p.iri)];
  style = {literal(n, v_.line_style), literal(n, v_.line_color)};
}

void Reader::read_datatype(NodeId n) {
  std::vector<std::string> members = targets(n, v_.equivalent_class);
  if (!members.empty()) impl_.datatype_unions[std::string(g_.iri(n))] = std::move(members);
  impl_.named.insert(std::string(g_.iri(n)));
}

bool is_datatype_iri(std::string_view iri) {
  return iri.starts_with(graph::ns::kXsd) || iri == vocab::rdfs::kLiteral || iri == vocab::rdf::kLangString ||
         iri == vocab::rdf::kPlainLiteral;
}

}  // namespace

ClassInfo& Ontology::Impl::class_for(const std::string& iri) {
  auto [it, fresh] = class_index.try_emplace(iri, classes.size());
  if (fresh) {
    classes.push_back({});
    classes.back().iri = iri;
    declared_class_styles.emplace_back();
  }
  return classes[it->second];
}

PropertyInfo& Ontology::Impl::property_for(const std::string& iri) {
  auto [it, fresh] = property_index.try_emplace(iri, properties.size());
  if (fresh) {
    properties.push_back({});
    properties.back().iri = iri;
    declared_property_styles.emplace_back();
  }
  return properties[it->second];
}

void Ontology::Impl::resolve_ancestors() {
  std::unordered_map<std::string, std::vector<std::string>> up;
  for (const ClassInfo& c : classes) {
    for (const std::string& s : c.super_classes) add_unique(up[c.iri], s);
    for (const std::string& e : c.equivalent) {
      add_unique(up[c.iri], e);
      add_unique(up[e], c.iri);
    }
  }
  ancestors.clear();
  for (const auto& [iri, supers] : up) {  // declared classes and outside ones equivalent to them
    std::unordered_set<std::string>& seen = ancestors[iri];
    std::deque<std::string> todo{iri};
    while (!todo.empty()) {
      std::string x = std::move(todo.front());
      todo.pop_front();
      if (!seen.insert(x).second) continue;
      if (auto it = up.find(x); it != up.end()) todo.insert(todo.end(), it->second.begin(), it->second.end());
    }
  }
}

void Ontology::Impl::resolve_styles() {
  // Breadth first over super classes: the nearest declared hint wins.
  for (std::size_t i = 0; i < classes.size(); ++i) {
    ClassStyle style = declared_class_styles[i];
    std::deque<std::string> todo(classes[i].super_classes.begin(), classes[i].super_classes.end());
    std::unordered_set<std::string> seen{classes[i].iri};
    while (!todo.empty() && (style.shape.empty() || style.fill.empty() || style.font_color.empty())) {
      const std::string x = todo.front();
      todo.pop_front();
      auto it = class_index.find(x);
      if (!seen.insert(x).second || it == class_index.end()) continue;
      const ClassStyle& s = declared_class_styles[it->second];
      if (style.shape.empty()) style.shape = s.shape;
      if (style.fill.empty()) style.fill = s.fill;
      if (style.font_color.empty()) style.font_color = s.font_color;
      const auto& supers = classes[it->second].super_classes;
      todo.insert(todo.end(), supers.begin(), supers.end());
    }
    classes[i].style = style;
  }
  for (std::size_t i = 0; i < properties.size(); ++i) {
    PropertyStyle style = declared_property_styles[i];
    std::deque<std::string> todo(properties[i].super_properties.begin(), properties[i].super_properties.end());
    std::unordered_set<std::string> seen{properties[i].iri};
    while (!todo.empty() && (style.line.empty() || style.color.empty())) {
      const std::string x = todo.front();
      todo.pop_front();
      auto it = property_index.find(x);
      if (!seen.insert(x).second || it == property_index.end()) continue;
      if (style.line.empty()) style.line = declared_property_styles[it->second].line;
      if (style.color.empty()) style.color = declared_property_styles[it->second].color;
      const auto& supers = properties[it->second].super_properties;
      todo.insert(todo.end(), supers.begin(), supers.end());
    }
    properties[i].style = style;
  }
}

void Ontology::Impl::resolve_datatypes() {
  for (PropertyInfo& p : properties) {
    p.datatypes.clear();
    for (const std::string& r : p.range) {
      auto it = datatype_unions.find(r);
      if (it != datatype_unions.end()) {
        for (const std::string& m : it->second) add_unique(p.datatypes, m);
      } else if (is_datatype_iri(r) && r != vocab::rdfs::kLiteral) {
        add_unique(p.datatypes, r);
      }
    }
    const bool literal_range =
        !p.range.empty() && std::all_of(p.range.begin(), p.range.end(), [&](const std::string& r) {
          return is_datatype_iri(r) || datatype_unions.count(r) > 0;
        });
    if (literal_range && p.kind == PropertyInfo::Kind::kObject) p.kind = PropertyInfo::Kind::kDatatype;
  }
}

void Ontology::Impl::finish() {
  for (PropertyInfo& p : properties) {  // owl:inverseOf holds both ways
    if (p.inverse.empty()) continue;
    auto it = property_index.find(p.inverse);
    if (it != property_index.end() && properties[it->second].inverse.empty()) properties[it->second].inverse = p.iri;
  }
  for (PropertyInfo& p : properties) {
    if (p.symmetric && p.inverse.empty()) p.inverse = p.iri;
    if (p.label.empty()) p.label = std::string(local_name(p.iri));
  }
  for (ClassInfo& c : classes) {
    if (c.label.empty()) c.label = std::string(local_name(c.iri));
  }
  resolve_ancestors();
  resolve_styles();
  resolve_datatypes();
  named.clear();
  for (const ClassInfo& c : classes) {
    named.insert(c.iri);
    named.insert(c.super_classes.begin(), c.super_classes.end());
    named.insert(c.equivalent.begin(), c.equivalent.end());
  }
  for (const PropertyInfo& p : properties) {
    named.insert(p.iri);
    named.insert(p.super_properties.begin(), p.super_properties.end());
  }
  for (const auto& [iri, members] : datatype_unions) named.insert(iri);
  for (const auto& [iri, under] : narrower) named.insert(iri);
  resolve_alignments();
}

void Ontology::Impl::resolve_alignments() {
  aligned.clear();
  // a is a proper ancestor of b (classes, or properties through rdfs:subPropertyOf).
  auto above = [&](const std::string& a, const std::string& b) {
    if (a == b) return false;
    if (auto it = ancestors.find(b); it != ancestors.end() && it->second.count(a) > 0) return true;
    std::deque<std::string> todo{b};
    std::unordered_set<std::string> seen;
    while (!todo.empty()) {
      const std::string x = todo.front();
      todo.pop_front();
      if (!seen.insert(x).second) continue;
      auto p = property_index.find(x);
      if (p == property_index.end()) continue;
      for (const std::string& s : properties[p->second].super_properties) {
        if (s == a) return true;
        todo.push_back(s);
      }
    }
    return false;
  };
  // An outside term stated under kgforge terms is read as the most specific of them
  // (reading it as any of them is sound: what it names is one).
  for (const auto& [outside, supers] : narrower) {
    if (class_index.count(outside) > 0 || property_index.count(outside) > 0) continue;
    std::vector<std::string> own;
    for (const std::string& s : supers) {
      if (class_index.count(s) > 0 || property_index.count(s) > 0) own.push_back(s);
    }
    std::vector<std::string> lowest;  // the candidates no other candidate is below
    for (const std::string& c : own) {
      if (std::none_of(own.begin(), own.end(), [&](const std::string& o) { return above(c, o); })) lowest.push_back(c);
    }
    if (lowest.size() == 1) aligned[outside] = lowest.front();
  }
  // owl:equivalentClass / owl:equivalentProperty win over a subclass statement.
  for (const ClassInfo& c : classes) {
    for (const std::string& e : c.equivalent) {
      if (class_index.count(e) == 0) aligned[e] = c.iri;
    }
  }
  for (const PropertyInfo& p : properties) {
    for (const std::string& e : p.equivalent) {
      if (property_index.count(e) == 0 && class_index.count(e) == 0) aligned[e] = p.iri;
    }
  }
}

// --- the public interface ------------------------------------------------------------------

Ontology::Ontology() : impl_(std::make_unique<Impl>()) {}
Ontology::~Ontology() = default;
Ontology::Ontology(Ontology&&) noexcept = default;
Ontology& Ontology::operator=(Ontology&&) noexcept = default;

Ontology Ontology::from_graph(graph::KnowledgeGraph triples, Diagnostics& diags) {
  Ontology out;
  out.impl_->graph = std::move(triples);
  Reader(*out.impl_, diags).read();
  out.impl_->finish();
  return out;
}

void Ontology::add(const Ontology& other) {
  Impl& me = *impl_;
  const Impl& them = *other.impl_;
  for (std::size_t i = 0; i < them.classes.size(); ++i) {
    const ClassInfo& c = them.classes[i];
    const bool fresh = me.class_index.count(c.iri) == 0;
    ClassInfo& mine = me.class_for(c.iri);
    if (fresh || c.label != std::string(local_name(c.iri))) mine.label = c.label;
    if (!c.comment.empty()) mine.comment = c.comment;
    if (fresh) mine.where = c.where;
    for (const std::string& s : c.super_classes) add_unique(mine.super_classes, s);
    for (const std::string& s : c.equivalent) add_unique(mine.equivalent, s);
    ClassStyle& style = me.declared_class_styles[me.class_index.at(c.iri)];
    const ClassStyle& theirs = them.declared_class_styles[i];
    if (!theirs.shape.empty()) style.shape = theirs.shape;
    if (!theirs.fill.empty()) style.fill = theirs.fill;
    if (!theirs.font_color.empty()) style.font_color = theirs.font_color;
  }
  for (std::size_t i = 0; i < them.properties.size(); ++i) {
    const PropertyInfo& p = them.properties[i];
    const bool fresh = me.property_index.count(p.iri) == 0;
    PropertyInfo& mine = me.property_for(p.iri);
    if (fresh) mine = p;
    if (!fresh && p.label != std::string(local_name(p.iri))) mine.label = p.label;
    if (!p.comment.empty()) mine.comment = p.comment;
    if (!p.domain.empty()) mine.domain = p.domain;
    if (!p.range.empty()) mine.range = p.range;
    if (!p.inverse.empty()) mine.inverse = p.inverse;
    if (p.kind != PropertyInfo::Kind::kObject) mine.kind = p.kind;
    mine.functional = mine.functional || p.functional;
    mine.symmetric = mine.symmetric || p.symmetric;
    for (const std::string& s : p.super_properties) add_unique(mine.super_properties, s);
    for (const std::string& s : p.equivalent) add_unique(mine.equivalent, s);
    PropertyStyle& style = me.declared_property_styles[me.property_index.at(p.iri)];
    const PropertyStyle& theirs = them.declared_property_styles[i];
    if (!theirs.line.empty()) style.line = theirs.line;
    if (!theirs.color.empty()) style.color = theirs.color;
  }
  for (const auto& [iri, members] : them.datatype_unions) me.datatype_unions[iri] = members;
  for (const auto& [iri, under] : them.narrower) {
    for (const std::string& s : under) add_unique(me.narrower[iri], s);
  }
  me.graph.merge(them.graph);
  me.finish();
}

const ClassInfo* Ontology::find_class(std::string_view iri) const {
  auto it = impl_->class_index.find(std::string(iri));
  return it == impl_->class_index.end() ? nullptr : &impl_->classes[it->second];
}

const PropertyInfo* Ontology::find_property(std::string_view iri) const {
  auto it = impl_->property_index.find(std::string(iri));
  return it == impl_->property_index.end() ? nullptr : &impl_->properties[it->second];
}

const std::vector<ClassInfo>& Ontology::classes() const { return impl_->classes; }
const std::vector<PropertyInfo>& Ontology::properties() const { return impl_->properties; }

bool Ontology::is_subclass_of(std::string_view sub, std::string_view super) const {
  if (sub == super || super == vocab::owl::kThing || super == vocab::rdfs::kResource) return true;
  auto it = impl_->ancestors.find(std::string(sub));
  return it != impl_->ancestors.end() && it->second.count(std::string(super)) > 0;
}

std::vector<std::string> Ontology::ancestors(std::string_view class_iri) const {
  std::vector<std::string> out;
  auto it = impl_->ancestors.find(std::string(class_iri));
  if (it == impl_->ancestors.end()) return out;
  for (const std::string& a : it->second) {
    if (a != class_iri) out.push_back(a);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<const PropertyInfo*> Ontology::lineage(std::string_view property_iri) const {
  std::vector<const PropertyInfo*> out;
  std::deque<std::string> todo{std::string(property_iri)};
  std::unordered_set<std::string> seen;
  while (!todo.empty()) {
    const std::string x = todo.front();
    todo.pop_front();
    if (!seen.insert(x).second) continue;
    const PropertyInfo* p = find_property(x);
    if (p == nullptr) continue;
    out.push_back(p);
    todo.insert(todo.end(), p->super_properties.begin(), p->super_properties.end());
  }
  return out;
}

bool Ontology::knows(std::string_view iri) const {
  return impl_->named.count(std::string(iri)) > 0 || is_datatype_iri(iri);
}

std::string_view Ontology::kgforge_term(std::string_view iri) const {
  if (impl_->aligned.empty()) return {};
  auto it = impl_->aligned.find(std::string(iri));
  return it == impl_->aligned.end() ? std::string_view() : std::string_view(it->second);
}

std::vector<std::pair<std::string, std::string>> Ontology::alignments() const {
  std::vector<std::pair<std::string, std::string>> out(impl_->aligned.begin(), impl_->aligned.end());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Ontology::label_of(std::string_view iri) const {
  if (const ClassInfo* c = find_class(iri)) return c->label;
  if (const PropertyInfo* p = find_property(iri)) return p->label;
  return std::string(local_name(iri));
}

const graph::KnowledgeGraph& Ontology::graph() const { return impl_->graph; }

namespace {

std::string_view namespace_of(std::string_view iri) {
  const std::size_t cut = iri.find_last_of("#/");
  return cut == std::string_view::npos ? std::string_view() : iri.substr(0, cut + 1);
}

bool is_anything(const std::vector<std::string>& classes) {
  return classes.empty() ||
         (classes.size() == 1 && (classes[0] == vocab::owl::kThing || classes[0] == vocab::rdfs::kResource));
}

}  // namespace

void check_ontology(const Ontology& o, Diagnostics& diags) {
  std::unordered_set<std::string> own;
  for (const ClassInfo& c : o.classes()) own.insert(std::string(namespace_of(c.iri)));
  for (const PropertyInfo& p : o.properties()) own.insert(std::string(namespace_of(p.iri)));
  auto defined_class = [&](const std::string& iri) {
    return o.find_class(iri) != nullptr || own.count(std::string(namespace_of(iri))) == 0 || o.knows(iri);
  };
  auto refer = [&](const TextLocation& where, const std::string& from, const std::string& to, const char* how) {
    diags.warning(where, "unknown-class",
                  "<" + from + "> " + how + " <" + to + ">, which the ontology does not define");
  };
  for (const ClassInfo& c : o.classes()) {
    for (const std::string& s : c.super_classes) {
      if (o.find_class(s) == nullptr && own.count(std::string(namespace_of(s))) > 0)
        refer(c.where, c.iri, s, "is a subclass of");
    }
  }
  for (const PropertyInfo& p : o.properties()) {
    for (const std::string& d : p.domain) {
      if (!defined_class(d)) refer(p.where, p.iri, d, "has the domain");
    }
    for (const std::string& r : p.range) {
      if (!defined_class(r)) refer(p.where, p.iri, r, "has the range");
    }
    if (p.inverse.empty() || p.inverse == p.iri) continue;
    const PropertyInfo* q = o.find_property(p.inverse);
    if (q == nullptr) {
      diags.warning(p.where, "unknown-property",
                    "<" + p.iri + "> is the inverse of <" + p.inverse + ">, which the ontology does not define");
    } else if (q->inverse != p.iri) {
      diags.warning(
          p.where, "inverse-inconsistent",
          "<" + p.iri + "> is the inverse of <" + q->iri + ">, but that is the inverse of <" + q->inverse + ">");
    } else if (!is_anything(p.domain) && !is_anything(q->range) && p.domain != q->range) {
      diags.warning(p.where, "inverse-inconsistent",
                    "the domain of <" + p.iri + "> differs from the range of its inverse <" + q->iri + ">");
    }
  }
}

}  // namespace kgforge::ontology
