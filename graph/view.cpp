// SPDX-License-Identifier: MIT
#include "graph/view.hpp"

#include <algorithm>
#include <deque>

#include "core/error.hpp"
#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/paths.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"

namespace kgforge::graph {

namespace {

// Widens a partial date to the first or last day it covers, as YYYY-MM-DD.
std::string widen(std::string_view d, bool end) {
  std::string out(d);
  if (out.size() == 4) out += end ? "-12" : "-01";
  if (out.size() == 7) out += end ? "-31" : "-01";  // "-31" compares correctly for every month
  return out;
}

}  // namespace

NodeId resolve_entity(const KnowledgeGraph& graph, std::string_view text) {
  if (auto n = graph.find_by_id(text)) return *n;
  if (auto n = graph.find_node(text)) return *n;
  std::vector<NodeId> exact, folded;
  const std::string wanted = lower(text);
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    auto check = [&](std::string_view label) {
      if (label == text)
        exact.push_back(n);
      else if (lower(label) == wanted)
        folded.push_back(n);
    };
    check(graph.name(n));
    graph.for_each_property(n, [&](const NodeProperty& p) {
      if (p.role == Role::kAlias) check(graph.str(p.value.text));
    });
  }
  std::vector<NodeId>& hits = exact.empty() ? folded : exact;
  std::sort(hits.begin(), hits.end());
  hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
  if (hits.size() == 1) return hits.front();
  if (hits.empty()) {
    throw UsageError("no entity has the id, IRI, name or alias '" + std::string(text) + "'" +
                     suggestion_text(graph, text));
  }
  std::string names;
  for (NodeId n : hits) names += "\n  " + std::string(graph.iri(n)) + " (" + std::string(graph.name(n)) + ")";
  throw UsageError("'" + std::string(text) + "' names " + std::to_string(hits.size()) +
                   " entities; give an id or IRI:" + names);
}

Period period_of(const KnowledgeGraph& graph, EdgeRef e) {
  Period p;
  graph.for_each_qualifier(e, [&](const Qualifier& q) {
    const std::string_view pred = graph.str(q.predicate);
    const std::string_view value = graph.str(q.value.text);
    if (pred == vocab::kgf::kSince)
      p.since = value;
    else if (pred == vocab::kgf::kUntil)
      p.until = value;
    else if (pred == vocab::kgf::kDate)
      p.since = p.until = value;
  });
  return p;
}

bool held_on(const Period& period, std::string_view date) {
  const std::string start = widen(date, false);
  const std::string end = widen(date, true);
  if (!period.since.empty() && widen(period.since, false) > end) return false;
  if (!period.until.empty() && widen(period.until, true) < start) return false;
  return true;
}

View make_view(const KnowledgeGraph& graph, const ViewOptions& options) {
  const std::size_t n = graph.node_count();
  View view;
  view.node.assign(n, true);
  view.edge.assign(graph.edge_count(), true);
  if (!options.as_of.empty() && !xsd::parse_plain_date(options.as_of)) {
    throw UsageError("--as-of '" + options.as_of + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, a real one)");
  }
  if (!options.classes.empty()) {
    for (NodeId v = 0; v < n; ++v) {
      bool keep = false;
      for (Sym c : graph.classes(v)) {
        for (const std::string& wanted : options.classes) {
          const std::string_view have = graph.str(c);
          if (have == wanted || (options.is_subclass && options.is_subclass(options.subclass_context, have, wanted)))
            keep = true;
        }
      }
      view.node[v] = keep;
    }
  }
  const std::vector<EdgeRef> edges = graph.edges();
  for (EdgeRef e : edges) {
    const std::uint32_t id = graph.edge(e).id;
    bool keep = view.node[graph.source(e)] && view.node[graph.target(e)];
    if (keep && !options.as_of.empty()) keep = held_on(period_of(graph, e), options.as_of);
    view.edge[id] = keep;
  }
  if (!options.focus.empty()) {
    const NodeId centre = resolve_entity(graph, options.focus);
    view.focus = centre;
    // Undirected adjacency over kept edges, then BFS to `depth`.
    std::vector<std::vector<std::pair<NodeId, std::uint32_t>>> adj(n);
    for (EdgeRef e : edges) {
      const std::uint32_t id = graph.edge(e).id;
      if (!view.edge[id]) continue;
      adj[graph.source(e)].push_back({graph.target(e), id});
      adj[graph.target(e)].push_back({graph.source(e), id});
    }
    std::vector<int> dist(n, -1);
    std::deque<NodeId> queue{centre};
    dist[centre] = 0;
    while (!queue.empty()) {
      const NodeId u = queue.front();
      queue.pop_front();
      if (dist[u] >= options.depth) continue;
      for (auto [w, id] : adj[u]) {
        if (dist[w] < 0) {
          dist[w] = dist[u] + 1;
          queue.push_back(w);
        }
      }
    }
    for (NodeId v = 0; v < n; ++v) view.node[v] = dist[v] >= 0;
    for (EdgeRef e : edges) {
      const std::uint32_t id = graph.edge(e).id;
      view.edge[id] = view.edge[id] && view.node[graph.source(e)] && view.node[graph.target(e)];
    }
  }
  view.node_count = static_cast<std::size_t>(std::count(view.node.begin(), view.node.end(), true));
  view.edge_count = static_cast<std::size_t>(std::count(view.edge.begin(), view.edge.end(), true));
  return view;
}

}  // namespace kgforge::graph
