// SPDX-License-Identifier: MIT
#include "core/formats.hpp"

#include <algorithm>

namespace kgforge::formats {

namespace {

using K = Kind;

// The one table of formats. To add a format, add its row here (docs: CONTRIBUTING.md).
//  name        aliases                extensions               kind          read   write  stream qual   build
constexpr Format kFormats[] = {
    {"yaml",
     {"yml"},
     {"yaml", "yml"},
     K::kKb,
     true,
     false,
     false,
     true,
     false,
     "application/yaml",
     "kgforge YAML knowledge base"},
    {"turtle", {"ttl"}, {"ttl"}, K::kRdf, true, true, true, true, true, "text/turtle", "Turtle"},
    {"ntriples", {"nt"}, {"nt"}, K::kRdf, true, true, true, true, true, "application/n-triples", "N-Triples"},
    {"rdfxml",
     {"rdf", "owl", "xml"},
     {"rdf", "owl", "xml"},
     K::kRdf,
     true,
     true,
     false,
     true,
     true,
     "application/rdf+xml",
     "RDF/XML"},
    {"graphml", {}, {"graphml"}, K::kGraph, true, true, false, true, true, "application/graphml+xml", "GraphML"},
    {"gexf", {}, {"gexf"}, K::kGraph, false, true, false, true, false, "application/gexf+xml", "GEXF (Gephi)"},
    {"dot", {"gv"}, {"dot", "gv"}, K::kDiagram, false, true, false, false, true, "text/vnd.graphviz", "Graphviz DOT"},
    {"svg", {}, {"svg"}, K::kImage, false, true, false, false, true, "image/svg+xml", "SVG"},
    {"png", {}, {"png"}, K::kImage, false, true, false, false, false, "image/png", "PNG"},
    {"pdf", {}, {"pdf"}, K::kImage, false, true, false, false, false, "application/pdf", "PDF"},
    {"nquads", {"nq"}, {"nq"}, K::kRdf, true, true, true, true, false, "application/n-quads", "N-Quads"},
    {"trig", {}, {"trig"}, K::kRdf, true, true, true, true, false, "application/trig", "TriG"},
    {"jsonld", {"json-ld"}, {"jsonld"}, K::kRdf, false, true, true, true, false, "application/ld+json", "JSON-LD"},
    {"csv", {}, {"csv"}, K::kTable, true, true, true, true, false, "text/csv", "CSV node and edge tables"},
    {"tsv", {}, {"tsv"}, K::kTable, true, true, true, true, false, "text/tab-separated-values", "TSV tables"},
    {"kgx", {}, {"kgx"}, K::kTable, false, true, true, true, false, "text/tab-separated-values", "KGX TSV tables"},
    {"html", {"htm"}, {"html", "htm"}, K::kPage, false, true, false, true, false, "text/html", "interactive HTML view"},
};

bool same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto low = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return low(x) == low(y);
         });
}

}  // namespace

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case K::kKb:
      return "kb";
    case K::kRdf:
      return "rdf";
    case K::kGraph:
      return "graph";
    case K::kDiagram:
      return "diagram";
    case K::kImage:
      return "image";
    case K::kTable:
      return "table";
    case K::kPage:
      return "page";
  }
  return "";
}

std::span<const Format> all() { return kFormats; }

const Format* find(std::string_view name) {
  if (name.empty()) return nullptr;
  for (const Format& f : kFormats) {
    if (same(f.name, name)) return &f;
    for (std::string_view a : f.aliases) {
      if (!a.empty() && same(a, name)) return &f;
    }
  }
  return nullptr;
}

const Format* for_path(std::string_view path) {
  const std::size_t dot = path.find_last_of('.');
  const std::size_t slash = path.find_last_of('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return nullptr;
  const std::string_view ext = path.substr(dot + 1);
  for (const Format& f : kFormats) {
    for (std::string_view e : f.extensions) {
      if (!e.empty() && same(e, ext)) return &f;
    }
  }
  return nullptr;
}

bool Filter::matches(const Format& f) const {
  if (read && !f.read) return false;
  if (write && !f.write) return false;
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), f.kind) != kinds.end();
}

Filter readable(std::vector<Kind> kinds) { return Filter{true, false, std::move(kinds)}; }
Filter writable(std::vector<Kind> kinds) { return Filter{false, true, std::move(kinds)}; }

std::vector<const Format*> select(const Filter& filter) {
  std::vector<const Format*> out;
  for (const Format& f : kFormats) {
    if (filter.matches(f)) out.push_back(&f);
  }
  return out;
}

std::string names(const Filter& filter) {
  std::string out;
  for (const Format* f : select(filter)) out += (out.empty() ? "" : ", ") + std::string(f->name);
  return out;
}

std::string extensions(const Filter& filter) {
  std::string out;
  for (const Format* f : select(filter)) {
    for (std::string_view e : f->extensions) {
      if (!e.empty()) out += (out.empty() ? "." : ", .") + std::string(e);
    }
  }
  return out;
}

bool has_kind(std::string_view name, Kind kind) {
  const Format* f = find(name);
  return f != nullptr && f->kind == kind;
}

std::string_view extension_for(std::string_view name) {
  const Format* f = find(name);
  return f ? f->extensions.front() : std::string_view();
}

}  // namespace kgforge::formats
