// SPDX-License-Identifier: MIT
// What the network formats' writers (GraphML, GEXF) share: the view they write, their
// node ids, the columns and the values of nodes and edges, the XML checks and the
// buffered output. Each format adds only its own markup.
#ifndef KGFORGE_EXPORTERS_NETWORK_WRITER_HPP
#define KGFORGE_EXPORTERS_NETWORK_WRITER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.hpp"
#include "exporters/attribute_keys.hpp"
#include "exporters/export_view.hpp"
#include "exporters/exporter.hpp"
#include "exporters/markup.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/view.hpp"

namespace kgforge::exporters {

/// The id of each node in a network format, the one mechanism GraphML and GEXF share so
/// that a node has the same id in both: its display id (graph/names.hpp) when that is an
/// xs:NMTOKEN of ASCII letters, digits and . - _ :, as GraphML's schema requires; else
/// the display id with every other byte written _HH (a full IRI: "https_3A_2F_2F...");
/// "_" for an empty one. An id already given to an earlier node (in the order asked)
/// gets "-2", "-3", ...: unique, and the same for the same graph and view.
class NetworkIds {
 public:
  /// The id of `n`, the next node in order.
  std::string next(const graph::KnowledgeGraph& graph, graph::NodeId n);
  /// Room for `count` ids without rehashing.
  void reserve(std::size_t count) { used_.reserve(count); }

 private:
  std::unordered_set<std::string> used_;
};

/// Every node's NetworkIds id, by NodeId, the view's nodes taken in IRI order as the
/// GraphML and GEXF writers take them ("" for a node outside the view). The CSV/TSV
/// tables use it, so a node has one id in the tables, GraphML and GEXF.
std::vector<std::string> network_ids(const graph::KnowledgeGraph& graph, const graph::View& view);

/// One value on a node or edge: its column and its text (a lexical form or IRI).
struct AttrItem {
  std::size_t key;
  std::string_view text;
};

/// The base of the GraphML and GEXF writers.
class NetworkWriter {
 public:
  static constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
  /// The bytes append_xml_escaped() copies as they are and xml_char_problem() accepts
  /// without decoding: printable ASCII but & < > " '.
  static constexpr auto kPlainXml = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    return plain;
  }();

 protected:
  /// `format` names the format in errors; `node_taken`/`edge_taken` are the names no
  /// property column may get; with `label_columns` the name and the property's label
  /// are columns (GraphML), else the format writes them as attributes of its own (GEXF).
  /// A node attribute of property `skip` (0: none) is no column (GEXF's viz:size).
  NetworkWriter(std::string_view format, const graph::KnowledgeGraph& graph, const ExportOptions& options,
                std::ostream& out, std::set<std::string> node_taken, std::set<std::string> edge_taken,
                bool label_columns, graph::Sym skip = 0);

  /// The view's nodes in IRI order into order_, each with its id (NetworkIds),
  /// XML-escaped once.
  void order_nodes();
  /// Appends the id of a node in order_.
  void append_id(graph::NodeId n) { buf_.append(ids_, id_span_[n] >> 24, id_span_[n] & 0xFFFFFF); }
  /// Pass 1 over a node or edge: which columns are used, which hold lists, their types.
  void scan_node(graph::NodeId n);
  void scan_edge(graph::EdgeRef e);

  /// A node's values, grouped by column in column order (stable within a column); the
  /// first class as its short name (a reused vector, valid until the next call).
  const std::vector<AttrItem>& node_items(graph::NodeId n);
  /// An edge's qualifiers, grouped by column (a reused vector).
  const std::vector<AttrItem>& qualifier_items(graph::EdgeRef e);

  /// Appends `text` escaped, or throws naming the entity (built only then) and the attribute.
  template <class EntityName>
  void checked(const EntityName& entity, std::string_view attribute, std::string_view text) {
    if (auto problem = xml_char_problem(text)) {
      throw Error(std::string(format_) + ": " + entity() + ", attribute '" + std::string(attribute) + "': " + *problem +
                  ", which XML 1.0 cannot carry; nothing was written");
    }
    append_xml_escaped(buf_, text);
  }
  /// checked(), with a fast path for the common text: printable ASCII that needs no escape.
  template <class EntityName>
  void checked_fast(const EntityName& entity, std::string_view attribute, std::string_view text) {
    for (const char c : text) {
      if (!kPlainXml[static_cast<unsigned char>(c)]) return checked(entity, attribute, text);
    }
    buf_.append(text);
  }

  /// One line per column: `open` key-id `middle` value `close`. A list is a JSON array of
  /// strings, a typed column's value is in its canonical form (format_as).
  template <class EntityName>
  void write_values(AttrKeySet& keys, const std::vector<AttrItem>& items, const EntityName& entity,
                    std::string_view open, std::string_view middle, std::string_view close) {
    for (std::size_t i = 0; i < items.size();) {
      AttrKey& key = keys[items[i].key];
      std::size_t j = i;
      while (j < items.size() && items[j].key == items[i].key) ++j;
      buf_.append(open).append(key.id).append(middle);
      const AttrType type = key.final_type();
      if (key.list) {
        std::vector<std::string_view> values;
        for (std::size_t k = i; k < j; ++k) values.push_back(items[k].text);
        checked_fast(entity, key.name, json_array(values));
      } else if (type == AttrType::kString) {
        checked_fast(entity, key.name, items[i].text);
      } else {
        checked_fast(entity, key.name, *format_as(type, items[i].text));
      }
      buf_.append(close);
      i = j;
    }
  }

  /// The written lines of an edge's predicate (and label) columns, once per predicate.
  template <class EntityName>
  const std::string& predicate_values(graph::Sym predicate, const EntityName& entity, std::string_view open,
                                      std::string_view middle, std::string_view close) {
    auto [it, added] = predicate_values_.try_emplace(predicate);
    if (!added) return it->second;
    std::string saved = std::move(buf_);
    buf_.clear();
    const std::string label = k_edge_label_ != kNoColumn ? term_label(onto_, graph_.str(predicate)) : std::string();
    std::vector<AttrItem> items{{k_predicate_, graph_.str(predicate)}};
    if (k_edge_label_ != kNoColumn) items.push_back({k_edge_label_, label});
    write_values(edge_keys_, items, entity, open, middle, close);
    it->second = std::move(buf_);
    buf_ = std::move(saved);
    return it->second;
  }

  /// The short name of a class IRI (graph::compact_name), computed once per class.
  std::string_view class_name(std::string_view class_iri);

  void flush();
  void flush_if_full() {
    if (buf_.size() > (1u << 20)) flush();
  }

  std::string_view format_;
  const graph::KnowledgeGraph& graph_;
  const ontology::Ontology* onto_;
  std::ostream& out_;
  graph::View view_;
  AttrKeySet node_keys_;
  AttrKeySet edge_keys_;
  graph::Sym skip_;
  std::size_t k_iri_, k_label_ = kNoColumn, k_class_, k_classes_, k_aliases_, k_description_, k_same_as_;
  std::size_t k_predicate_, k_edge_label_ = kNoColumn;
  std::vector<graph::NodeId> order_;
  std::string buf_;

 private:
  NetworkIds ids_of_;
  std::string ids_;                     // every node's escaped id, end to end
  std::vector<std::uint64_t> id_span_;  // NodeId -> offset << 24 | length in ids_
  std::vector<std::size_t> seen_;       // scan_node's columns of the current node
  std::vector<AttrItem> items_;         // qualifier_items' result, reused
  std::vector<AttrItem> node_items_;    // node_items' result, reused
  std::unordered_map<graph::Sym, std::string> predicate_values_;
  std::unordered_map<std::string, std::string> class_names_;
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_NETWORK_WRITER_HPP
