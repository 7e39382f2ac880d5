// SPDX-License-Identifier: MIT
#include "graph/community.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

#include "core/error.hpp"

namespace kgforge::graph {

namespace {

// A symmetric weighted graph: row v is (target, weight) pairs with distinct targets,
// self loops included with twice their weight (so that k[v] is the row's sum).
struct Weighted {
  std::vector<std::uint32_t> offset;
  std::vector<std::uint32_t> target;
  std::vector<double> weight;
  std::vector<double> k;  ///< weighted degree
  double two_m = 0.0;
  std::size_t size() const { return k.size(); }
};

// Row u: the relations leaving and entering u, merged by neighbour, built row by row
// from the graph's own out- and in-rows (no list of every edge both ways, which cost
// 16 bytes an edge end at the peak). A self loop weighs twice: once leaving, once entering.
Weighted undirected_of(const AnalysisGraph& g) {
  const auto n = static_cast<std::uint32_t>(g.node_count());
  const std::vector<double>& ow = g.out_weight();
  const std::vector<double>& iw = g.in_weight();
  Weighted w;
  w.offset.assign(n + 1, 0);
  w.k.assign(n, 0.0);
  const std::size_t ends = g.undirected() ? g.out().target.size() : g.out().target.size() + g.in().target.size();
  w.target.reserve(ends);
  w.weight.reserve(ends);
  std::vector<std::pair<std::uint32_t, double>> row;
  for (std::uint32_t u = 0; u < n; ++u) {
    row.clear();
    for (std::uint32_t i = g.out().offset[u]; i < g.out().offset[u + 1]; ++i) {
      const std::uint32_t v = g.out().target[i];
      const double x = ow.empty() ? 1.0 : ow[i];
      // Undirected: out() holds both directions already, and a self loop once.
      row.emplace_back(v, g.undirected() && v == u ? 2.0 * x : x);
    }
    if (!g.undirected()) {
      for (std::uint32_t i = g.in().offset[u]; i < g.in().offset[u + 1]; ++i)
        row.emplace_back(g.in().target[i], iw.empty() ? 1.0 : iw[i]);
    }
    std::stable_sort(row.begin(), row.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0 && row[i - 1].first == row[i].first) {
        w.weight.back() += row[i].second;
      } else {
        w.target.push_back(row[i].first);
        w.weight.push_back(row[i].second);
      }
      w.k[u] += row[i].second;
      w.two_m += row[i].second;
    }
    w.offset[u + 1] = static_cast<std::uint32_t>(w.target.size());
  }
  return w;
}

double modularity_of(const Weighted& w, const std::vector<std::uint32_t>& community, double resolution) {
  if (w.two_m == 0.0) return 0.0;
  const std::size_t count = community.empty() ? 0 : *std::max_element(community.begin(), community.end()) + 1;
  std::vector<double> inside(count, 0.0), degree(count, 0.0);
  for (std::uint32_t u = 0; u < w.size(); ++u) {
    degree[community[u]] += w.k[u];
    for (std::uint32_t i = w.offset[u]; i < w.offset[u + 1]; ++i) {
      if (community[w.target[i]] == community[u]) inside[community[u]] += w.weight[i];
    }
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
bool one_level(const Weighted& w, double resolution, std::uint64_t& rng, std::vector<std::uint32_t>& comm) {
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
      for (std::uint32_t i = w.offset[v]; i < w.offset[v + 1]; ++i) {
        const std::uint32_t u = w.target[i];
        if (u == v) continue;
        if (to_comm[comm[u]] == 0.0) touched.push_back(comm[u]);
        to_comm[comm[u]] += w.weight[i];
      }
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

// The graph of the communities: row c sums the rows of c's members by the community of
// each neighbour (sorted, as every row is), built community by community with no list
// of every edge (16 bytes an entry at the peak).
Weighted aggregate(const Weighted& w, const std::vector<std::uint32_t>& comm) {
  const std::size_t c = comm.empty() ? 0 : *std::max_element(comm.begin(), comm.end()) + 1;
  const auto n = static_cast<std::uint32_t>(w.size());
  std::vector<std::uint32_t> start(c + 1, 0), members(n);
  for (std::uint32_t u = 0; u < n; ++u) ++start[comm[u] + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::uint32_t u = 0; u < n; ++u) members[next[comm[u]]++] = u;
  Weighted out;
  out.offset.assign(c + 1, 0);
  out.k.assign(c, 0.0);
  std::vector<double> sum(c, 0.0);
  std::vector<std::uint32_t> seen(c, std::numeric_limits<std::uint32_t>::max()), touched;
  for (std::uint32_t cc = 0; cc < c; ++cc) {
    touched.clear();
    for (std::uint32_t m = start[cc]; m < start[cc + 1]; ++m) {
      const std::uint32_t u = members[m];
      for (std::uint32_t i = w.offset[u]; i < w.offset[u + 1]; ++i) {
        const std::uint32_t d = comm[w.target[i]];
        if (seen[d] != cc) {
          seen[d] = cc;
          sum[d] = 0.0;
          touched.push_back(d);
        }
        sum[d] += w.weight[i];
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t d : touched) {
      out.target.push_back(d);
      out.weight.push_back(sum[d]);
      out.k[cc] += sum[d];
      out.two_m += sum[d];
    }
    out.offset[cc + 1] = static_cast<std::uint32_t>(out.target.size());
  }
  return out;
}

}  // namespace

double modularity(const AnalysisGraph& g, const std::vector<std::uint32_t>& community, double resolution) {
  if (community.size() != g.node_count()) throw Error("modularity: one community per vertex is needed");
  return modularity_of(undirected_of(g), community, resolution);
}

Communities louvain(const AnalysisGraph& g, const LouvainOptions& options) {
  const std::size_t n = g.node_count();
  const Weighted base = undirected_of(g);
  Communities out;
  std::vector<std::uint32_t> partition(n);
  std::iota(partition.begin(), partition.end(), 0u);
  std::uint64_t rng = options.seed;
  const Weighted* level = &base;  // the first level is the graph itself, not a copy of it
  Weighted aggregated;
  double q = modularity_of(base, partition, options.resolution);
  std::vector<std::uint32_t> comm;
  while (level->size() > 0 && base.two_m > 0.0) {
    if (!one_level(*level, options.resolution, rng, comm)) break;
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
    aggregated = aggregate(*level, comm);
    level = &aggregated;
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
