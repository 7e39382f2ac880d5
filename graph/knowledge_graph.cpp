// SPDX-License-Identifier: MIT
#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <memory>
#include <mutex>
#include <utility>

#include "graph/iri.hpp"

namespace kgforge::graph {

namespace {

// The next capacity of a vector that is full: exact while small (most out-edge lists
// hold a few edges), then 1.25x. std::vector's doubling left 1.6 slots an edge on
// the benchmark graph; this keeps growth amortised O(1) with ~12% slack.
std::size_t next_capacity(std::size_t size) { return size < 8 ? size + 1 : size + size / 4; }

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPoolEdges = false;
#else
constexpr bool kPoolEdges = true;
#endif

// Fixed-size slots for Edge bundles, carved from 64 KiB slabs, with a free list.
// Process-wide (operator new has no graph to go to) and locked, since graphs may
// be built on several threads. Slabs are kept for reuse, never returned.
class EdgePool {
 public:
  void* allocate() {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (free_ != nullptr) {
      void* p = free_;
      free_ = *static_cast<void**>(p);
      return p;
    }
    if (next_ == end_) {
      slabs_.push_back(std::make_unique<std::byte[]>(kSlotsPerSlab * sizeof(Edge)));
      next_ = slabs_.back().get();
      end_ = next_ + kSlotsPerSlab * sizeof(Edge);
    }
    void* p = next_;
    next_ += sizeof(Edge);
    return p;
  }
  void release(void* p) {
    const std::lock_guard<std::mutex> lock(mutex_);
    *static_cast<void**>(p) = free_;
    free_ = p;
  }

 private:
  static constexpr std::size_t kSlotsPerSlab = 65536 / sizeof(Edge);
  static_assert(sizeof(Edge) >= sizeof(void*) && sizeof(Edge) % alignof(void*) == 0);
  std::mutex mutex_;
  void* free_ = nullptr;
  std::byte* next_ = nullptr;
  std::byte* end_ = nullptr;
  std::vector<std::unique_ptr<std::byte[]>> slabs_;
};

// Appends `q` to the chain of qualifier records that starts at `first` (a relation's or
// a value's).
template <class Records>
void append_qualifier(Records& quals, std::uint32_t& first, const Qualifier& q) {
  const auto index = static_cast<std::uint32_t>(quals.size());
  quals.push_back({q, kNone});
  if (first == kNone) {
    first = index;
    return;
  }
  std::uint32_t i = first;
  while (quals[i].next != kNone) i = quals[i].next;
  quals[i].next = index;
}

EdgePool& edge_pool() {
  static EdgePool* pool = new EdgePool;  // never destroyed: graphs may outlive other statics
  return *pool;
}

}  // namespace

void* Edge::operator new(std::size_t size) {
  if (!kPoolEdges || size != sizeof(Edge)) return ::operator new(size);
  return edge_pool().allocate();
}

void Edge::operator delete(void* p, std::size_t size) noexcept {
  if (p == nullptr) return;
  if (!kPoolEdges || size != sizeof(Edge)) {
    ::operator delete(p);
    return;
  }
  edge_pool().release(p);
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept { *this = std::move(other); }

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
  if (this == &other) return *this;
  // The moved-from graph keeps a model (empty), so that it stays usable.
  std::swap(model_, other.model_);
  other.model_->clear();
  strings_ = std::exchange(other.strings_, StringPool());
  node_of_sym_ = std::move(other.node_of_sym_);
  blank_of_sym_ = std::move(other.blank_of_sym_);
  props_ = std::move(other.props_);
  quals_ = std::move(other.quals_);
  edge_count_ = std::exchange(other.edge_count_, 0);
  base_iri_ = std::move(other.base_iri_);
  prefixes_ = std::move(other.prefixes_);
  return *this;
}

KnowledgeGraph::~KnowledgeGraph() = default;

KnowledgeGraph::NodeId KnowledgeGraph::add_vertex_for(Sym key, bool blank, Location where) {
  std::vector<std::uint32_t>& index = blank ? blank_of_sym_ : node_of_sym_;
  if (index.size() <= key) index.resize(std::max<std::size_t>(key + 1, index.size() + index.size() / 4), 0);
  if (index[key] != 0) return index[key] - 1;
  auto& vertices = model_->m_vertices;
  if (vertices.size() == vertices.capacity())
    vertices.reserve(std::max<std::size_t>(1024, vertices.size() + vertices.size() / 4));
  Node node;
  node.iri = key;
  node.blank = blank;
  node.where = where;
  const NodeId n = boost::add_vertex(node, *model_);
  index[key] = static_cast<std::uint32_t>(n + 1);
  return n;
}

NodeId KnowledgeGraph::add_node(std::string_view iri, Location where) {
  return add_vertex_for(intern(iri), false, where);
}

NodeId KnowledgeGraph::add_blank_node(std::string_view label, Location where) {
  return add_vertex_for(intern(label), true, where);
}

std::optional<NodeId> KnowledgeGraph::find_node(std::string_view iri) const {
  const Sym s = strings_.find(iri);
  if (s == 0 || s >= node_of_sym_.size() || node_of_sym_[s] == 0) return std::nullopt;
  return node_of_sym_[s] - 1;
}

std::optional<NodeId> KnowledgeGraph::find_by_id(std::string_view id) const {
  return find_node(base_iri_ + mint_iri_suffix(id));
}

PropertyRef KnowledgeGraph::add_property(NodeId n, const NodeProperty& p) {
  const auto index = static_cast<std::uint32_t>(props_.size());
  props_.push_back({p, kNone});
  props_.back().property.first_qualifier = kNone;
  Node& node = (*model_)[n];
  if (node.last_property == kNone) {
    node.first_property = index;
  } else {
    props_[node.last_property].next = index;
  }
  node.last_property = index;
  return index;
}

void KnowledgeGraph::add_qualifier(PropertyRef p, const Qualifier& q) {
  append_qualifier(quals_, props_[p].property.first_qualifier, q);
}

std::vector<NodeProperty> KnowledgeGraph::properties(NodeId n) const {
  std::vector<NodeProperty> out;
  for_each_property(n, [&](const NodeProperty& p) { out.push_back(p); });
  return out;
}

std::vector<Sym> KnowledgeGraph::classes(NodeId n) const {
  std::vector<Sym> out;
  for_each_property(n, [&](const NodeProperty& p) {
    if (p.role == Role::kClass) out.push_back(p.value.text);
  });
  return out;
}

bool KnowledgeGraph::has_class(NodeId n, Sym class_iri) const {
  bool found = false;
  for_each_property(n, [&](const NodeProperty& p) {
    if (p.role == Role::kClass && p.value.text == class_iri) found = true;
  });
  return found;
}

EdgeRef KnowledgeGraph::add_edge(NodeId subject, Sym predicate, NodeId object, Location where) {
  Edge e;
  e.predicate = predicate;
  e.id = static_cast<std::uint32_t>(edge_count_++);
  e.where = where;
  auto& out = model_->out_edge_list(subject);
  if (out.size() == out.capacity()) out.reserve(next_capacity(out.size()));
  return boost::add_edge(subject, object, e, *model_).first;
}

void KnowledgeGraph::add_qualifier(EdgeRef e, const Qualifier& q) {
  append_qualifier(quals_, (*model_)[e].first_qualifier, q);
}

std::vector<Qualifier> KnowledgeGraph::qualifiers(EdgeRef e) const {
  std::vector<Qualifier> out;
  for_each_qualifier(e, [&](const Qualifier& q) { out.push_back(q); });
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::edges() const {
  std::vector<EdgeRef> out;
  out.reserve(edge_count_);
  for (NodeId n = 0; n < node_count(); ++n) {
    for (auto [it, end] = boost::out_edges(n, *model_); it != end; ++it) out.push_back(*it);
  }
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::out_edges(NodeId n) const {
  std::vector<EdgeRef> out;
  for (auto [it, end] = boost::out_edges(n, *model_); it != end; ++it) out.push_back(*it);
  return out;
}

void KnowledgeGraph::add_prefix(std::string_view prefix, std::string_view iri) {
  for (Prefix& p : prefixes_) {
    if (p.prefix == prefix) {
      p.iri = std::string(iri);
      return;
    }
  }
  prefixes_.push_back({std::string(prefix), std::string(iri)});
}

std::vector<NodeId> KnowledgeGraph::nodes_by_iri() const {
  // Sorted as (blank, IRI) keys, each IRI looked up in the pool once, not per comparison.
  struct Key {
    bool blank;
    std::string_view iri;
    NodeId n;
  };
  std::vector<Key> keys(node_count());
  for (NodeId n = 0; n < keys.size(); ++n) keys[n] = {(*model_)[n].blank, str((*model_)[n].iri), n};
  std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) {
    if (x.blank != y.blank) return !x.blank;
    if (const int c = x.iri.compare(y.iri); c != 0) return c < 0;
    return x.n < y.n;
  });
  std::vector<NodeId> out(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) out[i] = keys[i].n;
  return out;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  auto copy_value = [&](const Value& v) {
    return Value{v.kind, intern(other.str(v.text)), intern(other.str(v.datatype)), intern(other.str(v.language))};
  };
  auto copy_loc = [&](const Location& w) { return Location{intern(other.str(w.file)), w.line, w.column}; };
  std::vector<NodeId> map(other.node_count());
  for (NodeId n = 0; n < other.node_count(); ++n) {
    const Node& src = other.node(n);
    map[n] = src.blank ? add_blank_node(other.str(src.iri), copy_loc(src.where))
                       : add_node(other.str(src.iri), copy_loc(src.where));
    if (src.name != 0) set_name(map[n], other.str(src.name));
    other.for_each_property(n, [&](const NodeProperty& p) {
      const PropertyRef mine =
          add_property(map[n], {p.role, intern(other.str(p.predicate)), copy_value(p.value), copy_loc(p.where)});
      other.for_each_qualifier(p, [&](const Qualifier& q) {
        add_qualifier(mine, {intern(other.str(q.predicate)), copy_value(q.value)});
      });
    });
  }
  other.for_each_edge([&](EdgeRef e) {
    const EdgeRef mine =
        add_edge(map[other.source(e)], intern(other.predicate(e)), map[other.target(e)], copy_loc(other.edge(e).where));
    other.for_each_qualifier(e, [&](const Qualifier& q) {
      add_qualifier(mine, {intern(other.str(q.predicate)), copy_value(q.value)});
    });
  });
  for (const Prefix& p : other.prefixes()) add_prefix(p.prefix, p.iri);
  if (base_iri_.empty()) base_iri_ = other.base_iri();
}

}  // namespace kgforge::graph
