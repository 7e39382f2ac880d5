// SPDX-License-Identifier: MIT
#include "graph/community.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <type_traits>
#include <variant>

#include "core/error.hpp"

namespace kgforge::graph {

namespace {

// The analysis graph read as the undirected weighted graph Louvain and modularity work
// on, without a copy of it: the ends at u are its out-row and, when the graph is directed,
// its in-row, each of its relation's weight. Opposite or parallel relations are several
// ends to one neighbour, which every use sums; a self loop is two ends (once leaving, once
// entering; an undirected graph stores it once, so it weighs twice).
class Ends {
 public:
  explicit Ends(const AnalysisGraph& g) : k(g.node_count(), 0.0), g_(g) {
    for (std::uint32_t u = 0; u < k.size(); ++u) {
      for_each(u, [&](std::uint32_t, double x) { k[u] += x; });
      two_m += k[u];
    }
  }
  std::size_t size() const { return k.size(); }
  template <class F>
  void for_each(std::uint32_t u, F&& f) const {
    const std::vector<double>& ow = g_.out_weight();
    for (std::uint32_t i = g_.out().offset[u]; i < g_.out().offset[u + 1]; ++i) {
      const std::uint32_t v = g_.out().target[i];
      const double x = ow.empty() ? 1.0 : ow[i];
      f(v, g_.undirected() && v == u ? 2.0 * x : x);
    }
    if (g_.undirected()) return;
    const std::vector<double>& iw = g_.in_weight();
    for (std::uint32_t i = g_.in().offset[u]; i < g_.in().offset[u + 1]; ++i)
      f(g_.in().target[i], iw.empty() ? 1.0 : iw[i]);
  }

  std::vector<double> k;  ///< weighted degree
  double two_m = 0.0;

 private:
  const AnalysisGraph& g_;
};

// An aggregated level: row c is (community, weight) pairs with distinct targets, sorted,
// self loops included (so that k[c] is the row's sum). A weight is a float when every
// weight of the level is a whole number below 2^24 (counts of relations, as unweighted
// graphs give: exact in a float), else a double: half the memory of a level's rows.
template <class Weight>
struct Weighted {
  std::vector<std::uint32_t> offset;
  std::vector<std::uint32_t> target;
  std::vector<Weight> weight;
  std::vector<double> k;  ///< weighted degree
  double two_m = 0.0;
  std::size_t size() const { return k.size(); }
  template <class F>
  void for_each(std::uint32_t u, F&& f) const {
    for (std::uint32_t i = offset[u]; i < offset[u + 1]; ++i) f(target[i], static_cast<double>(weight[i]));
  }
};

template <class Graph>
double modularity_of(const Graph& w, const std::vector<std::uint32_t>& community, double resolution) {
  if (w.two_m == 0.0) return 0.0;
  const std::size_t count = community.empty() ? 0 : *std::max_element(community.begin(), community.end()) + 1;
  std::vector<double> inside(count, 0.0), degree(count, 0.0);
  for (std::uint32_t u = 0; u < w.size(); ++u) {
    degree[community[u]] += w.k[u];
    w.for_each(u, [&](std::uint32_t v, double x) {
      if (community[v] == community[u]) inside[community[u]] += x;
    });
  }
  double q = 0.0;
  for (std::size_t c = 0; c < count; ++c) {
    const double d = degree[c] / w.two_m;
    q += inside[c] / w.two_m - resolution * d * d;
  }
  return q;
}

std::uint64_t splitmix(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// One level of local moves; returns true if any vertex moved. `comm` is renumbered 0..c-1.
template <class Graph>
bool one_level(const Graph& w, double resolution, std::uint64_t& rng, std::vector<std::uint32_t>& comm) {
  const auto n = static_cast<std::uint32_t>(w.size());
  comm.resize(n);
  std::iota(comm.begin(), comm.end(), 0u);
  std::vector<double> tot(w.k);
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  for (std::uint32_t i = n; i > 1; --i) {  // Fisher-Yates
    const std::uint64_t j = splitmix(rng) % i;
    std::swap(order[i - 1], order[j]);
  }
  std::vector<double> to_comm(n, 0.0);
  std::vector<std::uint32_t> touched;
  const double scale = resolution / w.two_m;
  bool any = false;
  for (bool moved = true; moved;) {
    moved = false;
    for (std::uint32_t v : order) {
      const std::uint32_t own = comm[v];
      const double kv = w.k[v];
      w.for_each(v, [&](std::uint32_t u, double x) {
        if (u == v) return;
        if (to_comm[comm[u]] == 0.0) touched.push_back(comm[u]);
        to_comm[comm[u]] += x;
      });
      tot[own] -= kv;
      std::uint32_t best = own;
      double best_gain = to_comm[own] - tot[own] * kv * scale;
      for (std::uint32_t c : touched) {
        const double gain = to_comm[c] - tot[c] * kv * scale;
        if (gain > best_gain) {
          best_gain = gain;
          best = c;
        }
      }
      tot[best] += kv;
      if (best != own) {
        comm[v] = best;
        moved = any = true;
      }
      for (std::uint32_t c : touched) to_comm[c] = 0.0;
      to_comm[own] = 0.0;
      touched.clear();
    }
  }
  std::vector<std::uint32_t> renumber(n, std::numeric_limits<std::uint32_t>::max());
  std::uint32_t next = 0;
  for (std::uint32_t v = 0; v < n; ++v) {
    if (renumber[comm[v]] == std::numeric_limits<std::uint32_t>::max()) renumber[comm[v]] = next++;
    comm[v] = renumber[comm[v]];
  }
  return any;
}

// Calls row(cc, targets, sum) for each community cc of `comm` (c of them): the communities
// that the ends of cc's members reach, sorted, and sum[d], the weight to each.
template <class Graph, class Row>
void community_rows(const Graph& w, const std::vector<std::uint32_t>& comm, std::size_t c, Row&& row) {
  const auto n = static_cast<std::uint32_t>(w.size());
  std::vector<std::uint32_t> start(c + 1, 0), members(n);
  for (std::uint32_t u = 0; u < n; ++u) ++start[comm[u] + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::uint32_t u = 0; u < n; ++u) members[next[comm[u]]++] = u;
  std::vector<double> sum(c, 0.0);
  std::vector<std::uint32_t> seen(c, std::numeric_limits<std::uint32_t>::max()), touched;
  for (std::uint32_t cc = 0; cc < c; ++cc) {
    touched.clear();
    for (std::uint32_t m = start[cc]; m < start[cc + 1]; ++m) {
      w.for_each(members[m], [&](std::uint32_t v, double x) {
        const std::uint32_t d = comm[v];
        if (seen[d] != cc) {
          seen[d] = cc;
          sum[d] = 0.0;
          touched.push_back(d);
        }
        sum[d] += x;
      });
    }
    std::sort(touched.begin(), touched.end());
    row(cc, touched, sum);
  }
}

using Level = std::variant<Weighted<float>, Weighted<double>>;

// The graph of the communities: row c sums the rows of c's members by the community of
// each neighbour. Built in two passes, so that its rows are allocated once at their size
// (grown by doubling they held up to twice that, beside the level they are built from),
// and with float weights when they are all exact in a float.
template <class Graph>
Level aggregate(const Graph& w, const std::vector<std::uint32_t>& comm) {
  const std::size_t c = comm.empty() ? 0 : *std::max_element(comm.begin(), comm.end()) + 1;
  std::size_t entries = 0;
  bool whole = true;
  community_rows(w, comm, c,
                 [&](std::uint32_t, const std::vector<std::uint32_t>& targets, const std::vector<double>& sum) {
                   entries += targets.size();
                   for (std::uint32_t d : targets) whole = whole && sum[d] == std::floor(sum[d]) && sum[d] < 16777216.0;
                 });
  auto fill = [&](auto& out) {
    out.offset.assign(c + 1, 0);
    out.k.assign(c, 0.0);
    out.target.reserve(entries);
    out.weight.reserve(entries);
    community_rows(
        w, comm, c, [&](std::uint32_t cc, const std::vector<std::uint32_t>& targets, const std::vector<double>& sum) {
          for (std::uint32_t d : targets) {
            out.target.push_back(d);
            out.weight.push_back(static_cast<typename std::decay_t<decltype(out.weight)>::value_type>(sum[d]));
            out.k[cc] += sum[d];
            out.two_m += sum[d];
          }
          out.offset[cc + 1] = static_cast<std::uint32_t>(out.target.size());
        });
  };
  Level level;
  if (whole) {
    fill(level.emplace<Weighted<float>>());
  } else {
    fill(level.emplace<Weighted<double>>());
  }
  return level;
}

}  // namespace

double modularity(const AnalysisGraph& g, const std::vector<std::uint32_t>& community, double resolution) {
  if (community.size() != g.node_count()) throw Error("modularity: one community per vertex is needed");
  return modularity_of(Ends(g), community, resolution);
}

Communities louvain(const AnalysisGraph& g, const LouvainOptions& options) {
  const std::size_t n = g.node_count();
  const Ends base(g);  // the first level is the graph itself, read in place
  Communities out;
  std::vector<std::uint32_t> partition(n);
  std::iota(partition.begin(), partition.end(), 0u);
  std::uint64_t rng = options.seed;
  std::optional<Level> aggregated;  // the level above the first, once there is one
  double q = modularity_of(base, partition, options.resolution);
  std::vector<std::uint32_t> comm;
  auto on_level = [&](auto&& f) { return aggregated ? std::visit(f, *aggregated) : f(base); };
  while (base.two_m > 0.0) {
    const bool moved = on_level(
        [&](const auto& level) { return level.size() > 0 && one_level(level, options.resolution, rng, comm); });
    if (!moved) break;
    std::vector<std::uint32_t> next(n);
    for (std::size_t v = 0; v < n; ++v) next[v] = comm[partition[v]];
    const double q_next = modularity_of(base, next, options.resolution);
    ++out.levels;
    if (q_next - q <= options.threshold) {  // NetworkX keeps this level's partition and stops
      partition = std::move(next);
      break;
    }
    partition = std::move(next);
    q = q_next;
    Level built = on_level([&](const auto& level) { return aggregate(level, comm); });
    aggregated = std::move(built);  // the level below is freed once this one is built
  }
  // Number by size, largest first, ties by smallest vertex.
  const std::size_t count = n == 0 ? 0 : *std::max_element(partition.begin(), partition.end()) + 1;
  std::vector<std::size_t> size(count, 0);
  std::vector<std::uint32_t> first(count, std::numeric_limits<std::uint32_t>::max());
  for (std::uint32_t v = 0; v < n; ++v) {
    ++size[partition[v]];
    first[partition[v]] = std::min(first[partition[v]], v);
  }
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
  });
  std::vector<std::uint32_t> rank(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    rank[order[i]] = i;
    out.sizes.push_back(size[order[i]]);
  }
  out.of.resize(n);
  for (std::size_t v = 0; v < n; ++v) out.of[v] = rank[partition[v]];
  out.modularity = modularity_of(base, out.of, options.resolution);
  return out;
}

}  // namespace kgforge::graph
