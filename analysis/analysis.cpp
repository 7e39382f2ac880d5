// SPDX-License-Identifier: MIT
#include "analysis/analysis.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/error.hpp"
#include "core/progress.hpp"
#include "graph/iri.hpp"
#include "graph/view.hpp"

namespace kgforge::analysis {

using namespace kgforge::graph;  // the model this module computes over

namespace {

const std::vector<MeasureInfo> kMeasures = {
    {Measure::kDegree, "degree", "networkx.MultiDiGraph in_degree, out_degree, degree; networkx.degree_centrality(G)",
     "in-, out- and total degree over every relation; degree centrality = degree / (n-1)"},
    {Measure::kBetweenness, "betweenness", "networkx.betweenness_centrality(G, k=None or K, normalized=True, weight)",
     "Brandes (2001) shortest-path betweenness on the directed graph (BFS; Dijkstra with a qualifier --weight, "
     "the weights as distances), normalised by 1/((n-1)(n-2)); with K sampled sources (Brandes & Pich 2007) "
     "scaled by n/K"},
    {Measure::kCloseness, "closeness", "networkx.closeness_centrality(G, distance=weight, wf_improved=True)",
     "closeness from incoming shortest-path distances, one BFS per vertex (Dijkstra with a qualifier --weight, "
     "the weights as distances), Wasserman-Faust scaling"},
    {Measure::kPageRank, "pagerank", "networkx.pagerank(G) on the MultiDiGraph",
     "PageRank power iteration; parallel relations add weight; dangling rank spread uniformly; sums to 1"},
    {Measure::kComponents, "components", "networkx.weakly_connected_components / strongly_connected_components",
     "weakly (union-find) and strongly (Tarjan, Boost.Graph) connected components, numbered largest first"},
    {Measure::kKCore, "kcore", "networkx.core_number(nx.Graph(G) without self loops)",
     "core number on the simple undirected graph (Batagelj & Zaversnik 2003)"},
    {Measure::kClustering, "clustering", "networkx.clustering(nx.Graph(G))",
     "local clustering coefficient on the simple undirected graph"},
    {Measure::kEigenvector, "eigenvector", "networkx.eigenvector_centrality(nx.DiGraph(G) with summed weights, weight)",
     "power iteration x <- (A^T + I) x, unit Euclidean norm, L1 change below n * tol", false},
    {Measure::kHits, "hits", "networkx.hits(G)",
     "hubs and authorities: principal singular vectors of the weighted adjacency matrix, each summing to 1", false},
    {Measure::kLouvain, "louvain",
     "networkx.community.louvain_communities(G.to_undirected(), weight, seed); networkx.community.modularity",
     "Louvain modularity optimisation (Blondel et al. 2008) on the undirected weighted graph, seeded vertex order",
     false},
};

std::string to_text(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

Parameter p_int(std::string name, std::size_t v) { return {std::move(name), std::to_string(v), true, false}; }
Parameter p_double(std::string name, double v) { return {std::move(name), to_text(v), false, false}; }

Column column(std::string name, Measure m, std::string_view predicate, bool integer, std::vector<double> values) {
  return Column{std::move(name), m, integer, predicate, std::move(values)};
}

template <class T>
std::vector<double> as_doubles(const std::vector<T>& v) {
  return std::vector<double>(v.begin(), v.end());
}

Summary summarise(const AnalysisGraph& g, const Degrees& d, const Components& weak, const Components& strong,
                  std::size_t max_bfs) {
  Summary s;
  s.nodes = g.node_count();
  s.relations = g.relation_count();
  s.undirected = g.undirected();
  s.weighted = g.weighted();
  s.unweighted_relations = g.unweighted_relations();
  s.self_loops = g.self_loops();
  s.density = density(g);
  s.weak_components = weak.count();
  s.strong_components = strong.count();
  s.largest_weak = weak.count() ? weak.sizes[0] : 0;
  s.largest_strong = strong.count() ? strong.sizes[0] : 0;
  s.diameter = diameter(g, weak, max_bfs);
  s.degree_histogram = degree_histogram(d);
  return s;
}

// The sources to sample for betweenness or closeness: none (exact) unless asked, or
// unless exact would exceed the work limit.
std::size_t samples_for(const AnalysisGraph& g, const AnalysisOptions& options, bool& automatic) {
  automatic = false;
  const double work =
      static_cast<double>(g.node_count()) * static_cast<double>(std::max<std::size_t>(g.edge_count(), 1));
  if (options.betweenness.samples != 0) return options.betweenness.samples;
  if (!options.auto_sample || work <= options.auto_sample_work) return 0;
  automatic = true;
  return options.auto_samples
             ? options.auto_samples
             : std::max<std::size_t>(
                   64, static_cast<std::size_t>(options.auto_sample_work / std::max<std::size_t>(g.edge_count(), 1)));
}

void sampling_parameters(MeasureRun& run, std::size_t samples, std::uint64_t seed, bool automatic) {
  if (samples > 0) {
    run.parameters.push_back(p_int("samples", samples));
    run.parameters.push_back(p_int("seed", seed));
    run.parameters.push_back(
        {"sampling", automatic ? "automatic (exact would exceed the work limit)" : "requested", false, true});
  } else {
    run.parameters.push_back({"sampling", "none (exact)", false, true});
  }
}

void add_betweenness(const AnalysisGraph& g, const AnalysisOptions& options, AnalysisResult& r) {
  BetweennessOptions b = options.betweenness;
  bool automatic = false;
  b.samples = samples_for(g, options, automatic);
  Betweenness result = betweenness(g, b);
  MeasureRun run{Measure::kBetweenness, {}};
  run.parameters.push_back({"normalized", "true", false, true});
  if (g.weighted()) run.parameters.push_back({"weight", "distance", false, true});
  sampling_parameters(run, result.sources.size(), b.seed, automatic);
  r.runs.push_back(std::move(run));
  r.sources = std::move(result.sources);
  r.columns.push_back(column("betweenness", Measure::kBetweenness, "betweenness", false, std::move(result.value)));
}

void add_closeness(const AnalysisGraph& g, const AnalysisOptions& options, AnalysisResult& r) {
  bool automatic = false;
  const std::size_t k = samples_for(g, options, automatic);
  MeasureRun run{Measure::kCloseness, {{"wf_improved", "true", false, true}, {"distance", "incoming", false, true}}};
  if (g.weighted()) run.parameters.push_back({"weight", "distance", false, true});
  std::vector<double> values;
  if (k > 0 && k < g.node_count()) {
    const std::vector<std::uint32_t> sources = sample_sources(g.node_count(), k, options.betweenness.seed);
    values = closeness_from_sources(g, sources);
    sampling_parameters(run, k, options.betweenness.seed, automatic);
    if (r.sources.empty()) r.sources = sources;
  } else {
    values = closeness(g);
    sampling_parameters(run, 0, 0, false);
  }
  r.runs.push_back(std::move(run));
  r.columns.push_back(column("closeness", Measure::kCloseness, "closeness", false, std::move(values)));
}

void add_measure(const AnalysisGraph& g, Measure m, const AnalysisOptions& options, const Degrees& d,
                 const Components& weak, const Components& strong, AnalysisResult& r) {
  switch (m) {
    case Measure::kDegree:
      if (!g.undirected()) {
        r.columns.push_back(column("in_degree", m, "inDegree", true, as_doubles(d.in)));
        r.columns.push_back(column("out_degree", m, "outDegree", true, as_doubles(d.out)));
      }
      {
        std::vector<double> total(d.in.size());
        for (std::uint32_t v = 0; v < total.size(); ++v) total[v] = d.total(v);
        r.columns.push_back(column("degree", m, "degree", true, std::move(total)));
      }
      r.columns.push_back(column("degree_centrality", m, "degreeCentrality", false, degree_centrality(g, d)));
      r.runs.push_back({m, {}});
      return;
    case Measure::kBetweenness:
      add_betweenness(g, options, r);
      return;
    case Measure::kCloseness:
      add_closeness(g, options, r);
      return;
    case Measure::kPageRank: {
      PageRank pr = pagerank(g, options.pagerank);
      r.runs.push_back({m,
                        {p_double("alpha", options.pagerank.alpha), p_double("tol", options.pagerank.tolerance),
                         p_int("max_iter", static_cast<std::size_t>(options.pagerank.max_iterations)),
                         p_int("iterations", static_cast<std::size_t>(pr.iterations))}});
      r.columns.push_back(column("pagerank", m, "pagerank", false, std::move(pr.rank)));
      return;
    }
    case Measure::kComponents:
      r.columns.push_back(column("weak_component", m, "weakComponent", true, as_doubles(weak.of)));
      r.columns.push_back(column("strong_component", m, "strongComponent", true, as_doubles(strong.of)));
      r.runs.push_back({m, {}});
      return;
    case Measure::kKCore:
      r.columns.push_back(column("core_number", m, "coreNumber", true, as_doubles(core_number(g))));
      r.runs.push_back({m, {}});
      return;
    case Measure::kClustering:
      r.columns.push_back(column("clustering", m, "clustering", false, clustering(g)));
      r.runs.push_back({m, {}});
      return;
    case Measure::kEigenvector:
      r.columns.push_back(
          column("eigenvector", m, "eigenvectorCentrality", false, eigenvector_centrality(g, options.eigenvector)));
      r.runs.push_back({m,
                        {p_int("max_iter", static_cast<std::size_t>(options.eigenvector.max_iterations)),
                         p_double("tol", options.eigenvector.tolerance)}});
      return;
    case Measure::kHits: {
      Hits h = hits(g);
      r.runs.push_back({m, {{"normalized", "true", false, true}, p_int("iterations", h.iterations)}});
      r.columns.push_back(column("hub", m, "hubScore", false, std::move(h.hubs)));
      r.columns.push_back(column("authority", m, "authorityScore", false, std::move(h.authorities)));
      return;
    }
    case Measure::kLouvain: {
      Communities c = louvain(g, options.louvain);
      r.modularity = c.modularity;
      r.runs.push_back(
          {m,
           {p_double("resolution", options.louvain.resolution), p_double("threshold", options.louvain.threshold),
            p_int("seed", options.louvain.seed), p_int("communities", c.count()),
            p_int("levels", static_cast<std::size_t>(c.levels)), p_double("modularity", c.modularity)}});
      r.columns.push_back(column("community", m, "community", true, as_doubles(c.of)));
      // The partition's modularity on every row, so that a table of nodes carries it.
      r.columns.push_back(
          column("modularity", m, "modularity", false, std::vector<double>(g.node_count(), c.modularity)));
      return;
    }
  }
}

}  // namespace

const std::vector<MeasureInfo>& measure_infos() { return kMeasures; }

const MeasureInfo& info(Measure m) {
  for (const MeasureInfo& i : kMeasures) {
    if (i.measure == m) return i;
  }
  throw Error("unknown measure");
}

std::optional<Measure> measure_named(std::string_view name) {
  for (const MeasureInfo& i : kMeasures) {
    if (i.name == name) return i.measure;
  }
  return std::nullopt;
}

std::vector<Measure> all_measures() {
  std::vector<Measure> out;
  for (const MeasureInfo& i : kMeasures) out.push_back(i.measure);
  return out;
}

std::vector<Measure> default_measures() {
  std::vector<Measure> out;
  for (const MeasureInfo& i : kMeasures) {
    if (i.by_default) out.push_back(i.measure);
  }
  return out;
}

const Column* AnalysisResult::column(std::string_view name) const {
  for (const Column& c : columns) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

std::size_t diameter_budget(const AnalysisGraph& g, const AnalysisOptions& options) {
  const double per_bfs = static_cast<double>(g.node_count() + g.neighbours().target.size()) + 1.0;
  const double fits = std::min(options.diameter_work / per_bfs, static_cast<double>(options.diameter_max_bfs));
  return std::min(options.diameter_max_bfs, std::max(options.diameter_min_bfs, static_cast<std::size_t>(fits)));
}

AnalysisResult analyze(const AnalysisGraph& g, const AnalysisOptions& options) {
  AnalysisResult r;
  Progress progress("analysing", "measures", options.measures.size() + 1);
  const Degrees d = degrees(g);
  const Components weak = weak_components(g);
  const Components strong = strong_components(g);
  r.summary = summarise(g, d, weak, strong, diameter_budget(g, options));
  progress.advance();
  for (Measure m : options.measures) {
    add_measure(g, m, options, d, weak, strong, r);
    progress.advance();
  }
  return r;
}

std::string plain_double(double value) { return to_text(value); }

std::string xsd_double(double value) {
  if (!std::isfinite(value)) throw Error("cannot write a non-finite measure value as xsd:double");
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string s(buf, r.ptr);  // "1.5e-03", "1e+00"
  const std::size_t e = s.find('e');
  std::string mantissa = s.substr(0, e);
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  const int exponent = std::stoi(s.substr(e + 1));
  return mantissa + "E" + std::to_string(exponent);
}

}  // namespace kgforge::analysis
