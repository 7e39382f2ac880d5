// SPDX-License-Identifier: MIT
#include "exporters/html_exporter.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>
#include <unordered_map>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/export_view.hpp"
#include "exporters/markup.hpp"
#include "exporters/render_exporter.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/view.hpp"
#include "ontology/time.hpp"

namespace kgforge::exporters {

// Generated at build time from the files named (CMakeLists.txt, cmake/embed_text.cmake).
extern const std::string_view kHtmlViewPage;    // exporters/html_view.html
extern const std::string_view kHtmlViewScript;  // exporters/html_view.js
extern const std::string_view kHtmlViewStyle;   // exporters/html_view.css
extern const std::string_view kCytoscapeJs;     // third_party/cytoscape/cytoscape.min.js

namespace {

constexpr std::string_view kCytoscapeVersion = "3.35.0";  // third_party/cytoscape/README.md

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

void append_key(std::string& out, std::string_view key) {
  out += '"';
  out += key;
  out += "\":";
}

void append_field(std::string& out, std::string_view key, std::string_view value) {
  append_key(out, key);
  append_json_string(out, value);
  out += ',';
}

// {"since":"2006","until":"","event":false}, or null when undated.
void append_period(std::string& out, std::string_view key, const graph::Period& p) {
  append_key(out, key);
  if (!p.dated()) {
    out += "null,";
    return;
  }
  out += '{';
  append_field(out, "since", p.since);
  append_field(out, "until", p.until);
  out += p.event ? "\"event\":true}," : "\"event\":false},";
}

// The years a slider over these dates covers.
struct Years {
  int first = 0;
  int last = 0;
  void add(std::string_view date) {  // YYYY[-MM[-DD]]; anything else (unchecked RDF input) is skipped
    if (date.size() < 4 || !std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
      return;
    const int y = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
    first = first == 0 ? y : std::min(first, y);
    last = std::max(last, y);
  }
  void add(const graph::Period& p) {
    add(p.since);
    add(p.until);
  }
};

// The page's data: every drawn node (where Graphviz put it, its look, its facts and
// dates), every drawn edge (the relations it stands for, with their dates), the
// classes to filter by. One JSON object.
std::string page_data(const graph::KnowledgeGraph& graph, const ExportOptions& options, const DotDiagram& diagram,
                      const Placement& placement) {
  const graph::TimeProperties time = ontology::time_properties(options.ontology);
  std::unordered_map<std::string_view, const NodePlace*> places;
  for (const NodePlace& p : placement.nodes) places.emplace(p.name, &p);
  std::unordered_map<std::string_view, std::size_t> index;
  std::map<std::string, std::size_t> classes;  // label -> first node with it, for its swatch
  std::vector<std::vector<std::string>> node_classes;
  for (const DiagramNode& d : diagram.drawn_nodes) {
    index.emplace(d.id, index.size());
    node_classes.emplace_back();
    for (const graph::Sym c : graph.classes(d.node)) {
      node_classes.back().push_back(term_label(options.ontology, graph.str(c)));
      classes.try_emplace(node_classes.back().back(), node_classes.size() - 1);
    }
  }
  std::map<std::string, std::size_t> class_index;
  for (const auto& [label, first] : classes) class_index.emplace(label, class_index.size());
  Years years;
  std::string out = "{";
  append_field(out, "layout", placement.layout.engine);
  append_key(out, "width");
  out += number(placement.width_pt) + ",";
  append_key(out, "height");
  out += number(placement.height_pt) + ",";
  append_field(out, "asOf", options.as_of);
  append_key(out, "relations");
  out += std::to_string(diagram.relations) + ",";
  append_key(out, "classes");
  out += '[';
  for (const auto& [label, first] : classes) {
    const DiagramNode& d = diagram.drawn_nodes[first];
    out += '{';
    append_field(out, "label", label);
    append_field(out, "shape", d.shape);
    append_field(out, "fill", d.fill);
    append_field(out, "font", d.font);
    out.back() = '}';
    out += ',';
  }
  if (!classes.empty()) out.pop_back();
  out += "],\"nodes\":[";
  for (std::size_t i = 0; i < diagram.drawn_nodes.size(); ++i) {
    const DiagramNode& d = diagram.drawn_nodes[i];
    const auto place = places.find(d.id);
    if (place == places.end()) throw Error("HTML: Graphviz did not place " + describe_node(graph, d.node));
    const NodePlace& p = *place->second;
    out += i == 0 ? "{" : ",{";
    append_field(out, "id", d.id);
    append_field(out, "name", graph.node(d.node).name != 0 ? graph.name(d.node) : std::string_view(d.id));
    append_field(out, "label", d.label);
    append_field(out, "iri", graph.node(d.node).blank ? "" : graph.iri(d.node));
    append_field(out, "shape", d.shape);
    append_field(out, "fill", d.fill);
    append_field(out, "font", d.font);
    append_field(out, "facts", d.facts);
    append_key(out, "aliases");
    std::vector<std::string_view> aliases;
    graph.for_each_property(d.node, [&](const graph::NodeProperty& prop) {
      if (prop.role == graph::Role::kAlias) aliases.push_back(graph.str(prop.value.text));
    });
    out += json_array(aliases) + ",\"classes\":[";
    for (std::size_t c = 0; c < node_classes[i].size(); ++c)
      out += (c == 0 ? "" : ",") + std::to_string(class_index.at(node_classes[i][c]));
    out += "],";
    const graph::Period life = graph::lifetime_of(graph, d.node, time);
    years.add(life);
    append_period(out, "life", life);
    out += "\"x\":" + number(p.x) + ",\"y\":" + number(p.y) + ",\"w\":" + number(p.width) +
           ",\"h\":" + number(p.height) + (d.undated ? ",\"undated\":true}" : ",\"undated\":false}");
  }
  // Graphviz's edges between the same two nodes, in DOT order (each one's k-th drawn edge).
  std::map<std::pair<std::string_view, std::string_view>, std::vector<const EdgePlace*>> routes;
  for (const EdgePlace& r : placement.edges) routes[{r.from, r.to}].push_back(&r);
  std::map<std::pair<std::string_view, std::string_view>, std::size_t> seen;
  out += "],\"edges\":[";
  for (std::size_t i = 0; i < diagram.drawn_edges.size(); ++i) {
    const DiagramEdge& d = diagram.drawn_edges[i];
    out += i == 0 ? "{" : ",{";
    out += "\"s\":" + std::to_string(index.at(d.from)) + ",\"t\":" + std::to_string(index.at(d.to)) + ",";
    const std::vector<const EdgePlace*>& pair = routes[{d.from, d.to}];
    const std::size_t k = seen[{d.from, d.to}]++;
    append_key(out, "route");
    out += '[';
    if (k < pair.size()) {
      for (std::size_t p = 0; p < pair[k]->points.size(); ++p) out += (p == 0 ? "" : ",") + number(pair[k]->points[p]);
    }
    out += "],";
    append_field(out, "label", d.label);
    append_field(out, "style", d.style);
    append_field(out, "color", d.color);
    out += d.undated ? "\"undated\":true,\"rel\":[" : "\"undated\":false,\"rel\":[";
    for (std::size_t r = 0; r < d.relations.size(); ++r) {
      out += r == 0 ? "{" : ",{";
      append_field(out, "facts", d.facts[r]);
      const graph::Period when = graph::period_of(graph, d.relations[r], time);
      years.add(when);
      append_period(out, "when", when);
      out.back() = '}';
    }
    out += "]}";
  }
  out += "],\"years\":";
  out += years.first == 0 ? "null" : "[" + std::to_string(years.first) + "," + std::to_string(years.last) + "]";
  out += '}';
  script_safe_json(out);
  return out;
}

// The template with each {{NAME}} replaced by its value (values are not scanned again).
std::string fill_template(std::string_view page, const std::map<std::string_view, std::string_view>& values) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t open = page.find("{{", pos);
    if (open == std::string_view::npos) break;
    const std::size_t close = page.find("}}", open);
    const std::string_view name = page.substr(open + 2, close - open - 2);
    out.append(page.substr(pos, open - pos));
    out.append(values.at(name));
    pos = close + 2;
  }
  out.append(page.substr(pos));
  return out;
}

}  // namespace

std::string_view cytoscape_version() { return kCytoscapeVersion; }

void HtmlExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  const DotDiagram diagram = make_dot(graph, options, /*with_parts=*/true);
  const Placement placement = place_diagram(diagram, options);
  const std::string data = page_data(graph, options, diagram, placement);
  // Only the page's own elements run: its two scripts and its style, by hash.
  const std::string csp = "default-src 'none'; script-src '" + csp_sha256(kCytoscapeJs) + "' '" +
                          csp_sha256(kHtmlViewScript) + "'; style-src '" + csp_sha256(kHtmlViewStyle) +
                          "'; base-uri 'none'; form-action 'none'";
  const std::string title =
      "kgforge: " + std::to_string(diagram.nodes) + " entities, " + std::to_string(diagram.relations) + " relations";
  const std::string page = fill_template(kHtmlViewPage, {{"CSP", csp},
                                                         {"TITLE", title},
                                                         {"STYLE", kHtmlViewStyle},
                                                         {"DATA", data},
                                                         {"CYTOSCAPE_VERSION", kCytoscapeVersion},
                                                         {"CYTOSCAPE", kCytoscapeJs},
                                                         {"SCRIPT", kHtmlViewScript}});
  out.write(page.data(), static_cast<std::streamsize>(page.size()));
}

}  // namespace kgforge::exporters
