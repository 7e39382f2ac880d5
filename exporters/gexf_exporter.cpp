// SPDX-License-Identifier: MIT
#include "exporters/gexf_exporter.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <ostream>
#include <unordered_map>

#include "core/error.hpp"
#include "exporters/display_hints.hpp"
#include "exporters/network_writer.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/view.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"
#include "ontology/ontology.hpp"
#include "ontology/time.hpp"

namespace kgforge::exporters {

namespace {

using graph::EdgeRef;
using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Sym;

// ` r="…" g="…" b="…"` for a colour display_hints.hpp accepts, or "".
std::string rgb(std::string_view hex) {
  const std::optional<std::array<unsigned, 3>> c = hex_rgb(hex);
  if (!c) return {};
  std::string out;
  for (int i = 0; i < 3; ++i) out += std::string(" ") + "rgb"[i] + "=\"" + std::to_string((*c)[i]) + "\"";
  return out;
}

constexpr std::string_view kOpen = "          <attvalue for=\"", kMiddle = "\" value=\"", kClose = "\"/>\n";

class GexfWriter : NetworkWriter {
 public:
  GexfWriter(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out)
      : NetworkWriter("GEXF", graph, options, out,
                      {"id", "label", "pid", "start", "end", "weight", "iri", "class", "classes", "aliases",
                       "description", "same_as"},
                      {"id", "label", "kind", "start", "end", "weight", "predicate"}, false,
                      graph.strings().find(vocab::kgf::kDisplayWeight)),
        v13_(options.gexf_version != "1.2"),
        time_(ontology::time_properties(onto_)),
        periods_(graph, time_) {}

  void run() {
    order_nodes();
    scan();
    header();
    buf_ += "    <nodes count=\"" + std::to_string(order_.size()) + "\">\n";
    for (const NodeId n : order_) write_node(n);
    buf_ += "    </nodes>\n    <edges count=\"" + std::to_string(view_.edge_count) + "\">\n";
    for (const NodeId n : order_) {
      for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
        if (view_.edge[graph_.edge(e).id]) write_edge(e);
      }
    }
    buf_ += "    </edges>\n  </graph>\n</gexf>\n";
    flush();
  }

 private:
  // Pass 1: columns used, lists, types, and whether any relation or entity is dated
  // (dynamic mode).
  void scan() {
    for (const NodeId n : order_) {
      scan_node(n);
      if (!dynamic_ && has_spell(periods_.lifetime(n))) dynamic_ = true;
      for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
        if (!view_.edge[graph_.edge(e).id]) continue;
        scan_edge(e);
        if (!dynamic_ && has_spell(periods_.of(e))) dynamic_ = true;
      }
    }
  }

  static bool has_spell(const graph::Period& p) {
    return xsd::date_bound(p.since, false) || xsd::date_bound(p.until, true);
  }

  // A relation's period or an entity's lifetime as a <spell>, partial dates widened to
  // the days they cover; nothing when undated.
  void append_spell(const graph::Period& p) {
    const std::optional<std::string> start = xsd::date_bound(p.since, false);
    const std::optional<std::string> end = xsd::date_bound(p.until, true);
    if (!start && !end) return;
    buf_ += "        <spells>\n          <spell";
    if (start) buf_ += " start=\"" + *start + "\"";
    if (end) buf_ += " end=\"" + *end + "\"";
    buf_ += "/>\n        </spells>\n";
  }

  void header() {
    const std::string ns = v13_ ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
    buf_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"" + ns + "\" xmlns:viz=\"" + ns +
            "/viz\" version=\"" + (v13_ ? "1.3" : "1.2") + "\">\n";
    buf_ += "  <meta>\n    <creator>kgforge</creator>\n  </meta>\n";
    buf_ += "  <graph defaultedgetype=\"directed\" mode=\"";
    buf_ += dynamic_ ? "dynamic\" timeformat=\"date\">\n" : "static\">\n";
    int next = 0;
    for (auto [keys, domain] : {std::pair{&node_keys_, "node"}, std::pair{&edge_keys_, "edge"}}) {
      bool any = false;
      for (AttrKey& key : keys->keys()) {
        if (!key.used) continue;
        if (!any) buf_ += std::string("    <attributes class=\"") + domain + "\">\n", any = true;
        key.id = std::to_string(next++);
        buf_ += "      <attribute id=\"" + key.id + "\" title=\"";
        checked([] { return std::string("attribute"); }, key.name, key.name);
        buf_ += "\" type=\"";
        buf_ += key.list ? "liststring" : attr_type_name(key.final_type(), TypeNames::kGexf);
        buf_ += "\"/>\n";
      }
      if (any) buf_ += "    </attributes>\n";
    }
  }

  void write_node(NodeId n) {
    const std::vector<AttrItem>& items = node_items(n);
    std::string_view first_class;
    for (const AttrItem& item : items) {
      if (item.key == k_classes_) {
        first_class = item.text;
        break;
      }
    }
    auto entity = [&] { return describe_node(graph_, n); };
    buf_ += "      <node id=\"";
    append_id(n);
    buf_ += "\" label=\"";
    if (graph_.node(n).name != 0)
      checked_fast(entity, "label", graph_.name(n));
    else
      checked_fast(entity, "label", graph::display_id(graph_, n));
    buf_ += "\">\n";
    if (!items.empty()) {
      buf_ += "        <attvalues>\n";
      write_values(node_keys_, items, entity, kOpen, kMiddle, kClose);
      buf_ += "        </attvalues>\n";
    }
    append_spell(periods_.lifetime(n));
    const ClassViz& viz = class_viz(first_class);
    buf_ += viz.color;
    if (const std::optional<double> w = display_weight(n)) {
      char num[32];
      const double size = 10.0 + 40.0 * std::clamp(*w, 0.0, 1.0);
      buf_ +=
          "        <viz:size value=\"" + std::string(num, std::to_chars(num, num + sizeof num, size).ptr) + "\"/>\n";
    }
    buf_ += viz.shape;
    buf_ += "      </node>\n";
    flush_if_full();
  }

  // The <viz:color> and <viz:shape> lines of a node whose first class is `class_iri`,
  // from the ontology's display hints; once per class.
  struct ClassViz {
    std::string color, shape;
  };
  const ClassViz& class_viz(std::string_view class_iri) {
    auto [it, added] = class_viz_.try_emplace(class_iri);
    if (!added) return it->second;
    const ontology::ClassStyle style = class_style(onto_, class_iri);
    if (const std::string c = rgb(style.fill); !c.empty()) it->second.color = "        <viz:color" + c + "/>\n";
    if (const char* shape = gexf_node_shape(style.shape))
      it->second.shape = std::string("        <viz:shape value=\"") + shape + "\"/>\n";
    return it->second;
  }

  std::optional<double> display_weight(NodeId n) const {
    if (skip_ == 0) return std::nullopt;
    std::optional<double> out;
    graph_.for_each_property(n, [&](const graph::NodeProperty& p) {
      if (p.role == graph::Role::kAttribute && p.predicate == skip_ && p.value.is_literal())
        out = xsd::to_double(graph_.str(p.value.text));
    });
    return out;
  }

  void write_edge(EdgeRef e) {
    auto entity = [&] { return describe_edge(graph_, e); };
    const Sym predicate = graph_.edge(e).predicate;
    char num[24];
    buf_ += "      <edge id=\"e";
    buf_.append(num, std::to_chars(num, num + sizeof num, next_edge_++).ptr);
    buf_ += "\" source=\"";
    append_id(graph_.source(e));
    buf_ += "\" target=\"";
    append_id(graph_.target(e));
    buf_ += "\"";
    buf_ += predicate_attributes(predicate, entity);
    buf_ += ">\n        <attvalues>\n";
    buf_ += predicate_values(predicate, entity, kOpen, kMiddle, kClose);
    write_values(edge_keys_, qualifier_items(e), entity, kOpen, kMiddle, kClose);
    buf_ += "        </attvalues>\n";
    append_spell(periods_.of(e));
    buf_ += predicate_viz(predicate);
    buf_ += "      </edge>\n";
    flush_if_full();
  }

  // ` label="part of" kind="partOf"`, once per predicate.
  template <class EntityName>
  const std::string& predicate_attributes(Sym predicate, const EntityName& entity) {
    auto [it, added] = predicate_attributes_.try_emplace(predicate);
    if (!added) return it->second;
    std::string saved = std::move(buf_);
    buf_ = " label=\"";
    const std::string_view iri = graph_.str(predicate);
    checked(entity, "label", term_label(onto_, iri));
    buf_ += "\"";
    if (v13_) {
      buf_ += " kind=\"";
      checked(entity, "kind", graph::compact_name(iri, graph_.prefixes(), {.brackets = false}));
      buf_ += "\"";
    }
    it->second = std::move(buf_);
    buf_ = std::move(saved);
    return it->second;
  }

  const std::string& predicate_viz(Sym predicate) {
    auto [it, added] = predicate_viz_.try_emplace(predicate);
    if (!added || onto_ == nullptr) return it->second;
    const ontology::PropertyInfo* info = onto_->find_property(graph_.str(predicate));
    if (info == nullptr) return it->second;
    if (const std::string c = rgb(info->style.color); !c.empty()) it->second += "        <viz:color" + c + "/>\n";
    const std::string& line = info->style.line;
    if (is_line_style(line) && line != "bold")  // GEXF has no bold line
      it->second += "        <viz:shape value=\"" + line + "\"/>\n";
    return it->second;
  }

  bool v13_;
  graph::TimeProperties time_;  // the ontology's date properties (before periods_, which reads it)
  graph::PeriodReader periods_;
  bool dynamic_ = false;
  std::unordered_map<Sym, std::string> predicate_attributes_;
  std::unordered_map<Sym, std::string> predicate_viz_;
  std::unordered_map<std::string_view, ClassViz> class_viz_;  // keys: class IRIs in the graph's pool
  std::size_t next_edge_ = 0;
};

}  // namespace

void GexfExporter::write(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  GexfWriter(graph, options, out).run();
}

}  // namespace kgforge::exporters
