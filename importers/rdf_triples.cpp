// SPDX-License-Identifier: MIT
#include "importers/rdf_triples.hpp"

#include <algorithm>
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
//
// Memory: a triple that may belong to a reification (about a blank node, or about an
// IRI seen in a reification triple) is held in its subject's Group, not in one list
// of the whole file. As soon as a group is a complete reification (rdf:Statement with
// one rdf:subject, rdf:predicate and rdf:object) whose IRI subject already states the
// triple, it is folded onto that edge there and then: its held triples become the
// edge's qualifiers and their slots are reused, and its later triples go straight to
// the edge. So a file that writes each reification after its triple (as kgforge, the
// benchmark generator and most writers do) holds only a few triples at a time; what
// cannot be decided early is decided in finish(), as before, in file order.
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
  void finish();

 private:
  static constexpr std::uint32_t kEnd = 0xFFFFFFFFu;
  // A held triple; its subject is its group's. Slots are chained per group and reused.
  struct Held {
    Sym predicate = 0;
    Value object;
    Location where;
    Value graph;
    std::uint64_t seq = 0;  // position in the file
    std::uint32_t next = kEnd;
  };
  // Every triple about one subject that may be a reification, and what they say of it.
  // 64 bytes: a million reifications folded early cost 64 MB until the file ends.
  struct Group {
    Sym subject = 0;
    Sym reified_subject = 0, reified_object = 0, reified_predicate = 0;
    std::uint32_t first = kEnd, last = kEnd;  // the held triples, in file order
    std::uint64_t typed_at = 0;               // seq of its first rdf:type rdf:Statement
    graph::EdgeRef edge{};                    // folded: its qualifiers are on `edge`, nothing is held
    Value::Kind subject_kind = Value::Kind::kIri, reified_subject_kind = Value::Kind::kIri,
                reified_object_kind = Value::Kind::kIri;
    bool has_subject = false, has_object = false, typed = false, ambiguous = false, folded = false;
    Value subject_value() const { return {subject_kind, subject, 0, 0}; }
    Value reified_subject_value() const { return {reified_subject_kind, reified_subject, 0, 0}; }
    Value reified_object_value() const { return {reified_object_kind, reified_object, 0, 0}; }
    bool complete() const { return typed && !ambiguous && has_subject && has_object && reified_predicate != 0; }
  };
  static std::uint64_t key(const Value& v) {
    return (static_cast<std::uint64_t>(v.kind) << 32) | static_cast<std::uint64_t>(v.text);
  }
  NodeId node(const Value& v, const Location& where) {
    return v.kind == Value::Kind::kBlank ? g_.add_blank_node(g_.str(v.text), where)
                                         : g_.add_node(g_.str(v.text), where);
  }
  bool is_reification_triple(const Triple& t) const {
    return t.predicate == subject_ || t.predicate == predicate_ || t.predicate == object_ ||
           (t.predicate == type_ && t.object.is_iri() && t.object.text == statement_);
  }
  Group* group_of(const Value& subject, bool create);
  void hold(Group& gr, const Triple& t);
  void release(Group& gr);
  // Updates what `t` says of the reification `gr` stands for.
  void note(Group& gr, const Triple& t);
  // The first matching edge of the reified triple not yet qualified; stated: one exists.
  std::optional<graph::EdgeRef> unused_edge(NodeId subject, const Group& gr, bool& stated) const;
  void qualify(graph::EdgeRef e, Group& gr);
  // The same for a reified triple with a literal object: an attribute value of `subject`.
  std::optional<graph::PropertyRef> unused_property(NodeId subject, const Group& gr, bool& stated) const;
  void qualify(graph::PropertyRef p, Group& gr);
  template <class Target>
  void move_held(Group& gr, Target target);
  // The reified object, with a literal's datatype and language (held in literals_).
  Value reified_object(const Group& gr) const;
  // Folds `gr` onto what `subject` states, if it can now (early: nothing is created).
  void fold_early(NodeId subject, Group& gr);
  void take_folded(Group& gr, const Triple& t);
  void add_graph_source(NodeId n, const Triple& t) { add_graph_source(n, t.graph, t.where); }
  void add_graph_source(NodeId n, const Value& graph, const Location& where);
  bool has_graph_source(NodeId n, const Value& graph) const;
  void add(const Triple& t);
  void add_label(NodeId n, const Triple& t);
  bool has_property(NodeId n, Role role, const Value& v) const;
  bool fold(Group& gr);
  static_assert(sizeof(Group) <= 64);
  static Triple triple(const Group& gr, const Held& h) {
    return {gr.subject_value(), h.predicate, h.object, h.where, h.graph};
  }

  KnowledgeGraph& g_;
  bool keep_triples_ = false;
  Sym type_, statement_, subject_, predicate_, object_, label_, schema_name_, alt_label_, comment_, schema_description_,
      same_as_, page_, title_, source_, source_document_;
  std::uint64_t seq_ = 0;
  std::deque<Held> held_;  // chunked: no copies while it grows; freed slots are reused
  std::uint32_t free_ = kEnd;
  std::deque<Group> groups_;
  std::vector<std::uint32_t> group_of_blank_;                      // blank label Sym -> group + 1
  std::unordered_map<std::uint64_t, std::uint32_t> group_of_iri_;  // IRI subjects seen reified
  std::unordered_set<std::uint64_t> source_graphs_;                // named graphs seen (made source documents)
  std::vector<std::pair<NodeId, Location>> graph_nodes_;           // their nodes, in file order
  std::vector<bool> edge_used_;
  // Reifications of a triple with a literal object (an attribute value), by key() of
  // the group's subject: the literal's datatype and language (the Group has no room),
  // and the attribute value once folded.
  struct Literal {
    Sym datatype = 0, language = 0;
    graph::PropertyRef property = graph::kNone;
  };
  std::unordered_map<std::uint64_t, Literal> literals_;
  std::vector<bool> property_used_;
  // Attribute values stated in a named graph their subject was not (yet) described in:
  // the graph is the value's own source if a reification says so (kgforge's N-Quads and
  // TriG put a value with its own source in that source's graph only), else the
  // subject's, as for any fact. Decided in finish().
  struct GraphFact {
    NodeId subject;
    graph::PropertyRef property;
    Value graph;
    Location where;
  };
  std::vector<GraphFact> graph_facts_;
};

Builder::Group* Builder::group_of(const Value& subject, bool create) {
  std::uint32_t* slot = nullptr;
  if (subject.kind == Value::Kind::kBlank) {
    if (group_of_blank_.size() <= subject.text) {
      if (!create) return nullptr;
      group_of_blank_.resize(std::max<std::size_t>(subject.text + 1, group_of_blank_.size() * 5 / 4), 0);
    }
    slot = &group_of_blank_[subject.text];
  } else {
    if (!create) {
      if (group_of_iri_.empty()) return nullptr;
      const auto it = group_of_iri_.find(key(subject));
      return it == group_of_iri_.end() ? nullptr : &groups_[it->second - 1];
    }
    slot = &group_of_iri_[key(subject)];
  }
  if (*slot == 0) {
    if (!create) return nullptr;
    Group& gr = groups_.emplace_back();
    gr.subject = subject.text;
    gr.subject_kind = subject.kind;
    *slot = static_cast<std::uint32_t>(groups_.size());
  }
  return &groups_[*slot - 1];
}

void Builder::hold(Group& gr, const Triple& t) {
  std::uint32_t i = free_;
  if (i != kEnd) {
    free_ = held_[i].next;
  } else {
    i = static_cast<std::uint32_t>(held_.size());
    held_.emplace_back();
  }
  held_[i] = {t.predicate, t.object, t.where, t.graph, seq_, kEnd};
  if (gr.last == kEnd) {
    gr.first = i;
  } else {
    held_[gr.last].next = i;
  }
  gr.last = i;
}

// The group's slots go back to the free list, in one step.
void Builder::release(Group& gr) {
  if (gr.first == kEnd) return;
  held_[gr.last].next = free_;
  free_ = gr.first;
  gr.first = gr.last = kEnd;
}

void Builder::note(Group& gr, const Triple& t) {
  if (t.predicate == type_ && t.object.is_iri() && t.object.text == statement_) {
    if (!gr.typed) gr.typed_at = seq_;
    gr.typed = true;
  }
  // A reified subject or object is an IRI or a blank node, and only one.
  auto set = [&](bool& has, Value::Kind& kind, Sym& text) {
    if (t.object.is_literal() || (has && (kind != t.object.kind || text != t.object.text))) gr.ambiguous = true;
    has = true;
    kind = t.object.kind;
    text = t.object.text;
  };
  if (t.predicate == subject_) set(gr.has_subject, gr.reified_subject_kind, gr.reified_subject);
  if (t.predicate == object_ && t.object.is_literal()) {  // an attribute value's reification
    if (gr.has_object && !(reified_object(gr) == t.object)) gr.ambiguous = true;
    Literal& lit = literals_[key(gr.subject_value())];
    gr.has_object = true;
    gr.reified_object_kind = Value::Kind::kLiteral;
    gr.reified_object = t.object.text;
    lit.datatype = t.object.datatype;
    lit.language = t.object.language;
  } else if (t.predicate == object_) {
    set(gr.has_object, gr.reified_object_kind, gr.reified_object);
  }
  if (t.predicate == predicate_) {
    if (!t.object.is_iri() || (gr.reified_predicate != 0 && gr.reified_predicate != t.object.text)) gr.ambiguous = true;
    gr.reified_predicate = t.object.text;
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
  ++seq_;
  if (!keep_triples_ && t.graph.text != 0 && source_graphs_.insert(key(t.graph)).second) {
    // A named graph is a source document, unless the file gives it a class (anywhere in
    // the file: kgforge's N-Quads describe a section after the facts it holds).
    graph_nodes_.emplace_back(node(t.graph, t.where), t.where);
  }
  if (keep_triples_) return add(t);
  const bool reifying = is_reification_triple(t);
  Group* gr = group_of(t.subject, reifying || t.subject.kind == Value::Kind::kBlank);
  if (gr == nullptr) return add(t);
  if (gr->folded) return take_folded(*gr, t);
  hold(*gr, t);
  note(*gr, t);
  if (!gr->complete() || gr->reified_subject_kind != Value::Kind::kIri) return;
  // Folded now if its subject already states the triple (without creating anything).
  if (const std::optional<NodeId> subject = g_.find_node(g_.str(gr->reified_subject))) fold_early(*subject, *gr);
}

void Builder::fold_early(NodeId subject, Group& gr) {
  bool stated = false;
  if (gr.reified_object_kind == Value::Kind::kLiteral) {
    if (const std::optional<graph::PropertyRef> p = unused_property(subject, gr, stated)) qualify(*p, gr);
  } else if (const std::optional<graph::EdgeRef> e = unused_edge(subject, gr, stated)) {
    qualify(*e, gr);
  }
}

Value Builder::reified_object(const Group& gr) const {
  if (gr.reified_object_kind != Value::Kind::kLiteral) return gr.reified_object_value();
  const auto it = literals_.find(key(gr.subject_value()));
  const Literal lit = it == literals_.end() ? Literal{} : it->second;
  return Value::literal(gr.reified_object, lit.datatype, lit.language);
}

// A triple about a reification already folded onto its edge: a qualifier of the edge,
// unless it restates the reification. One that contradicts it (another rdf:subject)
// comes too late to undo the fold: it is kept as data about the statement node.
void Builder::take_folded(Group& gr, const Triple& t) {
  if (t.predicate == type_ && t.object.is_iri() && t.object.text == statement_) return;
  if (t.predicate == subject_ || t.predicate == predicate_ || t.predicate == object_) {
    const bool same = t.predicate == predicate_
                          ? t.object.is_iri() && t.object.text == gr.reified_predicate
                          : t.object == (t.predicate == subject_ ? gr.reified_subject_value() : reified_object(gr));
    if (!same) add(t);
    return;
  }
  if (gr.reified_object_kind == Value::Kind::kLiteral) {
    g_.add_qualifier(literals_.at(key(gr.subject_value())).property, {t.predicate, t.object});
  } else {
    g_.add_qualifier(gr.edge, {t.predicate, t.object});
  }
}

std::optional<graph::PropertyRef> Builder::unused_property(NodeId subject, const Group& gr, bool& stated) const {
  const Value object = reified_object(gr);
  std::optional<graph::PropertyRef> found;
  g_.for_each_property_ref(subject, [&](graph::PropertyRef ref, const graph::NodeProperty& p) {
    if (found || p.role != Role::kAttribute || p.predicate != gr.reified_predicate || !(p.value == object)) return;
    stated = true;
    if (ref < property_used_.size() && property_used_[ref]) return;
    found = ref;
  });
  return found;
}

// The held triples of `gr` (but the reification's own) become qualifiers of `p`.
void Builder::qualify(graph::PropertyRef p, Group& gr) {
  if (property_used_.size() <= p) property_used_.resize(std::max<std::size_t>(p + 1, property_used_.size() * 5 / 4));
  property_used_[p] = true;
  move_held(gr, p);
  literals_[key(gr.subject_value())].property = p;
}

// The held triples of `gr`, but the reification's own, become qualifiers of `target`
// (a relation or a value); `gr` is folded.
template <class Target>
void Builder::move_held(Group& gr, Target target) {
  for (std::uint32_t i = gr.first; i != kEnd; i = held_[i].next) {
    const Held& h = held_[i];
    if (h.predicate == subject_ || h.predicate == predicate_ || h.predicate == object_) continue;
    if (h.predicate == type_ && h.object.is_iri() && h.object.text == statement_) continue;
    g_.add_qualifier(target, {h.predicate, h.object});
  }
  release(gr);
  gr.folded = true;
}

std::optional<graph::EdgeRef> Builder::unused_edge(NodeId subject, const Group& gr, bool& stated) const {
  const Value object = gr.reified_object_value();
  for (graph::EdgeRef e : g_.out_edges(subject)) {
    const graph::Node& tn = g_.node(g_.target(e));
    const bool same_target = tn.iri == object.text && tn.blank == (object.kind == Value::Kind::kBlank);
    if (g_.edge(e).predicate != gr.reified_predicate || !same_target) continue;
    stated = true;
    const std::uint32_t id = g_.edge(e).id;
    if (id < edge_used_.size() && edge_used_[id]) continue;
    return e;
  }
  return std::nullopt;
}

// The held triples of `gr` (but the reification's own) become qualifiers of `e`.
void Builder::qualify(graph::EdgeRef e, Group& gr) {
  const std::uint32_t id = g_.edge(e).id;
  if (edge_used_.size() <= id) edge_used_.resize(std::max<std::size_t>(id + 1, edge_used_.size() * 5 / 4), false);
  edge_used_[id] = true;
  move_held(gr, e);
  gr.edge = e;
}

bool Builder::has_graph_source(NodeId n, const Value& graph) const {
  bool found = false;
  g_.for_each_property(n, [&](const graph::NodeProperty& p) {
    found = found || (p.role == Role::kAttribute && p.predicate == source_ && p.value == graph);
  });
  return found;
}

// A fact was stated in the named graph `graph`: that graph is where the subject is described.
void Builder::add_graph_source(NodeId n, const Value& graph, const Location& where) {
  if (graph.text == 0 || has_graph_source(n, graph)) return;
  g_.add_property(n, {Role::kAttribute, source_, graph, where});
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
  const bool value = p != label_ && p != schema_name_ && p != alt_label_ && p != comment_ && p != schema_description_ &&
                     !(p == title_ && g_.node(s).name == t.object.text);
  if (!value) add_graph_source(s, t);  // a value's graph is decided below
  if (p == label_ || p == schema_name_) return add_label(s, t);
  if (p == alt_label_) {
    if (!has_property(s, Role::kAlias, t.object)) g_.add_property(s, {Role::kAlias, 0, t.object, t.where});
    return;
  }
  if (p == comment_ || p == schema_description_) {
    if (!has_property(s, Role::kDescription, t.object)) g_.add_property(s, {Role::kDescription, 0, t.object, t.where});
    return;
  }
  if (!value) return;
  const graph::PropertyRef ref = g_.add_property(s, {Role::kAttribute, p, t.object, t.where});
  if (t.graph.text != 0 && !has_graph_source(s, t.graph)) graph_facts_.push_back({s, ref, t.graph, t.where});
}

// Attaches the qualifiers of one reified statement to an unused edge it describes.
bool Builder::fold(Group& gr) {
  std::optional<NodeId> subject;
  const Value reified = gr.reified_subject_value();
  if (reified.kind == Value::Kind::kBlank) {
    subject = g_.add_blank_node(g_.str(reified.text));  // existing unless the file never states it
  } else {
    subject = g_.find_node(g_.str(reified.text));
  }
  if (!subject) return false;
  bool stated = false;
  if (gr.reified_object_kind == Value::Kind::kLiteral) {
    std::optional<graph::PropertyRef> value = unused_property(*subject, gr, stated);
    if (!value && stated) {  // a value stated once, reified twice: a second value record
      value = g_.add_property(*subject,
                              {Role::kAttribute, gr.reified_predicate, reified_object(gr), held_[gr.first].where});
    }
    if (!value) return false;
    qualify(*value, gr);
    return true;
  }
  std::optional<graph::EdgeRef> match = unused_edge(*subject, gr, stated);
  // A relation stated twice with different qualifiers is one triple with two
  // reifications: the second one gets an edge of its own.
  if (!match && stated) {
    const Location where = held_[gr.first].where;
    match = g_.add_edge(*subject, gr.reified_predicate, node(gr.reified_object_value(), where), where);
  }
  if (!match) return false;
  qualify(*match, gr);
  return true;
}

void Builder::finish() {
  if (keep_triples_) return;
  // What is still held, in file order: first every triple that is not part of a
  // complete reification, then the reifications, in the order they were typed.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> data;     // (seq, held slot)
  std::vector<std::pair<std::uint64_t, std::uint32_t>> reified;  // (typed_at, group)
  std::vector<std::uint32_t> owner(held_.size(), kEnd);
  for (std::uint32_t g = 0; g < groups_.size(); ++g) {
    const Group& gr = groups_[g];
    if (gr.first == kEnd) continue;
    if (gr.complete()) {
      reified.emplace_back(gr.typed_at, g);
      continue;
    }
    for (std::uint32_t i = gr.first; i != kEnd; i = held_[i].next) data.emplace_back(held_[i].seq, i), owner[i] = g;
  }
  std::sort(data.begin(), data.end());
  for (const auto& [seq, i] : data) add(triple(groups_[owner[i]], held_[i]));
  data = {};
  owner = {};
  std::sort(reified.begin(), reified.end());
  for (const auto& [typed_at, g] : reified) {
    Group& gr = groups_[g];
    if (fold(gr)) continue;
    // it describes no stated triple: keep it as data
    for (std::uint32_t i = gr.first; i != kEnd; i = held_[i].next) add(triple(gr, held_[i]));
  }
  for (const auto& [doc, where] : graph_nodes_) {
    if (g_.classes(doc).empty()) g_.add_class(doc, source_document_, where);
  }
  // An attribute value in a graph of its own: its own source, if its reification says so.
  for (const GraphFact& f : graph_facts_) {
    bool own = false;
    g_.for_each_qualifier(g_.property(f.property), [&](const graph::Qualifier& q) {
      own = own || (q.predicate == source_ && q.value == f.graph);
    });
    if (!own) add_graph_source(f.subject, f.graph, f.where);
  }
  held_ = {};
  groups_ = {};
  group_of_blank_ = {};
  group_of_iri_ = {};
  literals_ = {};
  graph_facts_ = {};
  graph_nodes_ = {};
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
