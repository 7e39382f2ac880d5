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
#include "exporters/display_hints.hpp"
#include "exporters/export_view.hpp"
#include "exporters/markup.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/sources.hpp"
#include "graph/view.hpp"
#include "graph/vocab.hpp"
#include "ontology/class_names.hpp"
#include "ontology/ontology.hpp"
#include "ontology/time.hpp"

namespace kgforge::exporters {

namespace {

using graph::EdgeRef;
using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Sym;

constexpr const char* kEdgeColour = "#666666";  // edges whose property has no kgf:lineColor

// Used when the ontology gives a class no fill colour: pastel, readable with black text.
constexpr const char* kPalette[] = {"#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#fb9a99", "#ffff99",
                                    "#8dd3c7", "#bebada", "#fccde5", "#ccebc5", "#d9d9d9", "#ffed6f"};

// Shapes whose label area is narrower than their bounding box (slanted or notched
// sides): Graphviz sizes the box to the label, so the text would touch or cross the
// outline without a wider margin.
std::string_view shape_margin(std::string_view shape) {
  if (shape == "cds" || shape == "parallelogram" || shape == "trapezium" || shape == "invtrapezium" ||
      shape == "house" || shape == "invhouse" || shape == "hexagon" || shape == "triangle" || shape == "invtriangle")
    return "0.3,0.08";
  if (shape == "octagon" || shape == "doubleoctagon" || shape == "tripleoctagon" || shape == "septagon" ||
      shape == "pentagon")
    return "0.2,0.08";
  return "";
}

struct NodeLook {
  std::string shape = "box";
  std::string fill = "#ffffff";
  std::string font = "#000000";
  std::string class_iri;
  std::string attributes;  // `, shape="...", fillcolor="...", fontcolor="..."`
};

// How a relation is drawn: its property's line style and colour.
struct EdgeLook {
  std::string style;  // "" = solid
  std::string color = kEdgeColour;
  friend bool operator<(const EdgeLook& a, const EdgeLook& b) {
    return std::tie(a.style, a.color) < std::tie(b.style, b.color);
  }
  friend bool operator==(const EdgeLook& a, const EdgeLook& b) = default;
};

// One drawn edge: the relations it stands for (several when parallel ones are merged).
struct DrawnEdge {
  NodeId from = 0;
  NodeId to = 0;
  EdgeLook look;
  std::vector<EdgeRef> relations;
  bool undated = false;  ///< --as-of/--between: its relations are undated (drawn dashed)
};

class DotWriter {
 public:
  DotWriter(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& sink, DotDiagram* parts = nullptr)
      : parts_(parts),
        graph_(graph),
        options_(options),
        onto_(options.ontology),
        view_(export_view(graph, options)),
        sink_(sink),
        sources_(graph, onto_ != nullptr ? &ontology::subclass_test : nullptr, onto_),
        time_(ontology::time_properties(onto_)),
        periods_(graph, time_) {}

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
    return DotDiagram{{}, order_.size(), edges, clusters, relations_drawn_, {}, {}};
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
    const bool hide_sources = options_.classes.empty() && !options_.include_sources;
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
      if (is_node_shape(s.shape)) look.shape = s.shape;
      look.fill = is_hex_colour(s.fill) ? s.fill : kPalette[next++ % std::size(kPalette)];
      if (is_hex_colour(s.font_color)) look.font = s.font_color;
      look.attributes =
          ", shape=\"" + look.shape + "\", fillcolor=\"" + look.fill + "\", fontcolor=\"" + look.font + "\"";
      if (const std::string_view margin = shape_margin(look.shape); !margin.empty())
        look.attributes += ", margin=\"" + std::string(margin) + "\"";
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

  std::size_t wrap_width() const { return options_.max_label == 0 ? 24 : options_.max_label; }

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

  // How a value reads in a tooltip: a literal as written, a resource by its name
  // (else its short IRI).
  std::string value_text(const graph::Value& v) {
    if (v.is_literal()) return std::string(graph_.str(v.text));
    if (v.is_iri()) {
      if (const auto node = graph_.find_node(graph_.str(v.text)); node && graph_.node(*node).name != 0)
        return std::string(graph_.name(*node));
      return graph::compact_name(graph_.str(v.text), graph_.prefixes(), {.brackets = false});
    }
    return "_:" + std::string(graph_.str(v.text));
  }

  // The tooltip of a node: name, classes, IRI, aliases, description, attributes and
  // sources, one a line.
  std::string node_facts(NodeId n) {
    std::string text(graph_.node(n).name != 0 ? graph_.name(n) : graph::display_id(graph_, n));
    const std::string classes = class_line(n);
    if (!classes.empty()) text += " (" + classes + ")";
    text += "\n";
    text += graph_.node(n).blank ? "_:" + std::string(graph_.iri(n)) : std::string(graph_.iri(n));
    std::string aliases;
    graph_.for_each_property(n, [&](const graph::NodeProperty& p) {
      switch (p.role) {
        case graph::Role::kAlias:
          aliases += (aliases.empty() ? "" : ", ") + value_text(p.value);
          break;
        case graph::Role::kDescription:
          text += "\n" + value_text(p.value);
          break;
        case graph::Role::kSameAs:
          text += "\nsame as: " + value_text(p.value);
          break;
        case graph::Role::kAttribute:
          text += "\n" + label_for(p.predicate) + ": " + value_text(p.value);
          break;
        case graph::Role::kClass:
          break;
      }
    });
    if (!aliases.empty()) text += "\nalso: " + aliases;
    return text;
  }

  // The tooltip of one relation: "A part of B", its dates (the ontology's date
  // properties read by graph::PeriodReader, as --as-of reads them), then its other
  // qualifiers (sources by their title).
  std::string relation_facts(EdgeRef e) {
    auto name = [&](NodeId n) {
      return graph_.node(n).name != 0 ? std::string(graph_.name(n)) : graph::display_id(graph_, n);
    };
    std::string text =
        name(graph_.source(e)) + " " + label_for(graph_.edge(e).predicate) + " " + name(graph_.target(e));
    if (const std::string when = graph::period_text(periods_.of(e)); !when.empty()) text += "\n" + when;
    graph_.for_each_qualifier(e, [&](const graph::Qualifier& q) {
      if (periods_.kind(q.predicate) != graph::TimeProperties::Kind::kNone) return;
      text += "\n" + label_for(q.predicate) + ": " + value_text(q.value);
    });
    return text;
  }

  void write_node(NodeId n) {
    const std::string id(id_of(n));
    auto entity = [&] { return describe_node(graph_, n); };
    checked(entity, "id", id);
    const std::string_view name = graph_.node(n).name != 0 ? graph_.name(n) : std::string_view(id);
    std::string label = wrap_label(checked(entity, "name", name), wrap_width());
    const std::string classes = class_line(n);
    if (!classes.empty()) label += "\n" + wrap_label(checked(entity, "class label", classes), wrap_width());
    out_ += "    ";
    append_dot_quoted(out_, id);
    out_ += " [label=";
    append_dot_text(out_, label);
    append_display_weight(n);
    if (view_.is_undated_node(n)) out_ += ", style=\"filled,rounded,dashed\"";  // undated under --as-of
    out_ += ", tooltip=";
    const std::string facts = node_facts(n);
    append_dot_tooltip(out_, checked(entity, "facts", facts));
    if (parts_ != nullptr) {
      const auto look = looks_.find(node_class_[n]);
      const NodeLook plain;
      const NodeLook& l = look != looks_.end() ? look->second : plain;
      parts_->drawn_nodes.push_back({n, id, label, l.shape, l.fill, l.font, facts, view_.is_undated_node(n)});
    }
    if (!graph_.node(n).blank) {
      out_ += ", URL=";
      append_dot_text(out_, checked(entity, "IRI", graph_.iri(n)));
    }
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

  EdgeLook edge_look(Sym predicate) {
    EdgeLook look;
    if (const ontology::PropertyInfo* info = onto_ ? onto_->find_property(graph_.str(predicate)) : nullptr) {
      if (is_line_style(info->style.line) && info->style.line != "solid") look.style = info->style.line;
      if (is_hex_colour(info->style.color)) look.color = info->style.color;
    }
    return look;
  }

  // The edges to draw: one per relation with --no-merge, else one per (subject,
  // object, look), in order of first appearance.
  std::vector<DrawnEdge> drawn_edges() {
    std::vector<DrawnEdge> edges;
    std::map<std::tuple<NodeId, NodeId, EdgeLook, bool>, std::size_t> index;
    for (const NodeId n : order_) {
      for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
        const NodeId t = graph_.target(e);
        if (!view_.edge[graph_.edge(e).id] || !drawn_[t]) continue;
        const Sym predicate = graph_.edge(e).predicate;
        auto [look, added] = edge_looks_.try_emplace(predicate);
        if (added) look->second = edge_look(predicate);
        ++relations_drawn_;
        const bool undated = view_.is_undated_edge(graph_.edge(e).id);
        if (!options_.no_merge) {
          auto [it, fresh] = index.try_emplace({n, t, look->second, undated}, edges.size());
          if (!fresh) {
            edges[it->second].relations.push_back(e);
            continue;
          }
        }
        edges.push_back(DrawnEdge{n, t, look->second, {e}, undated});
      }
    }
    return edges;
  }

  // The label of a drawn edge: its properties' labels in alphabetical order, each
  // once, with "×N" when N of its relations share it ("partner of ×2, funded by").
  std::string edge_label(const DrawnEdge& d) {
    std::map<std::string, std::size_t> counts;
    for (const EdgeRef e : d.relations) {
      auto what = [&] { return describe_edge(graph_, e); };
      ++counts[std::string(checked(what, "label", label_for(graph_.edge(e).predicate)))];
    }
    std::string label;
    for (const auto& [text, count] : counts) {
      if (!label.empty()) label += ", ";
      label += text;
      if (count > 1) label += " \u00d7" + std::to_string(count);
    }
    return label;
  }

  // Edges grouped by look (in order of first appearance), each group in an
  // anonymous subgraph whose edge defaults carry the style and colour.
  std::size_t write_edges() {
    const std::vector<DrawnEdge> edges = drawn_edges();
    std::vector<EdgeLook> looks;
    for (const DrawnEdge& d : edges) {
      if (std::find(looks.begin(), looks.end(), d.look) == looks.end()) looks.push_back(d.look);
    }
    for (const EdgeLook& look : looks) {
      out_ += "  subgraph {\n    edge [";
      if (!look.style.empty()) out_ += "style=\"" + look.style + "\", ";
      out_ += "color=\"" + look.color + "\"];\n";
      for (const DrawnEdge& d : edges) {
        if (!(d.look == look)) continue;
        write_edge(d);
        if (out_.size() > (1u << 20)) flush();
      }
      out_ += "  }\n";
    }
    return edges.size();
  }

  void write_edge(const DrawnEdge& d) {
    out_ += "    ";
    out_.append(ids_, id_span_[d.from] >> 24, id_span_[d.from] & 0xFFFFFF);
    out_ += " -> ";
    out_.append(ids_, id_span_[d.to] >> 24, id_span_[d.to] & 0xFFFFFF);
    out_ += " [label=";
    const std::string label = wrap_label(edge_label(d), wrap_width());
    append_dot_text(out_, label);
    if (d.undated) out_ += ", style=\"dashed\"";  // undated under --as-of
    std::string facts;
    std::vector<std::string> each;
    for (const EdgeRef e : d.relations) {
      auto what = [&] { return describe_edge(graph_, e); };
      if (!facts.empty()) facts += "\n\n";
      each.push_back(std::string(checked(what, "facts", relation_facts(e))));
      facts += each.back();
    }
    if (parts_ != nullptr) {
      parts_->drawn_edges.push_back({graph::display_id(graph_, d.from), graph::display_id(graph_, d.to), label,
                                     d.look.style, d.look.color, d.relations, std::move(each), d.undated});
    }
    out_ += ", tooltip=";
    append_dot_tooltip(out_, facts);
    out_ += ", URL=";
    append_dot_text(out_, graph_.str(graph_.edge(d.relations.front()).predicate));
    out_ += "];\n";
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
    append_dot_text(out_, wrap_label(graph_.node(p).name != 0 ? graph_.name(p) : std::string_view(id), 40));
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

  // Text for an HTML-like label: XML-escaped, lines joined by left-aligned breaks.
  static void append_html_lines(std::string& out, std::string_view text) {
    std::size_t pos = 0;
    while (true) {
      const std::size_t end = text.find('\n', pos);
      append_xml_escaped(out, text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
      if (end == std::string_view::npos) break;
      out += "<BR ALIGN=\"LEFT\"/>";
      pos = end + 1;
    }
  }

  static std::string joined(const std::set<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
  }

  // The legend: the root graph's label, an HTML-like table placed above the drawing
  // by every layout engine (it is not a node, so no layout moves it). One row per
  // node look drawn, naming the classes drawn with it ("city, country, town"), then one
  // row per edge look drawn, naming its properties. Written last, so that clusters
  // do not inherit it.
  void write_legend() {
    std::map<std::string, std::pair<const NodeLook*, std::set<std::string>>> node_rows;  // by attributes
    bool unclassed = false;
    for (const NodeId n : order_) unclassed |= node_class_[n] == 0;
    for (const Sym c : legend_order_) {
      const NodeLook& look = looks_.at(c);
      auto& row = node_rows[look.attributes];
      row.first = &look;
      row.second.insert(std::string(checked([&] { return std::string(graph_.str(c)); }, "label", label_for(c))));
    }
    std::map<EdgeLook, std::set<std::string>> edge_rows;
    for (const auto& [predicate, look] : edge_looks_) edge_rows[look].insert(label_for(predicate));
    if (node_rows.empty() && edge_rows.empty() && !unclassed) return;
    std::vector<std::string> entries;  // each two cells: the swatch and the names
    const NodeLook plain;
    auto node_entry = [&](const NodeLook& look, const std::string& names) {
      std::string e = "<TD BGCOLOR=\"" + look.fill +
                      "\" BORDER=\"1\" COLOR=\"#555555\" WIDTH=\"56\"><FONT POINT-SIZE=\"8\" COLOR=\"" + look.font +
                      "\">" + look.shape + "</FONT></TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">";
      append_html_lines(e, wrap_label(names, 2 * wrap_width()));
      entries.push_back(e + "</TD>");
    };
    for (const auto& [key, row] : node_rows) node_entry(*row.first, joined(row.second));
    if (unclassed) node_entry(plain, "(no class)");
    for (const auto& [look, names] : edge_rows) {
      const std::string style = look.style.empty() || look.style == "bold" ? "" : " STYLE=\"" + look.style + "\"";
      std::string e = "<TD SIDES=\"B\" BORDER=\"" + std::string(look.style == "bold" ? "3" : "1") + "\"" + style +
                      " COLOR=\"" + look.color + "\" WIDTH=\"56\"></TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">";
      append_html_lines(e, wrap_label(joined(names), 2 * wrap_width()));
      entries.push_back(e + "</TD>");
    }
    // A grid about twice as wide as tall, filled column by column (classes first).
    std::size_t rows = 6;
    while (rows * rows * 2 < entries.size()) ++rows;
    const std::size_t columns = (entries.size() + rows - 1) / rows;
    rows = (entries.size() + columns - 1) / columns;
    std::string t =
        "<<TABLE BORDER=\"1\" COLOR=\"#999999\" STYLE=\"rounded\" CELLBORDER=\"0\" CELLSPACING=\"3\" "
        "CELLPADDING=\"2\">\n<TR><TD COLSPAN=\"" +
        std::to_string(2 * columns) + "\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>\n";
    for (std::size_t r = 0; r < rows; ++r) {
      t += "<TR>";
      for (std::size_t c = 0; c < columns; ++c) {
        const std::size_t i = c * rows + r;
        t += i < entries.size() ? entries[i] : "<TD></TD><TD></TD>";
      }
      t += "</TR>\n";
    }
    t += "</TABLE>>";
    out_ += "  labelloc=\"t\";\n  labeljust=\"l\";\n  label=" + t + ";\n";
  }

  DotDiagram* parts_;  // with make_dot(..., with_parts): where the drawn nodes and edges are listed
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
  std::map<Sym, EdgeLook> edge_looks_;  // the properties drawn
  std::size_t relations_drawn_ = 0;
  std::string scratch_id_;
  std::vector<std::uint32_t> id_skip_;  // bytes of the IRI that the DOT id leaves out
  std::string ids_;                     // every drawn node's quoted DOT id, end to end
  std::vector<std::uint64_t> id_span_;  // NodeId -> offset << 24 | length of its quoted id in ids_
  std::unordered_map<Sym, std::string> labels_;
  std::ostream& sink_;
  graph::SourceDocuments sources_;
  graph::TimeProperties time_;  // the ontology's date properties (before periods_, which reads it)
  graph::PeriodReader periods_;
  std::string out_;
};

}  // namespace

DotDiagram make_dot(const KnowledgeGraph& graph, const ExportOptions& options, bool with_parts) {
  std::ostringstream text;
  DotDiagram parts;
  DotDiagram diagram = DotWriter(graph, options, text, with_parts ? &parts : nullptr).run();
  diagram.text = std::move(text).str();
  diagram.drawn_nodes = std::move(parts.drawn_nodes);
  diagram.drawn_edges = std::move(parts.drawn_edges);
  return diagram;
}

void DotExporter::write(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  DotWriter(graph, options, out).run();
}

}  // namespace kgforge::exporters
