// SPDX-License-Identifier: MIT
#include "exporters/graphml_exporter.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <ostream>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/error.hpp"
#include "exporters/attribute_keys.hpp"
#include "exporters/export_view.hpp"
#include "exporters/markup.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::exporters {

namespace {

using graph::EdgeRef;
using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Sym;
using graph::Value;

// One value on an element: the key and the text (a lexical form or IRI).
struct Item {
  std::size_t key;
  std::string_view text;
  bool typed_value;  // a literal (formatted by the key's type) rather than an IRI
};

const char* graphml_type(AttrType t) {
  switch (t) {
    case AttrType::kBoolean:
      return "boolean";
    case AttrType::kInt:
      return "int";
    case AttrType::kLong:
      return "long";
    case AttrType::kDouble:
      return "double";
    case AttrType::kString:
      break;
  }
  return "string";
}

class GraphmlWriter {
 public:
  GraphmlWriter(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out)
      : graph_(graph),
        onto_(options.ontology),
        out_(out),
        view_(network_view(graph, options)),
        node_keys_(graph, onto_, {"id", "iri", "label", "class", "classes", "aliases", "description", "same_as"}),
        edge_keys_(graph, onto_, {"id", "predicate", "label"}) {
    k_iri_ = node_keys_.builtin("iri", "the entity's IRI (_:label for a blank node)", false);
    k_label_ = node_keys_.builtin("label", "the entity's name (rdfs:label)", false);
    k_class_ = node_keys_.builtin("class", "the short name of the entity's first class", false);
    k_classes_ = node_keys_.builtin("classes", "every class IRI; JSON array of strings", true);
    k_aliases_ = node_keys_.builtin("aliases", "other names (skos:altLabel); JSON array of strings", true);
    k_description_ = node_keys_.builtin("description", "the entity's description", false);
    k_same_as_ =
        node_keys_.builtin("same_as", "IRIs of the same thing elsewhere (owl:sameAs); JSON array of strings", true);
    k_predicate_ = edge_keys_.builtin("predicate", "the relation's property IRI", false);
    k_edge_label_ = edge_keys_.builtin("label", "the property's label from the ontology", false);
  }

  void run() {
    order_nodes();
    scan();
    declare_keys();
    for (const NodeId n : order_) write_node(n);
    for (const NodeId n : order_) write_edges_of(n);
    buf_ += "</graph>\n</graphml>\n";
    flush();
  }

 private:
  // The nodes in IRI order, each with its id: its display id (graph/names.hpp), XML-escaped
  // once into ids_.
  void order_nodes() {
    id_span_.assign(graph_.node_count(), 0);
    for (const NodeId n : graph_.nodes_by_iri()) {
      if (!view_.node[n]) continue;
      order_.push_back(n);
      const std::size_t at = ids_.size();
      std::swap(buf_, ids_);
      checked([&] { return describe_node(graph_, n); }, "id", node_id(n));
      std::swap(buf_, ids_);
      id_span_[n] = static_cast<std::uint64_t>(at) << 24 | (ids_.size() - at);
      if (ids_.size() - at >= (1u << 24))
        throw Error("GraphML: " + describe_node(graph_, n) + ": an id of 16 MB or more");
    }
  }

  // A node's GraphML id: its display id (graph/names.hpp) when that is an xs:NMTOKEN of
  // ASCII letters, digits and . - _ :, as the schema requires; else the display id with
  // every other byte written _HH (a full IRI: "https_3A_2F_2F..."). An id already given
  // to an earlier node gets "-2", "-3", ...: unique, and the same for the same graph.
  std::string node_id(NodeId n) {
    const std::string shown = graph::display_id(graph_, n);
    std::string id;
    for (const char c : shown) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x80 && (std::isalnum(u) || c == '.' || c == '-' || c == '_' || c == ':')) {
        id += c;
      } else {
        static constexpr char kHex[] = "0123456789ABCDEF";
        id += '_';
        id += kHex[u >> 4];
        id += kHex[u & 15];
      }
    }
    if (id.empty()) id = "_";
    std::string unique = id;
    for (int k = 2; !used_ids_.insert(unique).second; ++k) unique = id + "-" + std::to_string(k);
    return unique;
  }

  void append_id(NodeId n) { buf_.append(ids_, id_span_[n] >> 24, id_span_[n] & 0xFFFFFF); }

  // Items of a node, grouped by key in key order (stable within a key).
  std::vector<Item> node_items(NodeId n) {
    std::vector<Item> items;
    items.push_back({k_iri_, graph_.iri(n), false});
    if (graph_.node(n).name != 0) items.push_back({k_label_, graph_.name(n), true});
    bool first_class = true;
    graph_.for_each_property(n, [&](const graph::NodeProperty& p) {
      switch (p.role) {
        case graph::Role::kClass:
          if (first_class) items.push_back({k_class_, graph_.str(p.value.text), false}), first_class = false;
          items.push_back({k_classes_, graph_.str(p.value.text), false});
          break;
        case graph::Role::kAlias:
          items.push_back({k_aliases_, graph_.str(p.value.text), true});
          break;
        case graph::Role::kDescription:
          items.push_back({k_description_, graph_.str(p.value.text), true});
          break;
        case graph::Role::kSameAs:
          items.push_back({k_same_as_, graph_.str(p.value.text), false});
          break;
        case graph::Role::kAttribute:
          items.push_back({node_keys_.for_property(p.predicate), graph_.str(p.value.text), p.value.is_literal()});
          break;
      }
    });
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.key < b.key; });
    return items;
  }

  // The qualifiers of an edge, grouped by key (the predicate and label are written
  // from a per-predicate cache).
  const std::vector<Item>& qualifier_items(EdgeRef e) {
    items_.clear();
    graph_.for_each_qualifier(e, [&](const graph::Qualifier& q) {
      items_.push_back({edge_keys_.for_property(q.predicate), graph_.str(q.value.text), q.value.is_literal()});
    });
    if (items_.size() > 1) {
      std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.key < b.key; });
    }
    return items_;
  }

  // Pass 1: which keys are used, which hold lists, and their types.
  void scan() {
    for (const NodeId n : order_) {
      scan_node(n);
      for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
        if (!view_.edge[graph_.edge(e).id]) continue;
        edge_keys_[k_predicate_].used = edge_keys_[k_edge_label_].used = true;
        if (graph_.edge(e).first_qualifier == graph::kNone) continue;
        graph_.for_each_qualifier(
            e, [&](const graph::Qualifier& q) { edge_keys_.observe(edge_keys_.for_property(q.predicate), q.value); });
        mark_lists(edge_keys_, qualifier_items(e));
      }
    }
  }

  // The keys a node uses, which of them it has twice (lists) and its attribute types.
  void scan_node(NodeId n) {
    seen_.clear();
    auto use = [&](std::size_t k) {
      if (std::find(seen_.begin(), seen_.end(), k) != seen_.end())
        node_keys_.mark_list(k);
      else
        seen_.push_back(k), node_keys_[k].used = true;
    };
    use(k_iri_);
    if (graph_.node(n).name != 0) use(k_label_);
    graph_.for_each_property(n, [&](const graph::NodeProperty& p) {
      switch (p.role) {
        case graph::Role::kClass:
          if (std::find(seen_.begin(), seen_.end(), k_class_) == seen_.end()) use(k_class_);
          use(k_classes_);
          break;
        case graph::Role::kAlias:
          use(k_aliases_);
          break;
        case graph::Role::kDescription:
          use(k_description_);
          break;
        case graph::Role::kSameAs:
          use(k_same_as_);
          break;
        case graph::Role::kAttribute: {
          const std::size_t k = node_keys_.for_property(p.predicate);
          node_keys_.observe(k, p.value);
          use(k);
          break;
        }
      }
    });
  }

  static void mark_lists(AttrKeySet& keys, const std::vector<Item>& items) {
    for (std::size_t i = 1; i < items.size(); ++i) {
      if (items[i].key == items[i - 1].key) keys.mark_list(items[i].key);
    }
    for (const Item& item : items) keys[item.key].used = true;
  }

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
        buf_ += graphml_type(key.final_type());
        buf_ += "\">\n    <desc>";
        const std::string desc = key.full_desc(graph_);
        checked([&] { return std::string("key"); }, key.name, desc);
        buf_ += "</desc>\n  </key>\n";
      }
    }
    buf_ += "<graph id=\"G\" edgedefault=\"directed\">\n";
  }

  // Appends `text` escaped, or throws naming the entity (built only then) and the attribute.
  template <class EntityName>
  void checked(const EntityName& entity, std::string_view attribute, std::string_view text) {
    if (auto problem = xml_char_problem(text)) {
      throw Error("GraphML: " + entity() + ", attribute '" + std::string(attribute) + "': " + *problem +
                  ", which XML 1.0 cannot carry; nothing was written");
    }
    append_xml_escaped(buf_, text);
  }

  template <class EntityName>
  void write_items(AttrKeySet& keys, const std::vector<Item>& items, const EntityName& entity) {
    for (std::size_t i = 0; i < items.size();) {
      AttrKey& key = keys[items[i].key];
      std::size_t j = i;
      while (j < items.size() && items[j].key == items[i].key) ++j;
      buf_ += "  <data key=\"";
      buf_ += key.id;
      buf_ += "\">";
      if (key.list) {
        std::vector<std::string_view> values;
        for (std::size_t k = i; k < j; ++k) values.push_back(items[k].text);
        checked(entity, key.name, json_array(values));
      } else {
        const AttrType type = key.final_type();
        if (type == AttrType::kString)
          checked(entity, key.name, items[i].text);
        else
          checked(entity, key.name, *format_as(type, items[i].text));
      }
      buf_ += "</data>\n";
      i = j;
    }
  }

  void append_number(char prefix, std::size_t v) {
    char digits[24];
    buf_ += prefix;
    buf_.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
  }

  void write_node(NodeId n) {
    std::vector<Item> items = node_items(n);
    for (Item& item : items) {
      if (item.key == k_class_) item.text = class_name(item.text);
    }
    buf_ += "<node id=\"";
    append_id(n);
    buf_ += "\">\n";
    write_items(node_keys_, items, [&] { return describe_node(graph_, n); });
    buf_ += "</node>\n";
    if (buf_.size() > (1u << 20)) flush();
  }

  void write_edges_of(NodeId n) {
    for (const EdgeRef e : boost::make_iterator_range(boost::out_edges(n, graph_.model()))) {
      if (!view_.edge[graph_.edge(e).id]) continue;
      const NodeId t = graph_.target(e);
      auto entity = [&] { return describe_edge(graph_, e); };
      buf_ += "<edge id=\"";
      append_number('e', next_edge_++);
      buf_ += "\" source=\"";
      append_id(n);
      buf_ += "\" target=\"";
      append_id(t);
      buf_ += "\">\n";
      buf_ += predicate_data(graph_.edge(e).predicate, entity);
      if (graph_.edge(e).first_qualifier != graph::kNone) write_items(edge_keys_, qualifier_items(e), entity);
      buf_ += "</edge>\n";
      if (buf_.size() > (1u << 20)) flush();
    }
  }

  // The escaped <data> lines for an edge's predicate and its label, once per predicate.
  template <class EntityName>
  const std::string& predicate_data(Sym predicate, const EntityName& entity) {
    auto [it, added] = predicate_data_.try_emplace(predicate);
    if (!added) return it->second;
    std::string saved = std::move(buf_);
    buf_.clear();
    const std::string label = term_label(onto_, graph_.str(predicate));
    write_items(edge_keys_, {{k_predicate_, graph_.str(predicate), false}, {k_edge_label_, label, false}}, entity);
    it->second = std::move(buf_);
    buf_ = std::move(saved);
    return it->second;
  }

  std::string_view class_name(std::string_view class_iri) {
    auto [it, added] = class_names_.try_emplace(std::string(class_iri));
    if (added) it->second = graph::compact_name(class_iri, graph_.prefixes(), {.brackets = false});
    return it->second;
  }

  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  const KnowledgeGraph& graph_;
  const ontology::Ontology* onto_;
  std::ostream& out_;
  graph::View view_;
  AttrKeySet node_keys_;
  AttrKeySet edge_keys_;
  std::size_t k_iri_, k_label_, k_class_, k_classes_, k_aliases_, k_description_, k_same_as_;
  std::size_t k_predicate_, k_edge_label_;
  std::string ids_;                           // every node's escaped id, end to end
  std::unordered_set<std::string> used_ids_;  // the GraphML ids given so far
  std::vector<std::uint64_t> id_span_;        // NodeId -> offset << 24 | length in ids_
  std::vector<NodeId> order_;
  std::unordered_map<Sym, std::string> predicate_data_;
  std::vector<std::size_t> seen_;  // scan_node's keys of the current node
  std::vector<Item> items_;        // qualifier_items' result, reused
  std::unordered_map<std::string, std::string> class_names_;
  std::size_t next_edge_ = 0;
  std::string buf_;
};

}  // namespace

void GraphmlExporter::write(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  GraphmlWriter(graph, options, out).run();
}

}  // namespace kgforge::exporters
