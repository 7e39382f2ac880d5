// SPDX-License-Identifier: MIT
#include "graph/algorithms.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "graph/names.hpp"
#include "graph/view.hpp"
#include "graph/xsd.hpp"

namespace kgforge::graph {

namespace {

constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();

// Counting sort of (key, value) pairs into rows; keeps the input order within a row.
// `weights` (one per edge, or empty) are sorted along into `row_weights`.
Adjacency make_rows(std::size_t n, const AnalysisGraph::Edges& edges, bool by_target,
                    const std::vector<double>& weights, std::vector<double>& row_weights) {
  Adjacency a;
  a.offset.assign(n + 1, 0);
  for (const auto& [s, t] : edges) ++a.offset[(by_target ? t : s) + 1];
  std::partial_sum(a.offset.begin(), a.offset.end(), a.offset.begin());
  a.target.resize(edges.size());
  row_weights.assign(weights.empty() ? 0 : edges.size(), 0.0);
  std::vector<std::uint32_t> next(a.offset.begin(), a.offset.end() - 1);
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto [s, t] = edges[i];
    const std::uint32_t slot = next[by_target ? t : s]++;
    a.target[slot] = by_target ? s : t;
    if (!weights.empty()) row_weights[slot] = weights[i];
  }
  return a;
}

// Rows sorted, duplicates and self loops removed (the simple graph).
Adjacency simplify(const Adjacency& multi) {
  Adjacency a;
  const std::size_t n = multi.offset.size() - 1;
  a.offset.assign(n + 1, 0);
  a.target.reserve(multi.target.size());
  std::vector<std::uint32_t> row;
  for (std::uint32_t v = 0; v < n; ++v) {
    row.assign(multi.row(v).begin(), multi.row(v).end());
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
    for (std::uint32_t w : row) {
      if (w != v) a.target.push_back(w);
    }
    a.offset[v + 1] = static_cast<std::uint32_t>(a.target.size());
  }
  return a;
}

// The least weight over the parallel relations of each edge of `simple` (simplify(multi)),
// parallel to simple.target.
std::vector<double> least_weights(const Adjacency& multi, const std::vector<double>& weights, const Adjacency& simple) {
  std::vector<double> least(simple.target.size(), std::numeric_limits<double>::infinity());
  const std::size_t n = multi.offset.size() - 1;
  for (std::uint32_t v = 0; v < n; ++v) {
    const auto row = simple.row(v);
    for (std::uint32_t i = multi.offset[v]; i < multi.offset[v + 1]; ++i) {
      const std::uint32_t t = multi.target[i];
      if (t == v) continue;
      const std::size_t at = simple.offset[v] + (std::lower_bound(row.begin(), row.end(), t) - row.begin());
      least[at] = std::min(least[at], weights[i]);
    }
  }
  return least;
}

// Dijkstra from one source over simple rows with their weights (distances): settles the
// vertices in order of distance into `order`, with dist and rank (the place in order;
// kUnreached: not reached). The next run() resets only what the last one touched.
struct DijkstraWork {
  std::vector<double> dist;
  std::vector<std::uint32_t> rank, order;
  std::size_t settled = 0;
  using Entry = std::pair<double, std::uint32_t>;
  std::vector<Entry> heap;

  explicit DijkstraWork(std::size_t n)
      : dist(n, std::numeric_limits<double>::infinity()), rank(n, kUnreached), order(n) {}

  void run(const Adjacency& adj, const std::vector<double>& weight, std::uint32_t s) {
    for (std::size_t i = 0; i < settled; ++i) {
      dist[order[i]] = std::numeric_limits<double>::infinity();
      rank[order[i]] = kUnreached;
    }
    settled = 0;
    heap.clear();
    dist[s] = 0;
    heap.emplace_back(0.0, s);
    while (!heap.empty()) {
      std::pop_heap(heap.begin(), heap.end(), std::greater<>());
      const auto [d, v] = heap.back();
      heap.pop_back();
      if (rank[v] != kUnreached || d > dist[v]) continue;
      rank[v] = static_cast<std::uint32_t>(settled);
      order[settled++] = v;
      for (std::uint32_t i = adj.offset[v]; i < adj.offset[v + 1]; ++i) {
        const std::uint32_t w = adj.target[i];
        const double dw = d + weight[i];
        if (rank[w] == kUnreached && dw < dist[w]) {
          dist[w] = dw;
          heap.emplace_back(dw, w);
          std::push_heap(heap.begin(), heap.end(), std::greater<>());
        }
      }
    }
  }
};

// The union of two simple adjacencies, row by row (sorted, unique).
Adjacency merge_rows(const Adjacency& x, const Adjacency& y) {
  Adjacency a;
  const std::size_t n = x.offset.size() - 1;
  a.offset.assign(n + 1, 0);
  a.target.reserve(x.target.size() + y.target.size());
  for (std::uint32_t v = 0; v < n; ++v) {
    const auto rx = x.row(v);
    const auto ry = y.row(v);
    std::set_union(rx.begin(), rx.end(), ry.begin(), ry.end(), std::back_inserter(a.target));
    a.offset[v + 1] = static_cast<std::uint32_t>(a.target.size());
  }
  return a;
}

// SplitMix64: a small seeded generator whose output is fixed by its definition.
struct SplitMix64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound) by rejection (no modulo bias).
  std::uint64_t below(std::uint64_t bound) {
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t x = next();
    while (x >= limit) x = next();
    return x % bound;
  }
};

// Numbers components by size (largest first), ties by smallest vertex.
Components number_by_size(const std::vector<std::uint32_t>& raw, std::size_t raw_count) {
  std::vector<std::size_t> size(raw_count, 0);
  std::vector<std::uint32_t> first(raw_count, kUnreached);
  for (std::uint32_t v = 0; v < raw.size(); ++v) {
    ++size[raw[v]];
    first[raw[v]] = std::min(first[raw[v]], v);
  }
  std::vector<std::uint32_t> order(raw_count);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
  });
  std::vector<std::uint32_t> rank(raw_count);
  Components c;
  for (std::uint32_t i = 0; i < raw_count; ++i) {
    rank[order[i]] = i;
    c.sizes.push_back(size[order[i]]);
  }
  c.of.resize(raw.size());
  for (std::size_t v = 0; v < raw.size(); ++v) c.of[v] = rank[raw[v]];
  return c;
}

std::uint32_t find_root(std::vector<std::uint32_t>& parent, std::uint32_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

}  // namespace

// --- AnalysisGraph ----------------------------------------------------------------------

AnalysisGraph AnalysisGraph::from(const KnowledgeGraph& graph, const View* view, const GraphOptions& options) {
  AnalysisGraph g;
  const std::size_t n = graph.node_count();
  std::vector<std::uint32_t> index(n, kUnreached);
  for (NodeId v = 0; v < n; ++v) {
    if (view != nullptr && !view->node[v]) continue;
    index[v] = static_cast<std::uint32_t>(g.nodes_.size());
    g.nodes_.push_back(v);
  }
  const bool merge = options.weight == "none";
  const bool counted = options.weight.empty() || options.weight == "count" || merge;
  const Sym qualifier = counted ? 0 : graph.strings().find(options.weight);
  Edges edges;
  std::vector<double> weights;
  edges.reserve(view != nullptr ? view->edge_count : graph.edge_count());
  for (NodeId v = 0; v < n; ++v) {
    if (index[v] == kUnreached) continue;
    for (auto [it, end] = boost::out_edges(v, graph.model()); it != end; ++it) {
      if (view != nullptr && !view->edge[graph.edge(*it).id]) continue;
      const std::uint32_t t = index[boost::target(*it, graph.model())];
      if (t == kUnreached) continue;
      edges.emplace_back(index[v], t);
      if (counted) continue;
      double w = 1.0;
      bool found = false;
      if (qualifier != 0) {
        const auto e = *it;  // clang 14 cannot capture the structured binding `it` in the lambda
        graph.for_each_qualifier(e, [&](const Qualifier& q) {
          if (q.predicate != qualifier || found) return;
          const std::optional<double> x = xsd::to_double(graph.str(q.value.text));
          if (!x || !std::isfinite(*x) || *x < 0) {
            throw Error("relation " + display_id(graph, v) + " " + std::string(graph.predicate(e)) + " " +
                        display_id(graph, boost::target(e, graph.model())) + ": weight '" +
                        std::string(graph.str(q.value.text)) + "' is not a number >= 0");
          }
          w = *x;
          found = true;
        });
      }
      if (!found) ++g.unweighted_;
      weights.push_back(w);
    }
  }
  if (merge) {  // one edge per pair (per unordered pair when undirected)
    for (auto& [s, t] : edges) {
      if (options.undirected && s > t) std::swap(s, t);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  }
  g.derive(edges, weights, options.undirected);
  return g;
}

AnalysisGraph AnalysisGraph::from_edges(std::size_t n, const Edges& edges, const std::vector<double>& weights,
                                        bool undirected) {
  AnalysisGraph g;
  g.nodes_.resize(n);
  std::iota(g.nodes_.begin(), g.nodes_.end(), NodeId{0});
  for (const auto& [s, t] : edges) {
    if (s >= n || t >= n)
      throw Error("edge (" + std::to_string(s) + ", " + std::to_string(t) + ") names a vertex >= " + std::to_string(n));
  }
  if (!weights.empty() && weights.size() != edges.size()) throw Error("one weight per edge is needed");
  g.derive(edges, weights, undirected);
  return g;
}

void AnalysisGraph::derive(const Edges& edges, const std::vector<double>& weights, bool undirected) {
  const std::size_t n = nodes_.size();
  undirected_ = undirected;
  relations_ = edges.size();
  self_loops_ = static_cast<std::size_t>(
      std::count_if(edges.begin(), edges.end(), [](const auto& e) { return e.first == e.second; }));
  if (undirected) {  // both ways; a self loop once (NetworkX's MultiGraph.to_directed())
    Edges both;
    std::vector<double> both_weights;
    both.reserve(2 * edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
      const auto [s, t] = edges[i];
      both.emplace_back(s, t);
      if (!weights.empty()) both_weights.push_back(weights[i]);
      if (s == t) continue;
      both.emplace_back(t, s);
      if (!weights.empty()) both_weights.push_back(weights[i]);
    }
    out_ = make_rows(n, both, false, both_weights, out_weight_);
    in_ = make_rows(n, both, true, both_weights, in_weight_);
  } else {
    out_ = make_rows(n, edges, false, weights, out_weight_);
    in_ = make_rows(n, edges, true, weights, in_weight_);
  }
  succ_ = simplify(out_);
  pred_ = simplify(in_);
  nbr_ = merge_rows(succ_, pred_);
  if (!weights.empty()) {
    succ_weight_ = least_weights(out_, out_weight_, succ_);
    pred_weight_ = least_weights(in_, in_weight_, pred_);
  }
}

// --- degree -----------------------------------------------------------------------------

Degrees degrees(const AnalysisGraph& g) {
  const auto n = static_cast<std::uint32_t>(g.node_count());
  Degrees d;
  d.in.resize(n);
  d.out.resize(n);
  for (std::uint32_t v = 0; v < n; ++v) {
    if (g.undirected()) {  // G.degree() on the MultiGraph: a self loop counts twice
      const auto row = g.out().row(v);
      d.out[v] = static_cast<std::uint32_t>(row.size() + std::count(row.begin(), row.end(), v));
      continue;
    }
    d.in[v] = g.in().size(v);
    d.out[v] = g.out().size(v);
  }
  return d;
}

std::vector<double> degree_centrality(const AnalysisGraph& g, const Degrees& d) {
  const std::size_t n = g.node_count();
  std::vector<double> c(n, 1.0);
  if (n <= 1) return c;
  const double s = 1.0 / (static_cast<double>(n) - 1.0);
  for (std::uint32_t v = 0; v < n; ++v) c[v] = d.total(v) * s;
  return c;
}

// --- betweenness ------------------------------------------------------------------------

std::vector<std::uint32_t> sample_sources(std::size_t n, std::size_t k, std::uint64_t seed) {
  k = std::min(k, n);
  std::vector<std::uint32_t> pool(n);
  std::iota(pool.begin(), pool.end(), 0u);
  SplitMix64 rng{seed};
  for (std::size_t i = 0; i < k; ++i) {
    const std::size_t j = i + static_cast<std::size_t>(rng.below(n - i));
    std::swap(pool[i], pool[j]);
  }
  pool.resize(k);
  return pool;
}

namespace {

// One source of Brandes' algorithm: BFS over simple successors, then dependency
// accumulation in reverse BFS order over simple predecessors on a shortest path.
struct BrandesWork {
  std::vector<std::uint32_t> dist, order;
  std::vector<double> sigma, delta;
  explicit BrandesWork(std::size_t n) : dist(n, kUnreached), order(n), sigma(n, 0.0), delta(n, 0.0) {}

  void run(const AnalysisGraph& g, std::uint32_t s, std::vector<double>& centrality) {
    std::size_t head = 0, tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1.0;
    while (head < tail) {
      const std::uint32_t v = order[head++];
      const std::uint32_t dv = dist[v] + 1;
      for (std::uint32_t w : g.succ().row(v)) {
        if (dist[w] == kUnreached) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] == dv) sigma[w] += sigma[v];
      }
    }
    for (std::size_t i = tail; i-- > 1;) {
      const std::uint32_t w = order[i];
      const double coeff = (1.0 + delta[w]) / sigma[w];
      const std::uint32_t dw = dist[w] - 1;
      for (std::uint32_t v : g.pred().row(w)) {
        if (dist[v] == dw) delta[v] += sigma[v] * coeff;
      }
      centrality[w] += delta[w];
    }
    for (std::size_t i = 0; i < tail; ++i) {  // reset only what was touched
      const std::uint32_t v = order[i];
      dist[v] = kUnreached;
      sigma[v] = 0.0;
      delta[v] = 0.0;
    }
  }
};

// One source of Brandes' algorithm with the weights as distances: Dijkstra over simple
// successors; a predecessor of w on a shortest path is a v settled before w with
// dist[v] + weight(v, w) == dist[w] (the sum Dijkstra compared, so ties are exact).
// sigma[w] sums those predecessors' sigma when w is settled; the accumulation runs
// in reverse settling order over the same predecessors.
struct WeightedBrandesWork {
  DijkstraWork paths;
  std::vector<double> sigma, delta;
  explicit WeightedBrandesWork(std::size_t n) : paths(n), sigma(n, 0.0), delta(n, 0.0) {}

  template <class F>
  void for_each_predecessor(const AnalysisGraph& g, std::uint32_t w, F&& f) const {
    const Adjacency& pred = g.pred();
    for (std::uint32_t i = pred.offset[w]; i < pred.offset[w + 1]; ++i) {
      const std::uint32_t v = pred.target[i];
      if (paths.rank[v] < paths.rank[w] && paths.dist[v] + g.pred_weight()[i] == paths.dist[w]) f(v);
    }
  }

  void run(const AnalysisGraph& g, std::uint32_t s, std::vector<double>& centrality) {
    for (std::size_t i = 0; i < paths.settled; ++i) sigma[paths.order[i]] = delta[paths.order[i]] = 0.0;
    paths.run(g.succ(), g.succ_weight(), s);
    sigma[s] = 1.0;
    for (std::size_t i = 1; i < paths.settled; ++i) {
      const std::uint32_t w = paths.order[i];
      for_each_predecessor(g, w, [&](std::uint32_t v) { sigma[w] += sigma[v]; });
    }
    for (std::size_t i = paths.settled; i-- > 1;) {
      const std::uint32_t w = paths.order[i];
      const double coeff = (1.0 + delta[w]) / sigma[w];
      for_each_predecessor(g, w, [&](std::uint32_t v) { delta[v] += sigma[v] * coeff; });
      centrality[w] += delta[w];
    }
  }
};

}  // namespace

namespace {

std::vector<double> brandes(const AnalysisGraph& g, const std::vector<std::uint32_t>* sources) {
  const std::size_t n = g.node_count();
  std::vector<double> value(n, 0.0);
  auto each_source = [&](auto& work) {
    if (sources != nullptr) {
      for (std::uint32_t s : *sources) work.run(g, s, value);
    } else {
      for (std::uint32_t s = 0; s < n; ++s) work.run(g, s, value);
    }
  };
  if (g.weighted()) {
    WeightedBrandesWork work(n);
    each_source(work);
  } else {
    BrandesWork work(n);
    each_source(work);
  }
  if (n <= 2) return value;
  double scale = 1.0 / ((static_cast<double>(n) - 1.0) * (static_cast<double>(n) - 2.0));
  if (sources != nullptr) scale = scale * static_cast<double>(n) / static_cast<double>(sources->size());
  for (double& v : value) v *= scale;
  return value;
}

}  // namespace

std::vector<double> betweenness_from_sources(const AnalysisGraph& g, const std::vector<std::uint32_t>& sources) {
  for (std::uint32_t s : sources) {
    if (s >= g.node_count()) throw Error("betweenness source " + std::to_string(s) + " is not a vertex");
  }
  return brandes(g, &sources);
}

Betweenness betweenness(const AnalysisGraph& g, const BetweennessOptions& options) {
  Betweenness b;
  if (options.samples > 0 && options.samples < g.node_count()) {
    b.sources = sample_sources(g.node_count(), options.samples, options.seed);
    b.value = brandes(g, &b.sources);
  } else {
    b.value = brandes(g, nullptr);
  }
  return b;
}

// --- closeness --------------------------------------------------------------------------

namespace {

// closeness() with the weights as distances: Dijkstra over incoming relations.
std::vector<double> weighted_closeness(const AnalysisGraph& g) {
  const std::size_t n = g.node_count();
  std::vector<double> c(n, 0.0);
  DijkstraWork paths(n);
  for (std::uint32_t u = 0; u < n; ++u) {
    paths.run(g.pred(), g.pred_weight(), u);  // distances *to* u
    double total = 0;
    for (std::size_t i = 0; i < paths.settled; ++i) total += paths.dist[paths.order[i]];
    if (total > 0 && n > 1) {
      const double reached = static_cast<double>(paths.settled) - 1.0;
      c[u] = reached / total * (reached / (static_cast<double>(n) - 1.0));
    }
  }
  return c;
}

}  // namespace

std::vector<double> closeness(const AnalysisGraph& g) {
  if (g.weighted()) return weighted_closeness(g);
  const std::size_t n = g.node_count();
  std::vector<double> c(n, 0.0);
  std::vector<std::uint32_t> dist(n, kUnreached), queue(n);
  for (std::uint32_t u = 0; u < n; ++u) {
    std::size_t head = 0, tail = 0;
    std::uint64_t total = 0;
    queue[tail++] = u;
    dist[u] = 0;
    while (head < tail) {
      const std::uint32_t v = queue[head++];
      total += dist[v];
      for (std::uint32_t w : g.pred().row(v)) {  // distances *to* u
        if (dist[w] == kUnreached) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    if (total > 0 && n > 1) {
      const double reached = static_cast<double>(tail) - 1.0;
      c[u] = reached / static_cast<double>(total) * (reached / (static_cast<double>(n) - 1.0));
    }
    for (std::size_t i = 0; i < tail; ++i) dist[queue[i]] = kUnreached;
  }
  return c;
}

std::vector<double> closeness_from_sources(const AnalysisGraph& g, const std::vector<std::uint32_t>& sources) {
  const std::size_t n = g.node_count();
  std::vector<std::uint32_t> reached(n, 0);
  std::vector<std::uint64_t> total(n, 0);
  std::vector<bool> sampled(n, false);
  std::vector<std::uint32_t> dist(n, kUnreached), queue(n);
  std::vector<double> weighted_total(g.weighted() ? n : 0, 0.0);
  DijkstraWork paths(g.weighted() ? n : 0);
  for (std::uint32_t s : sources) {
    if (s >= n) throw Error("closeness source " + std::to_string(s) + " is not a vertex");
    sampled[s] = true;
    if (g.weighted()) {  // distances from s, with the weights as distances
      paths.run(g.succ(), g.succ_weight(), s);
      for (std::size_t i = 1; i < paths.settled; ++i) {
        ++reached[paths.order[i]];
        weighted_total[paths.order[i]] += paths.dist[paths.order[i]];
      }
      continue;
    }
    std::size_t head = 0, tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    while (head < tail) {  // distances *from* s, so to every vertex it reaches
      const std::uint32_t v = queue[head++];
      if (v != s) {
        ++reached[v];
        total[v] += dist[v];
      }
      for (std::uint32_t w : g.succ().row(v)) {
        if (dist[w] == kUnreached) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    for (std::size_t i = 0; i < tail; ++i) dist[queue[i]] = kUnreached;
  }
  std::vector<double> c(n, 0.0);
  for (std::uint32_t u = 0; u < n; ++u) {
    const double k = static_cast<double>(sources.size()) - (sampled[u] ? 1.0 : 0.0);
    const double sum = g.weighted() ? weighted_total[u] : static_cast<double>(total[u]);
    if (sum == 0 || k <= 0) continue;
    const double r = reached[u];
    c[u] = r / sum * (r / k);
  }
  return c;
}

// --- eigenvector, HITS ------------------------------------------------------------------

namespace {

// y[v] = sum over row v of x[target] * weight: over in() it is A^T x, over out() A x
// (parallel relations summed; empty weights are all 1).
void multiply(const Adjacency& rows, const std::vector<double>& w, const std::vector<double>& x,
              std::vector<double>& y) {
  for (std::uint32_t v = 0; v + 1 < rows.offset.size(); ++v) {
    double sum = 0.0;
    for (std::uint32_t i = rows.offset[v]; i < rows.offset[v + 1]; ++i)
      sum += x[rows.target[i]] * (w.empty() ? 1.0 : w[i]);
    y[v] = sum;
  }
}

void times_transpose(const AnalysisGraph& g, const std::vector<double>& x, std::vector<double>& y) {
  multiply(g.in(), g.in_weight(), x, y);
}

void times(const AnalysisGraph& g, const std::vector<double>& x, std::vector<double>& y) {
  multiply(g.out(), g.out_weight(), x, y);
}

void scale_to_sum(std::vector<double>& x) {
  const double sum = std::accumulate(x.begin(), x.end(), 0.0);
  if (sum != 0.0)
    for (double& v : x) v /= sum;
}

}  // namespace

std::vector<double> eigenvector_centrality(const AnalysisGraph& g, const PowerOptions& options) {
  const std::size_t n = g.node_count();
  if (n == 0) return {};
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), y(n);
  for (int it = 0; it < options.max_iterations; ++it) {
    times_transpose(g, x, y);
    double norm = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      y[v] += x[v];  // (A^T + I) x, as NetworkX iterates
      norm += y[v] * y[v];
    }
    norm = std::sqrt(norm);
    if (norm == 0.0) norm = 1.0;
    double change = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      y[v] /= norm;
      change += std::fabs(y[v] - x[v]);
    }
    x.swap(y);
    if (change < static_cast<double>(n) * options.tolerance) return x;
  }
  throw Error("eigenvector centrality did not converge in " + std::to_string(options.max_iterations) +
              " iterations (NetworkX fails the same way; try --undirected)");
}

Hits hits(const AnalysisGraph& g, int max_iterations) {
  const std::size_t n = g.node_count();
  Hits h;
  if (n == 0) return h;
  std::vector<double> a(n, 1.0 / static_cast<double>(n)), hub(n), next(n);
  for (h.iterations = 1; h.iterations <= max_iterations; ++h.iterations) {
    times(g, a, hub);               // h = A a
    times_transpose(g, hub, next);  // a' = A^T h
    scale_to_sum(next);
    double change = 0.0;
    for (std::size_t v = 0; v < n; ++v) change += std::fabs(next[v] - a[v]);
    a.swap(next);
    if (change < 1e-13) break;
  }
  if (h.iterations > max_iterations)
    throw Error("HITS did not converge in " + std::to_string(max_iterations) + " iterations");
  times(g, a, hub);
  scale_to_sum(hub);
  h.hubs = std::move(hub);
  h.authorities = std::move(a);
  return h;
}

// --- PageRank ---------------------------------------------------------------------------

PageRank pagerank(const AnalysisGraph& g, const PageRankOptions& options) {
  const std::size_t n = g.node_count();
  PageRank pr;
  if (n == 0) return pr;
  const double inv_n = 1.0 / static_cast<double>(n);
  std::vector<double> x(n, inv_n), next(n), share(n);
  std::vector<double> inv_out(n, 0.0);
  std::vector<std::uint32_t> dangling;
  const std::vector<double>& ow = g.out_weight();
  const std::vector<double>& iw = g.in_weight();
  for (std::uint32_t v = 0; v < n; ++v) {
    double out = g.out().size(v);
    if (g.weighted()) out = std::accumulate(ow.begin() + g.out().offset[v], ow.begin() + g.out().offset[v + 1], 0.0);
    if (out == 0)
      dangling.push_back(v);
    else
      inv_out[v] = 1.0 / out;
  }
  for (pr.iterations = 1; pr.iterations <= options.max_iterations; ++pr.iterations) {
    double dangling_sum = 0.0;
    for (std::uint32_t v : dangling) dangling_sum += x[v];
    for (std::size_t v = 0; v < n; ++v) share[v] = x[v] * inv_out[v];
    const double base = options.alpha * dangling_sum * inv_n + (1.0 - options.alpha) * inv_n;
    double err = 0.0;
    for (std::uint32_t v = 0; v < n; ++v) {
      double sum = 0.0;
      if (g.weighted()) {
        for (std::uint32_t i = g.in().offset[v]; i < g.in().offset[v + 1]; ++i) sum += share[g.in().target[i]] * iw[i];
      } else {
        for (std::uint32_t s : g.in().row(v)) sum += share[s];
      }
      next[v] = options.alpha * sum + base;
      err += std::fabs(next[v] - x[v]);
    }
    x.swap(next);
    if (err < static_cast<double>(n) * options.tolerance) {
      pr.rank = std::move(x);
      return pr;
    }
  }
  throw Error("PageRank did not converge in " + std::to_string(options.max_iterations) + " iterations");
}

// --- components -------------------------------------------------------------------------

Components weak_components(const AnalysisGraph& g) {
  const auto n = static_cast<std::uint32_t>(g.node_count());
  std::vector<std::uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  for (std::uint32_t u = 0; u < n; ++u) {
    for (std::uint32_t w : g.succ().row(u)) {
      const std::uint32_t a = find_root(parent, u);
      const std::uint32_t b = find_root(parent, w);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  std::vector<std::uint32_t> raw(n), number(n, kUnreached);
  std::size_t count = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    const std::uint32_t root = find_root(parent, v);
    if (number[root] == kUnreached) number[root] = static_cast<std::uint32_t>(count++);
    raw[v] = number[root];
  }
  return number_by_size(raw, count);
}

// Tarjan (1972), iterative, over the simple successor lists the graph already holds: no
// copy of the edges (a Boost CSR graph of them cost 24 bytes an edge at the peak) and no
// recursion (a path of a million vertices would overflow the stack).
Components strong_components(const AnalysisGraph& g) {
  const auto n = static_cast<std::uint32_t>(g.node_count());
  const Adjacency& succ = g.succ();
  std::vector<std::uint32_t> index(n, kUnreached), low(n), raw(n, kUnreached);
  std::vector<std::uint32_t> stack;                            // Tarjan's stack of open vertices
  std::vector<std::pair<std::uint32_t, std::uint32_t>> calls;  // (vertex, next edge) of the DFS
  std::uint32_t next_index = 0, count = 0;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (index[root] != kUnreached) continue;
    index[root] = low[root] = next_index++;
    stack.push_back(root);
    calls.emplace_back(root, succ.offset[root]);
    while (!calls.empty()) {
      auto& [v, pos] = calls.back();
      if (pos < succ.offset[v + 1]) {
        const std::uint32_t w = succ.target[pos++];
        if (index[w] == kUnreached) {
          index[w] = low[w] = next_index++;
          stack.push_back(w);
          calls.emplace_back(w, succ.offset[w]);  // invalidates v and pos
        } else if (raw[w] == kUnreached) {        // on the stack
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      const std::uint32_t done = v;
      calls.pop_back();
      if (low[done] == index[done]) {
        std::uint32_t w;
        do {
          w = stack.back();
          stack.pop_back();
          raw[w] = count;
        } while (w != done);
        ++count;
      }
      if (!calls.empty()) low[calls.back().first] = std::min(low[calls.back().first], low[done]);
    }
  }
  return number_by_size(raw, count);
}

// --- k-core, clustering -----------------------------------------------------------------

std::vector<std::uint32_t> core_number(const AnalysisGraph& g) {
  const auto n = static_cast<std::uint32_t>(g.node_count());
  const Adjacency& adj = g.neighbours();
  std::vector<std::uint32_t> deg(n), pos(n), vert(n);
  std::uint32_t max_deg = 0;
  for (std::uint32_t v = 0; v < n; ++v) max_deg = std::max(max_deg, deg[v] = adj.size(v));
  std::vector<std::uint32_t> bin(max_deg + 2, 0);
  for (std::uint32_t v = 0; v < n; ++v) ++bin[deg[v] + 1];
  std::partial_sum(bin.begin(), bin.end(), bin.begin());  // bin[d] = first slot of degree d
  std::vector<std::uint32_t> next(bin.begin(), bin.end() - 1);
  for (std::uint32_t v = 0; v < n; ++v) {
    pos[v] = next[deg[v]]++;
    vert[pos[v]] = v;
  }
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t v = vert[i];
    for (std::uint32_t u : adj.row(v)) {
      if (deg[u] <= deg[v]) continue;
      const std::uint32_t du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw];
      if (u != w) {  // move u to the start of its bin, then shrink the bin
        pos[u] = pw;
        vert[pu] = w;
        pos[w] = pu;
        vert[pw] = u;
      }
      ++bin[du];
      --deg[u];
    }
  }
  return deg;
}

std::vector<double> clustering(const AnalysisGraph& g) {
  const auto n = static_cast<std::uint32_t>(g.node_count());
  const Adjacency& adj = g.neighbours();
  std::vector<double> c(n, 0.0);
  std::vector<std::uint32_t> mark(n, kUnreached);
  for (std::uint32_t v = 0; v < n; ++v) {
    const std::uint32_t d = adj.size(v);
    if (d < 2) continue;
    for (std::uint32_t u : adj.row(v)) mark[u] = v;
    std::uint64_t twice_triangles = 0;
    for (std::uint32_t u : adj.row(v)) {
      for (std::uint32_t w : adj.row(u)) twice_triangles += mark[w] == v;
    }
    if (twice_triangles > 0) c[v] = static_cast<double>(twice_triangles) / (static_cast<double>(d) * (d - 1.0));
  }
  return c;
}

// --- graph level ------------------------------------------------------------------------

namespace {

// BFS over the undirected simple graph; returns the eccentricity of s and fills `dist`
// (which must be all kUnreached on entry, and is reset by the caller via `queue`).
std::uint32_t bfs_ecc(const Adjacency& adj, std::uint32_t s, std::vector<std::uint32_t>& dist,
                      std::vector<std::uint32_t>& queue, std::size_t& reached) {
  std::size_t head = 0, tail = 0;
  queue[tail++] = s;
  dist[s] = 0;
  std::uint32_t ecc = 0;
  while (head < tail) {
    const std::uint32_t v = queue[head++];
    ecc = dist[v];
    for (std::uint32_t w : adj.row(v)) {
      if (dist[w] == kUnreached) {
        dist[w] = dist[v] + 1;
        queue[tail++] = w;
      }
    }
  }
  reached = tail;
  return ecc;
}

void reset(std::vector<std::uint32_t>& dist, const std::vector<std::uint32_t>& queue, std::size_t reached) {
  for (std::size_t i = 0; i < reached; ++i) dist[queue[i]] = kUnreached;
}

}  // namespace

Diameter diameter(const AnalysisGraph& g, const Components& weak, std::size_t max_bfs) {
  Diameter d;
  const auto n = static_cast<std::uint32_t>(g.node_count());
  if (n == 0) return d;
  const Adjacency& adj = g.neighbours();
  d.component_size = weak.sizes[0];
  std::uint32_t hub = kUnreached;  // the highest-degree vertex of component 0
  for (std::uint32_t v = 0; v < n; ++v) {
    if (weak.of[v] == 0 && (hub == kUnreached || adj.size(v) > adj.size(hub))) hub = v;
  }
  std::vector<std::uint32_t> dist(n, kUnreached), queue(n), scratch(n, kUnreached), squeue(n);
  std::size_t reached = 0, sreached = 0;
  const std::uint32_t ecc_hub = bfs_ecc(adj, hub, dist, queue, reached);
  ++d.bfs_runs;
  // Vertices by level (queue is in BFS order, so levels are contiguous).
  std::size_t lb = ecc_hub, ub = 2 * static_cast<std::size_t>(ecc_hub);
  std::size_t end = reached;
  for (std::uint32_t level = ecc_hub; ub > lb && level > 0; --level) {
    std::size_t begin = end;
    while (begin > 0 && dist[queue[begin - 1]] == level) --begin;
    std::size_t level_max = 0;
    for (std::size_t i = begin; i < end; ++i) {
      if (d.bfs_runs >= max_bfs) {
        d.value = std::max(lb, level_max);
        d.upper = std::max(d.value, 2 * static_cast<std::size_t>(level));
        d.exact = false;
        return d;
      }
      level_max = std::max<std::size_t>(level_max, bfs_ecc(adj, queue[i], scratch, squeue, sreached));
      reset(scratch, squeue, sreached);
      ++d.bfs_runs;
    }
    lb = std::max(lb, level_max);
    ub = 2 * (static_cast<std::size_t>(level) - 1);
    end = begin;
  }
  d.value = d.upper = lb;
  return d;
}

double density(const AnalysisGraph& g) {
  const double n = static_cast<double>(g.node_count());
  if (n <= 1) return 0.0;
  const double m = static_cast<double>(g.relation_count());
  return (g.undirected() ? 2.0 * m : m) / (n * (n - 1.0));
}

std::vector<std::size_t> degree_histogram(const Degrees& d) {
  std::vector<std::size_t> counts;
  for (std::uint32_t v = 0; v < d.in.size(); ++v) {
    const std::uint32_t k = d.total(v);
    if (counts.size() <= k) counts.resize(k + 1, 0);
    ++counts[k];
  }
  return counts;
}

}  // namespace kgforge::graph
