// SPDX-License-Identifier: MIT
#include "graph/view.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

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

const TimeProperties& TimeProperties::core() {
  static const TimeProperties core{
      {std::string(vocab::kgf::kSince)}, {std::string(vocab::kgf::kUntil)}, {std::string(vocab::kgf::kDate)}};
  return core;
}

TimeProperties::Kind TimeProperties::kind_of(std::string_view property_iri) const {
  auto in = [&](const std::vector<std::string>& v) { return std::find(v.begin(), v.end(), property_iri) != v.end(); };
  if (in(start)) return Kind::kStart;
  if (in(end)) return Kind::kEnd;
  if (in(event)) return Kind::kEvent;
  return Kind::kNone;
}

namespace {

// The kind of each predicate symbol, asked of TimeProperties once per symbol.
class TimeKinds {
 public:
  TimeKinds(const KnowledgeGraph& graph, const TimeProperties& time) : graph_(graph), time_(time) {}
  TimeProperties::Kind operator()(Sym predicate) {
    auto [it, added] = cache_.try_emplace(predicate, TimeProperties::Kind::kNone);
    if (added) it->second = time_.kind_of(graph_.str(predicate));
    return it->second;
  }

 private:
  const KnowledgeGraph& graph_;
  const TimeProperties& time_;
  std::unordered_map<Sym, TimeProperties::Kind> cache_;
};

// Collects dates into a period: the earliest start, the latest end; an event's date
// counts as a start when there is no period.
struct PeriodBuilder {
  std::string since, until, event;
  void add(TimeProperties::Kind kind, std::string_view value) {
    if (value.empty()) return;
    switch (kind) {
      case TimeProperties::Kind::kStart:
        if (since.empty() || widen(value, false) < widen(since, false)) since = value;
        break;
      case TimeProperties::Kind::kEnd:
        if (until.empty() || widen(value, true) > widen(until, true)) until = value;
        break;
      case TimeProperties::Kind::kEvent:
        if (event.empty() || widen(value, false) < widen(event, false)) event = value;
        break;
      case TimeProperties::Kind::kNone:
        break;
    }
  }
  Period done() const {
    if (!since.empty() || !until.empty()) return {since, until, false};
    if (!event.empty()) return {event, "", true};
    return {};
  }
};

Period edge_period(const KnowledgeGraph& graph, EdgeRef e, TimeKinds& kinds) {
  PeriodBuilder b;
  graph.for_each_qualifier(e, [&](const Qualifier& q) { b.add(kinds(q.predicate), graph.str(q.value.text)); });
  return b.done();
}

Period node_lifetime(const KnowledgeGraph& graph, NodeId n, TimeKinds& kinds) {
  PeriodBuilder b;
  graph.for_each_property(n, [&](const NodeProperty& p) {
    if (p.role == Role::kAttribute && p.value.kind == Value::Kind::kLiteral)
      b.add(kinds(p.predicate), graph.str(p.value.text));
  });
  return b.done();
}

// Checks a date option: a plain date that exists (2013-02-30 does not).
void check_date(const std::string& option, const std::string& date) {
  if (xsd::parse_plain_date(date)) return;
  if (xsd::is_plain_date_shaped(date))
    throw UsageError(option + " '" + date + "' is not a real date (no such month or day)");
  throw UsageError(option + " '" + date + "' is not a date (give YYYY, YYYY-MM or YYYY-MM-DD)");
}

}  // namespace

Period period_of(const KnowledgeGraph& graph, EdgeRef e, const TimeProperties& time) {
  TimeKinds kinds(graph, time);
  return edge_period(graph, e, kinds);
}

Period lifetime_of(const KnowledgeGraph& graph, NodeId n, const TimeProperties& time) {
  TimeKinds kinds(graph, time);
  return node_lifetime(graph, n, kinds);
}

struct PeriodReader::Kinds : TimeKinds {
  using TimeKinds::TimeKinds;
};

PeriodReader::PeriodReader(const KnowledgeGraph& graph, const TimeProperties& time)
    : graph_(graph), kinds_(std::make_unique<Kinds>(graph, time)) {}
PeriodReader::~PeriodReader() = default;
Period PeriodReader::of(EdgeRef e) { return edge_period(graph_, e, *kinds_); }
Period PeriodReader::lifetime(NodeId n) { return node_lifetime(graph_, n, *kinds_); }
TimeProperties::Kind PeriodReader::kind(Sym predicate) { return (*kinds_)(predicate); }

std::string period_text(const Period& p) {
  if (p.event || (!p.since.empty() && p.since == p.until)) return p.since;
  if (!p.since.empty() && !p.until.empty()) return p.since + " – " + p.until;
  if (!p.since.empty()) return "since " + p.since;
  if (!p.until.empty()) return "until " + p.until;
  return "";
}

bool held_between(const Period& period, std::string_view from, std::string_view to) {
  const std::string start = widen(from, false);
  const std::string end = widen(to, true);
  if (!period.since.empty() && widen(period.since, false) > end) return false;
  if (!period.event && !period.until.empty() && widen(period.until, true) < start) return false;
  return true;
}

bool held_on(const Period& period, std::string_view date) { return held_between(period, date, date); }

View make_view(const KnowledgeGraph& graph, const ViewOptions& options) {
  const std::size_t n = graph.node_count();
  View view;
  view.node.assign(n, true);
  view.edge.assign(graph.edge_count(), true);
  if (!options.as_of.empty() && !options.between.empty()) throw UsageError("--as-of and --between: give one of them");
  if (!options.between.empty() && options.between.size() != 2)
    throw UsageError("--between takes two dates, the start and the end");
  std::string from, to;
  if (!options.as_of.empty()) {
    check_date("--as-of", options.as_of);
    from = to = options.as_of;
  } else if (!options.between.empty()) {
    check_date("--between", options.between[0]);
    check_date("--between", options.between[1]);
    from = options.between[0];
    to = options.between[1];
    if (widen(from, false) > widen(to, true))
      throw UsageError("--between " + from + " " + to + ": the start is after the end");
  }
  const bool timed = !from.empty();
  if (options.dated_only && !timed) throw UsageError("--dated-only needs --as-of or --between");
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
  std::vector<bool> own_date;  // by NodeId: the entity has dates of its own
  std::vector<bool> dated_edge;
  if (timed) {
    TimeKinds kinds(graph, options.time);
    own_date.assign(n, false);
    dated_edge.assign(graph.edge_count(), false);
    for (NodeId v = 0; v < n; ++v) {
      if (!view.node[v]) continue;
      const Period life = node_lifetime(graph, v, kinds);
      own_date[v] = life.dated();
      if (life.dated() && !held_between(life, from, to)) view.node[v] = false;
    }
    view.undated_edge.assign(graph.edge_count(), false);
    for (EdgeRef e : edges) {
      const std::uint32_t id = graph.edge(e).id;
      bool keep = view.node[graph.source(e)] && view.node[graph.target(e)];
      if (keep) {
        const Period p = edge_period(graph, e, kinds);
        dated_edge[id] = p.dated();
        if (p.dated())
          keep = held_between(p, from, to);
        else if (options.dated_only)
          keep = false;
      }
      view.edge[id] = keep;
    }
    // An entity is dated by its own dates or by a dated relation it keeps.
    std::vector<bool> dated_node = own_date;
    for (EdgeRef e : edges) {
      const std::uint32_t id = graph.edge(e).id;
      if (view.edge[id] && dated_edge[id]) dated_node[graph.source(e)] = dated_node[graph.target(e)] = true;
    }
    view.undated_node.assign(n, false);
    for (NodeId v = 0; v < n; ++v) {
      if (!view.node[v] || dated_node[v]) continue;
      if (options.dated_only)
        view.node[v] = false;
      else
        view.undated_node[v] = true;
    }
    for (EdgeRef e : edges) {
      const std::uint32_t id = graph.edge(e).id;
      view.undated_edge[id] = view.edge[id] && !dated_edge[id];
    }
  } else {
    for (EdgeRef e : edges) view.edge[graph.edge(e).id] = view.node[graph.source(e)] && view.node[graph.target(e)];
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
  if (timed) {  // what the ego filter dropped is no longer listed as undated
    for (NodeId v = 0; v < n; ++v) view.undated_node[v] = view.undated_node[v] && view.node[v];
    for (EdgeRef e : edges) {
      const std::uint32_t id = graph.edge(e).id;
      view.undated_edge[id] = view.undated_edge[id] && view.edge[id];
    }
    view.undated_nodes = static_cast<std::size_t>(std::count(view.undated_node.begin(), view.undated_node.end(), true));
    view.undated_edges = static_cast<std::size_t>(std::count(view.undated_edge.begin(), view.undated_edge.end(), true));
  }
  view.node_count = static_cast<std::size_t>(std::count(view.node.begin(), view.node.end(), true));
  view.edge_count = static_cast<std::size_t>(std::count(view.edge.begin(), view.edge.end(), true));
  return view;
}

}  // namespace kgforge::graph
