// SPDX-License-Identifier: MIT
#include "exporters/exporter.hpp"

#include "exporters/ntriples_exporter.hpp"
#include "exporters/rdfxml_exporter.hpp"
#include "exporters/turtle_exporter.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/graphml_exporter.hpp"
#include "exporters/render_exporter.hpp"

namespace kgforge::exporters {

namespace {

template <class T>
std::unique_ptr<Exporter> make() {
  return std::make_unique<T>();
}

struct Entry {
  std::string_view name;
  std::string_view alias;
  std::string_view extension;
  std::unique_ptr<Exporter> (*make)();
};

// The one table that knows every output format. Add a row per exporter.
constexpr Entry kExporters[] = {
    {"", "", "", nullptr},  // placeholder so the table is never empty
    {"turtle", "ttl", "ttl", &make<TurtleExporter>},
    {"ntriples", "nt", "nt", &make<NTriplesExporter>},
    {"rdfxml", "rdf", "rdf", &make<RdfXmlExporter>},
    {"graphml", "", "graphml", &make<GraphmlExporter>},
    {"dot", "gv", "dot", &make<DotExporter>},
    {"svg", "", "svg", &make<SvgExporter>},
    {"png", "", "png", &make<PngExporter>},
    {"pdf", "", "pdf", &make<PdfExporter>},
};

const Entry* find(std::string_view format) {
  for (const Entry& e : kExporters) {
    if (e.make != nullptr && (e.name == format || (!e.alias.empty() && e.alias == format))) return &e;
  }
  return nullptr;
}

}  // namespace

std::unique_ptr<Exporter> make_exporter(std::string_view format) {
  const Entry* e = find(format);
  return e ? e->make() : nullptr;
}

std::vector<std::string> exporter_names() {
  std::vector<std::string> out;
  for (const Entry& e : kExporters) {
    if (e.make != nullptr) out.emplace_back(e.name);
  }
  return out;
}

std::string canonical_format(std::string_view format) {
  const Entry* e = find(format);
  return e ? std::string(e->name) : std::string();
}

std::string extension_for(std::string_view format) {
  const Entry* e = find(format);
  return e ? std::string(e->extension) : std::string();
}

}  // namespace kgforge::exporters
