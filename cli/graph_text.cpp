// SPDX-License-Identifier: MIT
#include "cli/graph_text.hpp"

#include <algorithm>
#include <ostream>

#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/paths.hpp"

namespace kgforge::cli {

std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string clip(std::string_view s, std::size_t max) {
  if (display_width(s) <= max) return std::string(s);
  std::size_t points = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++points == max) break;
  }
  return std::string(s.substr(0, i)) + "…";
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void TextTable::print(std::ostream& out, std::string_view indent) const {
  std::vector<std::size_t> width(header_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < width.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  auto line = [&](const std::vector<std::string>& row) {
    std::string text(indent);
    for (std::size_t i = 0; i < row.size() && i < width.size(); ++i) {
      const std::string pad(width[i] - display_width(row[i]), ' ');
      const bool right = i < right_.size() && right_[i];
      const bool last = i + 1 == row.size();
      text += right ? pad + row[i] : row[i] + (last ? "" : pad);
      if (!last) text += "  ";
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  line(header_);
  for (const auto& row : rows_) line(row);
}

std::string entity_label(const graph::KnowledgeGraph& g, graph::NodeId n) {
  const std::string id = graph::short_id(g, n);
  const std::string_view name = g.name(n);
  if (name.empty() || name == id) return id;
  return std::string(name) + " (" + id + ")";
}

std::string entity_json(const graph::KnowledgeGraph& g, graph::NodeId n) {
  return "{\"iri\": " + json_quote(g.iri(n)) + ", \"id\": " + json_quote(graph::short_id(g, n)) +
         ", \"name\": " + json_quote(g.name(n)) + "}";
}

std::string class_labels(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, graph::NodeId n) {
  std::string out;
  for (graph::Sym c : g.classes(n)) out += (out.empty() ? "" : ", ") + onto.label_of(g.str(c));
  return out;
}

std::string period_text(const graph::KnowledgeGraph& g, graph::EdgeRef e) {
  const graph::Period p = graph::period_of(g, e);
  if (!p.since.empty() && p.since == p.until) return p.since;
  if (!p.since.empty() && !p.until.empty()) return p.since + " – " + p.until;
  if (!p.since.empty()) return "since " + p.since;
  if (!p.until.empty()) return "until " + p.until;
  return "";
}

namespace {

// "Person" -> kgf:Person; "schema:Person" -> its namespace; "<iri>" or an IRI as is.
std::string expand_class(const graph::KnowledgeGraph& g, const std::string& name) {
  if (name.size() > 2 && name.front() == '<' && name.back() == '>') return name.substr(1, name.size() - 2);
  const std::size_t colon = name.find(':');
  if (colon == std::string::npos) return std::string(graph::ns::kKgf) + name;
  const std::string prefix = name.substr(0, colon);
  for (const graph::Prefix& p : g.prefixes()) {
    if (p.prefix == prefix) return p.iri + name.substr(colon + 1);
  }
  for (const graph::WellKnownPrefix& p : graph::kWellKnownPrefixes) {
    if (p.prefix == prefix) return std::string(p.iri) + name.substr(colon + 1);
  }
  return name;
}

}  // namespace

void check_view_classes(const graph::KnowledgeGraph& g, const exporters::ExportOptions& options,
                        const ontology::Ontology& onto) {
  for (const std::string& name : options.classes) {
    const std::string iri = expand_class(g, name);
    if (onto.knows(iri)) continue;
    bool used = false;
    for (graph::NodeId n = 0; n < g.node_count() && !used; ++n) {
      for (graph::Sym c : g.classes(n)) used = used || g.str(c) == iri;
    }
    if (used) continue;
    std::vector<std::string> names;
    for (const ontology::ClassInfo& c : onto.classes()) {
      if (c.iri.starts_with(graph::ns::kKgf)) names.push_back(c.iri.substr(std::string_view(graph::ns::kKgf).size()));
    }
    const std::optional<std::string> near = suggest_nearest(name, std::vector<std::string_view>(names.begin(), names.end()));
    throw UsageError("unknown class '" + name + "' in --classes" + (near ? "; did you mean '" + *near + "'?" : ""));
  }
}

graph::ViewOptions view_options(const graph::KnowledgeGraph& g, const exporters::ExportOptions& options,
                                const ontology::Ontology& onto) {
  check_view_classes(g, options, onto);
  graph::ViewOptions v;
  v.focus = options.focus;
  v.depth = options.depth;
  v.as_of = options.as_of;
  for (const std::string& c : options.classes) v.classes.push_back(expand_class(g, c));
  v.subclass_context = &onto;
  v.is_subclass = [](const void* context, std::string_view sub, std::string_view super) {
    return static_cast<const ontology::Ontology*>(context)->is_subclass_of(sub, super);
  };
  return v;
}

}  // namespace kgforge::cli
