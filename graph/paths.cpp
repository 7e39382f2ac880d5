// SPDX-License-Identifier: MIT
#include "graph/paths.hpp"

#include <algorithm>
#include <limits>

#include "core/text.hpp"
#include "graph/algorithms.hpp"
#include "graph/names.hpp"
#include "graph/view.hpp"

namespace kgforge::graph {

namespace {

constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();

// Depth-first over predecessors on shortest paths, from `to` back to the source.
void collect(const Adjacency& back, const std::vector<std::uint32_t>& dist, std::uint32_t v,
             std::vector<std::uint32_t>& stack, std::vector<std::vector<std::uint32_t>>& out, std::size_t max) {
  stack.push_back(v);
  if (dist[v] == 0) {
    out.emplace_back(stack.rbegin(), stack.rend());
  } else {
    for (std::uint32_t p : back.row(v)) {
      if (out.size() >= max) break;
      if (dist[p] != kUnreached && dist[p] + 1 == dist[v]) collect(back, dist, p, stack, out, max);
    }
  }
  stack.pop_back();
}

}  // namespace

ShortestPaths shortest_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, bool undirected,
                             std::size_t max_paths, const View* view) {
  const AnalysisGraph g = AnalysisGraph::from(graph, view);
  std::vector<std::uint32_t> index(graph.node_count(), kUnreached);
  for (std::uint32_t v = 0; v < g.node_count(); ++v) index[g.node(v)] = v;
  ShortestPaths r;
  if (index[from] == kUnreached || index[to] == kUnreached) return r;
  const Adjacency& forward = undirected ? g.neighbours() : g.succ();
  const Adjacency& back = undirected ? g.neighbours() : g.pred();
  std::vector<std::uint32_t> dist(g.node_count(), kUnreached), queue;
  std::vector<double> sigma(g.node_count(), 0.0);
  const std::uint32_t s = index[from], t = index[to];
  dist[s] = 0;
  sigma[s] = 1;
  queue.push_back(s);
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const std::uint32_t v = queue[head];
    if (dist[t] != kUnreached && dist[v] >= dist[t]) break;  // t's level is complete
    for (std::uint32_t w : forward.row(v)) {
      if (dist[w] == kUnreached) {
        dist[w] = dist[v] + 1;
        queue.push_back(w);
      }
      if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
    }
  }
  if (dist[t] == kUnreached) return r;
  r.found = true;
  r.length = dist[t];
  r.count = sigma[t];
  std::vector<std::uint32_t> stack;
  std::vector<std::vector<std::uint32_t>> found;
  collect(back, dist, t, stack, found, std::max<std::size_t>(max_paths, 1));
  for (const auto& path : found) {
    std::vector<NodeId> nodes;
    for (std::uint32_t v : path) nodes.push_back(g.node(v));
    r.paths.push_back(std::move(nodes));
  }
  return r;
}

std::vector<StepRelation> relations_between(const KnowledgeGraph& graph, NodeId u, NodeId v, bool undirected,
                                            const View* view) {
  std::vector<StepRelation> out;
  auto add = [&](NodeId a, NodeId b, bool forward) {
    for (auto [it, end] = boost::out_edges(a, graph.model()); it != end; ++it) {
      if (boost::target(*it, graph.model()) != b) continue;
      if (view != nullptr && !view->edge[graph.edge(*it).id]) continue;
      out.push_back({*it, forward});
    }
  };
  add(u, v, true);
  if (undirected && u != v) add(v, u, false);
  return out;
}

std::vector<NodeId> suggest_entities(const KnowledgeGraph& graph, std::string_view text, std::size_t max) {
  const std::string wanted = lower(text);
  std::vector<std::pair<std::size_t, NodeId>> scored;  // (score, node); lower is better
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    std::size_t best = std::numeric_limits<std::size_t>::max();
    auto consider = [&](std::string_view label) {
      if (label.empty()) return;
      const std::string l = lower(label);
      if (!wanted.empty() && l.find(wanted) != std::string::npos) best = std::min(best, l.size() - wanted.size());
      const std::size_t limit = typo_limit(wanted);  // the one "did you mean" rule (core/text.hpp)
      const std::size_t d = edit_distance(l, wanted, limit);
      if (d <= limit) best = std::min(best, d);
    };
    consider(graph.name(n));
    consider(display_id(graph, n));
    graph.for_each_property(n, [&](const NodeProperty& p) {
      if (p.role == Role::kAlias) consider(graph.str(p.value.text));
    });
    if (best != std::numeric_limits<std::size_t>::max()) scored.push_back({best, n});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<NodeId> out;
  for (std::size_t i = 0; i < scored.size() && i < max; ++i) out.push_back(scored[i].second);
  return out;
}

std::string suggestion_text(const KnowledgeGraph& graph, std::string_view text) {
  const std::vector<NodeId> close = suggest_entities(graph, text);
  if (close.empty()) return "";
  std::string out = "; did you mean: ";
  for (std::size_t i = 0; i < close.size(); ++i) {
    const std::string_view name = graph.name(close[i]);
    out += (i ? ", " : "") +
           (name.empty() ? display_id(graph, close[i]) : std::string(name) + " (" + display_id(graph, close[i]) + ")");
  }
  return out + "?";
}

}  // namespace kgforge::graph
