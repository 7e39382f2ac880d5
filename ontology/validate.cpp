// SPDX-License-Identifier: MIT
// Validation of a knowledge graph against the ontology. What is an error and what a
// warning:
// - error: an unknown class or property in the ontology's own namespaces (a typo, with
//   a "did you mean"), a literal whose lexical form is invalid or fits none of the
//   property's datatypes, a literal where a resource is expected or the reverse, a
//   functional property with two values, and inverse relations that together give a
//   functional property two values;
// - warning: a subject or object outside the property's domain or range (RDFS would
//   infer the class; kgforge asks), a class or property from another vocabulary that
//   the ontology does not name, and inverse relations stated both ways whose
//   functional qualifiers (since, until, ...) disagree.
// A term from another vocabulary that the ontology aligns (Ontology::kgforge_term:
// schema:Person is read as kgf:Person) is checked as the kgforge term. Problems about
// a term are reported once with a count (core/diagnostics.hpp, aggregated()): the
// subject of each is the term, or the predicate and class of a domain or range
// mismatch.
#include "ontology/validate.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/progress.hpp"
#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::ontology {

namespace {

using graph::EdgeRef;
using graph::KnowledgeGraph;
using graph::Location;
using graph::NodeId;
using graph::NodeProperty;
using graph::Role;
using graph::Sym;
using graph::Value;

std::string_view namespace_of(std::string_view iri) {
  const std::size_t cut = iri.find_last_of("#/");
  return cut == std::string_view::npos ? std::string_view() : iri.substr(0, cut + 1);
}

std::string display(std::string_view iri) { return graph::compact_name(iri, {}, {.bare_kgf = false}); }

void add_unique(std::vector<Sym>& to, Sym s) {
  if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

// What validation needs to know about one predicate, computed once.
struct Facts {
  bool defined = false;  // the ontology defines it
  bool named = false;    // the ontology defines or names it
  PropertyInfo::Kind kind = PropertyInfo::Kind::kObject;
  std::vector<Sym> domains;            // every rdfs:domain along the lineage
  std::vector<Sym> ranges;             // class ranges along the lineage
  std::vector<std::string> datatypes;  // from the nearest property that has some
  bool functional = false;
  Sym inverse = 0;
};

class Validator {
 public:
  Validator(KnowledgeGraph& g, const Ontology& o, Diagnostics& d) : g_(g), o_(o), d_(d) {
    for (const ClassInfo& c : o.classes()) own_namespaces_.insert(std::string(namespace_of(c.iri)));
    for (const PropertyInfo& p : o.properties()) own_namespaces_.insert(std::string(namespace_of(p.iri)));
  }
  void run();

 private:
  const Facts& facts(Sym predicate);
  std::string_view read_as(std::string_view iri) const;
  bool fits_class(NodeId n, Sym cls);
  std::string node_text(NodeId n) const;
  std::string classes_text(NodeId n) const;
  std::string suggestion(std::string_view iri, bool want_class) const;
  TextLocation at(const Location& where, NodeId fallback) const;
  void unknown(std::string_view iri, bool is_class, const TextLocation& where);
  void check_classes(NodeId n);
  void check_attributes(NodeId n);
  void check_literal(Sym predicate, const Facts& f, Value& v, const TextLocation& where);
  void check_resource(Sym predicate, const Facts& f, NodeId subject, std::optional<NodeId> object,
                      const TextLocation& where);
  void check_edge(EdgeRef e);
  const std::string& pair_subject(std::string_view prefix, Sym predicate, Sym cls);
  template <class Qualified>  // EdgeRef, or the NodeProperty of a qualified attribute value
  void check_qualifiers(const Qualified& of, const TextLocation& where);
  void check_functional_edges();
  bool functional_either_way(Sym predicate);
  std::vector<EdgeRef> functional_edges_in_text_order();
  void check_inverse_qualifiers();

  struct UnknownTerm {
    bool error = false;
    std::string code;
    std::string message;
  };
  static constexpr std::size_t kUnknownTermsKept = 4096;  // then made again for each use

  KnowledgeGraph& g_;
  const Ontology& o_;
  Diagnostics& d_;
  std::unordered_set<std::string> own_namespaces_;
  std::unordered_map<std::string, UnknownTerm> unknown_[2];  // messages by term: properties, classes
  std::unordered_map<Sym, Facts> facts_;
  std::unordered_map<std::uint64_t, bool> subclass_;
  std::string subject_;  // pair_subject's buffer
};

// The IRI as the ontology reads it: its own term for an aligned outside term.
std::string_view Validator::read_as(std::string_view iri) const {
  const std::string_view own = o_.kgforge_term(iri);
  return own.empty() ? iri : own;
}

const Facts& Validator::facts(Sym predicate) {
  auto [it, fresh] = facts_.try_emplace(predicate);
  if (!fresh) return it->second;
  Facts& f = it->second;
  const std::string_view iri = read_as(g_.str(predicate));
  const PropertyInfo* info = o_.find_property(iri);
  f.defined = info != nullptr;
  f.named = f.defined || (o_.knows(iri) && o_.find_class(iri) == nullptr);
  if (info == nullptr) return f;
  f.kind = info->kind;
  f.functional = info->functional;
  if (!info->inverse.empty()) f.inverse = g_.intern(info->inverse);
  for (const PropertyInfo* p : o_.lineage(iri)) {
    for (const std::string& d : p->domain) add_unique(f.domains, g_.intern(d));
    if (f.datatypes.empty()) f.datatypes = p->datatypes;
    if (p->kind == PropertyInfo::Kind::kObject) {
      for (const std::string& r : p->range) add_unique(f.ranges, g_.intern(r));
    }
  }
  return f;
}

// True if some class of `n` is `cls` or under it. A node with no class, or with a
// class the ontology does not know (reported on its own), is given the benefit of
// the doubt.
bool Validator::fits_class(NodeId n, Sym cls) {
  bool any = false;
  bool fits = false;
  g_.for_each_property(n, [&](const NodeProperty& p) {
    if (p.role != Role::kClass || fits) return;
    any = true;
    const std::uint64_t key = (static_cast<std::uint64_t>(p.value.text) << 32) | cls;
    auto [it, fresh] = subclass_.try_emplace(key, false);
    if (fresh) {
      const std::string_view c = read_as(g_.str(p.value.text));
      it->second = o_.is_subclass_of(c, g_.str(cls)) || (o_.find_class(c) == nullptr && !o_.knows(c));
    }
    fits = it->second;
  });
  return fits || !any;
}

std::string Validator::node_text(NodeId n) const {
  if (!g_.name(n).empty()) return "'" + std::string(g_.name(n)) + "'";
  return display(g_.iri(n));
}

std::string Validator::classes_text(NodeId n) const {
  std::string out;
  for (Sym c : g_.classes(n)) out += (out.empty() ? "" : ", ") + display(g_.str(c));
  return out;
}

std::string Validator::suggestion(std::string_view iri, bool want_class) const {
  std::vector<std::string_view> iris;
  if (want_class) {
    for (const ClassInfo& c : o_.classes()) iris.push_back(c.iri);
  } else {
    for (const PropertyInfo& p : o_.properties()) {
      if (p.kind != PropertyInfo::Kind::kAnnotation) iris.push_back(p.iri);
    }
  }
  std::vector<std::string_view> locals;  // compared by local name, shown as a prefixed name
  for (std::string_view c : iris) locals.push_back(c.substr(namespace_of(c).size()));
  const std::optional<std::size_t> best = nearest(iri.substr(namespace_of(iri).size()), locals);
  return best ? "; did you mean " + display(iris[*best]) + "?" : "";
}

TextLocation Validator::at(const Location& where, NodeId fallback) const {
  return g_.text_location(where.known() ? where : g_.node(fallback).where);
}

void Validator::unknown(std::string_view iri, bool is_class, const TextLocation& where) {
  // The message is made once per term: a file can use one unknown term millions of times
  // (the diagnostics count the uses), and a suggestion compares against every ontology term.
  std::unordered_map<std::string, UnknownTerm>& seen = unknown_[is_class ? 1 : 0];
  subject_.assign(iri);
  auto it = seen.find(subject_);
  if (it != seen.end() &&
      d_.counted_again(it->second.error ? Severity::kError : Severity::kWarning, it->second.code, subject_, where))
    return;
  UnknownTerm made;
  if (it == seen.end()) {
    const char* what = is_class ? "class" : "property";
    made.code = is_class ? "unknown-class" : "unknown-property";
    made.error = true;
    if (is_class && o_.find_property(iri) != nullptr) {
      made.message = display(iri) + " is a property, not a class";
    } else if (!is_class && o_.find_class(iri) != nullptr) {
      made.message = display(iri) + " is a class, not a property";
    } else if (own_namespaces_.count(std::string(namespace_of(iri))) > 0) {
      made.message = std::string("unknown ") + what + " " + display(iri) + suggestion(iri, is_class);
    } else {
      made.error = false;
      made.message = std::string(what) + " " + display(iri) + " is not in the ontology, so it is not checked";
    }
    if (seen.size() < kUnknownTermsKept) it = seen.emplace(std::string(iri), made).first;
  }
  const UnknownTerm& u = it != seen.end() ? it->second : made;
  if (u.error) {
    d_.error(where, u.code, u.message, std::string(iri));
  } else {
    d_.warning(where, u.code, u.message, std::string(iri));
  }
}

void Validator::check_classes(NodeId n) {
  g_.for_each_property(n, [&](const NodeProperty& p) {
    if (p.role != Role::kClass) return;
    const std::string_view iri = read_as(g_.str(p.value.text));
    const bool known = o_.find_class(iri) != nullptr || (o_.knows(iri) && o_.find_property(iri) == nullptr);
    if (!known) unknown(iri, true, at(p.where, n));
  });
}

// Checks a literal against the property's datatypes, retyping it when its lexical form
// fits one of them (2006 given for an xsd:gYear property becomes "2006"^^xsd:gYear).
void Validator::check_literal(Sym predicate, const Facts& f, Value& v, const TextLocation& where) {
  const std::string_view lexical = g_.str(v.text);
  const std::string_view own = v.language != 0   ? std::string_view(vocab::rdf::kLangString)
                               : v.datatype != 0 ? g_.str(v.datatype)
                                                 : std::string_view(vocab::xsd::kString);
  if (!xsd::is_valid(own, lexical)) {
    d_.error(where, "bad-literal", "'" + std::string(lexical) + "' is not a valid " + xsd::display(own));
    return;
  }
  if (f.datatypes.empty() || std::find(f.datatypes.begin(), f.datatypes.end(), own) != f.datatypes.end()) return;
  const std::string_view xsd_string = vocab::xsd::kString;
  if (v.language != 0 && std::find(f.datatypes.begin(), f.datatypes.end(), xsd_string) != f.datatypes.end()) return;
  for (const std::string& t : f.datatypes) {
    if (v.language != 0 || !xsd::is_valid(t, lexical)) continue;
    v.datatype = t == xsd_string ? 0 : g_.intern(t);
    return;
  }
  std::string wanted;
  for (std::size_t i = 0; i < f.datatypes.size(); ++i) {
    wanted += (i == 0 ? "" : i + 1 == f.datatypes.size() ? " or " : ", ") + xsd::display(f.datatypes[i]);
  }
  d_.error(where, "wrong-datatype",
           display(g_.str(predicate)) + " takes " + wanted + "; '" + std::string(lexical) + "' (" + xsd::display(own) +
               ") is not one",
           std::string(g_.str(predicate)) + " " + std::string(own));
}

// Checks the subject against the domains and, for a resource value, the object
// against the class ranges.
void Validator::check_resource(Sym predicate, const Facts& f, NodeId subject, std::optional<NodeId> object,
                               const TextLocation& where) {
  for (Sym d : f.domains) {
    if (fits_class(subject, d)) continue;
    const std::string& subject_key = pair_subject("", predicate, d);
    if (d_.counted_again(Severity::kWarning, "domain-mismatch", subject_key, where)) continue;
    d_.warning(where, "domain-mismatch",
               display(g_.str(predicate)) + " applies to a " + display(g_.str(d)) + " (" + o_.label_of(g_.str(d)) +
                   "), but " + node_text(subject) + " is a " + classes_text(subject),
               subject_key);
  }
  if (!object) return;
  for (Sym r : f.ranges) {
    if (fits_class(*object, r)) continue;
    const std::string& subject_key = pair_subject("", predicate, r);
    if (d_.counted_again(Severity::kWarning, "range-mismatch", subject_key, where)) continue;
    d_.warning(where, "range-mismatch",
               display(g_.str(predicate)) + " points to a " + display(g_.str(r)) + " (" + o_.label_of(g_.str(r)) +
                   "), but " + node_text(*object) + " is a " + classes_text(*object),
               subject_key);
  }
}

// "PREFIXpredicate class", the subject a domain or range mismatch is counted by, made in
// one reused buffer (validation asks for it on every relation that mismatches).
const std::string& Validator::pair_subject(std::string_view prefix, Sym predicate, Sym cls) {
  subject_.assign(prefix);
  subject_ += g_.str(predicate);
  subject_ += ' ';
  subject_ += g_.str(cls);
  return subject_;
}

void Validator::check_attributes(NodeId n) {
  std::vector<std::pair<Sym, std::pair<Value, TextLocation>>> functional_seen;
  g_.update_properties(n, [&](NodeProperty& p) {
    if (p.role != Role::kAttribute) return;
    const TextLocation where = at(p.where, n);
    if (p.qualified()) check_qualifiers(p, where);
    const Facts& f = facts(p.predicate);
    if (!f.named) return unknown(g_.str(p.predicate), false, where);
    if (!f.defined || f.kind == PropertyInfo::Kind::kAnnotation) return;
    std::optional<NodeId> object;
    if (p.value.is_literal()) {
      if (f.kind == PropertyInfo::Kind::kObject) {
        d_.error(where, "expected-resource",
                 display(g_.str(p.predicate)) + " links to a resource, not the literal '" +
                     std::string(g_.str(p.value.text)) + "'; state it as a relation",
                 std::string(g_.str(p.predicate)));
        return;
      }
      check_literal(p.predicate, f, p.value, where);
    } else if (f.kind == PropertyInfo::Kind::kDatatype) {
      d_.error(where, "expected-literal", display(g_.str(p.predicate)) + " takes a literal value, not a resource",
               std::string(g_.str(p.predicate)));
      return;
    } else {
      object = g_.find_node(g_.str(p.value.text));
    }
    check_resource(p.predicate, f, n, object, where);
    if (!f.functional) return;
    for (const auto& [predicate, first] : functional_seen) {
      if (predicate != p.predicate || first.first == p.value) continue;
      d_.error(where, "functional-twice",
               display(g_.str(p.predicate)) + " takes one value, but " + node_text(n) + " has '" +
                   std::string(g_.str(first.first.text)) + "' (" + to_string(first.second) + ") and '" +
                   std::string(g_.str(p.value.text)) + "'");
      return;
    }
    functional_seen.push_back({p.predicate, {p.value, where}});
  });
}

// The qualifiers of a relation or of an attribute value: known terms, literal or resource
// as declared, lexical forms, ranges, and a functional one given once.
template <class Qualified>
void Validator::check_qualifiers(const Qualified& of, const TextLocation& where) {
  std::vector<graph::Qualifier> seen;
  g_.update_qualifiers(of, [&](graph::Qualifier& q) {
    const Facts& f = facts(q.predicate);
    if (!f.named) return unknown(g_.str(q.predicate), false, where);
    if (!f.defined || f.kind == PropertyInfo::Kind::kAnnotation) return;
    if (q.value.is_literal()) {
      if (f.kind == PropertyInfo::Kind::kObject) {
        d_.error(where, "expected-resource",
                 "qualifier " + display(g_.str(q.predicate)) + " links to a resource, not '" +
                     std::string(g_.str(q.value.text)) + "'",
                 "qualifier " + std::string(g_.str(q.predicate)));
        return;
      }
      check_literal(q.predicate, f, q.value, where);
    } else if (f.kind == PropertyInfo::Kind::kDatatype) {
      d_.error(where, "expected-literal", "qualifier " + display(g_.str(q.predicate)) + " takes a literal value",
               "qualifier " + std::string(g_.str(q.predicate)));
      return;
    } else if (const std::optional<NodeId> object = g_.find_node(g_.str(q.value.text))) {
      for (Sym r : f.ranges) {
        if (fits_class(*object, r)) continue;
        const std::string& subject_key = pair_subject("qualifier ", q.predicate, r);
        if (d_.counted_again(Severity::kWarning, "range-mismatch", subject_key, where)) continue;
        d_.warning(where, "range-mismatch",
                   "qualifier " + display(g_.str(q.predicate)) + " points to a " + display(g_.str(r)) + ", but " +
                       node_text(*object) + " is a " + classes_text(*object),
                   subject_key);
      }
    }
    if (!f.functional) return;
    for (const graph::Qualifier& s : seen) {
      if (s.predicate != q.predicate || s.value == q.value) continue;
      d_.error(where, "functional-twice",
               "qualifier " + display(g_.str(q.predicate)) + " is given twice ('" + std::string(g_.str(s.value.text)) +
                   "' and '" + std::string(g_.str(q.value.text)) + "')");
      return;
    }
    seen.push_back(q);
  });
}

void Validator::check_edge(EdgeRef e) {
  const Sym predicate = g_.edge(e).predicate;
  const TextLocation where = at(g_.edge(e).where, g_.source(e));
  const Facts& f = facts(predicate);
  if (!f.named) {
    unknown(g_.str(predicate), false, where);
  } else if (f.defined && f.kind == PropertyInfo::Kind::kDatatype) {
    d_.error(where, "expected-literal",
             display(g_.str(predicate)) + " takes a literal value (an attribute), not the resource " +
                 node_text(g_.target(e)),
             std::string(g_.str(predicate)));
  } else if (f.defined && f.kind == PropertyInfo::Kind::kObject) {
    check_resource(predicate, f, g_.source(e), g_.target(e), where);
  }
  check_qualifiers(e, where);
}

// True if the predicate, or its inverse, takes one value.
bool Validator::functional_either_way(Sym predicate) {
  const Facts& f = facts(predicate);
  return f.functional || (f.inverse != 0 && f.inverse != predicate && facts(f.inverse).functional);
}

// The edges whose predicate or its inverse is functional, ordered by where they were
// stated, so that "the second value" is the later one. Only these are copied and
// sorted (24 bytes an edge), not the whole graph's edges.
std::vector<EdgeRef> Validator::functional_edges_in_text_order() {
  std::vector<EdgeRef> out;
  g_.for_each_edge([&](EdgeRef e) {
    if (functional_either_way(g_.edge(e).predicate)) out.push_back(e);
  });
  std::stable_sort(out.begin(), out.end(), [&](EdgeRef a, EdgeRef b) {
    const Location& x = g_.edge(a).where;
    const Location& y = g_.edge(b).where;
    if (x.file != y.file) return g_.str(x.file) < g_.str(y.file);
    if (x.line != y.line) return x.line < y.line;
    if (x.column != y.column) return x.column < y.column;
    return g_.edge(a).id < g_.edge(b).id;
  });
  return out;
}

// A functional property with two values, counting what inverse relations imply: `a
// hasUnit b` implies `b unitOf a`, so with `b unitOf c` stated too, b has two parents.
void Validator::check_functional_edges() {
  struct First {
    NodeId value;
    EdgeRef edge;
    bool implied;
  };
  std::unordered_map<std::uint64_t, First> first;
  auto record = [&](NodeId holder, Sym predicate, NodeId value, EdgeRef e, bool implied) {
    const std::uint64_t key = (static_cast<std::uint64_t>(holder) << 32) | predicate;
    auto [it, fresh] = first.try_emplace(key, First{value, e, implied});
    if (fresh || it->second.value == value) return;
    const First& f = it->second;
    const std::string where_first = to_string(at(g_.edge(f.edge).where, g_.source(f.edge)));
    const TextLocation where = at(g_.edge(e).where, g_.source(e));
    const std::string p = display(g_.str(predicate));
    if (!implied && !f.implied) {
      d_.error(where, "functional-twice",
               p + " takes one value, but " + node_text(holder) + " has " + node_text(f.value) + " (" + where_first +
                   ") and " + node_text(value));
    } else {
      d_.error(where, "inverse-inconsistent",
               "with the inverse relations, " + node_text(holder) + " " + p + " would have two values, " +
                   node_text(f.value) + " (" + where_first + ") and " + node_text(value) + ", but " + p + " takes one");
    }
  };
  for (EdgeRef e : functional_edges_in_text_order()) {
    const Sym p = g_.edge(e).predicate;
    const Facts& f = facts(p);
    if (f.functional) record(g_.source(e), p, g_.target(e), e, false);
    if (f.inverse != 0 && f.inverse != p && facts(f.inverse).functional) {
      record(g_.target(e), f.inverse, g_.source(e), e, true);
    }
  }
}

// Inverse relations stated both ways must agree on their functional qualifiers.
void Validator::check_inverse_qualifiers() {
  auto key = [](NodeId s, Sym p, NodeId t) {
    return (static_cast<std::uint64_t>(s) * 0x9E3779B97F4A7C15ull) ^ (static_cast<std::uint64_t>(p) << 21) ^ t;
  };
  std::unordered_set<Sym> used;
  g_.for_each_edge([&](EdgeRef e) { used.insert(g_.edge(e).predicate); });
  // Only relations whose inverse is used somewhere can meet it, and only those with a
  // functional qualifier can disagree.
  auto paired = [&](Sym p) { return facts(p).inverse != 0 && used.count(facts(p).inverse) > 0; };
  auto qualified = [&](EdgeRef e) {
    bool any = false;
    g_.for_each_qualifier(e, [&](const graph::Qualifier& q) { any = any || facts(q.predicate).functional; });
    return any;
  };
  std::unordered_multimap<std::uint64_t, EdgeRef> index;
  g_.for_each_edge([&](EdgeRef e) {
    if (paired(g_.edge(e).predicate) && qualified(e))
      index.emplace(key(g_.source(e), g_.edge(e).predicate, g_.target(e)), e);
  });
  if (index.empty()) return;
  g_.for_each_edge([&](EdgeRef e) {
    const Sym inverse = facts(g_.edge(e).predicate).inverse;
    if (!paired(g_.edge(e).predicate) || !qualified(e)) return;
    auto [lo, hi] = index.equal_range(key(g_.target(e), inverse, g_.source(e)));
    for (auto it = lo; it != hi; ++it) {
      const EdgeRef other = it->second;
      if (g_.edge(other).id <= g_.edge(e).id || g_.source(other) != g_.target(e) || g_.target(other) != g_.source(e))
        continue;
      for (const graph::Qualifier& a : g_.qualifiers(e)) {
        if (!facts(a.predicate).functional) continue;
        for (const graph::Qualifier& b : g_.qualifiers(other)) {
          if (b.predicate != a.predicate || b.value == a.value) continue;
          d_.warning(at(g_.edge(other).where, g_.source(other)), "inverse-conflict",
                     display(g_.predicate(other)) + " here gives " + display(g_.str(b.predicate)) + " '" +
                         std::string(g_.str(b.value.text)) + "', but its inverse " + display(g_.predicate(e)) + " (" +
                         to_string(at(g_.edge(e).where, g_.source(e))) + ") gives '" +
                         std::string(g_.str(a.value.text)) + "'");
        }
      }
    }
  });
}

void Validator::run() {
  Progress progress("validating", "items", g_.node_count() + g_.edge_count());
  for (NodeId n = 0; n < g_.node_count(); ++n) {
    check_classes(n);
    check_attributes(n);
    progress.advance();
  }
  g_.for_each_edge([&](EdgeRef e) {
    check_edge(e);
    progress.advance();
  });
  check_functional_edges();
  check_inverse_qualifiers();
}

}  // namespace

void validate(graph::KnowledgeGraph& graph, const Ontology& ontology, Diagnostics& diags) {
  check_ontology(ontology, diags);
  validate_graph(graph, ontology, diags);
}

void validate_graph(graph::KnowledgeGraph& graph, const Ontology& ontology, Diagnostics& diags) {
  Validator(graph, ontology, diags).run();
}

}  // namespace kgforge::ontology
