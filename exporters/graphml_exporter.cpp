// SPDX-License-Identifier: MIT
#include "exporters/graphml_exporter.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <ostream>
#include <set>
#include <unordered_map>

#include "core/error.hpp"
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

enum class Type { kBoolean, kInt, kLong, kDouble, kString };

const char* type_name(Type t) {
  switch (t) {
    case Type::kBoolean:
      return "boolean";
    case Type::kInt:
      return "int";
    case Type::kLong:
      return "long";
    case Type::kDouble:
      return "double";
    case Type::kString:
      break;
  }
  return "string";
}

// The GraphML type of an XSD datatype: integers long (int for those that fit in 32
// signed bits: xsd:int and narrower), decimal/double/float double, boolean boolean,
// anything else string.
Type xsd_type(std::string_view datatype) {
  if (const std::optional<xsd::IntegerType> t = xsd::integer_type(datatype)) {
    const bool fits_int = t->bits != 0 && (t->is_signed ? t->bits <= 32 : t->bits < 32);
    return fits_int ? Type::kInt : Type::kLong;
  }
  switch (xsd::numeric_kind(datatype)) {
    case xsd::NumericKind::kDecimal:
    case xsd::NumericKind::kDouble:
    case xsd::NumericKind::kFloat:
      return Type::kDouble;
    case xsd::NumericKind::kBoolean:
      return Type::kBoolean;
    default:
      break;
  }
  return Type::kString;
}

// The value written for `lexical` under `type`, or nullopt if it does not fit.
std::optional<std::string> format_as(Type type, std::string_view lexical) {
  char buf[64];
  if (type == Type::kString) return std::string(lexical);
  if (type == Type::kBoolean) {
    if (lexical == "true" || lexical == "1") return std::string("true");
    if (lexical == "false" || lexical == "0") return std::string("false");
    return std::nullopt;
  }
  if (type == Type::kInt || type == Type::kLong) {
    const std::optional<std::int64_t> v = xsd::to_int64(lexical);
    if (!v || (type == Type::kInt && (*v < INT32_MIN || *v > INT32_MAX))) return std::nullopt;
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, *v).ptr);
  }
  const std::optional<double> value = xsd::to_double(lexical);
  if (!value) return std::nullopt;
  const double d = *value;
  if (std::isnan(d)) return std::string("NaN");
  if (std::isinf(d)) return std::string(d > 0 ? "INF" : "-INF");
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, d).ptr);
}

struct Key {
  std::string name;            // attr.name
  std::string desc;            // what the key holds (the property IRI for attributes)
  std::optional<Type> wanted;  // the ontology's datatype for the property
  Type type = Type::kString;
  bool typed = false;     // a value has been seen
  bool conflict = false;  // values disagree with each other or with `wanted`
  bool list = false;      // JSON array of strings
  bool used = false;      // some element in the view has a value
  std::string id;         // d0, d1, ... once declared

  Type final_type() const { return list || conflict || !typed ? Type::kString : type; }
};

// The keys of one domain (node or edge): built-in ones, then one per property.
class KeySet {
 public:
  KeySet(const KnowledgeGraph& graph, const ontology::Ontology* onto, std::set<std::string> reserved)
      : graph_(graph), onto_(onto), names_(std::move(reserved)) {}

  std::size_t builtin(std::string name, std::string desc, bool list) {
    Key key;
    key.name = std::move(name);
    key.desc = std::move(desc);
    key.list = list;
    keys_.push_back(std::move(key));
    return keys_.size() - 1;
  }

  std::size_t for_property(Sym predicate) {
    if (predicate < direct_.size() && direct_[predicate] != 0) return direct_[predicate] - 1;
    auto [it, added] = by_sym_.try_emplace(predicate, keys_.size());
    if (predicate < (1u << 20)) {  // a flat cache for the (few, early-interned) property Syms
      if (direct_.size() <= predicate) direct_.resize(predicate + 1, 0);
      direct_[predicate] = it->second + 1;
    }
    if (!added) return it->second;
    const std::string_view iri = graph_.str(predicate);
    Key key;
    key.name = unique_name(iri);
    key.desc = std::string(iri);
    if (onto_ != nullptr) {
      const ontology::PropertyInfo* info = onto_->find_property(iri);
      if (info != nullptr && info->range.size() == 1 && !xsd::local_name(info->range[0]).empty()) {
        key.wanted = xsd_type(info->range[0]);
      }
    }
    keys_.push_back(std::move(key));
    return it->second;
  }

  // Records one value of key `k`.
  void observe(std::size_t k, const Value& v) {
    Key& key = keys_[k];
    Type candidate = Type::kString;
    if (v.is_literal() && v.language == 0 && v.datatype != 0) candidate = xsd_type(graph_.str(v.datatype));
    if (key.wanted) candidate = *key.wanted;
    if (candidate != Type::kString && (!v.is_literal() || !format_as(candidate, graph_.str(v.text))))
      key.conflict = true;
    if (!key.typed)
      key.type = candidate, key.typed = true;
    else if (key.type != candidate)
      key.conflict = true;
  }

  void mark_list(std::size_t k) { keys_[k].list = true; }
  Key& operator[](std::size_t k) { return keys_[k]; }
  const std::vector<Key>& keys() const { return keys_; }
  std::vector<Key>& keys() { return keys_; }

 private:
  // An xs:NMTOKEN: ASCII letters, digits and . - _ : kept, anything else '_'.
  std::string unique_name(std::string_view iri) {
    std::string name = graph::compact_name(iri, graph_.prefixes(), {.brackets = false});
    for (char& c : name) {
      const auto u = static_cast<unsigned char>(c);
      if (!(std::isalnum(u) && u < 0x80) && c != '.' && c != '-' && c != '_' && c != ':') c = '_';
    }
    if (name.empty()) name = "_";
    std::string candidate = name;
    for (int n = 2; !names_.insert(candidate).second; ++n) candidate = name + "_" + std::to_string(n);
    return candidate;
  }

  const KnowledgeGraph& graph_;
  const ontology::Ontology* onto_;
  std::set<std::string> names_;
  std::vector<Key> keys_;
  std::unordered_map<Sym, std::size_t> by_sym_;
  std::vector<std::size_t> direct_;  // Sym -> key + 1 (0: look in by_sym_)
};

// One value on an element: the key and the text (a lexical form or IRI).
struct Item {
  std::size_t key;
  std::string_view text;
  bool typed_value;  // a literal (formatted by the key's type) rather than an IRI
};

class GraphmlWriter {
 public:
  GraphmlWriter(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out)
      : graph_(graph),
        onto_(options.ontology),
        out_(out),
        view_(export_view(graph, options)),
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
  void order_nodes() {
    index_.assign(graph_.node_count(), graph::kNone);
    for (const NodeId n : graph_.nodes_by_iri()) {
      if (!view_.node[n]) continue;
      index_[n] = static_cast<std::uint32_t>(order_.size());
      order_.push_back(n);
    }
  }

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

  static void mark_lists(KeySet& keys, const std::vector<Item>& items) {
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
      for (Key& key : keys->keys()) {
        if (!key.used) continue;
        key.id = "d" + std::to_string(next++);
        buf_ += "  <key id=\"" + key.id + "\" for=\"" + domain + "\" attr.name=\"";
        checked([&] { return std::string("key"); }, key.name, key.name);
        buf_ += "\" attr.type=\"";
        buf_ += type_name(key.final_type());
        buf_ += "\">\n    <desc>";
        const bool say_list = key.list && key.desc.find("JSON") == std::string::npos;
        checked([&] { return std::string("key"); }, key.name, key.desc + (say_list ? "; JSON array of strings" : ""));
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
  void write_items(KeySet& keys, const std::vector<Item>& items, const EntityName& entity) {
    for (std::size_t i = 0; i < items.size();) {
      Key& key = keys[items[i].key];
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
        const Type type = key.final_type();
        if (type == Type::kString)
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
    append_number('n', index_[n]);
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
      append_number('n', index_[n]);
      buf_ += "\" target=\"";
      append_number('n', index_[t]);
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
  KeySet node_keys_;
  KeySet edge_keys_;
  std::size_t k_iri_, k_label_, k_class_, k_classes_, k_aliases_, k_description_, k_same_as_;
  std::size_t k_predicate_, k_edge_label_;
  std::vector<std::uint32_t> index_;
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
