// SPDX-License-Identifier: MIT
#include "exporters/graphml_exporter.hpp"

#include <charconv>
#include <ostream>

#include "exporters/network_writer.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/vocab.hpp"

namespace kgforge::exporters {

namespace {

using graph::EdgeRef;
using graph::KnowledgeGraph;
using graph::NodeId;

constexpr std::string_view kOpen = "  <data key=\"", kMiddle = "\">", kClose = "</data>\n";

class GraphmlWriter : NetworkWriter {
 public:
  GraphmlWriter(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out)
      : NetworkWriter("GraphML", graph, options, out,
                      {"id", "iri", "label", "class", "classes", "aliases", "description", "same_as"},
                      {"id", "predicate", "label"}, true) {}

  void run() {
    order_nodes();
    for (const NodeId n : order_) {
      scan_node(n);
      for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
        if (view_.edge[graph_.edge(e).id]) scan_edge(e);
      }
    }
    declare_keys();
    for (const NodeId n : order_) write_node(n);
    for (const NodeId n : order_) write_edges_of(n);
    buf_ += "</graph>\n</graphml>\n";
    flush();
  }

 private:
  void declare_keys() {
    buf_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"";
    buf_.append(vocab::graphml::kNs).append("\" xmlns:xsi=\"").append(vocab::graphml::kXsi);
    buf_.append("\" xsi:schemaLocation=\"").append(vocab::graphml::kNs).append(" ").append(vocab::graphml::kSchema);
    buf_ += "\">\n";
    int next = 0;
    for (auto [keys, domain] : {std::pair{&node_keys_, "node"}, std::pair{&edge_keys_, "edge"}}) {
      for (AttrKey& key : keys->keys()) {
        if (!key.used) continue;
        key.id = "d" + std::to_string(next++);
        buf_ += "  <key id=\"" + key.id + "\" for=\"" + domain + "\" attr.name=\"";
        checked([&] { return std::string("key"); }, key.name, key.name);
        buf_ += "\" attr.type=\"";
        buf_ += attr_type_name(key.final_type(), TypeNames::kGraphml);
        buf_ += "\">\n    <desc>";
        const std::string desc = key.full_desc(graph_);
        checked([&] { return std::string("key"); }, key.name, desc);
        buf_ += "</desc>\n  </key>\n";
      }
    }
    buf_ += "<graph id=\"G\" edgedefault=\"directed\">\n";
  }

  void append_number(char prefix, std::size_t v) {
    char digits[24];
    buf_ += prefix;
    buf_.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
  }

  void write_node(NodeId n) {
    buf_ += "<node id=\"";
    append_id(n);
    buf_ += "\">\n";
    write_values(
        node_keys_, node_items(n), [&] { return describe_node(graph_, n); }, kOpen, kMiddle, kClose);
    buf_ += "</node>\n";
    flush_if_full();
  }

  void write_edges_of(NodeId n) {
    for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
      if (!view_.edge[graph_.edge(e).id]) continue;
      auto entity = [&] { return describe_edge(graph_, e); };
      buf_ += "<edge id=\"";
      append_number('e', next_edge_++);
      buf_ += "\" source=\"";
      append_id(n);
      buf_ += "\" target=\"";
      append_id(graph_.target(e));
      buf_ += "\">\n";
      buf_ += predicate_values(graph_.edge(e).predicate, entity, kOpen, kMiddle, kClose);
      if (graph_.edge(e).first_qualifier != graph::kNone)
        write_values(edge_keys_, qualifier_items(e), entity, kOpen, kMiddle, kClose);
      buf_ += "</edge>\n";
      flush_if_full();
    }
  }

  std::size_t next_edge_ = 0;
};

}  // namespace

void GraphmlExporter::write(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  GraphmlWriter(graph, options, out).run();
}

}  // namespace kgforge::exporters
