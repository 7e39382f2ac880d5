// SPDX-License-Identifier: MIT
#include "analysis/annotate.hpp"

#include <algorithm>
#include <cmath>

#include "graph/iri.hpp"
#include "graph/vocab.hpp"

namespace kgforge::analysis {

using namespace kgforge::graph;  // the model this module computes over

namespace {

std::string lexical(const Column& c, double v) {
  return c.integer ? std::to_string(static_cast<long long>(std::llround(v))) : xsd_double(v);
}

Value typed(KnowledgeGraph& graph, const Column& c, double v) {
  return Value::literal(graph.intern(lexical(c, v)),
                        graph.intern(c.integer ? vocab::xsd::kInteger : vocab::xsd::kDouble));
}

const Column* display_source(const AnalysisResult& result, const std::string& wanted) {
  if (wanted == "none") return nullptr;
  for (const Column& c : result.columns) {
    if (wanted.empty() ? c.measure != Measure::kComponents : c.name == wanted) return &c;
  }
  return nullptr;
}

Column display_weights(const Column& source) {
  Column w{std::string(kDisplayWeight), source.measure, false, kDisplayWeight, source.values};
  const double max = source.values.empty() ? 0.0 : *std::max_element(source.values.begin(), source.values.end());
  for (double& v : w.values) v = max > 0 ? std::max(0.0, v / max) : 0.0;
  return w;
}

std::string activity_iri(const KnowledgeGraph& graph, Measure m) {
  return graph.base_iri() + "analysis/" + std::string(info(m).name);
}

NodeId add_activity(KnowledgeGraph& graph, const MeasureRun& run, NodeId agent, NodeId dataset) {
  const MeasureInfo& mi = info(run.measure);
  const NodeId act = graph.add_node(activity_iri(graph, run.measure));
  graph.add_class(act, graph.intern(vocab::prov::kActivity));
  graph.set_name(act, std::string(mi.name) + " (kgforge analysis)");
  graph.add_property(
      act, {Role::kAttribute, graph.intern(vocab::kgf::kAlgorithm), Value::literal(graph.intern(mi.algorithm)), {}});
  graph.add_property(
      act,
      {Role::kAttribute, graph.intern(vocab::kgf::kNetworkxEquivalent), Value::literal(graph.intern(mi.networkx)), {}});
  graph.add_edge(act, graph.intern(vocab::prov::kUsed), dataset);
  graph.add_edge(act, graph.intern(vocab::prov::kWasAssociatedWith), agent);
  for (const Parameter& p : run.parameters) {
    const NodeId param = graph.add_blank_node("kgf-parameter-" + std::string(mi.name) + "-" + p.name);
    graph.set_name(param, p.name);
    const std::string_view type = p.integer ? vocab::xsd::kInteger : vocab::xsd::kDouble;
    const std::string text = (p.text || p.integer) ? p.value : xsd_double(std::stod(p.value));
    graph.add_property(param, {Role::kAttribute,
                               graph.intern(vocab::rdf::kValue),
                               Value::literal(graph.intern(text), p.text ? 0 : graph.intern(type)),
                               {}});
    graph.add_edge(act, graph.intern(vocab::kgf::kParameter), param);
  }
  return act;
}

}  // namespace

std::string annotate(KnowledgeGraph& graph, const AnalysisGraph& g, const AnalysisResult& result,
                     const AnnotateOptions& options) {
  for (const Column& c : result.columns) {
    const Sym predicate = graph.intern(vocab::kgf_term(c.predicate));
    for (std::uint32_t v = 0; v < c.values.size(); ++v) {
      graph.add_property(g.node(v), {Role::kAttribute, predicate, typed(graph, c, c.values[v]), {}});
    }
  }
  const Column* source = display_source(result, options.display_column);
  if (source == nullptr) return "";
  const Column w = display_weights(*source);
  const Sym predicate = graph.intern(vocab::kgf::kDisplayWeight);
  for (std::uint32_t v = 0; v < w.values.size(); ++v) {
    graph.add_property(g.node(v), {Role::kAttribute, predicate, typed(graph, w, w.values[v]), {}});
  }
  return source->name;
}

void add_provenance(KnowledgeGraph& graph, const AnalysisGraph& g, const AnalysisResult& result,
                    const std::string& display_column, const ProvenanceOptions& options) {
  if (result.runs.empty()) return;
  const NodeId agent = graph.add_node(vocab::kgf::kKgforge);
  graph.add_class(agent, graph.intern(vocab::prov::kSoftwareAgent));
  graph.set_name(agent, options.software);
  const NodeId dataset =
      graph.add_node(graph.base_iri().empty() ? vocab::kgf::kUnnamedKnowledgeBase : graph.base_iri());
  std::vector<std::pair<Measure, NodeId>> activities;
  for (const MeasureRun& run : result.runs)
    activities.push_back({run.measure, add_activity(graph, run, agent, dataset)});
  auto activity_of = [&](Measure m) {
    for (const auto& [measure, node] : activities) {
      if (measure == m) return node;
    }
    return activities.front().second;
  };
  std::vector<Column> columns(result.columns.begin(), result.columns.end());
  if (const Column* source = result.column(display_column)) columns.push_back(display_weights(*source));
  const Sym statement = graph.intern(vocab::rdf::kStatement);
  const Sym subject = graph.intern(vocab::rdf::kSubject), predicate = graph.intern(vocab::rdf::kPredicate);
  const Sym object = graph.intern(vocab::rdf::kObject), generated = graph.intern(vocab::prov::kWasGeneratedBy);
  for (const Column& c : columns) {
    const NodeId property = graph.add_node(vocab::kgf_term(c.predicate));
    const NodeId act = activity_of(c.measure);
    for (std::uint32_t v = 0; v < c.values.size(); ++v) {
      const NodeId s = graph.add_blank_node("kgf-value-" + std::string(c.predicate) + "-" + std::to_string(g.node(v)));
      graph.add_class(s, statement);
      graph.add_edge(s, subject, g.node(v));
      graph.add_edge(s, predicate, property);
      graph.add_property(s, {Role::kAttribute, object, typed(graph, c, c.values[v]), {}});
      graph.add_edge(s, generated, act);
    }
  }
}

}  // namespace kgforge::analysis
