// SPDX-License-Identifier: MIT
// The mapping is documented in docs/rdf-mapping.md; keep the two in step.
#include "exporters/rdf_mapping.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <numeric>
#include <optional>
#include <span>
#include <unordered_map>

#include "core/error.hpp"
#include "exporters/export_view.hpp"
#include "exporters/rdf_syntax.hpp"
#include "graph/iri.hpp"
#include "graph/sources.hpp"
#include "graph/view.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"
#include "ontology/class_names.hpp"
#include "ontology/entailment.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::exporters {

namespace {

using graph::KnowledgeGraph;
using graph::Location;
using graph::NodeId;
using graph::NodeProperty;
using graph::Role;
using graph::Sym;
using graph::Value;

// What makes two records of one subject (values of a role, attributes, qualifiers, entailed
// triples) the same triple: the role, predicate or entailed IRI they are grouped by, a
// relation's object node (entailed triples), and the value.
struct RecordKey {
  std::uint32_t group = 0;
  NodeId node = 0;
  Value::Kind kind = Value::Kind::kLiteral;
  Sym text = 0;
  Sym datatype = 0;
  Sym language = 0;

  RecordKey(std::uint32_t group, NodeId node, const Value& v)
      : group(group), node(node), kind(v.kind), text(v.text), datatype(v.datatype), language(v.language) {}
  friend auto operator<=>(const RecordKey&, const RecordKey&) = default;
};

// Which records of a list are the first with their key, which ones share it, and whether a
// key is there: O(n log n) to build, where scanning the earlier records for each one would
// be quadratic (a generated or a hostile KB can give one entity thousands of values of one
// property). Records are numbered in the order they are added.
class Repeats {
 public:
  // Groups `records` (record i is records[i]) by key_of(record).
  template <class Records, class KeyOf>
  void assign(const Records& records, KeyOf&& key_of) {
    sorted_.clear();
    for (const auto& r : records) sorted_.emplace_back(key_of(r), static_cast<std::uint32_t>(sorted_.size()));
    std::sort(sorted_.begin(), sorted_.end());  // by key, then by record number
    position_.resize(sorted_.size());
    run_start_.resize(sorted_.size());
    for (std::uint32_t at = 0; at < sorted_.size(); ++at) {
      position_[sorted_[at].second] = at;
      run_start_[at] = at > 0 && sorted_[at - 1].first == sorted_[at].first ? run_start_[at - 1] : at;
    }
  }
  bool first(std::size_t record) const {
    const std::uint32_t at = position_[record];
    return run_start_[at] == at;
  }
  // f(record) for every record with `record`'s key, in the order they were added.
  template <class F>
  void for_each_same(std::size_t record, F&& f) const {
    for (std::uint32_t at = run_start_[position_[record]];
         at < sorted_.size() && run_start_[at] == run_start_[position_[record]]; ++at) {
      f(static_cast<std::size_t>(sorted_[at].second));
    }
  }
  bool contains(const RecordKey& key) const {
    auto it = std::lower_bound(sorted_.begin(), sorted_.end(), std::make_pair(key, std::uint32_t{0}));
    return it != sorted_.end() && it->first == key;
  }

 private:
  std::vector<std::pair<RecordKey, std::uint32_t>> sorted_;
  std::vector<std::uint32_t> position_;   // record -> its index in sorted_
  std::vector<std::uint32_t> run_start_;  // index in sorted_ -> where its key's run starts
};

// The IRIs the mapping itself writes. Their keys follow the first graph's Syms.
enum Constant : std::uint32_t {
  kRdfType,
  kRdfsLabel,
  kSchemaName,
  kSkosAltLabel,
  kRdfsComment,
  kSchemaDescription,
  kOwlSameAs,
  kDctermsTitle,
  kRdfStatement,
  kRdfSubject,
  kRdfPredicate,
  kRdfObject,
  kConstantCount
};
constexpr std::array<std::string_view, kConstantCount> kConstantIris = {
    vocab::rdf::kType,      vocab::rdfs::kLabel,         vocab::schema::kName,   vocab::skos::kAltLabel,
    vocab::rdfs::kComment,  vocab::schema::kDescription, vocab::owl::kSameAs,    vocab::dcterms::kTitle,
    vocab::rdf::kStatement, vocab::rdf::kSubject,        vocab::rdf::kPredicate, vocab::rdf::kObject,
};
constexpr std::string_view kRdfLangString = vocab::rdf::kLangString;
constexpr std::string_view kXsdString = vocab::xsd::kString;

// --entail: what the ontology's alignment adds to the KB's triples
// (ontology/entailment.hpp), looked up by the KB graph's Syms.
struct Entailed {
  std::vector<std::string> iris;  // the entailed classes and properties; key = key_offset + index
  std::vector<Sym> kb_sym;        // the KB graph's Sym of iris[i], or 0 if the KB never names it
  std::vector<bool> is_class;
  std::uint32_t key_offset = 0;
  struct Property {
    std::uint32_t iri;
    bool inverse;
  };
  std::unordered_map<Sym, std::vector<std::uint32_t>> classes;  // class -> entailed classes
  std::unordered_map<Sym, std::vector<Property>> forward;       // predicate -> entailed (no inverses)
  std::unordered_map<Sym, std::vector<Property>> relation;      // relation predicate -> entailed
  // Relations in view whose predicate entails an inverse, by object (CSR): the
  // inverse triples are written with the object's other triples.
  std::vector<std::uint32_t> in_begin;
  std::vector<graph::EdgeRef> in_edges;
  std::unordered_map<std::string, std::uint32_t> index;
  std::uint32_t intern(const std::string& iri, bool cls, const KnowledgeGraph& g) {
    auto [it, fresh] = index.try_emplace(iri, static_cast<std::uint32_t>(iris.size()));
    if (fresh) {
      iris.push_back(iri);
      kb_sym.push_back(g.strings().find(iri));
      is_class.push_back(cls);
    }
    return it->second;
  }
};

// One graph being mapped: the KB, or the ontology's graph (--with-ontology).
struct Part {
  const KnowledgeGraph* graph = nullptr;
  std::uint32_t key_offset = 0;  // key of Sym s is s + key_offset
  char blank_prefix = 'b';       // blank node labels: b<rank>, statements: bs<hash>
  bool schema_terms = true;      // also schema:name / schema:description
  bool raw_literals = false;     // lexical forms as stored (ExportOptions::raw_literals)
  std::string statement_ns;      // "<base>.well-known/genid/", or "" for blank statements
  std::vector<NodeId> order;     // subjects in writing order (view applied)
  // NodeId -> what a term for it needs, in one place (one cache miss per object
  // instead of three): its IRI text or blank label, key (0 = blank) and sort rank.
  struct NodeText {
    const char* data;
    std::uint32_t size;
    std::uint32_t key;
    std::uint32_t rank;  // position in nodes_by_iri()
    std::int16_t prefix = RdfTerm::kNoHint;
  };
  std::vector<NodeText> nodes;
  std::string blank_labels;  // the text of the blank labels (reserved, never moves)
  std::optional<graph::View> view;
  std::vector<std::pair<Sym, std::uint32_t>> predicate_rank;  // sorted by Sym
  // Source documents: their name is also their dcterms:title (graph/sources.hpp).
  std::optional<graph::SourceDocuments> sources;
  // What the relations in view write besides node IRIs (for IriVisitor), each once:
  // (IRI Sym, use, a lexical form for datatypes). Collected with the predicates.
  struct EdgeIri {
    Sym iri;
    std::uint8_t use;
    Sym lexical;
  };
  std::vector<EdgeIri> edge_iris;
  bool has_statements = false;
  const Entailed* entailed = nullptr;  // --entail (the KB part only)
  bool star = false;                   // qualifiers as RDF-star annotations (--qualifiers star)
  Sym source = 0;                      // kgf:source in this graph (0: never used): named graphs
};

bool is_special_float(std::string_view lexical) {
  return lexical == "INF" || lexical == "+INF" || lexical == "-INF" || lexical == "NaN";
}

// nodes_by_iri()'s order (IRIs byte-wise, then blank labels), sorted mostly in cache:
// by the 8 bytes after the prefix all IRIs share, then by the whole text on a tie.
std::vector<NodeId> sorted_nodes(const KnowledgeGraph& g) {
  const std::size_t n = g.node_count();
  std::size_t common = std::string::npos;
  std::string_view first;
  for (NodeId v = 0; v < n && common != 0; ++v) {
    const std::string_view t = g.iri(v);
    if (common == std::string::npos) {
      first = t;
      common = t.size();
      continue;
    }
    std::size_t k = 0;
    while (k < common && k < t.size() && t[k] == first[k]) ++k;
    common = k;
  }
  if (common == std::string::npos) common = 0;
  struct Key {
    std::uint64_t bytes;
    std::uint32_t node;
    bool blank;
  };
  std::vector<Key> keys(n);
  for (NodeId v = 0; v < n; ++v) {
    const std::string_view t = g.iri(v);
    std::uint64_t bytes = 0;
    for (std::size_t k = 0; k < 8; ++k) {
      bytes = (bytes << 8) | (common + k < t.size() ? static_cast<unsigned char>(t[common + k]) : 0u);
    }
    keys[v] = {bytes, static_cast<std::uint32_t>(v), g.node(v).blank};
  }
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.blank != b.blank) return !a.blank;
    if (a.bytes != b.bytes) return a.bytes < b.bytes;
    return g.iri(a.node) < g.iri(b.node);
  });
  std::vector<NodeId> out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = keys[i].node;
  return out;
}

// Collects Part::predicate_rank and Part::edge_iris in one pass over the relations.
void scan_edges(Part& part, const KnowledgeGraph& g) {
  std::vector<bool> seen(g.strings().size(), false), used(g.strings().size(), false);
  std::vector<Sym> predicates;
  auto add = [&](Sym iri, IriVisitor::Use use, Sym lexical) {
    if (used[iri] && !(use == IriVisitor::Use::kDatatype && is_special_float(g.str(lexical)))) return;
    used[iri] = true;
    part.edge_iris.push_back({iri, static_cast<std::uint8_t>(use), lexical});
  };
  for (NodeId n = 0; n < g.node_count(); ++n) {
    for (auto [it, end] = boost::out_edges(n, g.model()); it != end; ++it) {
      const graph::Edge& e = g.model()[*it];
      if (!seen[e.predicate]) predicates.push_back(e.predicate);
      seen[e.predicate] = true;
      if (part.view && (!part.view->edge[e.id] || !part.view->node[boost::target(*it, g.model())])) continue;
      add(e.predicate, IriVisitor::Use::kPredicate, 0);
      if (e.first_qualifier == graph::kNone) continue;
      part.has_statements = true;
      g.for_each_qualifier(*it, [&](const graph::Qualifier& q) {
        add(q.predicate, IriVisitor::Use::kPredicate, 0);
        if (q.value.kind == Value::Kind::kIri) add(q.value.text, IriVisitor::Use::kResource, 0);
        if (q.value.kind == Value::Kind::kLiteral && q.value.datatype != 0 && q.value.language == 0) {
          add(q.value.datatype, IriVisitor::Use::kDatatype, q.value.text);
        }
      });
    }
  }
  std::vector<Sym> by_text = predicates;
  std::sort(by_text.begin(), by_text.end(), [&](Sym a, Sym b) { return g.str(a) < g.str(b); });
  for (std::uint32_t i = 0; i < by_text.size(); ++i) part.predicate_rank.emplace_back(by_text[i], i);
  std::sort(part.predicate_rank.begin(), part.predicate_rank.end());
}

std::string location_text(const KnowledgeGraph& g, const Location& where, std::string_view fallback) {
  if (where.known()) return to_string(g.text_location(where));
  return std::string(fallback);
}

std::optional<graph::View> make_export_view(const KnowledgeGraph& g, const ExportOptions& options) {
  if (options.focus.empty() && options.as_of.empty() && options.between.empty() && options.classes.empty())
    return std::nullopt;
  return export_view(g, options);
}

void prepare_part(Part& part, const KnowledgeGraph& g, std::optional<graph::View> view,
                  const ontology::Ontology* onto) {
  part.graph = &g;
  part.sources.emplace(g, onto != nullptr ? &ontology::subclass_test : nullptr, onto);
  part.view = std::move(view);
  part.source = g.strings().find(vocab::kgf::kSource);
  const std::vector<NodeId> sorted = sorted_nodes(g);
  part.nodes.resize(g.node_count());
  part.order.reserve(sorted.size());
  std::size_t label_bytes = 0;
  for (NodeId n = 0; n < g.node_count(); ++n) label_bytes += g.node(n).blank ? 12 : 0;
  part.blank_labels.reserve(label_bytes);
  for (std::uint32_t i = 0; i < sorted.size(); ++i) {
    const graph::Node& node = g.node(sorted[i]);
    Part::NodeText& text = part.nodes[sorted[i]];
    text.rank = i;
    if (node.blank) {
      const std::string label = part.blank_prefix + std::to_string(i);
      text = {part.blank_labels.data() + part.blank_labels.size(), static_cast<std::uint32_t>(label.size()), 0, i};
      part.blank_labels += label;
    } else {
      const std::string_view iri = g.str(node.iri);
      text = {iri.data(), static_cast<std::uint32_t>(iri.size()), node.iri + part.key_offset, i};
    }
    if (!part.view || part.view->node[sorted[i]]) part.order.push_back(sorted[i]);
  }
  scan_edges(part, g);
  if (!g.base_iri().empty()) {  // <base>.well-known/genid/, as a path even when the base ends in '#' or a name
    std::string ns = g.base_iri();
    if (ns.back() == '#') ns.pop_back();
    if (ns.back() != '/') ns += '/';
    part.statement_ns = ns + ".well-known/genid/";
  }
}

// The entailment tables for the KB part: every class, attribute, relation and
// qualifier predicate of the graph looked up once.
void prepare_entailed(Entailed& out, const Part& part, const ontology::Entailment& entailment) {
  const KnowledgeGraph& g = *part.graph;
  std::vector<std::uint8_t> done(g.strings().size(), 0);  // bit 1: class, 2: forward, 4: relation
  auto forward = [&](Sym p) {
    if (done[p] & 2) return;
    done[p] |= 2;
    std::vector<Entailed::Property>& list = out.forward[p];
    for (const ontology::EntailedProperty& e : entailment.properties(g.str(p), false)) {
      list.push_back({out.intern(e.iri, false, g), false});
    }
    if (list.empty()) out.forward.erase(p);
  };
  for (NodeId n = 0; n < g.node_count(); ++n) {
    g.for_each_property(n, [&](const NodeProperty& p) {
      if (p.role == Role::kClass && p.value.kind == Value::Kind::kIri && !(done[p.value.text] & 1)) {
        done[p.value.text] |= 1;
        std::vector<std::uint32_t>& list = out.classes[p.value.text];
        for (const std::string& c : entailment.classes(g.str(p.value.text))) list.push_back(out.intern(c, true, g));
        if (list.empty()) out.classes.erase(p.value.text);
      }
      if (p.role == Role::kAttribute) forward(p.predicate);
      g.for_each_qualifier(p, [&](const graph::Qualifier& q) { forward(q.predicate); });
    });
    for (graph::EdgeRef e : g.out_edges(n)) {
      const Sym p = g.edge(e).predicate;
      if (!(done[p] & 4)) {
        done[p] |= 4;
        std::vector<Entailed::Property>& list = out.relation[p];
        for (const ontology::EntailedProperty& x : entailment.properties(g.str(p), true)) {
          list.push_back({out.intern(x.iri, false, g), x.inverse});
        }
        if (list.empty()) out.relation.erase(p);
      }
      g.for_each_qualifier(e, [&](const graph::Qualifier& q) { forward(q.predicate); });
    }
  }
  // Incoming relations that entail an inverse, grouped by object in subject order.
  auto inverse = [&](Sym p) {
    auto it = out.relation.find(p);
    return it != out.relation.end() &&
           std::any_of(it->second.begin(), it->second.end(), [](const Entailed::Property& x) { return x.inverse; });
  };
  out.in_begin.assign(g.node_count() + 1, 0);
  auto each_incoming = [&](auto&& f) {
    for (NodeId s : part.order) {
      for (auto [it, end] = boost::out_edges(s, g.model()); it != end; ++it) {
        const graph::Edge& e = g.model()[*it];
        const NodeId t = boost::target(*it, g.model());
        if (part.view && (!part.view->edge[e.id] || !part.view->node[t])) continue;
        if (inverse(e.predicate)) f(t, *it);
      }
    }
  };
  each_incoming([&](NodeId t, graph::EdgeRef) { ++out.in_begin[t + 1]; });
  for (std::size_t i = 1; i < out.in_begin.size(); ++i) out.in_begin[i] += out.in_begin[i - 1];
  std::vector<std::uint32_t> fill(out.in_begin.begin(), out.in_begin.end() - 1);
  out.in_edges.resize(out.in_begin.back());
  each_incoming([&](NodeId t, graph::EdgeRef e) { out.in_edges[fill[t]++] = e; });
}

}  // namespace

struct RdfMapping::Impl {
  std::vector<Part> parts;
  std::uint32_t constant_offset = 0;
  std::uint32_t key_limit = 0;
  std::vector<graph::Prefix> prefixes;
  std::optional<Entailed> entailed;
};

namespace {

// A 128-bit hash (two 64-bit lanes, 8 bytes a step) for statement IRIs: they must
// not collide across millions of relations, and must be the same on every platform.
struct StatementHash {
  std::uint64_t a = 0x243f6a8885a308d3ull;
  std::uint64_t b = 0x13198a2e03707344ull;
  void step(std::uint64_t w) {
    a = (a ^ w) * 0x9e3779b97f4a7c15ull;
    a ^= a >> 29;
    b = (b + w) * 0xc2b2ae3d27d4eb4full;
    b ^= b >> 31;
  }
  void add(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w = 0;
      for (int k = 7; k >= 0; --k) w = (w << 8) | static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      step(w);
    }
    std::uint64_t w = 0;
    for (std::size_t k = s.size(); k > i; --k) w = (w << 8) | static_cast<unsigned char>(s[k - 1]);
    step(w ^ (static_cast<std::uint64_t>(s.size()) << 56));  // the length ends the field
  }
  static std::uint64_t mix(std::uint64_t x) {  // splitmix64's finaliser: every input bit reaches every output bit
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
  }
  // Appends the 32 lower-case hex digits of the hash.
  void append_hex(std::string& out) const {
    static constexpr char kHex[] = "0123456789abcdef";
    for (std::uint64_t word : {mix(a), mix(b ^ a)}) {
      for (int shift = 60; shift >= 0; shift -= 4) out += kHex[(word >> shift) & 0xF];
    }
  }
};

// One run of the mapping: scratch buffers and the per-triple term building.
class Emitter {
 public:
  Emitter(std::uint32_t constant_offset, TripleSink& sink)
      : constant_offset_(constant_offset), sink_(sink), quads_(sink.wants_graphs()) {}

  void run_part(const Part& part);

 private:
  const KnowledgeGraph& g() const { return *part_->graph; }
  RdfTerm constant(Constant c) const { return {RdfTerm::Kind::kIri, kConstantIris[c], {}, {}, constant_offset_ + c}; }
  RdfTerm iri_sym(Sym s, const Location& where, std::string_view what);
  RdfTerm node_term(NodeId n) const;
  RdfTerm value_term(const Value& v, const Location& where, std::string_view what);
  void check_node(NodeId n);
  void emit_node(NodeId n);
  void emit_role(Role role, std::initializer_list<Constant> predicates);
  void emit_attributes();
  void emit_edges(NodeId n);
  void emit_statement(graph::EdgeRef e, const RdfTerm& predicate, std::uint32_t occurrence);
  void emit_attribute_statements();
  void write_statement(const RdfTerm& statement, const RdfTerm& predicate, const RdfTerm& object,
                       const Location& where);
  RdfTerm statement_term(StatementHash& hash, std::uint32_t occurrence);
  void load_qualifiers(graph::EdgeRef e);
  void load_qualifiers(const NodeProperty& p);
  template <class Out>
  void emit_qualifiers(const Location& where, Out&& out);
  void set_graphs(std::vector<Sym>& graphs);
  template <class Qualified>  // graph::EdgeRef or NodeProperty
  void add_sources(const Qualified& of, std::vector<Sym>& to) const;
  void emit_entailed_classes();
  void emit_entailed(NodeId n, std::size_t attribute_count);
  template <class Out>
  void emit_entailed_qualifiers(const Location& where, Out&& out);
  RdfTerm entailed_term(std::uint32_t i) const {
    const Entailed& e = *part_->entailed;
    return {RdfTerm::Kind::kIri, e.iris[i], {}, {}, e.key_offset + i};
  }

  std::uint32_t constant_offset_;
  TripleSink& sink_;
  bool quads_ = false;  // the sink wants each triple's graphs
  std::vector<Sym> graphs_, node_graphs_, edge_graphs_, no_graphs_;
  std::vector<RdfTerm> graph_terms_;
  const Part* part_ = nullptr;
  std::vector<bool> checked_;  // Sym -> IRI or text already checked
  std::string object_label_, statement_iri_, lexical_;
  RdfTerm subject_;
  std::vector<NodeProperty> props_;
  struct OutEdge {
    std::uint32_t predicate_rank;
    std::uint32_t object_rank;
    graph::EdgeRef edge;
  };
  std::vector<OutEdge> out_;
  std::vector<graph::Qualifier> quals_;
  // An entailed triple waiting to be written: entailed predicate, and the object as a
  // value (attributes) or a node (relations; `node` != kNoNode).
  struct Candidate {
    std::uint32_t iri;
    Value value;
    NodeId node;
    Location where;
  };
  static constexpr NodeId kNoNode = static_cast<NodeId>(-1);
  std::vector<Candidate> candidates_;
  // Each record once: props_ by role (emit_role) and then, after emit_attributes() sorts
  // them, the attributes by predicate; quals_; candidates_; out_'s relations (emit_entailed).
  Repeats prop_repeats_, qual_repeats_, candidate_repeats_, edge_repeats_;
  std::size_t attributes_end_ = 0;  // props_[0, attributes_end_) are the attributes, after emit_attributes()
  // The qualified attributes (their own kgf:source, ...), after emit_attributes(): an
  // index into props_ and the occurrence of its (predicate, value) among the attributes.
  std::vector<std::pair<std::size_t, std::uint32_t>> qualified_;
  std::vector<std::uint32_t> entailed_classes_;
  // What each datatype (few per graph) means for a literal, looked up by Sym.
  struct DatatypeInfo {
    enum Shape : std::uint8_t { kString, kLangString, kTyped };
    Sym sym;
    Shape shape;
    xsd::NumericKind kind;
  };
  std::vector<DatatypeInfo> datatypes_;
  const DatatypeInfo& datatype_info(Sym s) {
    for (const DatatypeInfo& d : datatypes_) {
      if (d.sym == s) return d;
    }
    const std::string_view iri = g().str(s);
    const DatatypeInfo::Shape shape = iri.empty() || iri == kXsdString ? DatatypeInfo::kString
                                      : iri == kRdfLangString          ? DatatypeInfo::kLangString
                                                                       : DatatypeInfo::kTyped;
    return datatypes_.emplace_back(DatatypeInfo{s, shape, xsd::numeric_kind(iri)});
  }
};

RdfTerm Emitter::iri_sym(Sym s, const Location& where, std::string_view what) {
  const std::string_view text = g().str(s);
  if (!checked_[s]) {
    if (std::optional<std::string> problem = graph::iri_problem(text)) {
      throw Error(location_text(g(), where, subject_.text) + ": cannot write RDF: " + std::string(what) + " <" +
                  std::string(text) + ">: " + *problem);
    }
    checked_[s] = true;
  }
  return {RdfTerm::Kind::kIri, text, {}, {}, s + part_->key_offset};
}

RdfTerm Emitter::node_term(NodeId n) const {
  const Part::NodeText& t = part_->nodes[n];
  return {t.key == 0 ? RdfTerm::Kind::kBlank : RdfTerm::Kind::kIri,
          std::string_view(t.data, t.size),
          {},
          {},
          t.key,
          t.prefix};
}

void Emitter::check_node(NodeId n) {
  const graph::Node& node = g().node(n);
  if (node.blank || checked_[node.iri]) return;
  if (std::optional<std::string> problem = graph::iri_problem(g().str(node.iri))) {
    throw Error(location_text(g(), node.where, "") + (node.where.known() ? ": " : "") +
                "cannot write RDF: entity IRI <" + std::string(g().str(node.iri)) + ">: " + *problem);
  }
  checked_[node.iri] = true;
}

RdfTerm Emitter::value_term(const Value& v, const Location& where, std::string_view what) {
  if (v.kind == Value::Kind::kIri) return iri_sym(v.text, where, what);
  if (v.kind == Value::Kind::kBlank) {
    object_label_.assign(1, part_->blank_prefix);  // a blank value (not an edge): labelled by its Sym
    object_label_ += 'v';
    object_label_ += std::to_string(v.text);
    return {RdfTerm::Kind::kBlank, object_label_, {}, {}, 0};
  }
  auto fail = [&](const std::string& why) {
    throw Error(location_text(g(), where, subject_.text) + ": cannot write RDF: " + std::string(what) + " " + why);
  };
  const std::string_view text = g().str(v.text);
  if (!checked_[v.text]) {
    if (!graph::is_valid_utf8(text)) fail("has a NUL byte or invalid UTF-8");
    checked_[v.text] = true;
  }
  const std::string_view language = g().str(v.language);
  const DatatypeInfo& type = datatype_info(v.datatype);
  if (!language.empty()) {
    if (!rdf::is_language_tag(language)) fail("has a bad language tag '" + std::string(language) + "'");
    if (type.shape != DatatypeInfo::kString && type.shape != DatatypeInfo::kLangString) {
      fail("has both a language tag and a datatype");
    }
    return {RdfTerm::Kind::kLiteral, text, {}, language, 0};
  }
  if (type.shape == DatatypeInfo::kLangString) fail("is rdf:langString without a language tag");
  if (type.shape == DatatypeInfo::kString) return {RdfTerm::Kind::kLiteral, text, {}, {}, 0};
  const std::string_view datatype = g().str(v.datatype);
  iri_sym(v.datatype, where, "datatype");
  if (part_->raw_literals) return {RdfTerm::Kind::kLiteral, text, datatype, {}, v.datatype + part_->key_offset};
  if (!xsd::canonical_lexical(text, type.kind, lexical_)) {
    fail("\"" + std::string(text) + "\" is not a valid <" + std::string(datatype) + ">");
  }
  return {RdfTerm::Kind::kLiteral, lexical_, datatype, {}, v.datatype + part_->key_offset};
}

std::uint32_t predicate_rank(const Part& part, Sym predicate) {
  auto it = std::lower_bound(part.predicate_rank.begin(), part.predicate_rank.end(), std::make_pair(predicate, 0u));
  return it->second;
}

void Emitter::run_part(const Part& part) {
  if (!graphs_.empty()) {  // Syms of another graph: back to the default graph
    graphs_.clear();
    graph_terms_.clear();
    sink_.graphs(graph_terms_);
  }
  part_ = &part;
  checked_.assign(g().strings().size(), false);
  datatypes_.clear();
  subject_ = {};
  for (NodeId n : part.order) check_node(n);  // before writing: no half-written output for a bad IRI
  // Subjects come in IRI order, so their records are scattered in memory: fetch the
  // vertex 8 subjects ahead, its out-edge list 4 ahead, and the relation records and
  // objects 2 ahead, so that the cache misses overlap with the work.
  const KnowledgeGraph::Model& m = g().model();
  const std::size_t count = part.order.size();
  for (std::size_t i = 0; i < count; ++i) {
    if (i + 8 < count) {
      const char* vertex = reinterpret_cast<const char*>(&m[part.order[i + 8]]);
      __builtin_prefetch(vertex);
      __builtin_prefetch(vertex - 32);
    }
    if (i + 4 < count) {
      const auto& list = m.out_edge_list(part.order[i + 4]);
      if (!list.empty()) __builtin_prefetch(list.data());
    }
    if (i + 2 < count) {
      for (auto [it, end] = boost::out_edges(part.order[i + 2], m); it != end; ++it) {
        __builtin_prefetch(&m[*it]);
        __builtin_prefetch(&part.nodes[boost::target(*it, m)]);
      }
    }
    emit_node(part.order[i]);
  }
}

void Emitter::emit_node(NodeId n) {
  const graph::Node& node = g().node(n);
  subject_ = node_term(n);
  props_.clear();
  g().for_each_property(n, [&](const NodeProperty& p) { props_.push_back(p); });
  prop_repeats_.assign(props_,
                       [](const NodeProperty& p) { return RecordKey(static_cast<std::uint32_t>(p.role), 0, p.value); });
  if (quads_) {
    node_graphs_.clear();
    for (const NodeProperty& p : props_) {
      if (p.role == Role::kAttribute && p.predicate == part_->source && part_->source != 0 && p.value.is_iri()) {
        node_graphs_.push_back(p.value.text);
      }
    }
    set_graphs(node_graphs_);
  }
  emit_role(Role::kClass, {kRdfType});
  if (part_->entailed != nullptr) emit_entailed_classes();
  if (node.name != 0) {
    const RdfTerm name = value_term(Value::literal(node.name), node.where, "name");
    sink_.triple(subject_, constant(kRdfsLabel), name);
    if (part_->schema_terms) sink_.triple(subject_, constant(kSchemaName), name);
    if (part_->sources->is_source(n)) sink_.triple(subject_, constant(kDctermsTitle), name);
  }
  emit_role(Role::kAlias, {kSkosAltLabel});
  if (part_->schema_terms) {
    emit_role(Role::kDescription, {kRdfsComment, kSchemaDescription});
  } else {
    emit_role(Role::kDescription, {kRdfsComment});
  }
  emit_role(Role::kSameAs, {kOwlSameAs});
  emit_attributes();
  emit_edges(n);
}

// The values of one role, in insertion order, each once, under each of `predicates`.
void Emitter::emit_role(Role role, std::initializer_list<Constant> predicates) {
  static constexpr std::string_view kWhat[] = {"class", "alias", "description", "same-as link", "attribute"};
  for (Constant predicate : predicates) {
    for (std::size_t i = 0; i < props_.size(); ++i) {
      const NodeProperty& p = props_[i];
      if (p.role != role || !prop_repeats_.first(i)) continue;
      sink_.triple(subject_, constant(predicate), value_term(p.value, p.where, kWhat[static_cast<int>(role)]));
    }
  }
}

// Literal (or IRI) attributes, grouped by predicate IRI, each (predicate, value) once.
void Emitter::emit_attributes() {
  auto end = std::stable_partition(props_.begin(), props_.end(),
                                   [](const NodeProperty& p) { return p.role == Role::kAttribute; });
  std::stable_sort(props_.begin(), end, [&](const NodeProperty& a, const NodeProperty& b) {
    return a.predicate != b.predicate && g().str(a.predicate) < g().str(b.predicate);
  });
  attributes_end_ = static_cast<std::size_t>(end - props_.begin());
  qualified_.clear();
  prop_repeats_.assign(std::span(props_.data(), attributes_end_),
                       [](const NodeProperty& p) { return RecordKey(p.predicate, 0, p.value); });
  for (std::size_t i = 0; i < attributes_end_; ++i) {
    if (!prop_repeats_.first(i)) continue;
    const NodeProperty& p = props_[i];
    // The records stating this triple: each qualified one is reified (or annotated) on
    // its own; in quads, the triple is in the graphs of each record's own sources, or
    // of the entity's for a record without any.
    std::uint32_t occurrence = 0;
    edge_graphs_.clear();
    prop_repeats_.for_each_same(i, [&](std::size_t k) {
      if (props_[k].qualified()) qualified_.emplace_back(k, occurrence);
      ++occurrence;
      if (!quads_) return;
      const std::size_t before = edge_graphs_.size();
      add_sources(props_[k], edge_graphs_);
      if (edge_graphs_.size() == before)
        edge_graphs_.insert(edge_graphs_.end(), node_graphs_.begin(), node_graphs_.end());
    });
    if (quads_) set_graphs(edge_graphs_);
    const RdfTerm predicate = iri_sym(p.predicate, p.where, "property");
    sink_.triple(subject_, predicate, value_term(p.value, p.where, "value of " + std::string(predicate.text)));
    if (!part_->star) continue;
    prop_repeats_.for_each_same(i, [&](std::size_t k) {  // one annotation block per qualified record
      if (!props_[k].qualified()) return;
      bool first = true;
      load_qualifiers(props_[k]);
      emit_qualifiers(props_[k].where, [&](const RdfTerm& q, const RdfTerm& v) {
        sink_.annotation(q, v, first);
        first = false;
      });
    });
  }
  if (quads_) set_graphs(node_graphs_);
}

void Emitter::emit_edges(NodeId n) {
  out_.clear();
  for (auto [it, end] = boost::out_edges(n, g().model()); it != end; ++it) {
    const graph::Edge& e = g().model()[*it];
    const NodeId target = boost::target(*it, g().model());
    if (part_->view && (!part_->view->edge[e.id] || !part_->view->node[target])) continue;
    const Part::NodeText& object = part_->nodes[target];
    __builtin_prefetch(object.data);
    out_.push_back({predicate_rank(*part_, e.predicate), object.rank, *it});
  }
  std::sort(out_.begin(), out_.end(), [&](const OutEdge& a, const OutEdge& b) {
    if (a.predicate_rank != b.predicate_rank) return a.predicate_rank < b.predicate_rank;
    if (a.object_rank != b.object_rank) return a.object_rank < b.object_rank;
    return g().edge(a.edge).id < g().edge(b.edge).id;
  });
  auto same_as_previous = [&](std::size_t i) {
    return i > 0 && out_[i].predicate_rank == out_[i - 1].predicate_rank &&
           out_[i].object_rank == out_[i - 1].object_rank;
  };
  for (std::size_t i = 0; i < out_.size(); ++i) {
    if (same_as_previous(i)) continue;  // a relation stated twice is one triple
    std::size_t group_end = i + 1;
    while (group_end < out_.size() && same_as_previous(group_end)) ++group_end;
    if (quads_) {  // in the graph of every source of every statement of it
      edge_graphs_.clear();
      for (std::size_t k = i; k < group_end; ++k) add_sources(out_[k].edge, edge_graphs_);
      set_graphs(edge_graphs_);
    }
    const graph::Edge& e = g().edge(out_[i].edge);
    const RdfTerm predicate = iri_sym(e.predicate, e.where, "property");
    sink_.triple(subject_, predicate, node_term(g().target(out_[i].edge)));
    if (!part_->star) continue;
    for (std::size_t k = i; k < group_end; ++k) {  // one annotation block per statement
      if (g().edge(out_[k].edge).first_qualifier == graph::kNone) continue;
      bool first = true;
      load_qualifiers(out_[k].edge);
      emit_qualifiers(g().edge(out_[k].edge).where, [&](const RdfTerm& q, const RdfTerm& v) {
        sink_.annotation(q, v, first);
        first = false;
      });
    }
  }
  if (part_->entailed != nullptr) {
    if (quads_) set_graphs(no_graphs_);
    emit_entailed(n, attributes_end_);
  }
  if (part_->star) return;
  emit_attribute_statements();
  std::uint32_t occurrence = 0;
  for (std::size_t i = 0; i < out_.size(); ++i) {
    occurrence = same_as_previous(i) ? occurrence + 1 : 0;
    const graph::Edge& e = g().edge(out_[i].edge);
    if (e.first_qualifier == graph::kNone) continue;
    if (quads_) {
      edge_graphs_.clear();
      add_sources(out_[i].edge, edge_graphs_);
      set_graphs(edge_graphs_);
    }
    emit_statement(out_[i].edge, iri_sym(e.predicate, e.where, "property"), occurrence);
  }
}

// The reification of one qualified relation: rdf:Statement, its subject, predicate and
// object, then the qualifiers grouped by predicate.
void Emitter::emit_statement(graph::EdgeRef e, const RdfTerm& predicate, std::uint32_t occurrence) {
  const RdfTerm object = node_term(g().target(e));
  StatementHash hash;
  hash.add(subject_.text);
  hash.add(predicate.text);
  hash.add(object.text);
  load_qualifiers(e);
  write_statement(statement_term(hash, occurrence), predicate, object, g().edge(e).where);
}

// rdf:Statement, its subject, predicate and object, then the qualifiers load_qualifiers()
// fetched.
void Emitter::write_statement(const RdfTerm& statement, const RdfTerm& predicate, const RdfTerm& object,
                              const Location& where) {
  sink_.triple(statement, constant(kRdfType), constant(kRdfStatement));
  sink_.triple(statement, constant(kRdfSubject), subject_);
  sink_.triple(statement, constant(kRdfPredicate), predicate);
  sink_.triple(statement, constant(kRdfObject), object);
  emit_qualifiers(where, [&](const RdfTerm& q, const RdfTerm& v) { sink_.triple(statement, q, v); });
}

// The reification of each qualified attribute value (its own source, ...), as of a
// relation: named by a hash of the subject, the property, the literal (lexical form,
// datatype, language) and its occurrence; in quads, in the graphs of its own sources.
void Emitter::emit_attribute_statements() {
  for (const auto& [index, occurrence] : qualified_) {
    const NodeProperty& p = props_[index];
    if (quads_) {
      edge_graphs_.clear();
      add_sources(p, edge_graphs_);
      set_graphs(edge_graphs_);
    }
    const RdfTerm predicate = iri_sym(p.predicate, p.where, "property");
    StatementHash hash;
    hash.add(subject_.text);
    hash.add(predicate.text);
    const RdfTerm object = value_term(p.value, p.where, "value of " + std::string(predicate.text));
    hash.add(object.kind == RdfTerm::Kind::kLiteral ? "literal" : "resource");
    hash.add(object.text);
    hash.add(object.datatype);
    hash.add(object.language);
    load_qualifiers(p);
    write_statement(statement_term(hash, occurrence), predicate, object, p.where);
  }
}

// The statement IRI (or blank node) for a hash of what it reifies and its occurrence.
RdfTerm Emitter::statement_term(StatementHash& hash, std::uint32_t occurrence) {
  char number[16];
  const auto end = std::to_chars(number, number + sizeof number, occurrence).ptr;
  hash.add(std::string_view(number, static_cast<std::size_t>(end - number)));
  if (part_->statement_ns.empty()) {
    statement_iri_.assign(1, part_->blank_prefix);
    statement_iri_ += 's';
    hash.append_hex(statement_iri_);
    return {RdfTerm::Kind::kBlank, statement_iri_, {}, {}, 0};
  }
  statement_iri_.assign(part_->statement_ns);
  statement_iri_ += 's';
  hash.append_hex(statement_iri_);
  return {RdfTerm::Kind::kIri, statement_iri_, {}, {}, 0};
}

void Emitter::load_qualifiers(graph::EdgeRef e) {
  quals_.clear();
  g().for_each_qualifier(e, [&](const graph::Qualifier& q) { quals_.push_back(q); });
}

void Emitter::load_qualifiers(const NodeProperty& p) {
  quals_.clear();
  g().for_each_qualifier(p, [&](const graph::Qualifier& q) { quals_.push_back(q); });
}

// The qualifiers load_qualifiers() fetched (of a relation or an attribute value),
// grouped by predicate, each (predicate, value) once, then what --entail adds to
// them: out(predicate, value) for each.
template <class Out>
void Emitter::emit_qualifiers(const Location& where, Out&& out) {
  std::stable_sort(quals_.begin(), quals_.end(), [&](const graph::Qualifier& a, const graph::Qualifier& b) {
    return a.predicate != b.predicate && g().str(a.predicate) < g().str(b.predicate);
  });
  qual_repeats_.assign(quals_, [](const graph::Qualifier& q) { return RecordKey(q.predicate, 0, q.value); });
  for (std::size_t i = 0; i < quals_.size(); ++i) {
    if (!qual_repeats_.first(i)) continue;
    const RdfTerm qualifier = iri_sym(quals_[i].predicate, where, "qualifier");
    out(qualifier, value_term(quals_[i].value, where, "value of qualifier " + std::string(qualifier.text)));
  }
  if (part_->entailed != nullptr) emit_entailed_qualifiers(where, out);
}

// The kgf:source values of a relation or an attribute value, added to `to`.
template <class Qualified>
void Emitter::add_sources(const Qualified& of, std::vector<Sym>& to) const {
  if (part_->source == 0) return;
  g().for_each_qualifier(of, [&](const graph::Qualifier& q) {
    if (q.predicate == part_->source && q.value.is_iri()) to.push_back(q.value.text);
  });
}

// Tells a quad sink the graphs of the next triples, if they changed.
void Emitter::set_graphs(std::vector<Sym>& graphs) {
  std::sort(graphs.begin(), graphs.end(), [&](Sym a, Sym b) { return g().str(a) < g().str(b); });
  graphs.erase(std::unique(graphs.begin(), graphs.end()), graphs.end());
  if (graphs == graphs_) return;
  graphs_ = graphs;
  graph_terms_.clear();
  for (Sym s : graphs_) graph_terms_.push_back(iri_sym(s, {}, "source"));
  sink_.graphs(graph_terms_);
}

// --- --entail ------------------------------------------------------------------------

// rdf:type for every class the subject's classes entail and it does not state.
void Emitter::emit_entailed_classes() {
  const Entailed& e = *part_->entailed;
  entailed_classes_.clear();
  for (const NodeProperty& p : props_) {
    if (p.role != Role::kClass || p.value.kind != Value::Kind::kIri) continue;
    auto it = e.classes.find(p.value.text);
    if (it != e.classes.end()) entailed_classes_.insert(entailed_classes_.end(), it->second.begin(), it->second.end());
  }
  if (entailed_classes_.empty()) return;
  std::sort(entailed_classes_.begin(), entailed_classes_.end(),
            [&](std::uint32_t a, std::uint32_t b) { return e.iris[a] < e.iris[b]; });
  entailed_classes_.erase(std::unique(entailed_classes_.begin(), entailed_classes_.end()), entailed_classes_.end());
  for (std::uint32_t i : entailed_classes_) {
    const bool stated = e.kb_sym[i] != 0 &&
                        prop_repeats_.contains({static_cast<std::uint32_t>(Role::kClass), 0, Value::iri(e.kb_sym[i])});
    if (!stated) sink_.triple(subject_, constant(kRdfType), entailed_term(i));
  }
}

// The triples the subject's attributes and relations entail (super-properties), and
// those its incoming relations entail (inverses), each once and only if not stated;
// by entailed property IRI, then in the order of the triples they come from.
void Emitter::emit_entailed(NodeId n, std::size_t attribute_count) {
  const Entailed& e = *part_->entailed;
  candidates_.clear();
  for (std::size_t k = 0; k < attribute_count; ++k) {
    const NodeProperty& p = props_[k];
    auto it = e.forward.find(p.predicate);
    if (it == e.forward.end()) continue;
    for (const Entailed::Property& x : it->second) candidates_.push_back({x.iri, p.value, kNoNode, p.where});
  }
  for (const OutEdge& o : out_) {
    const graph::Edge& edge = g().edge(o.edge);
    auto it = e.relation.find(edge.predicate);
    if (it == e.relation.end()) continue;
    for (const Entailed::Property& x : it->second) {
      if (!x.inverse) candidates_.push_back({x.iri, {}, g().target(o.edge), edge.where});
    }
  }
  for (std::uint32_t k = e.in_begin[n]; k < e.in_begin[n + 1]; ++k) {
    const graph::EdgeRef in = e.in_edges[k];
    const graph::Edge& edge = g().edge(in);
    for (const Entailed::Property& x : e.relation.at(edge.predicate)) {
      if (x.inverse) candidates_.push_back({x.iri, {}, g().source(in), edge.where});
    }
  }
  if (candidates_.empty()) return;
  std::stable_sort(candidates_.begin(), candidates_.end(),
                   [&](const Candidate& a, const Candidate& b) { return e.iris[a.iri] < e.iris[b.iri]; });
  // An entailed triple is written once, and not where the KB states it: its attributes
  // (prop_repeats_, by predicate and value, from emit_attributes()) or its relations.
  candidate_repeats_.assign(
      candidates_, [](const Candidate& c) { return RecordKey(c.iri, c.node, c.node == kNoNode ? c.value : Value{}); });
  edge_repeats_.assign(
      out_, [&](const OutEdge& o) { return RecordKey(g().edge(o.edge).predicate, g().target(o.edge), Value{}); });
  auto stated = [&](const Candidate& c) {
    const Sym p = e.kb_sym[c.iri];
    if (p == 0) return false;
    if (c.node == kNoNode) return prop_repeats_.contains({p, 0, c.value});
    return edge_repeats_.contains({p, c.node, Value{}});
  };
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const Candidate& c = candidates_[i];
    if (!candidate_repeats_.first(i) || stated(c)) continue;
    const RdfTerm predicate = entailed_term(c.iri);
    if (c.node != kNoNode) {
      sink_.triple(subject_, predicate, node_term(c.node));
    } else {
      sink_.triple(subject_, predicate, value_term(c.value, c.where, "value of " + std::string(predicate.text)));
    }
  }
}

// The super-properties of a statement's qualifiers (kgf:since: schema:startDate).
template <class Out>
void Emitter::emit_entailed_qualifiers(const Location& where, Out&& out) {
  const Entailed& e = *part_->entailed;
  candidates_.clear();
  for (const graph::Qualifier& q : quals_) {
    auto it = e.forward.find(q.predicate);
    if (it == e.forward.end()) continue;
    for (const Entailed::Property& x : it->second) candidates_.push_back({x.iri, q.value, kNoNode, where});
  }
  std::stable_sort(candidates_.begin(), candidates_.end(),
                   [&](const Candidate& a, const Candidate& b) { return e.iris[a.iri] < e.iris[b.iri]; });
  candidate_repeats_.assign(candidates_, [](const Candidate& c) { return RecordKey(c.iri, 0, c.value); });
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const Candidate& c = candidates_[i];
    const Sym p = e.kb_sym[c.iri];
    const bool stated = p != 0 && qual_repeats_.contains({p, 0, c.value});
    if (!candidate_repeats_.first(i) || stated) continue;
    const RdfTerm predicate = entailed_term(c.iri);
    out(predicate, value_term(c.value, where, "value of qualifier " + std::string(predicate.text)));
  }
}

// The IRIs of one part, for IriVisitor.
class IriScan {
 public:
  IriScan(const Part& part, std::uint32_t constant_offset, IriVisitor& visitor)
      : part_(part),
        g_(*part.graph),
        constant_offset_(constant_offset),
        visitor_(visitor),
        seen_(g_.strings().size(), false) {}

  void run() {
    for (NodeId n : part_.order) {
      const graph::Node& node = g_.node(n);
      if (!node.blank) resource(node.iri);
      if (node.name != 0) {
        constant(kRdfsLabel, IriVisitor::Use::kPredicate);
        if (part_.schema_terms) constant(kSchemaName, IriVisitor::Use::kPredicate);
        if (part_.sources->is_source(n)) constant(kDctermsTitle, IriVisitor::Use::kPredicate);
      }
      g_.for_each_property(n, [&](const NodeProperty& p) { property(p); });
    }
    edges();
  }

 private:
  void constant(Constant c, IriVisitor::Use use) { visitor_.iri(kConstantIris[c], constant_offset_ + c, use, {}); }
  void resource(Sym s) { visitor_.iri(g_.str(s), s + part_.key_offset, IriVisitor::Use::kResource, {}); }
  void once(Sym s, IriVisitor::Use use) {
    if (seen_[s]) return;
    seen_[s] = true;
    visitor_.iri(g_.str(s), s + part_.key_offset, use, {});
  }
  void value(const Value& v) {
    if (v.kind == Value::Kind::kIri) resource(v.text);
    if (v.kind == Value::Kind::kLiteral && v.datatype != 0 && v.language == 0) {
      visitor_.iri(g_.str(v.datatype), v.datatype + part_.key_offset, IriVisitor::Use::kDatatype, g_.str(v.text));
    }
  }
  void property(const NodeProperty& p) {
    switch (p.role) {
      case Role::kClass:
        constant(kRdfType, IriVisitor::Use::kPredicate);
        break;
      case Role::kAlias:
        constant(kSkosAltLabel, IriVisitor::Use::kPredicate);
        break;
      case Role::kDescription:
        constant(kRdfsComment, IriVisitor::Use::kPredicate);
        if (part_.schema_terms) constant(kSchemaDescription, IriVisitor::Use::kPredicate);
        break;
      case Role::kSameAs:
        constant(kOwlSameAs, IriVisitor::Use::kPredicate);
        break;
      case Role::kAttribute:
        once(p.predicate, IriVisitor::Use::kPredicate);
        break;
    }
    value(p.value);
    g_.for_each_qualifier(p, [&](const graph::Qualifier& q) {
      once(q.predicate, IriVisitor::Use::kPredicate);
      value(q.value);
      qualified_ = true;
    });
  }
  void edges() {
    for (const Part::EdgeIri& e : part_.edge_iris) {
      visitor_.iri(g_.str(e.iri), e.iri + part_.key_offset, static_cast<IriVisitor::Use>(e.use), g_.str(e.lexical));
    }
    if (part_.has_statements || qualified_) statement_constants();
  }
  void statement_constants() {
    if (!part_.statement_ns.empty()) visitor_.iri(part_.statement_ns + "s0", 0, IriVisitor::Use::kResource, {});
    constant(kRdfType, IriVisitor::Use::kPredicate);
    constant(kRdfStatement, IriVisitor::Use::kResource);
    for (Constant c : {kRdfSubject, kRdfPredicate, kRdfObject}) constant(c, IriVisitor::Use::kPredicate);
  }

  const Part& part_;
  const KnowledgeGraph& g_;
  std::uint32_t constant_offset_;
  IriVisitor& visitor_;
  std::vector<bool> seen_;
  bool qualified_ = false;  // an attribute value has qualifiers: statements are written
};

std::string base_prefix_name(std::string_view base) {
  while (!base.empty() && (base.back() == '/' || base.back() == '#')) base.remove_suffix(1);
  const std::size_t cut = base.find_last_of("/#:");
  std::string name;
  for (char c : base.substr(cut == std::string_view::npos ? 0 : cut + 1)) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') name += c;
  }
  return name;
}

std::vector<graph::Prefix> collect_prefixes(const std::vector<Part>& parts) {
  std::vector<graph::Prefix> out;
  auto add = [&](std::string_view name, std::string_view iri) {
    if (iri.empty() || !rdf::is_turtle_prefix(name) || graph::iri_problem(iri)) return false;
    for (const graph::Prefix& p : out) {
      if (p.prefix == name || p.iri == iri) return false;
    }
    out.push_back({std::string(name), std::string(iri)});
    return true;
  };
  for (const Part& part : parts) {
    for (const graph::Prefix& p : part.graph->prefixes()) add(p.prefix, p.iri);
  }
  const std::string& base = parts.front().graph->base_iri();
  if (!base.empty()) {
    std::string name = base_prefix_name(base);
    if (name.empty() || !add(name, base)) {
      for (int i = 1; !add("kb" + (i == 1 ? std::string() : std::to_string(i)), base) && i < 100; ++i) {
      }
    }
    add("genid", parts.front().statement_ns);
  }
  for (const graph::WellKnownPrefix& p : graph::kWellKnownPrefixes) add(p.prefix, p.iri);
  return out;
}

}  // namespace

RdfMapping::RdfMapping(const KnowledgeGraph& graph, const ExportOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->parts.reserve(2);  // Parts never move: NodeText points into blank_labels
  Part& kb = impl_->parts.emplace_back();
  prepare_part(kb, graph, make_export_view(graph, options), options.ontology);
  kb.raw_literals = options.raw_literals;
  kb.star = options.star_qualifiers;
  impl_->constant_offset = static_cast<std::uint32_t>(graph.strings().size());
  impl_->key_limit = impl_->constant_offset + kConstantCount;
  if (options.with_ontology && options.ontology != nullptr && options.ontology->graph().node_count() > 0) {
    Part& onto = impl_->parts.emplace_back();
    onto.key_offset = impl_->key_limit;
    onto.blank_prefix = 'o';
    onto.schema_terms = false;
    prepare_part(onto, options.ontology->graph(), std::nullopt, nullptr);
    impl_->key_limit += static_cast<std::uint32_t>(onto.graph->strings().size());
  }
  if (options.entail && options.ontology != nullptr) {
    const ontology::Entailment entailment(*options.ontology, options.entail_namespaces);
    Entailed& e = impl_->entailed.emplace();
    prepare_entailed(e, kb, entailment);
    e.key_offset = impl_->key_limit;
    impl_->key_limit += static_cast<std::uint32_t>(e.iris.size());
    impl_->parts.front().entailed = &e;
  }
  impl_->prefixes = collect_prefixes(impl_->parts);
}

RdfMapping::~RdfMapping() = default;

void RdfMapping::run(TripleSink& sink) const {
  if (impl_->parts.front().star && !sink.annotations()) {
    throw FormatError("--qualifiers star: RDF-star annotations are written only in Turtle and TriG");
  }
  Emitter emitter(impl_->constant_offset, sink);
  for (const Part& part : impl_->parts) emitter.run_part(part);
}

void RdfMapping::for_each_iri(IriVisitor& visitor) const {
  for (const Part& part : impl_->parts) IriScan(part, impl_->constant_offset, visitor).run();
  if (const std::optional<Entailed>& e = impl_->entailed) {
    for (std::uint32_t i = 0; i < e->iris.size(); ++i) {
      visitor.iri(e->iris[i], e->key_offset + i,
                  e->is_class[i] ? IriVisitor::Use::kResource : IriVisitor::Use::kPredicate, {});
    }
  }
}

std::uint32_t RdfMapping::key_limit() const { return impl_->key_limit; }

void RdfMapping::compute_prefix_hints() {
  const rdf::PrefixRule rule(impl_->prefixes);
  for (Part& part : impl_->parts) {
    for (Part::NodeText& t : part.nodes) {
      if (t.key != 0) t.prefix = rule.match(std::string_view(t.data, t.size));
    }
  }
}

const std::vector<graph::Prefix>& RdfMapping::prefixes() const { return impl_->prefixes; }

}  // namespace kgforge::exporters
