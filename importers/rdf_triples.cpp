// SPDX-License-Identifier: MIT
#include "importers/rdf_triples.hpp"

#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/vocab.hpp"

namespace kgforge::importers {

namespace {

using graph::KnowledgeGraph;
using graph::Location;
using graph::NodeId;
using graph::Role;
using graph::Sym;
using graph::Value;

struct Triple {
  Value subject;
  Sym predicate = 0;
  Value object;
  Location where;
  Value graph = {Value::Kind::kIri, 0, 0, 0};  // text 0: the default graph
};

// A short stable tag per source, so that blank node `_:b1` of one file is not
// merged with `_:b1` of another when several files are loaded together.
std::string blank_prefix_for(std::string_view source) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : source) h = (h ^ c) * 16777619u;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "f";
  for (int shift = 28; shift >= 0; shift -= 4) out += kHex[(h >> shift) & 0xF];
  return out + "_";
}

// Maps parsed triples into the graph (the mapping RdfImporter's comment describes).
class Builder {
 public:
  Builder(KnowledgeGraph& g, bool keep_triples) : g_(g), keep_triples_(keep_triples) {
    auto intern = [&](std::string_view iri) { return g_.intern(iri); };
    type_ = intern(vocab::rdf::kType);
    statement_ = intern(vocab::rdf::kStatement);
    subject_ = intern(vocab::rdf::kSubject);
    predicate_ = intern(vocab::rdf::kPredicate);
    object_ = intern(vocab::rdf::kObject);
    label_ = intern(vocab::rdfs::kLabel);
    schema_name_ = intern(vocab::schema::kName);
    alt_label_ = intern(vocab::skos::kAltLabel);
    comment_ = intern(vocab::rdfs::kComment);
    schema_description_ = intern(vocab::schema::kDescription);
    same_as_ = intern(vocab::owl::kSameAs);
    page_ = intern(vocab::schema::kSameAs);
    title_ = intern(vocab::dcterms::kTitle);
    source_ = intern(vocab::kgf::kSource);
    source_document_ = intern(vocab::kgf::kSourceDocument);
  }

  /// Maps `t` now, or holds it back if it may belong to a reification.
  void take(const Triple& t);
  /// Maps what was held back.
  void finish() { build(pending_); }

 private:
  struct Reification {
    std::vector<std::size_t> triples;  // indexes of every triple about the statement
    std::optional<Value> subject, object;
    Sym predicate = 0;
    bool typed = false;
    bool ambiguous = false;
    bool complete() const { return typed && !ambiguous && subject && object && predicate != 0; }
  };
  static std::uint64_t key(const Value& v) {
    return (static_cast<std::uint64_t>(v.kind) << 32) | static_cast<std::uint64_t>(v.text);
  }
  NodeId node(const Value& v, const Location& where) {
    return v.kind == Value::Kind::kBlank ? g_.add_blank_node(g_.str(v.text), where)
                                         : g_.add_node(g_.str(v.text), where);
  }
  void build(const std::deque<Triple>& triples);
  bool is_reification_triple(const Triple& t) const {
    return t.predicate == subject_ || t.predicate == predicate_ || t.predicate == object_ ||
           (t.predicate == type_ && t.object.is_iri() && t.object.text == statement_);
  }
  void add_graph_source(NodeId n, const Triple& t);
  void collect_reifications(const std::deque<Triple>& triples);
  void add(const Triple& t);
  void add_label(NodeId n, const Triple& t);
  bool has_property(NodeId n, Role role, const Value& v) const;
  bool fold(const std::deque<Triple>& triples, const Reification& r);

  KnowledgeGraph& g_;
  bool keep_triples_ = false;
  Sym type_, statement_, subject_, predicate_, object_, label_, schema_name_, alt_label_, comment_, schema_description_,
      same_as_, page_, title_, source_, source_document_;
  std::deque<Triple> pending_;                       // a deque: no reallocation copies while it grows
  std::unordered_set<std::uint64_t> held_subjects_;  // IRI subjects seen in a reification triple
  std::unordered_set<std::uint64_t> source_graphs_;  // named graphs seen (made source documents)
  std::unordered_map<std::uint64_t, Reification> reifications_;
  std::vector<std::uint64_t> reification_order_;
  std::vector<bool> edge_used_;
};

void Builder::collect_reifications(const std::deque<Triple>& triples) {
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    if (t.predicate == type_ && t.object.is_iri() && t.object.text == statement_) {
      auto [it, fresh] = reifications_.try_emplace(key(t.subject));
      if (fresh) reification_order_.push_back(key(t.subject));
      it->second.typed = true;
    }
  }
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    if (t.subject.is_literal()) continue;
    auto it = reifications_.find(key(t.subject));
    if (it == reifications_.end()) continue;
    Reification& r = it->second;
    r.triples.push_back(i);
    auto set = [&](std::optional<Value>& slot) {
      if (t.object.is_literal() || (slot && !(*slot == t.object))) r.ambiguous = true;
      slot = t.object;
    };
    if (t.predicate == subject_) set(r.subject);
    if (t.predicate == object_) set(r.object);
    if (t.predicate == predicate_) {
      if (!t.object.is_iri() || (r.predicate != 0 && r.predicate != t.object.text)) r.ambiguous = true;
      r.predicate = t.object.text;
    }
  }
}

bool Builder::has_property(NodeId n, Role role, const Value& v) const {
  bool found = false;
  g_.for_each_property(n, [&](const graph::NodeProperty& p) { found = found || (p.role == role && p.value == v); });
  return found;
}

void Builder::add_label(NodeId n, const Triple& t) {
  const graph::Node& node = g_.node(n);
  if (node.name == 0) {
    g_.set_name(n, g_.str(t.object.text));
    return;
  }
  if (node.name == t.object.text) return;
  const Value alias = Value::literal(t.object.text, t.object.datatype, t.object.language);
  if (!has_property(n, Role::kAlias, alias)) g_.add_property(n, {Role::kAlias, 0, alias, t.where});
}

void Builder::take(const Triple& t) {
  if (!keep_triples_ && t.graph.text != 0 && source_graphs_.insert(key(t.graph)).second) {
    const NodeId doc = node(t.graph, t.where);  // a named graph is a source document
    if (g_.classes(doc).empty()) g_.add_class(doc, source_document_, t.where);
  }
  if (keep_triples_) return add(t);
  const bool reifying = is_reification_triple(t);
  if (reifying && t.subject.is_iri()) held_subjects_.insert(key(t.subject));
  if (reifying || t.subject.kind == Value::Kind::kBlank || held_subjects_.count(key(t.subject)) != 0) {
    pending_.push_back(t);
  } else {
    add(t);
  }
}

// The fact `t` was stated in a named graph: that graph is where the subject is described.
void Builder::add_graph_source(NodeId n, const Triple& t) {
  if (t.graph.text == 0) return;
  bool found = false;
  g_.for_each_property(n, [&](const graph::NodeProperty& p) {
    found = found || (p.role == Role::kAttribute && p.predicate == source_ && p.value == t.graph);
  });
  if (!found) g_.add_property(n, {Role::kAttribute, source_, t.graph, t.where});
}

void Builder::add(const Triple& t) {
  const NodeId s = node(t.subject, t.where);
  const Sym p = t.predicate;
  if (keep_triples_) {
    if (p == type_ && t.object.is_iri()) {
      g_.add_class(s, t.object.text, t.where);
    } else if (t.object.is_literal()) {
      g_.add_property(s, {Role::kAttribute, p, t.object, t.where});
    } else {
      g_.add_edge(s, p, node(t.object, t.where), t.where);
    }
    return;
  }
  if (!t.object.is_literal()) {
    if (p == type_ && t.object.is_iri()) {
      if (!g_.has_class(s, t.object.text)) g_.add_class(s, t.object.text, t.where);
    } else if (p == same_as_ && t.object.is_iri()) {
      g_.add_property(s, {Role::kSameAs, 0, t.object, t.where});
    } else if ((p == source_ || p == page_) && t.object.is_iri()) {
      // where a resource is described; a reference page about it (the KB's `pages`)
      g_.add_property(s, {Role::kAttribute, p, t.object, t.where});
    } else {
      const graph::EdgeRef e = g_.add_edge(s, p, node(t.object, t.where), t.where);
      if (t.graph.text != 0) g_.add_qualifier(e, {source_, t.graph});
      return;
    }
    return add_graph_source(s, t);
  }
  add_graph_source(s, t);
  if (p == label_ || p == schema_name_) return add_label(s, t);
  if (p == alt_label_) {
    if (!has_property(s, Role::kAlias, t.object)) g_.add_property(s, {Role::kAlias, 0, t.object, t.where});
    return;
  }
  if (p == comment_ || p == schema_description_) {
    if (!has_property(s, Role::kDescription, t.object)) g_.add_property(s, {Role::kDescription, 0, t.object, t.where});
    return;
  }
  if (p == title_ && g_.node(s).name == t.object.text) return;
  g_.add_property(s, {Role::kAttribute, p, t.object, t.where});
}

// Attaches the qualifiers of one reified statement to an unused edge it describes.
bool Builder::fold(const std::deque<Triple>& triples, const Reification& r) {
  std::optional<NodeId> subject;
  if (r.subject->kind == Value::Kind::kBlank) {
    subject = g_.add_blank_node(g_.str(r.subject->text));  // existing unless the file never states it
  } else {
    subject = g_.find_node(g_.str(r.subject->text));
  }
  if (!subject) return false;
  std::optional<graph::EdgeRef> match;
  bool stated = false;
  for (graph::EdgeRef e : g_.out_edges(*subject)) {
    const NodeId target = g_.target(e);
    const graph::Node& tn = g_.node(target);
    const bool same_target = tn.iri == r.object->text && tn.blank == (r.object->kind == Value::Kind::kBlank);
    if (g_.edge(e).predicate != r.predicate || !same_target) continue;
    stated = true;
    const std::uint32_t id = g_.edge(e).id;
    if (id < edge_used_.size() && edge_used_[id]) continue;
    match = e;
    break;
  }
  // A relation stated twice with different qualifiers is one triple with two
  // reifications: the second one gets an edge of its own.
  if (!match && stated)
    match = g_.add_edge(*subject, r.predicate, node(*r.object, triples[r.triples.front()].where),
                        triples[r.triples.front()].where);
  if (!match) return false;
  const std::uint32_t id = g_.edge(*match).id;
  if (edge_used_.size() <= id) edge_used_.resize(id + 1, false);
  edge_used_[id] = true;
  for (std::size_t i : r.triples) {
    const Triple& t = triples[i];
    if (t.predicate == subject_ || t.predicate == predicate_ || t.predicate == object_) continue;
    if (t.predicate == type_ && t.object.is_iri() && t.object.text == statement_) continue;
    g_.add_qualifier(*match, {t.predicate, t.object});
  }
  return true;
}

void Builder::build(const std::deque<Triple>& triples) {
  if (keep_triples_) {
    for (const Triple& t : triples) add(t);
    return;
  }
  collect_reifications(triples);
  std::vector<bool> skip(triples.size(), false);
  for (const auto& [k, r] : reifications_) {
    if (!r.complete()) continue;
    for (std::size_t i : r.triples) skip[i] = true;
  }
  for (std::size_t i = 0; i < triples.size(); ++i) {
    if (!skip[i]) add(triples[i]);
  }
  for (std::uint64_t k : reification_order_) {
    const Reification& r = reifications_.at(k);
    if (!r.complete() || fold(triples, r)) continue;
    for (std::size_t i : r.triples) add(triples[i]);  // it describes no stated triple: keep it as data
  }
}

}  // namespace

struct TripleMapper::Impl {
  Impl(KnowledgeGraph& g, Diagnostics& d, std::string_view source, bool keep_triples)
      : graph(g),
        diags(d),
        file(g.intern(source)),
        blank_prefix(blank_prefix_for(source)),
        xsd_string(g.intern(vocab::xsd::kString)),
        builder(g, keep_triples) {}

  // Converts a term; one that RDF forbids gives a diagnostic and nullopt.
  std::optional<Value> convert(const RdfTerm& term, const Location& where);

  KnowledgeGraph& graph;
  Diagnostics& diags;
  Sym file;
  std::string blank_prefix;
  std::string label;  // scratch: blank_prefix + a blank label
  Sym xsd_string;
  Builder builder;
};

std::optional<Value> TripleMapper::Impl::convert(const RdfTerm& term, const Location& where) {
  KnowledgeGraph& g = graph;
  if (std::optional<TermProblem> problem = term_problem(term)) {
    diags.error(g.text_location(where), problem->code, std::move(problem->message));
    return std::nullopt;
  }
  switch (term.kind) {
    case RdfTerm::Kind::kIri:
      return Value::iri(g.intern(term.text));
    case RdfTerm::Kind::kBlank:
      label.assign(blank_prefix).append(term.text);
      return Value::blank(g.intern(label));
    case RdfTerm::Kind::kLiteral: {
      Sym datatype = term.datatype.empty() ? 0 : g.intern(term.datatype);
      if (datatype == xsd_string) datatype = 0;
      const std::string language = lower(term.language);
      if (!language.empty()) datatype = 0;
      return Value::literal(g.intern(term.text), datatype, language.empty() ? 0 : g.intern(language));
    }
  }
  return std::nullopt;
}

std::optional<TermProblem> term_problem(const RdfTerm& term) {
  switch (term.kind) {
    case RdfTerm::Kind::kIri:
      if (!term.relative) return std::nullopt;
      return TermProblem{"relative-iri", "the relative IRI <" + std::string(term.text) +
                                             "> has no base: the file sets none (@base, xml:base) and none was "
                                             "given (--base); write a full IRI"};
    case RdfTerm::Kind::kBlank:
      return std::nullopt;
    case RdfTerm::Kind::kLiteral: {
      if (term.text.find('\0') != std::string_view::npos || !graph::is_valid_utf8(term.text)) {
        return TermProblem{"bad-text", "a literal holds a NUL byte or invalid UTF-8"};
      }
      if (term.relative) {
        return TermProblem{"relative-iri", "a literal's datatype is a relative IRI and the file has no base"};
      }
      if (term.language.empty()) {
        if (term.datatype == vocab::rdf::kLangString) {
          return TermProblem{"bad-literal", "an rdf:langString literal needs a language tag"};
        }
        return std::nullopt;
      }
      const std::string language = lower(term.language);
      if (!graph::is_language_tag(language)) {
        return TermProblem{"bad-literal", "'" + language + "' is not a language tag (BCP 47)"};
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

TripleMapper::TripleMapper(KnowledgeGraph& out, Diagnostics& diags, std::string_view source, bool keep_triples)
    : impl_(std::make_unique<Impl>(out, diags, source, keep_triples)) {}

TripleMapper::~TripleMapper() = default;

void TripleMapper::add(const RdfTerm& subject, const RdfTerm& predicate, const RdfTerm& object,
                       const RdfTerm* graph_name, std::uint32_t line, std::uint32_t column) {
  const Location where{impl_->file, line, column};
  const std::optional<Value> s = impl_->convert(subject, where);
  const std::optional<Value> p = impl_->convert(predicate, where);
  const std::optional<Value> o = impl_->convert(object, where);
  std::optional<Value> g;
  if (graph_name != nullptr) {
    g = impl_->convert(*graph_name, where);
    if (!g) return;
  }
  if (!s || !p || !o || !p->is_iri() || s->is_literal()) return;
  Triple t{*s, p->text, *o, where};
  if (g) t.graph = *g;
  impl_->builder.take(t);
}

void TripleMapper::add_prefix(std::string_view prefix, std::string_view iri) { impl_->graph.add_prefix(prefix, iri); }

void TripleMapper::finish() { impl_->builder.finish(); }

}  // namespace kgforge::importers
