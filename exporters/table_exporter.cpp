// SPDX-License-Identifier: MIT
#include "exporters/table_exporter.hpp"

#include <algorithm>
#include <map>
#include <ostream>

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

// `value` as one item of a `|` list: `|` written `\|`, and a `\` before `|`, `\` or the
// end written `\\` (the reader reads `\|` and `\\` back, any other `\` as it is).
std::string list_item(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '|') {
      out += "\\|";
    } else if (c == '\\' && (i + 1 == value.size() || value[i + 1] == '|' || value[i + 1] == '\\')) {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out;
}

class Writer {
 public:
  Writer(const KnowledgeGraph& g, const ExportOptions& options, TableStyle style, char delimiter)
      : g_(g), onto_(options.ontology), style_(style), delimiter_(delimiter) {
    view_ = export_view(g, options);
    if (!kgx()) ids_ = network_ids(g, view_);  // Gephi's Id: the GraphML/GEXF id
  }
  void nodes(std::ostream& out);
  void edges(std::ostream& out);

 private:
  bool kgx() const { return style_ == TableStyle::kKgx; }
  // A node's id: KGX's the display id (a KB id, or the IRI), else the network id.
  std::string node_id(NodeId n) const { return kgx() || ids_[n].empty() ? graph::display_id(g_, n) : ids_[n]; }
  std::string_view bare_namespace() const { return kgx() ? vocab::ns::kBiolink : vocab::ns::kKgfColumn; }
  void field(std::ostream& out, std::string_view text, bool first) const;
  std::map<graph::Sym, std::size_t> header_row(std::ostream& out, const std::vector<std::string_view>& fixed,
                                               const std::map<std::string, graph::Sym>& columns) const;
  std::string term(std::string_view iri) const;
  std::string value_text(graph::Sym property, const Value& v) const;
  bool object_property(graph::Sym property) const;

  const KnowledgeGraph& g_;
  const ontology::Ontology* onto_;
  TableStyle style_;
  char delimiter_;
  graph::View view_;
  std::vector<std::string> ids_;  // network_ids(), by NodeId (not for KGX)
};

void Writer::field(std::ostream& out, std::string_view text, bool first) const {
  if (!first) out << delimiter_;
  const bool quote = text.find_first_of(std::string{delimiter_, '"', '\n', '\r'}) != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) {
    out << text;
    return;
  }
  out << '"';
  for (const char c : text) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

// Writes the header row (the fixed columns, then one a property) and returns each
// property's place among the property columns.
std::map<graph::Sym, std::size_t> Writer::header_row(std::ostream& out, const std::vector<std::string_view>& fixed,
                                                     const std::map<std::string, graph::Sym>& columns) const {
  bool first = true;
  for (std::string_view h : fixed) {
    field(out, h, first);
    first = false;
  }
  for (const auto& [header, property] : columns) field(out, header, false);
  out << "\r\n";
  std::map<graph::Sym, std::size_t> index;
  std::size_t i = 0;
  for (const auto& [header, property] : columns) index[property] = i++;
  return index;
}

// A class or predicate as the reader reads it back: a bare kgf: name (KGX: kgf:Name,
// a CURIE as KGX wants), prefix:local, or <IRI>.
std::string Writer::term(std::string_view iri) const {
  std::string name = graph::compact_name(iri, ontology::table_prefixes({}));
  if (kgx() && name.find(':') == std::string::npos && !name.starts_with('<')) name = "kgf:" + name;
  return name;
}

bool Writer::object_property(graph::Sym property) const {
  if (onto_ == nullptr) return false;
  const ontology::PropertyInfo* info = onto_->find_property(g_.str(property));
  return info != nullptr && info->kind == ontology::PropertyInfo::Kind::kObject;
}

// A value: a literal's lexical form; an IRI as the id of its node when the ontology
// makes the property a link (the reader resolves ids there), else as <IRI>.
std::string Writer::value_text(graph::Sym property, const Value& v) const {
  const std::string_view text = g_.str(v.text);
  if (v.kind == Value::Kind::kLiteral) return std::string(text);
  if (v.kind == Value::Kind::kBlank) return "_:" + std::string(text);
  if (object_property(property)) {
    if (const std::optional<NodeId> n = g_.find_node(text)) return node_id(*n);
    return std::string(text);
  }
  return "<" + std::string(text) + ">";
}

void Writer::nodes(std::ostream& out) {
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
  const std::map<graph::Sym, std::size_t> index = header_row(out, fixed, columns);
  std::vector<std::string> values(columns.size());
  for (const NodeId n : order) {
    if (!view_.node[n]) continue;
    std::string categories, description, aliases, same_as;
    for (std::string& v : values) v.clear();
    auto join = [](std::string& to, const std::string& item) { to += (to.empty() ? "" : "|") + item; };
    g_.for_each_property(n, [&](const graph::NodeProperty& p) {
      switch (p.role) {
        case graph::Role::kClass:
          join(categories, list_item(term(g_.str(p.value.text))));
          break;
        case graph::Role::kDescription:
          description = std::string(g_.str(p.value.text));  // one description (the model keeps one)
          break;
        case graph::Role::kAlias:
          join(aliases, list_item(g_.str(p.value.text)));
          break;
        case graph::Role::kSameAs:
          join(same_as, list_item(g_.str(p.value.text)));
          break;
        case graph::Role::kAttribute: {
          std::string& cell = values[index.at(p.predicate)];
          const std::string item = list_item(value_text(p.predicate, p.value));
          cell += (cell.empty() ? "" : "|") + item;
          break;
        }
      }
    });
    const std::string id = node_id(n);
    field(out, id, true);
    if (kgx()) field(out, categories, false);
    field(out, g_.name(n), false);
    if (!kgx()) field(out, categories, false);
    field(out, description, false);
    field(out, aliases, false);
    field(out, same_as, false);
    field(out, g_.node(n).blank ? std::string() : std::string(g_.iri(n)), false);
    for (const std::string& v : values) field(out, v, false);
    out << "\r\n";
  }
}

void Writer::edges(std::ostream& out) {
  std::map<std::string, graph::Sym> columns;
  const std::vector<std::string_view> reserved(std::begin(kEdgeReserved), std::end(kEdgeReserved));
  const std::vector<graph::EdgeRef> order = g_.edges();
  std::vector<graph::Sym> seen;
  auto in_view = [&](graph::EdgeRef e) {
    return view_.edge[g_.edge(e).id] && view_.node[g_.source(e)] && view_.node[g_.target(e)];
  };
  for (const graph::EdgeRef e : order) {
    if (!in_view(e)) continue;
    g_.for_each_qualifier(e, [&](const graph::Qualifier& q) {
      if (std::find(seen.begin(), seen.end(), q.predicate) != seen.end()) return;
      seen.push_back(q.predicate);
      columns.emplace(ontology::column_header(g_.str(q.predicate), onto_, bare_namespace(), reserved), q.predicate);
    });
  }
  const std::vector<std::string_view> fixed = kgx()
                                                  ? std::vector<std::string_view>{"subject", "predicate", "object"}
                                                  : std::vector<std::string_view>{"Source", "Target", "Type", "Label"};
  const std::map<graph::Sym, std::size_t> index = header_row(out, fixed, columns);
  std::vector<std::string> values(columns.size());
  for (const graph::EdgeRef e : order) {
    if (!in_view(e)) continue;
    for (std::string& v : values) v.clear();
    g_.for_each_qualifier(e, [&](const graph::Qualifier& q) {
      std::string& cell = values[index.at(q.predicate)];
      const std::string item = list_item(value_text(q.predicate, q.value));
      cell += (cell.empty() ? "" : "|") + item;
    });
    const std::string predicate = term(g_.predicate(e));
    field(out, node_id(g_.source(e)), true);
    if (kgx()) {
      field(out, predicate, false);
      field(out, node_id(g_.target(e)), false);
    } else {
      field(out, node_id(g_.target(e)), false);
      field(out, "Directed", false);
      field(out, predicate, false);
    }
    for (const std::string& v : values) field(out, v, false);
    out << "\r\n";
  }
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
  Writer writer(graph, options, style_, delimiter_);
  if (index == 0) {
    writer.nodes(out);
  } else {
    writer.edges(out);
  }
}

}  // namespace kgforge::exporters
