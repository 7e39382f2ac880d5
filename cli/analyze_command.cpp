// SPDX-License-Identifier: MIT
// kgforge analyze KB... [--measures ...] [--top N] [--format table|csv|json]
//                       [--samples auto|exact|K] [--seed S]: network measures per entity
// with NetworkX's definitions (docs/analysis.md), and a graph-level summary.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <numeric>
#include <sstream>

#include "analysis/analysis.hpp"
#include "cli/analysis_options.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "cli/graph_text.hpp"
#include "core/output_file.hpp"
#include "graph/names.hpp"
#include "graph/paths.hpp"

namespace kgforge::cli {

namespace {

std::string fixed(double v, int digits) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(digits);
  s << v;
  return s.str();
}

std::string cell(const analysis::Column& c, double v) {
  if (c.integer) return std::to_string(static_cast<long long>(v));
  return fixed(v, 6);
}

// Short table headers; degree_centrality is left to CSV and JSON.
std::string table_header(const std::string& column) {
  if (column == "in_degree") return "in";
  if (column == "out_degree") return "out";
  if (column == "weak_component") return "weak";
  if (column == "strong_component") return "strong";
  if (column == "core_number") return "core";
  return column;
}

std::string degree_distribution(const std::vector<std::size_t>& histogram) {
  std::string out;
  std::size_t shown = 0, last = 0;
  for (std::size_t d = 0; d < histogram.size(); ++d) {
    if (histogram[d] == 0) continue;
    last = d;
    if (shown++ < 12) out += (out.empty() ? "" : ", ") + std::to_string(d) + ": " + std::to_string(histogram[d]);
  }
  if (shown > 12) out += ", ... (" + std::to_string(shown - 12) + " more degrees, max " + std::to_string(last) + ")";
  return out;
}

class AnalyzeCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("analyze",
                                       "Centrality, components, k-cores and clustering per entity, "
                                       "with NetworkX's definitions");
    sub->alias("analyse");
    sub->footer(
        "Examples:\n"
        "  kgforge analyze kb.yaml --measures pagerank,betweenness --top 10\n"
        "  kgforge analyze kb.yaml --format json -o measures.json\n"
        "  kgforge analyze big.yaml --measures betweenness --samples 500 --seed 1\n"
        "  kgforge analyze kb.yaml --measures louvain,eigenvector --undirected --weight count\n"
        "  kgforge analyze kb.yaml --as-of 2010-01-01 --format csv\n"
        "Measures: " +
        measure_names() + ". Definitions: docs/analysis.md");
    add_input_options(sub, input_, /*kb_required=*/false);
    add_view_options(sub, view_, /*diagram=*/false);
    add_analysis_options(sub, analysis_);
    sub->add_option("--top", top_, "Only the N highest rows (default: 20 in a table, all in CSV/JSON)")
        ->check(CLI::Range(1, 1 << 30));
    add_report_format(sub, format_, {"table", "csv", "json"});
    sub->add_option("--sort", sort_, "Column to rank by (default: pagerank, else betweenness, else the first)");
    sub->add_flag("--edges", edges_, "JSON: also list the relations analysed as [source, target] node indices");
    sub->add_option("-o,--output", output_, "Output file ('-' or absent: stdout); written atomically");
    return sub;
  }

  int run() override {
    Loaded loaded = load_inputs(input_, /*allow_default_kb=*/true);
    analysis_.include_sources = view_.include_sources;
    const graph::KnowledgeGraph& g = loaded.graph;
    const graph::ViewOptions vo = view_options(g, view_, loaded.ontology);
    const graph::View chosen = graph::make_view(g, vo);
    const graph::View view = analysed_view(g, analysis_, chosen, &loaded.ontology);
    left_out_ = chosen.node_count - view.node_count;
    restricted_ = !vo.focus.empty() || !vo.as_of.empty() || !vo.between.empty() || !vo.classes.empty();
    view_ptr_ = &view;
    const graph::AnalysisGraph ag =
        graph::AnalysisGraph::from(g, view.whole() ? nullptr : &view, graph_options(g, analysis_));
    unweighted_ = ag.unweighted_relations();
    const analysis::AnalysisResult result = analysis::analyze(ag, analysis_options(analysis_));
    const std::vector<std::uint32_t> rows = ranked(result, ag);
    std::ostringstream out;
    if (format_ == "json")
      write_json(out, g, ag, result, rows);
    else if (format_ == "csv")
      write_csv(out, g, ag, result, rows);
    else
      write_table(out, g, ag, result, rows, restricted_);
    if (output_.empty() || output_ == "-") {
      std::cout << out.str() << std::flush;
    } else {
      OutputFile file(output_);
      file.stream() << out.str();
      file.commit();
    }
    return kExitOk;
  }

 private:
  // Vertex order: by the sort column, descending; ties by name, then by node order.
  std::vector<std::uint32_t> ranked(const analysis::AnalysisResult& r, const graph::AnalysisGraph& ag) const {
    std::vector<std::uint32_t> rows(ag.node_count());
    std::iota(rows.begin(), rows.end(), 0u);
    const analysis::Column* key = sort_column(r);
    if (key != nullptr) {
      std::stable_sort(rows.begin(), rows.end(),
                       [&](std::uint32_t a, std::uint32_t b) { return key->values[a] > key->values[b]; });
    }
    const std::size_t limit = top_ ? top_ : (format_ == "table" ? 20 : rows.size());
    if (rows.size() > limit) rows.resize(limit);
    return rows;
  }

  const analysis::Column* sort_column(const analysis::AnalysisResult& r) const {
    if (!sort_.empty()) {
      if (const analysis::Column* c = r.column(sort_)) return c;
      std::string names;
      for (const analysis::Column& c : r.columns) names += (names.empty() ? "" : ", ") + c.name;
      throw FormatError("--sort " + sort_ + ": not a computed column (computed: " + names + ")");
    }
    for (const char* name : {"pagerank", "betweenness", "degree"}) {
      if (const analysis::Column* c = r.column(name)) return c;
    }
    return r.columns.empty() ? nullptr : &r.columns.front();
  }

  void write_summary(std::ostream& out, const analysis::AnalysisResult& r, bool is_view) const {
    const analysis::Summary& s = r.summary;
    out << (is_view ? "View" : "Graph") << ": " << s.nodes << " entities, " << s.relations << " relations ("
        << (s.undirected ? "undirected, " : "directed, ") << s.self_loops << " self loops), density "
        << fixed(s.density, 6) << '\n';
    if (left_out_ > 0)
      out << "(" << left_out_ << " source documents and sections left out; --include-sources keeps them)\n";
    if (!weight_text().empty()) out << "Weights: " << weight_text() << '\n';
    if (r.modularity) out << "Modularity of the Louvain communities: " << fixed(*r.modularity, 6) << '\n';
    out << "Components: " << s.weak_components << " weak (largest " << s.largest_weak << " entities), "
        << s.strong_components << " strong (largest " << s.largest_strong << ")\n";
    const graph::Diameter& d = s.diameter;
    out << "Diameter of the largest weak component (undirected, " << d.component_size << " entities): ";
    if (d.exact)
      out << d.value << " (exact, " << d.bfs_runs << " BFS)\n";
    else
      out << "between " << d.value << " and " << d.upper << " (approximate: stopped after " << d.bfs_runs << " BFS)\n";
    out << "Degree distribution (degree: entities): " << degree_distribution(s.degree_histogram) << '\n';
    for (const analysis::MeasureRun& run : r.runs) {
      if (run.parameters.empty()) continue;
      out << analysis::info(run.measure).name << ":";
      for (const analysis::Parameter& p : run.parameters) out << " " << p.name << "=" << p.value;
      out << '\n';
    }
  }

  // "relation qualifier <iri> (3 relations without it weigh 1)", "parallel relations counted", ...
  std::string weight_text() const {
    if (analysis_.weight.empty()) return "";
    if (analysis_.weight == "count") return "count (each relation 1, parallel relations add up)";
    if (analysis_.weight == "none") return "none (parallel relations are one edge)";
    return "the relation qualifier " + analysis_.weight + " (" + std::to_string(unweighted_) +
           " relations without it weigh 1; a distance for betweenness and closeness)";
  }

  // Undated entities and relations kept by --as-of/--between (listed, at most `max` of each).
  void write_undated(std::ostream& out, const graph::KnowledgeGraph& g, std::size_t max) const {
    const graph::View& v = *view_ptr_;
    if (!v.timed()) return;
    std::size_t nodes = 0, edges = 0;
    for (graph::NodeId n = 0; n < g.node_count(); ++n) nodes += v.node[n] && v.is_undated_node(n);
    for (graph::EdgeRef e : g.edges()) edges += v.edge[g.edge(e).id] && v.is_undated_edge(g.edge(e).id);
    out << "Undated, kept and marked (--dated-only drops them): " << nodes << " entities, " << edges << " relations\n";
    std::size_t shown = 0;
    for (graph::NodeId n = 0; n < g.node_count() && shown < max; ++n) {
      if (v.node[n] && v.is_undated_node(n)) out << "  entity " << entity_label(g, n) << '\n', ++shown;
    }
    shown = 0;
    for (graph::EdgeRef e : g.edges()) {
      if (shown >= max) break;
      if (!v.edge[g.edge(e).id] || !v.is_undated_edge(g.edge(e).id)) continue;
      out << "  relation " << graph::display_id(g, g.source(e)) << " "
          << graph::compact_name(g.predicate(e), g.prefixes()) << " " << graph::display_id(g, g.target(e)) << '\n';
      ++shown;
    }
    if (nodes > max || edges > max) out << "  ... (--format json lists them all)\n";
  }

  void write_table(std::ostream& out, const graph::KnowledgeGraph& g, const graph::AnalysisGraph& ag,
                   const analysis::AnalysisResult& r, const std::vector<std::uint32_t>& rows, bool is_view) const {
    write_summary(out, r, is_view);
    write_undated(out, g, 10);
    if (r.columns.empty()) return;
    const analysis::Column* key = sort_column(r);
    out << "\nTop " << rows.size() << " of " << ag.node_count() << " entities by " << key->name << ":\n";
    std::vector<std::string> header = {"#", "entity"};
    std::vector<bool> right = {true, false};
    for (const analysis::Column& c : r.columns) {
      if (c.name == "degree_centrality") continue;
      header.push_back(table_header(c.name));
      right.push_back(true);
    }
    TextTable table(header, right);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      std::vector<std::string> row = {std::to_string(i + 1), clip(entity_label(g, ag.node(rows[i])), 50)};
      for (const analysis::Column& c : r.columns) {
        if (c.name != "degree_centrality") row.push_back(cell(c, c.values[rows[i]]));
      }
      table.add(std::move(row));
    }
    table.print(out);
  }

  void write_csv(std::ostream& out, const graph::KnowledgeGraph& g, const graph::AnalysisGraph& ag,
                 const analysis::AnalysisResult& r, const std::vector<std::uint32_t>& rows) const {
    const bool timed = view_ptr_->timed();
    out << "index,iri,id,name,class";
    if (timed) out << ",undated";
    for (const analysis::Column& c : r.columns) out << ',' << c.name;
    out << "\r\n";
    for (std::uint32_t v : rows) {
      const graph::NodeId n = ag.node(v);
      out << v << ',' << csv_field(g.iri(n)) << ',' << csv_field(graph::display_id(g, n)) << ',' << csv_field(g.name(n))
          << ',' << csv_field(class_of(g, n));
      if (timed) out << ',' << (view_ptr_->is_undated_node(n) ? "true" : "false");
      for (const analysis::Column& c : r.columns) {
        out << ','
            << (c.integer ? std::to_string(static_cast<long long>(c.values[v])) : analysis::plain_double(c.values[v]));
      }
      out << "\r\n";
    }
  }

  // The short name of the entity's first class, as the GraphML `class` attribute has it.
  static std::string class_of(const graph::KnowledgeGraph& g, graph::NodeId n) {
    const std::vector<graph::Sym> classes = g.classes(n);
    return classes.empty() ? std::string()
                           : graph::compact_name(g.str(classes.front()), g.prefixes(), {.brackets = false});
  }

  void write_json(std::ostream& out, const graph::KnowledgeGraph& g, const graph::AnalysisGraph& ag,
                  const analysis::AnalysisResult& r, const std::vector<std::uint32_t>& rows) const {
    const analysis::Summary& s = r.summary;
    out << "{\n  \"graph\": {\"nodes\": " << s.nodes << ", \"relations\": " << s.relations
        << ", \"directed\": " << (s.undirected ? "false" : "true")
        << ", \"weight\": " << json_quote(analysis_.weight.empty() ? "count" : analysis_.weight)
        << ", \"self_loops\": " << s.self_loops << ", \"density\": " << analysis::plain_double(s.density)
        << ", \"weak_components\": " << s.weak_components << ", \"largest_weak_component\": " << s.largest_weak
        << ", \"strong_components\": " << s.strong_components << ", \"largest_strong_component\": " << s.largest_strong
        << ",\n    \"diameter\": {\"value\": " << s.diameter.value << ", \"upper\": " << s.diameter.upper
        << ", \"exact\": " << (s.diameter.exact ? "true" : "false")
        << ", \"component_size\": " << s.diameter.component_size << ", \"bfs_runs\": " << s.diameter.bfs_runs
        << "},\n    \"degree_histogram\": [";
    for (std::size_t d = 0; d < s.degree_histogram.size(); ++d) out << (d ? ", " : "") << s.degree_histogram[d];
    out << "]";
    if (r.modularity) out << ",\n    \"modularity\": " << analysis::plain_double(*r.modularity);
    if (view_ptr_->timed()) write_json_undated(out, g);
    out << "},\n  \"measures\": {";
    for (std::size_t i = 0; i < r.runs.size(); ++i) {
      const analysis::MeasureInfo& mi = analysis::info(r.runs[i].measure);
      out << (i ? ",\n    " : "\n    ") << json_quote(mi.name) << ": {\"networkx\": " << json_quote(mi.networkx);
      for (const analysis::Parameter& p : r.runs[i].parameters) {
        out << ", " << json_quote(p.name) << ": " << (p.text ? json_quote(p.value) : p.value);
      }
      if (r.runs[i].measure == analysis::Measure::kBetweenness && !r.sources.empty()) {
        out << ", \"sources\": [";
        for (std::size_t k = 0; k < r.sources.size(); ++k) out << (k ? ", " : "") << r.sources[k];
        out << "]";
      }
      out << "}";
    }
    out << (r.runs.empty() ? "},\n" : "\n  },\n") << "  \"nodes\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::uint32_t v = rows[i];
      const graph::NodeId n = ag.node(v);
      out << (i ? ",\n    " : "\n    ") << "{\"index\": " << v << ", \"iri\": " << json_quote(g.iri(n))
          << ", \"id\": " << json_quote(graph::display_id(g, n)) << ", \"name\": " << json_quote(g.name(n))
          << ", \"class\": " << json_quote(class_of(g, n));
      if (view_ptr_->timed()) out << ", \"undated\": " << (view_ptr_->is_undated_node(n) ? "true" : "false");
      for (const analysis::Column& c : r.columns) {
        out << ", " << json_quote(c.name) << ": "
            << (c.integer ? std::to_string(static_cast<long long>(c.values[v])) : analysis::plain_double(c.values[v]));
      }
      out << "}";
    }
    out << (rows.empty() ? "]" : "\n  ]");
    if (edges_) {
      out << ",\n  \"edges\": [";
      bool first = true;
      for (std::uint32_t v = 0; v < ag.node_count(); ++v) {
        for (std::uint32_t w : ag.out().row(v)) {
          out << (first ? "" : ", ") << "[" << v << ", " << w << "]";
          first = false;
        }
      }
      out << "]";
    }
    out << "\n}\n";
  }

  // "undated": {"entities": [id...], "relations": [{"source", "predicate", "target"}...]}
  void write_json_undated(std::ostream& out, const graph::KnowledgeGraph& g) const {
    const graph::View& v = *view_ptr_;
    out << ",\n    \"undated\": {\"entities\": [";
    bool first = true;
    for (graph::NodeId n = 0; n < g.node_count(); ++n) {
      if (!v.node[n] || !v.is_undated_node(n)) continue;
      out << (first ? "" : ", ") << json_quote(graph::display_id(g, n));
      first = false;
    }
    out << "], \"relations\": [";
    first = true;
    for (graph::EdgeRef e : g.edges()) {
      if (!v.edge[g.edge(e).id] || !v.is_undated_edge(g.edge(e).id)) continue;
      out << (first ? "" : ", ") << "{\"source\": " << json_quote(graph::display_id(g, g.source(e)))
          << ", \"predicate\": " << json_quote(g.predicate(e))
          << ", \"target\": " << json_quote(graph::display_id(g, g.target(e))) << "}";
      first = false;
    }
    out << "]}";
  }

  InputOptions input_;
  exporters::ExportOptions view_;
  AnalysisCliOptions analysis_;
  std::size_t top_ = 0;
  std::string format_ = "table";
  std::string sort_;
  bool edges_ = false;
  std::string output_;
  std::size_t left_out_ = 0;
  std::size_t unweighted_ = 0;
  bool restricted_ = false;
  const graph::View* view_ptr_ = nullptr;
};

}  // namespace

std::unique_ptr<Command> make_analyze_command() { return std::make_unique<AnalyzeCommand>(); }

}  // namespace kgforge::cli
