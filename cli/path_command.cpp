// SPDX-License-Identifier: MIT
// kgforge path [KB...] A B [--max N] [--undirected]: the shortest paths between two
// entities, each step explained with the relation's label, direction and dates.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "analysis/analysis.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "cli/entity_args.hpp"
#include "cli/graph_text.hpp"
#include "graph/paths.hpp"

namespace kgforge::cli {

namespace {

std::string step_text(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, const graph::TimeProperties& time,
                      graph::NodeId u, graph::NodeId v, const graph::StepRelation& r) {
  const std::string label = onto.label_of(g.predicate(r.edge));
  std::string text =
      entity_label(g, u) + (r.forward ? "  -[" + label + "]->  " : "  <-[" + label + "]-  ") + entity_label(g, v);
  const std::string when = period_text(g, r.edge, time);
  return when.empty() ? text : text + "   (" + when + ")";
}

class PathCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("path", "The shortest paths between two entities, step by step");
    sub->footer(
        "Examples:\n"
        "  kgforge path ceop.yaml ceop nca\n"
        "  kgforge path ceop.yaml \"Joe Bloggs\" \"National Crime Agency\" --undirected --max 3\n"
        "Entities are given by id, IRI, name or alias. A step printed -[label]-> follows the relation;\n"
        "<-[label]- goes against it (only with --undirected).\n"
        "Exit status: 0 when a path was found, 1 when there is none (the message says so).");
    add_entity_args(sub, input_, args_, "KB files (default: the bundled CEOP KB), then the two entities");
    sub->add_option("--max", max_, "List at most N shortest paths (default 10)")->check(CLI::Range(1, 100000));
    sub->add_flag("--undirected", undirected_, "Follow relations in either direction");
    add_time_options(sub, view_);
    add_report_format(sub, format_, {"text", "json"});
    return sub;
  }

  int run() override {
    const std::vector<std::string> names = split_entity_args(input_, args_, 2);
    Loaded loaded = load_inputs(input_, /*allow_default_kb=*/true);
    const graph::KnowledgeGraph& g = loaded.graph;
    const graph::NodeId from = resolve_or_exit(g, names[0]);
    const graph::NodeId to = resolve_or_exit(g, names[1]);
    const graph::ViewOptions options = view_options(g, view_, loaded.ontology);
    const graph::View view = graph::make_view(g, options);
    time_ = options.time;
    const graph::View* restrict = view.whole() ? nullptr : &view;
    const graph::ShortestPaths paths = graph::shortest_paths(g, from, to, undirected_, max_, restrict);
    if (format_ == "json") {
      print_json(g, loaded.ontology, from, to, paths, restrict);
      return paths.found ? kExitOk : kExitNotFound;
    }
    const char* how = undirected_ ? "in either direction" : "following relations forwards";
    if (!paths.found) {
      // A finding, not a failure to run: the message goes to stdout; exit 1 lets scripts tell.
      std::cout << "No path from " << entity_label(g, from) << " to " << entity_label(g, to) << " " << how
                << (view_.as_of.empty() ? "" : " as of " + view_.as_of) << ".\n";
      if (!undirected_) {
        const graph::ShortestPaths any = graph::shortest_paths(g, from, to, true, 1, restrict);
        if (any.found) {
          std::cout << "Ignoring direction they are " << any.length << " relation(s) apart: try --undirected.\n";
        }
      }
      return kExitNotFound;
    }
    print(g, loaded.ontology, from, to, paths, how, restrict);
    return kExitOk;
  }

 private:
  // {"from", "to", "undirected", "as_of", "found", "length", "count", "paths": [[step...]...]};
  // a step is {"from", "to", "relations": [{"predicate", "label", "forward", "when"}]}.
  void print_json(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, graph::NodeId from, graph::NodeId to,
                  const graph::ShortestPaths& paths, const graph::View* view) const {
    std::cout << "{\n  \"from\": " << entity_json(g, from) << ",\n  \"to\": " << entity_json(g, to)
              << ",\n  \"undirected\": " << (undirected_ ? "true" : "false")
              << ",\n  \"as_of\": " << (view_.as_of.empty() ? std::string("null") : json_quote(view_.as_of))
              << ",\n  \"found\": " << (paths.found ? "true" : "false")
              << ",\n  \"length\": " << (paths.found ? std::to_string(paths.length) : std::string("null"))
              << ",\n  \"count\": " << analysis::plain_double(paths.count) << ",\n  \"paths\": [";
    for (std::size_t i = 0; i < paths.paths.size(); ++i) {
      const std::vector<graph::NodeId>& p = paths.paths[i];
      std::cout << (i ? ",\n    [" : "\n    [");
      for (std::size_t k = 0; k + 1 < p.size(); ++k) {
        std::cout << (k ? ",\n      " : "\n      ") << "{\"from\": " << entity_json(g, p[k])
                  << ", \"to\": " << entity_json(g, p[k + 1]) << ", \"relations\": [";
        const std::vector<graph::StepRelation> rels = graph::relations_between(g, p[k], p[k + 1], undirected_, view);
        for (std::size_t j = 0; j < rels.size(); ++j) {
          const std::string_view predicate = g.predicate(rels[j].edge);
          std::cout << (j ? ", " : "") << "{\"predicate\": " << json_quote(predicate)
                    << ", \"label\": " << json_quote(onto.label_of(predicate))
                    << ", \"forward\": " << (rels[j].forward ? "true" : "false")
                    << ", \"when\": " << json_quote(period_text(g, rels[j].edge, time_)) << "}";
        }
        std::cout << "]}";
      }
      std::cout << "\n    ]";
    }
    std::cout << (paths.paths.empty() ? "]\n}\n" : "\n  ]\n}\n");
  }

  void print(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, graph::NodeId from, graph::NodeId to,
             const graph::ShortestPaths& paths, const char* how, const graph::View* view) const {
    std::cout << "From " << entity_label(g, from) << " to " << entity_label(g, to) << ", " << how << ": " << paths.count
              << " shortest path" << (paths.count == 1 ? "" : "s") << " of " << paths.length << " relation"
              << (paths.length == 1 ? "" : "s");
    if (paths.paths.size() < paths.count) std::cout << " (showing " << paths.paths.size() << "; raise --max)";
    std::cout << "\n";
    for (std::size_t i = 0; i < paths.paths.size(); ++i) {
      const std::vector<graph::NodeId>& p = paths.paths[i];
      std::cout << "\nPath " << i + 1 << ":\n";
      for (std::size_t k = 0; k + 1 < p.size(); ++k) {
        const std::vector<graph::StepRelation> rels = graph::relations_between(g, p[k], p[k + 1], undirected_, view);
        for (std::size_t j = 0; j < rels.size(); ++j) {
          std::cout << (j == 0 ? "  " + std::to_string(k + 1) + ". " : "     or ")
                    << step_text(g, onto, time_, p[k], p[k + 1], rels[j]) << '\n';
        }
      }
    }
  }

  InputOptions input_;
  std::vector<std::string> args_;
  exporters::ExportOptions view_;
  std::size_t max_ = 10;
  bool undirected_ = false;
  std::string format_;
  graph::TimeProperties time_;  // the ontology's date properties
};

}  // namespace

std::unique_ptr<Command> make_path_command() { return std::make_unique<PathCommand>(); }

}  // namespace kgforge::cli
