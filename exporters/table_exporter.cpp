// SPDX-License-Identifier: MIT
#include "exporters/table_exporter.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>
#include <unordered_map>

#include "core/error.hpp"
#include "exporters/export_view.hpp"
#include "exporters/network_writer.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/view.hpp"
#include "graph/vocab.hpp"
#include "ontology/column_names.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::exporters {

namespace {

using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Value;

// Headers a property column must not take: the table reader would give them a role.
constexpr std::string_view kNodeReserved[] = {"id",          "node_id",    "iri",      "uri",     "name",    "label",
                                              "category",    "categories", "class",    "classes", "type",    "types",
                                              "description", "synonym",    "synonyms", "alias",   "aliases", "same_as",
                                              "subject",     "source",     "from",     "object",  "target",  "to"};
constexpr std::string_view kEdgeReserved[] = {
    "subject",    "source", "from", "object",        "target",  "to",    "predicate", "relation",
    "edge_label", "id",     "type", "time_interval", "timeset", "label", "start",     "end"};

// Appends `value` to the `|` list `to` (a `|` first unless `to` is empty), `|` written
// `\|`, and a `\` before `|`, `\` or the end written `\\` (the reader reads `\|` and `\\`
// back, any other `\` as it is).
void append_item(std::string& to, std::string_view value) {
  if (!to.empty()) to += '|';
  if (value.find_first_of("|\\") == std::string_view::npos) {
    to += value;
    return;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '|') {
      to += "\\|";
    } else if (c == '\\' && (i + 1 == value.size() || value[i + 1] == '|' || value[i + 1] == '\\')) {
      to += "\\\\";
    } else {
      to += c;
    }
  }
}

// The rows are built in one buffer, handed to the stream a megabyte at a time; the
// things every row repeats (node ids, terms, column places) are computed once.
class Writer {
 public:
  Writer(const KnowledgeGraph& g, const ExportOptions& options, TableStyle style, char delimiter, std::ostream& out)
      : g_(g), onto_(options.ontology), style_(style), delimiter_(delimiter), out_(out) {
    view_ = export_view(g, options);
    for (const char c : {delimiter, '"', '\n', '\r'}) special_[static_cast<unsigned char>(c)] = true;
    node_ids();
  }
  void nodes();
  void edges();

 private:
  bool kgx() const { return style_ == TableStyle::kKgx; }
  std::string_view bare_namespace() const { return kgx() ? vocab::ns::kBiolink : vocab::ns::kKgfColumn; }
  void field(std::string_view text, bool first);
  void end_row() {
    buf_ += "\r\n";
    if (buf_.size() > (1u << 20)) flush();
  }
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  std::unordered_map<graph::Sym, std::size_t> header_row(const std::vector<std::string_view>& fixed,
                                                         const std::map<std::string, graph::Sym>& columns);
  const std::string& term(graph::Sym iri);
  void append_value(std::string& cell, graph::Sym property, const Value& v);
  bool object_property(graph::Sym property);
  void node_ids();
  std::string_view id_of(NodeId n) const { return std::string_view(ids_).substr(id_at_[n], id_at_[n + 1] - id_at_[n]); }

  const KnowledgeGraph& g_;
  const ontology::Ontology* onto_;
  TableStyle style_;
  char delimiter_;
  std::ostream& out_;
  graph::View view_;
  bool special_[256] = {};  // the bytes that make a field quoted
  std::string buf_;
  std::string scratch_;
  std::string ids_;                 // every node's id (node_ids()), end to end
  std::vector<std::size_t> id_at_;  // NodeId -> offset in ids_ (node_count() + 1 entries)
  std::unordered_map<graph::Sym, std::string> terms_;
  std::unordered_map<graph::Sym, bool> object_properties_;
};

void Writer::field(std::string_view text, bool first) {
  if (!first) buf_ += delimiter_;
  bool quote = !text.empty() && (text.front() == ' ' || text.back() == ' ');
  for (std::size_t i = 0; !quote && i < text.size(); ++i) quote = special_[static_cast<unsigned char>(text[i])];
  if (!quote) {
    buf_ += text;
    return;
  }
  buf_ += '"';
  for (const char c : text) {
    if (c == '"') buf_ += '"';
    buf_ += c;
  }
  buf_ += '"';
}

// Writes the header row (the fixed columns, then one a property) and returns each
// property's place among the property columns.
std::unordered_map<graph::Sym, std::size_t> Writer::header_row(const std::vector<std::string_view>& fixed,
                                                               const std::map<std::string, graph::Sym>& columns) {
  bool first = true;
  for (std::string_view h : fixed) {
    field(h, first);
    first = false;
  }
  for (const auto& [header, property] : columns) field(header, false);
  end_row();
  std::unordered_map<graph::Sym, std::size_t> index;
  std::size_t i = 0;
  for (const auto& [header, property] : columns) index[property] = i++;
  return index;
}

// A class or predicate as the reader reads it back: a bare kgf: name (KGX: kgf:Name,
// a CURIE as KGX wants), prefix:local, or <IRI>; once per term.
const std::string& Writer::term(graph::Sym iri) {
  auto [it, added] = terms_.try_emplace(iri);
  if (!added) return it->second;
  std::string name = graph::compact_name(g_.str(iri), ontology::table_prefixes({}));
  if (kgx() && name.find(':') == std::string::npos && !name.starts_with('<')) name = "kgf:" + name;
  it->second = std::move(name);
  return it->second;
}

bool Writer::object_property(graph::Sym property) {
  if (onto_ == nullptr) return false;
  auto [it, added] = object_properties_.try_emplace(property);
  if (added) {
    const ontology::PropertyInfo* info = onto_->find_property(g_.str(property));
    it->second = info != nullptr && info->kind == ontology::PropertyInfo::Kind::kObject;
  }
  return it->second;
}

// Appends a value to a cell's list: a literal's lexical form; an IRI as the id of its
// node when the ontology makes the property a link (the reader resolves ids there),
// else as <IRI>.
void Writer::append_value(std::string& cell, graph::Sym property, const Value& v) {
  const std::string_view text = g_.str(v.text);
  if (v.kind == Value::Kind::kLiteral) return append_item(cell, text);
  if (v.kind == Value::Kind::kBlank) {
    scratch_.assign("_:").append(text);
  } else if (object_property(property)) {
    if (const std::optional<NodeId> n = g_.find_node(text)) {
      scratch_ = id_of(*n);
    } else {
      scratch_.assign(text);
    }
  } else {
    scratch_.assign("<").append(text).append(">");
  }
  append_item(cell, scratch_);
}

// Every node's id, computed once: KGX's is the display id (a KB id, or the IRI: what KGX
// tools resolve and merge on); Gephi's Id is the GraphML/GEXF one (network_ids), so a
// node has one id in the tables, GraphML and GEXF. A node outside the view (the target
// of a link-valued attribute) gets its display id.
void Writer::node_ids() {
  std::vector<std::string> network;
  if (!kgx()) network = network_ids(g_, view_);
  id_at_.assign(g_.node_count() + 1, 0);
  for (NodeId n = 0; n < g_.node_count(); ++n) {
    id_at_[n] = ids_.size();
    ids_ += network.empty() || network[n].empty() ? graph::display_id(g_, n) : network[n];
  }
  id_at_[g_.node_count()] = ids_.size();
}

void Writer::nodes() {
  // The attribute columns: every property some node of the view has, by header.
  std::map<std::string, graph::Sym> columns;
  const std::vector<std::string_view> reserved(std::begin(kNodeReserved), std::end(kNodeReserved));
  const std::vector<NodeId> order = g_.nodes_by_iri();
  std::vector<graph::Sym> seen;
  for (const NodeId n : order) {
    if (!view_.node[n]) continue;
    g_.for_each_property(n, [&](const graph::NodeProperty& p) {
      if (p.role != graph::Role::kAttribute || std::find(seen.begin(), seen.end(), p.predicate) != seen.end()) return;
      seen.push_back(p.predicate);
      columns.emplace(ontology::column_header(g_.str(p.predicate), onto_, bare_namespace(), reserved), p.predicate);
    });
  }
  const std::vector<std::string_view> fixed =
      kgx() ? std::vector<std::string_view>{"id", "category", "name", "description", "synonym", "same_as", "iri"}
            : std::vector<std::string_view>{"Id", "Label", "category", "description", "aliases", "same_as", "iri"};
  const std::unordered_map<graph::Sym, std::size_t> index = header_row(fixed, columns);
  std::vector<std::string> values(columns.size());
  std::string categories, aliases, same_as;
  for (const NodeId n : order) {
    if (!view_.node[n]) continue;
    std::string_view description;
    categories.clear(), aliases.clear(), same_as.clear();
    for (std::string& v : values) v.clear();
    g_.for_each_property(n, [&](const graph::NodeProperty& p) {
      switch (p.role) {
        case graph::Role::kClass:
          append_item(categories, term(p.value.text));
          break;
        case graph::Role::kDescription:
          description = g_.str(p.value.text);  // one description (the model keeps one)
          break;
        case graph::Role::kAlias:
          append_item(aliases, g_.str(p.value.text));
          break;
        case graph::Role::kSameAs:
          append_item(same_as, g_.str(p.value.text));
          break;
        case graph::Role::kAttribute:
          append_value(values[index.at(p.predicate)], p.predicate, p.value);
          break;
      }
    });
    field(id_of(n), true);
    if (kgx()) field(categories, false);
    field(g_.name(n), false);
    if (!kgx()) field(categories, false);
    field(description, false);
    field(aliases, false);
    field(same_as, false);
    field(g_.node(n).blank ? std::string_view() : g_.iri(n), false);
    for (const std::string& v : values) field(v, false);
    end_row();
  }
  flush();
}

void Writer::edges() {
  std::map<std::string, graph::Sym> columns;
  const std::vector<std::string_view> reserved(std::begin(kEdgeReserved), std::end(kEdgeReserved));
  std::vector<graph::Sym> seen;
  auto in_view = [&](graph::EdgeRef e) {
    return view_.edge[g_.edge(e).id] && view_.node[g_.source(e)] && view_.node[g_.target(e)];
  };
  g_.for_each_edge([&](graph::EdgeRef e) {
    if (!in_view(e)) return;
    g_.for_each_qualifier(e, [&](const graph::Qualifier& q) {
      if (std::find(seen.begin(), seen.end(), q.predicate) != seen.end()) return;
      seen.push_back(q.predicate);
      columns.emplace(ontology::column_header(g_.str(q.predicate), onto_, bare_namespace(), reserved), q.predicate);
    });
  });
  const std::vector<std::string_view> fixed = kgx()
                                                  ? std::vector<std::string_view>{"subject", "predicate", "object"}
                                                  : std::vector<std::string_view>{"Source", "Target", "Type", "Label"};
  const std::unordered_map<graph::Sym, std::size_t> index = header_row(fixed, columns);
  std::vector<std::string> values(columns.size());
  g_.for_each_edge([&](graph::EdgeRef e) {
    if (!in_view(e)) return;
    for (std::string& v : values) v.clear();
    g_.for_each_qualifier(
        e, [&](const graph::Qualifier& q) { append_value(values[index.at(q.predicate)], q.predicate, q.value); });
    const std::string& predicate = term(g_.edge(e).predicate);
    field(id_of(g_.source(e)), true);
    if (kgx()) {
      field(predicate, false);
      field(id_of(g_.target(e)), false);
    } else {
      field(id_of(g_.target(e)), false);
      field("Directed", false);
      field(predicate, false);
    }
    for (const std::string& v : values) field(v, false);
    end_row();
  });
  flush();
}

}  // namespace

void TableExporter::write(const graph::KnowledgeGraph& /*graph*/, const ExportOptions& /*options*/,
                          std::ostream& /*out*/) const {
  const std::vector<std::string> names = parts();
  throw UsageError("a table export is two files, NAME" + names[0] + " and NAME" + names[1] +
                   ": give their name with -o NAME (it cannot go to standard output)");
}

std::vector<std::string> TableExporter::parts() const { return {"_nodes." + extension_, "_edges." + extension_}; }

void TableExporter::write_part(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::size_t index,
                               std::ostream& out) const {
  Writer writer(graph, options, style_, delimiter_, out);
  if (index == 0) {
    writer.nodes();
  } else {
    writer.edges();
  }
}

}  // namespace kgforge::exporters
