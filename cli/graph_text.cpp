// SPDX-License-Identifier: MIT
#include "cli/graph_text.hpp"

#include <algorithm>
#include <ostream>

#include "core/diagnostics.hpp"
#include "exporters/export_view.hpp"
#include "graph/iri.hpp"
#include "graph/names.hpp"
#include "graph/paths.hpp"

namespace kgforge::cli {

std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
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
    for (std::size_t i = 0; i < row.size() && i < width.size(); ++i)
      width[i] = std::max(width[i], display_width(row[i]));
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
  const std::string id = graph::display_id(g, n);
  const std::string_view name = g.name(n);
  if (name.empty() || name == id) return id;
  return std::string(name) + " (" + id + ")";
}

std::string entity_json(const graph::KnowledgeGraph& g, graph::NodeId n) {
  return "{\"iri\": " + json_quote(g.iri(n)) + ", \"id\": " + json_quote(graph::display_id(g, n)) +
         ", \"name\": " + json_quote(g.name(n)) + "}";
}

std::string class_labels(const graph::KnowledgeGraph& g, const ontology::Ontology& onto, graph::NodeId n) {
  std::string out;
  for (graph::Sym c : g.classes(n)) out += (out.empty() ? "" : ", ") + onto.label_of(g.str(c));
  return out;
}

std::string period_text(const graph::KnowledgeGraph& g, graph::EdgeRef e, const graph::TimeProperties& time) {
  return graph::period_text(graph::period_of(g, e, time));
}

graph::ViewOptions view_options(const graph::KnowledgeGraph& g, const exporters::ExportOptions& options,
                                const ontology::Ontology& onto) {
  exporters::ExportOptions with_ontology = options;
  with_ontology.ontology = &onto;
  return exporters::export_view_options(g, with_ontology);
}

}  // namespace kgforge::cli
