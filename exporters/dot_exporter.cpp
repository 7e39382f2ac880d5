// SPDX-License-Identifier: MIT
#include "exporters/dot_exporter.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "core/error.hpp"
#include "exporters/export_view.hpp"
#include "exporters/markup.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/sources.hpp"
#include "graph/vocab.hpp"
#include "ontology/class_names.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::exporters {

namespace {

using graph::EdgeRef;
using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Sym;

constexpr std::size_t kWrap = 24;

// Used when the ontology gives a class no fill colour: pastel, readable with black text.
constexpr const char* kPalette[] = {"#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#fb9a99", "#ffff99",
                                    "#8dd3c7", "#bebada", "#fccde5", "#ccebc5", "#d9d9d9", "#ffed6f"};

const std::set<std::string_view> kShapes = {
    "box",          "rect",      "rectangle", "square",    "ellipse", "oval",          "circle",        "doublecircle",
    "point",        "egg",       "triangle",  "plaintext", "plain",   "diamond",       "trapezium",     "parallelogram",
    "house",        "pentagon",  "hexagon",   "septagon",  "octagon", "doubleoctagon", "tripleoctagon", "invtriangle",
    "invtrapezium", "invhouse",  "Mdiamond",  "Msquare",   "Mcircle", "note",          "tab",           "folder",
    "box3d",        "component", "cylinder",  "underline", "star",    "cds",           "signature",     "none"};
const std::set<std::string_view> kLineStyles = {"solid", "dashed", "dotted", "bold"};

// #rgb, #rrggbb or #rrggbbaa: nothing in it needs escaping, and Graphviz knows it.
bool is_hex_colour(std::string_view c) {
  if (c.size() != 4 && c.size() != 7 && c.size() != 9) return false;
  if (c[0] != '#') return false;
  return std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
}

struct NodeLook {
  std::string shape = "box";
  std::string fill = "#ffffff";
  std::string font = "#000000";
  std::string class_iri;
  std::string attributes;  // `, shape="...", fillcolor="...", fontcolor="..."`
};

class DotWriter {
 public:
  DotWriter(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& sink)
      : graph_(graph),
        options_(options),
        onto_(options.ontology),
        view_(export_view(graph, options)),
        sink_(sink),
        sources_(graph, onto_ != nullptr ? &ontology::subclass_test : nullptr, onto_) {}

  // Writes the diagram to the sink; the returned DotDiagram has no text.
  DotDiagram run() {
    select_nodes();
    assign_looks();
    header();
    write_nodes();
    const std::size_t edges = write_edges();
    const std::size_t clusters = options_.cluster ? write_clusters() : 0;
    write_legend();
    out_ += "}\n";
    flush();
    return DotDiagram{{}, order_.size(), edges, clusters};
  }

 private:
  // What the writer needs to know about a class, computed once per class.
  struct ClassFacts {
    bool styled = false;  // the ontology gives it (or a super-class) display hints
  };

  const ClassFacts& facts(Sym c) {
    auto [it, added] = facts_.try_emplace(c);
    if (!added) return it->second;
    const std::string_view iri = graph_.str(c);
    const ontology::ClassStyle style = class_style(onto_, iri);
    it->second.styled = !style.shape.empty() || !style.fill.empty() || !style.font_color.empty();
    return it->second;
  }

  void select_nodes() {
    drawn_.assign(graph_.node_count(), false);
    id_skip_.assign(graph_.node_count(), 0);
    id_span_.assign(graph_.node_count(), 0);
    const bool hide_sources = options_.classes.empty();
    for (const NodeId n : graph_.nodes_by_iri()) {
      if (!view_.node[n] || (hide_sources && sources_.is_source(n))) continue;
      drawn_[n] = true;
      order_.push_back(n);
      const std::string id = graph::display_id(graph_, n);
      if (!graph_.node(n).blank) id_skip_[n] = static_cast<std::uint32_t>(graph_.iri(n).size() - id.size());
      const std::uint64_t at = ids_.size();
      append_dot_quoted(ids_, id);
      if (ids_.size() - at >= (1u << 24)) throw Error("DOT: " + describe_node(graph_, n) + ": an id of 16 MB or more");
      id_span_[n] = at << 24 | (ids_.size() - at);
    }
  }

  // The class that styles a node: its first class with display hints, else its first class (0: none).
  Sym styling_class(NodeId n) {
    Sym first = 0, styled = 0;
    graph_.for_each_property(n, [&](const graph::NodeProperty& p) {
      if (p.role != graph::Role::kClass) return;
      if (first == 0) first = p.value.text;
      if (styled == 0 && facts(p.value.text).styled) styled = p.value.text;
    });
    return styled != 0 ? styled : first;
  }

  void assign_looks() {
    node_class_.assign(graph_.node_count(), 0);
    std::map<std::string_view, Sym> classes;  // by IRI: the palette order and the legend order
    for (const NodeId n : order_) {
      node_class_[n] = styling_class(n);
      if (node_class_[n] != 0) classes.emplace(graph_.str(node_class_[n]), node_class_[n]);
    }
    std::size_t next = 0;
    for (const auto& [iri, sym] : classes) {
      const ontology::ClassStyle s = class_style(onto_, iri);
      NodeLook look;
      look.class_iri = std::string(iri);
      if (kShapes.count(s.shape)) look.shape = s.shape;
      look.fill = is_hex_colour(s.fill) ? s.fill : kPalette[next++ % std::size(kPalette)];
      if (is_hex_colour(s.font_color)) look.font = s.font_color;
      look.attributes =
          ", shape=\"" + look.shape + "\", fillcolor=\"" + look.fill + "\", fontcolor=\"" + look.font + "\"";
      looks_.emplace(sym, std::move(look));
      legend_order_.push_back(sym);
    }
  }

  // The DOT id of a node: a view into its IRI except for blank nodes.
  std::string_view id_of(NodeId n) {
    if (!graph_.node(n).blank) return graph_.iri(n).substr(id_skip_[n]);
    scratch_id_ = graph::display_id(graph_, n);
    return scratch_id_;
  }

  void header() {
    out_ += "// Generated by kgforge: ";
    out_ += std::to_string(order_.size()) + " entities. Render with: dot -Tsvg FILE.dot -o FILE.svg\n";
    out_ += "digraph \"kgforge\" {\n  charset=\"UTF-8\";\n  rankdir=";
    std::string rankdir = options_.rankdir.empty() ? "LR" : options_.rankdir;
    std::transform(rankdir.begin(), rankdir.end(), rankdir.begin(), [](unsigned char c) { return std::toupper(c); });
    if (rankdir != "TB" && rankdir != "LR" && rankdir != "BT" && rankdir != "RL") {
      throw FormatError("--rankdir must be TB, LR, BT or RL, not '" + options_.rankdir + "'");
    }
    append_dot_quoted(out_, rankdir);
    out_ +=
        ";\n  fontname=\"Helvetica\";\n  fontsize=\"11\";\n  nodesep=\"0.3\";\n  ranksep=\"0.5\";\n"
        "  node [fontname=\"Helvetica\", fontsize=\"10\", shape=\"box\", style=\"filled,rounded\", "
        "color=\"#555555\", margin=\"0.12,0.06\"];\n"
        "  edge [fontname=\"Helvetica\", fontsize=\"8\", color=\"#666666\", fontcolor=\"#333333\", "
        "arrowsize=\"0.7\"];\n";
  }

  // `text` checked for characters a diagram (and its SVG) cannot carry.
  // `entity` names the node or relation; it is only called to build an error.
  template <class EntityName>
  std::string_view checked(const EntityName& entity, std::string_view what, std::string_view text) const {
    if (auto problem = xml_char_problem(text)) {
      throw Error("DOT: " + entity() + ", " + std::string(what) + ": " + *problem +
                  ", which a diagram cannot carry; nothing was written");
    }
    return text;
  }

  std::string class_line(NodeId n) {
    std::string joined;
    for (const Sym c : graph_.classes(n)) {
      if (!joined.empty()) joined += ", ";
      joined += label_for(c);
    }
    return joined;
  }

  const std::string& label_for(Sym term) {
    auto [it, added] = labels_.try_emplace(term);
    if (added) it->second = term_label(onto_, graph_.str(term));
    return it->second;
  }

  void write_node(NodeId n) {
    const std::string id(id_of(n));
    auto entity = [&] { return describe_node(graph_, n); };
    checked(entity, "id", id);
    const std::string_view name = graph_.node(n).name != 0 ? graph_.name(n) : std::string_view(id);
    std::string label = wrap_label(checked(entity, "name", name), kWrap);
    const std::string classes = class_line(n);
    if (!classes.empty()) label += "\n" + wrap_label(checked(entity, "class label", classes), kWrap);
    out_ += "    ";
    append_dot_quoted(out_, id);
    out_ += " [label=";
    append_dot_quoted(out_, label);
    append_display_weight(n);
    if (view_.is_undated_node(n)) out_ += ", style=\"filled,rounded,dashed\"";  // undated under --as-of
    out_ += ", tooltip=";
    append_dot_quoted(out_, checked(entity, "IRI", graph_.iri(n)));
    out_ += "];\n";
    if (out_.size() > (1u << 20)) flush();
  }

  // kgf:displayWeight in [0,1] (written by --annotate) -> node size and pen width.
  void append_display_weight(NodeId n) {
    const kgforge::graph::Sym weight = graph_.strings().find(vocab::kgf::kDisplayWeight);
    if (weight == 0) return;
    graph_.for_each_property(n, [&](const kgforge::graph::NodeProperty& p) {
      if (p.role != kgforge::graph::Role::kAttribute || p.predicate != weight) return;
      const double w = std::clamp(std::stod(std::string(graph_.str(p.value.text))), 0.0, 1.0);
      char buf[96];
      std::snprintf(buf, sizeof buf, ", width=%.3f, height=%.3f, penwidth=%.2f", 0.75 + 1.25 * w, 0.5 + 0.75 * w,
                    1.0 + 3.0 * w);
      out_ += buf;
    });
  }

  void flush() {
    sink_.write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }

  // Nodes grouped by the class that styles them, each group in an anonymous subgraph
  // whose node defaults carry the shape and colours (so each node line holds only
  // its label and tooltip).
  void write_nodes() {
    std::unordered_map<Sym, std::vector<NodeId>> groups;
    for (const NodeId n : order_) groups[node_class_[n]].push_back(n);
    std::vector<Sym> order = legend_order_;
    order.push_back(0);
    for (const Sym c : order) {
      auto it = groups.find(c);
      if (it == groups.end()) continue;
      out_ += "  subgraph {\n    node [";
      out_ += c != 0 ? std::string_view(looks_.at(c).attributes).substr(2) : "fillcolor=\"#ffffff\"";
      out_ += "];\n";
      for (const NodeId n : it->second) write_node(n);
      out_ += "  }\n";
    }
  }

  // Edges grouped by predicate (in order of first appearance), each group in an
  // anonymous subgraph whose edge defaults carry the label and style.
  std::size_t write_edges() {
    std::unordered_map<Sym, std::size_t> group_of;
    std::vector<EdgeRef> samples;
    std::vector<std::vector<std::tuple<NodeId, NodeId, bool>>> groups;  // bool: undated (--as-of)
    std::size_t count = 0;
    for (const NodeId n : order_) {
      for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
        const NodeId t = graph_.target(e);
        if (!view_.edge[graph_.edge(e).id] || !drawn_[t]) continue;
        auto [it, added] = group_of.try_emplace(graph_.edge(e).predicate, groups.size());
        if (added) samples.push_back(e), groups.emplace_back();
        groups[it->second].emplace_back(n, t, view_.is_undated_edge(graph_.edge(e).id));
        ++count;
      }
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
      out_ += "  subgraph {\n    edge";
      out_ += edge_attributes(samples[g]);
      for (const auto& [from, to, undated] : groups[g]) {
        out_ += "    ";
        out_.append(ids_, id_span_[from] >> 24, id_span_[from] & 0xFFFFFF);
        out_ += " -> ";
        out_.append(ids_, id_span_[to] >> 24, id_span_[to] & 0xFFFFFF);
        out_ += undated ? " [style=\"dashed\"];\n" : ";\n";
        if (out_.size() > (1u << 20)) flush();
      }
      out_ += "  }\n";
    }
    return count;
  }

  // ` [label=..., style=..., color=..., tooltip=...];\n`, once per predicate.
  const std::string& edge_attributes(EdgeRef e) {
    const Sym predicate = graph_.edge(e).predicate;
    auto [it, added] = edge_attributes_.try_emplace(predicate);
    if (!added) return it->second;
    auto what = [&] { return describe_edge(graph_, e); };
    std::string& text = it->second;
    text = " [label=";
    append_dot_quoted(text, wrap_label(checked(what, "label", label_for(predicate)), kWrap));
    if (const ontology::PropertyInfo* info = onto_ ? onto_->find_property(graph_.str(predicate)) : nullptr) {
      if (kLineStyles.count(info->style.line)) text += ", style=\"" + info->style.line + "\"";
      if (is_hex_colour(info->style.color)) text += ", color=\"" + info->style.color + "\"";
    }
    text += ", tooltip=";
    append_dot_quoted(text, checked(what, "IRI", graph_.str(predicate)));
    text += "];\n";
    return text;
  }

  // --cluster: a unit drawn inside the organisation it is kgf:partOf (or a
  // sub-property of it). A unit is a subject of such an edge that fits the
  // property's rdfs:domain when the ontology gives one.
  std::vector<NodeId> containment_parents() const {
    const std::string_view part_of = vocab::kgf::kPartOf;
    const ontology::PropertyInfo* info = onto_ ? onto_->find_property(part_of) : nullptr;
    std::vector<NodeId> parent(graph_.node_count(), graph::kNone);
    for (const NodeId n : order_) {
      if (info != nullptr && !info->domain.empty() && !fits_domain(n, info->domain)) continue;
      for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
        const NodeId t = graph_.target(e);
        if (t == n || !drawn_[t] || !view_.edge[graph_.edge(e).id]) continue;
        if (!is_subproperty_of(onto_, graph_.predicate(e), part_of)) continue;
        if (!creates_cycle(parent, n, t)) parent[n] = t;
        break;
      }
    }
    return parent;
  }

  bool fits_domain(NodeId n, const std::vector<std::string>& domain) const {
    const std::vector<Sym> classes = graph_.classes(n);
    return std::all_of(domain.begin(), domain.end(), [&](const std::string& d) {
      return std::any_of(classes.begin(), classes.end(),
                         [&](Sym c) { return onto_->is_subclass_of(graph_.str(c), d); });
    });
  }

  static bool creates_cycle(const std::vector<NodeId>& parent, NodeId child, NodeId p) {
    for (NodeId a = p; a != graph::kNone; a = parent[a]) {
      if (a == child) return true;
    }
    return false;
  }

  std::size_t write_clusters() {
    const std::vector<NodeId> parent = containment_parents();
    std::map<NodeId, std::vector<NodeId>> children;
    for (const NodeId n : order_) {
      if (parent[n] != graph::kNone) children[parent[n]].push_back(n);
    }
    std::size_t count = 0;
    for (const auto& [p, kids] : children) {
      if (parent[p] == graph::kNone) write_cluster(p, children, count, 1);
    }
    return count;
  }

  void write_cluster(NodeId p, const std::map<NodeId, std::vector<NodeId>>& children, std::size_t& count, int depth) {
    const std::string indent(2 * depth, ' ');
    out_ += indent + "subgraph \"cluster_" + std::to_string(count++) + "\" {\n" + indent + "  label=";
    const std::string id = graph::display_id(graph_, p);
    append_dot_quoted(out_, wrap_label(graph_.node(p).name != 0 ? graph_.name(p) : std::string_view(id), 40));
    out_ += ";\n" + indent + "  style=\"rounded,dashed\";\n" + indent + "  color=\"#888888\";\n" + indent + "  ";
    append_dot_quoted(out_, id);
    out_ += ";\n";
    for (const NodeId kid : children.at(p)) {
      if (children.count(kid)) {
        write_cluster(kid, children, count, depth + 1);
      } else {
        out_ += indent + "  ";
        append_dot_quoted(out_, graph::display_id(graph_, kid));
        out_ += ";\n";
      }
    }
    out_ += indent + "}\n";
  }

  // The legend: one node per class drawn, in a grid (rows chained by invisible edges
  // so that many classes do not make one long column).
  void write_legend() {
    if (looks_.empty()) return;
    out_ +=
        "  subgraph \"cluster_legend\" {\n    label=\"Legend\";\n    style=\"rounded\";\n    color=\"#999999\";\n"
        "    fontsize=\"10\";\n";
    std::size_t i = 0;
    for (const Sym c : legend_order_) {
      out_ += "    \"legend " + std::to_string(i++) + "\" [label=";
      append_dot_quoted(out_, wrap_label(label_for(c), kWrap));
      out_ += looks_.at(c).attributes + ", tooltip=";
      append_dot_quoted(out_, graph_.str(c));
      out_ += "];\n";
    }
    std::size_t columns = 1;
    while (columns * columns < legend_order_.size()) ++columns;
    for (std::size_t k = 0; k + 1 < legend_order_.size(); ++k) {
      if ((k + 1) % columns == 0) continue;
      out_ +=
          "    \"legend " + std::to_string(k) + "\" -> \"legend " + std::to_string(k + 1) + "\" [style=\"invis\"];\n";
    }
    out_ += "  }\n";
  }

  const KnowledgeGraph& graph_;
  const ExportOptions& options_;
  const ontology::Ontology* onto_;
  graph::View view_;
  std::vector<bool> drawn_;
  std::vector<NodeId> order_;
  std::vector<Sym> node_class_;
  std::unordered_map<Sym, NodeLook> looks_;
  std::vector<Sym> legend_order_;
  std::unordered_map<Sym, ClassFacts> facts_;
  std::unordered_map<Sym, std::string> edge_attributes_;
  std::string scratch_id_;
  std::vector<std::uint32_t> id_skip_;  // bytes of the IRI that the DOT id leaves out
  std::string ids_;                     // every drawn node's quoted DOT id, end to end
  std::vector<std::uint64_t> id_span_;  // NodeId -> offset << 24 | length of its quoted id in ids_
  std::unordered_map<Sym, std::string> labels_;
  std::ostream& sink_;
  graph::SourceDocuments sources_;
  std::string out_;
};

}  // namespace

DotDiagram make_dot(const KnowledgeGraph& graph, const ExportOptions& options) {
  std::ostringstream text;
  DotDiagram diagram = DotWriter(graph, options, text).run();
  diagram.text = std::move(text).str();
  return diagram;
}

void DotExporter::write(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  DotWriter(graph, options, out).run();
}

}  // namespace kgforge::exporters
