// SPDX-License-Identifier: MIT
// kgforge neighbours [KB...] ID [--depth N]: the ego network of an entity as tables
// (its entities with their distance, then its relations). The selection is the one
// `--focus ID --depth N` gives the exporters (graph::make_view).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "cli/entity_args.hpp"
#include "cli/graph_text.hpp"
#include "graph/algorithms.hpp"
#include "graph/paths.hpp"

namespace kgforge::cli {

namespace {

// Distance from the centre over the view's relations (either direction), by AnalysisGraph vertex.
std::vector<std::uint32_t> distances(const graph::AnalysisGraph& ag, std::uint32_t centre) {
  std::vector<std::uint32_t> dist(ag.node_count(), UINT32_MAX), queue{centre};
  dist[centre] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const std::uint32_t v = queue[head];
    for (std::uint32_t w : ag.neighbours().row(v)) {
      if (dist[w] == UINT32_MAX) {
        dist[w] = dist[v] + 1;
        queue.push_back(w);
      }
    }
  }
  return dist;
}

class NeighboursCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("neighbours", "The ego network of an entity as a table (what --focus selects)");
    sub->alias("neighbors");
    sub->footer(
        "Examples:\n"
        "  kgforge neighbours ceop.yaml ceop\n"
        "  kgforge neighbours ceop.yaml \"National Crime Agency\" --depth 2 --as-of 2014");
    add_entity_args(sub, input_, args_, "KB files (default: the bundled CEOP KB), then the entity");
    sub->add_option("--depth", view_.depth, "Radius of the ego network (default 1)")->check(CLI::Range(0, 100));
    add_time_options(sub, view_);
    sub->add_option("--classes", view_.classes, "Only entities of these classes (comma-separated)")->delimiter(',');
    add_report_format(sub, format_, {"text", "json"});
    return sub;
  }

  int run() override {
    const std::vector<std::string> names = split_entity_args(input_, args_, 1);
    Loaded loaded = load_inputs(input_, /*allow_default_kb=*/true);
    const graph::KnowledgeGraph& g = loaded.graph;
    const graph::NodeId centre = resolve_or_exit(g, names[0]);
    view_.focus = std::string(g.iri(centre));
    const graph::ViewOptions options = view_options(g, view_, loaded.ontology);
    const graph::View view = graph::make_view(g, options);
    time_ = options.time;
    const graph::AnalysisGraph ag = graph::AnalysisGraph::from(g, &view);
    std::uint32_t c = 0;
    while (ag.node(c) != centre) ++c;
    const std::vector<std::uint32_t> dist = distances(ag, c);
    if (format_ == "json") {
      print_json(g, loaded.ontology, centre, ag, dist, view);
      return kExitOk;
    }
    std::cout << "Ego network of " << entity_label(g, centre) << ", depth " << view_.depth
              << (view_.as_of.empty() ? "" : ", as of " + view_.as_of) << ": " << view.node_count
              << (view.node_count == 1 ? " entity, " : " entities, ") << view.edge_count
              << (view.edge_count == 1 ? " relation\n\n" : " relations\n\n");
    print_entities(g, loaded.ontology, ag, dist);
    std::cout << '\n';
    print_relations(g, loaded.ontology, view);
    return kExitOk;
  }

 private:
  // Rows in table order: by distance, then by name.
  static std::vector<std::uint32_t> entity_order(const graph::KnowledgeGraph& g, const graph::AnalysisGraph& ag,
                                                 const std::vector<std::uint32_t>& dist) {
    std::vector<std::uint32_t> rows(ag.node_count());
    for (std::uint32_t v = 0; v < rows.size(); ++v) rows[v] = v;
    std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (dist[a] != dist[b]) return dist[a] < dist[b];
      return g.name(ag.node(a)) < g.name(ag.node(b));
    });
    return rows;
  }

  // {"centre", "depth", "as_of", "entities": [{iri, id, name, distance, classes, relations}],
  //  "relations": [{"subject", "predicate", "label", "object", "when"}]}
  void print_json(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, graph::NodeId centre,
                  const graph::AnalysisGraph& ag, const std::vector<std::uint32_t>& dist,
                  const graph::View& view) const {
    std::cout << "{\n  \"centre\": " << entity_json(g, centre) << ",\n  \"depth\": " << view_.depth
              << ",\n  \"as_of\": " << (view_.as_of.empty() ? std::string("null") : json_quote(view_.as_of))
              << ",\n  \"entities\": [";
    bool first = true;
    for (std::uint32_t v : entity_order(g, ag, dist)) {
      const graph::NodeId n = ag.node(v);
      std::string e = entity_json(g, n);
      e.pop_back();  // the closing brace: more keys follow
      std::cout << (first ? "\n    " : ",\n    ") << e << ", \"distance\": " << dist[v] << ", \"classes\": [";
      bool first_class = true;
      for (graph::Sym cls : g.classes(n)) {
        std::cout << (first_class ? "" : ", ") << json_quote(g.str(cls));
        first_class = false;
      }
      std::cout << "], \"relations\": " << ag.in().size(v) + ag.out().size(v) << "}";
      first = false;
    }
    std::cout << (first ? "],\n" : "\n  ],\n") << "  \"relations\": [";
    first = true;
    for (graph::EdgeRef e : g.edges()) {
      if (!view.edge[g.edge(e).id]) continue;
      std::cout << (first ? "\n    " : ",\n    ") << "{\"subject\": " << json_quote(g.iri(g.source(e)))
                << ", \"predicate\": " << json_quote(g.predicate(e))
                << ", \"label\": " << json_quote(onto.label_of(g.predicate(e)))
                << ", \"object\": " << json_quote(g.iri(g.target(e)))
                << ", \"when\": " << json_quote(period_text(g, e, time_)) << "}";
      first = false;
    }
    std::cout << (first ? "]\n}\n" : "\n  ]\n}\n");
  }

  void print_entities(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, const graph::AnalysisGraph& ag,
                      const std::vector<std::uint32_t>& dist) const {
    const std::vector<std::uint32_t> rows = entity_order(g, ag, dist);
    TextTable table({"dist", "entity", "class", "relations in view"}, {true, false, false, true});
    for (std::uint32_t v : rows) {
      const graph::NodeId n = ag.node(v);
      table.add({std::to_string(dist[v]), clip(entity_label(g, n), 60), clip(class_labels(g, onto, n), 40),
                 std::to_string(ag.in().size(v) + ag.out().size(v))});
    }
    std::cout << "Entities:\n";
    table.print(std::cout, "  ");
  }

  void print_relations(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, const graph::View& view) const {
    TextTable table({"subject", "relation", "object", "when"});
    for (graph::EdgeRef e : g.edges()) {
      if (!view.edge[g.edge(e).id]) continue;
      table.add({clip(entity_label(g, g.source(e)), 50), onto.label_of(g.predicate(e)),
                 clip(entity_label(g, g.target(e)), 50), period_text(g, e, time_)});
    }
    std::cout << "Relations:\n";
    if (table.size() == 0)
      std::cout << "  (none)\n";
    else
      table.print(std::cout, "  ");
  }

  InputOptions input_;
  std::vector<std::string> args_;
  exporters::ExportOptions view_;
  std::string format_;
  graph::TimeProperties time_;  // the ontology's date properties
};

}  // namespace

std::unique_ptr<Command> make_neighbours_command() { return std::make_unique<NeighboursCommand>(); }

}  // namespace kgforge::cli
