// SPDX-License-Identifier: MIT
#include "exporters/network_writer.hpp"

#include <algorithm>
#include <cctype>

#include "graph/names.hpp"

namespace kgforge::exporters {

using graph::EdgeRef;
using graph::NodeId;

std::string NetworkIds::next(const graph::KnowledgeGraph& graph, NodeId n) {
  std::string shown = graph::display_id(graph, n);
  auto plain = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && (std::isalnum(u) || c == '.' || c == '-' || c == '_' || c == ':');
  };
  if (!shown.empty() && std::all_of(shown.begin(), shown.end(), plain) && used_.insert(shown).second) return shown;
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
  for (int k = 2; !used_.insert(unique).second; ++k) unique = id + "-" + std::to_string(k);
  return unique;
}

std::vector<std::string> network_ids(const graph::KnowledgeGraph& graph, const graph::View& view) {
  std::vector<std::string> ids(graph.node_count());
  NetworkIds next;
  for (const NodeId n : graph.nodes_by_iri()) {
    if (view.node[n]) ids[n] = next.next(graph, n);
  }
  return ids;
}

NetworkWriter::NetworkWriter(std::string_view format, const graph::KnowledgeGraph& graph, const ExportOptions& options,
                             std::ostream& out, std::set<std::string> node_taken, std::set<std::string> edge_taken,
                             bool label_columns, graph::Sym skip)
    : format_(format),
      graph_(graph),
      onto_(options.ontology),
      out_(out),
      view_(network_view(graph, options)),
      node_keys_(graph, onto_, std::move(node_taken)),
      edge_keys_(graph, onto_, std::move(edge_taken)),
      skip_(skip) {
  k_iri_ = node_keys_.builtin("iri", "the entity's IRI (_:label for a blank node)", false);
  if (label_columns) k_label_ = node_keys_.builtin("label", "the entity's name (rdfs:label)", false);
  k_class_ = node_keys_.builtin("class", "the short name of the entity's first class", false);
  k_classes_ = node_keys_.builtin("classes", "every class IRI; JSON array of strings", true);
  k_aliases_ = node_keys_.builtin("aliases", "other names (skos:altLabel); JSON array of strings", true);
  k_description_ = node_keys_.builtin("description", "the entity's description", false);
  k_same_as_ =
      node_keys_.builtin("same_as", "IRIs of the same thing elsewhere (owl:sameAs); JSON array of strings", true);
  k_predicate_ = edge_keys_.builtin("predicate", "the relation's property IRI", false);
  if (label_columns) k_edge_label_ = edge_keys_.builtin("label", "the property's label from the ontology", false);
}

void NetworkWriter::order_nodes() {
  id_span_.assign(graph_.node_count(), 0);
  ids_of_.reserve(graph_.node_count());
  for (const NodeId n : graph_.nodes_by_iri()) {
    if (!view_.node[n]) continue;
    order_.push_back(n);
    const std::size_t at = ids_.size();
    std::swap(buf_, ids_);
    checked([&] { return describe_node(graph_, n); }, "id", ids_of_.next(graph_, n));
    std::swap(buf_, ids_);
    id_span_[n] = static_cast<std::uint64_t>(at) << 24 | (ids_.size() - at);
    if (ids_.size() - at >= (1u << 24))
      throw Error(std::string(format_) + ": " + describe_node(graph_, n) + ": an id of 16 MB or more");
  }
}

void NetworkWriter::scan_node(NodeId n) {
  seen_.clear();
  auto use = [&](std::size_t k) {
    if (std::find(seen_.begin(), seen_.end(), k) != seen_.end())
      node_keys_.mark_list(k);
    else
      seen_.push_back(k), node_keys_[k].used = true;
  };
  use(k_iri_);
  if (k_label_ != kNoColumn && graph_.node(n).name != 0) use(k_label_);
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
        if (skip_ != 0 && p.predicate == skip_) break;
        const std::size_t k = node_keys_.for_property(p.predicate);
        node_keys_.observe(k, p.value);
        use(k);
        break;
      }
    }
  });
}

void NetworkWriter::scan_edge(EdgeRef e) {
  edge_keys_[k_predicate_].used = true;
  if (k_edge_label_ != kNoColumn) edge_keys_[k_edge_label_].used = true;
  if (graph_.edge(e).first_qualifier == graph::kNone) return;
  graph_.for_each_qualifier(
      e, [&](const graph::Qualifier& q) { edge_keys_.observe(edge_keys_.for_property(q.predicate), q.value); });
  const std::vector<AttrItem>& items = qualifier_items(e);
  for (std::size_t i = 1; i < items.size(); ++i) {
    if (items[i].key == items[i - 1].key) edge_keys_.mark_list(items[i].key);
  }
  for (const AttrItem& item : items) edge_keys_[item.key].used = true;
}

namespace {

// Sorts by column, stable. A node or edge has few items: insertion sort, which
// allocates nothing (std::stable_sort takes a buffer each call).
void sort_by_key(std::vector<AttrItem>& items) {
  if (items.size() > 32) {
    std::stable_sort(items.begin(), items.end(), [](const AttrItem& a, const AttrItem& b) { return a.key < b.key; });
    return;
  }
  for (std::size_t i = 1; i < items.size(); ++i) {
    const AttrItem item = items[i];
    std::size_t j = i;
    for (; j > 0 && items[j - 1].key > item.key; --j) items[j] = items[j - 1];
    items[j] = item;
  }
}

}  // namespace

const std::vector<AttrItem>& NetworkWriter::node_items(NodeId n) {
  std::vector<AttrItem>& items = node_items_;
  items.clear();
  items.push_back({k_iri_, graph_.iri(n)});
  if (k_label_ != kNoColumn && graph_.node(n).name != 0) items.push_back({k_label_, graph_.name(n)});
  bool first_class = true;
  graph_.for_each_property(n, [&](const graph::NodeProperty& p) {
    const std::string_view text = graph_.str(p.value.text);
    switch (p.role) {
      case graph::Role::kClass:
        if (first_class) items.push_back({k_class_, class_name(text)}), first_class = false;
        items.push_back({k_classes_, text});
        break;
      case graph::Role::kAlias:
        items.push_back({k_aliases_, text});
        break;
      case graph::Role::kDescription:
        items.push_back({k_description_, text});
        break;
      case graph::Role::kSameAs:
        items.push_back({k_same_as_, text});
        break;
      case graph::Role::kAttribute:
        if (skip_ != 0 && p.predicate == skip_) break;
        items.push_back({node_keys_.for_property(p.predicate), text});
        break;
    }
  });
  sort_by_key(items);
  return items;
}

const std::vector<AttrItem>& NetworkWriter::qualifier_items(EdgeRef e) {
  items_.clear();
  graph_.for_each_qualifier(e, [&](const graph::Qualifier& q) {
    items_.push_back({edge_keys_.for_property(q.predicate), graph_.str(q.value.text)});
  });
  sort_by_key(items_);
  return items_;
}

std::string_view NetworkWriter::class_name(std::string_view class_iri) {
  auto [it, added] = class_names_.try_emplace(std::string(class_iri));
  if (added) it->second = graph::compact_name(class_iri, graph_.prefixes(), {.brackets = false});
  return it->second;
}

void NetworkWriter::flush() {
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

}  // namespace kgforge::exporters
