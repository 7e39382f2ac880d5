// SPDX-License-Identifier: MIT
#include "exporters/exporter.hpp"

#include "core/formats.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/gexf_exporter.hpp"
#include "exporters/graphml_exporter.hpp"
#include "exporters/html_exporter.hpp"
#include "exporters/jsonld_exporter.hpp"
#include "exporters/ntriples_exporter.hpp"
#include "exporters/rdfxml_exporter.hpp"
#include "exporters/render_exporter.hpp"
#include "exporters/table_exporter.hpp"
#include "exporters/turtle_exporter.hpp"

namespace kgforge::exporters {

namespace {

template <class T>
std::unique_ptr<Exporter> make() {
  return std::make_unique<T>();
}

struct Factory {
  std::string_view format;  // canonical name in core/formats.cpp
  std::unique_ptr<Exporter> (*make)();
};

// Which class writes each writable format of the registry (core/formats.cpp).
constexpr Factory kFactories[] = {
    {"turtle", &make<TurtleExporter>},   {"ntriples", &make<NTriplesExporter>}, {"rdfxml", &make<RdfXmlExporter>},
    {"graphml", &make<GraphmlExporter>}, {"dot", &make<DotExporter>},           {"svg", &make<SvgExporter>},
    {"png", &make<PngExporter>},         {"pdf", &make<PdfExporter>},           {"nquads", &make<NQuadsExporter>},
    {"trig", &make<TrigExporter>},       {"jsonld", &make<JsonLdExporter>},     {"csv", &make<CsvExporter>},
    {"tsv", &make<TsvExporter>},         {"kgx", &make<KgxExporter>},           {"gexf", &make<GexfExporter>},
    {"html", &make<HtmlExporter>},
};

}  // namespace

std::unique_ptr<Exporter> make_exporter(std::string_view format) {
  const formats::Format* f = formats::find(format);
  if (f == nullptr || !f->write) return nullptr;
  for (const Factory& e : kFactories) {
    if (e.format == f->name) return e.make();
  }
  return nullptr;
}

std::vector<std::string_view> exporter_formats() {
  std::vector<std::string_view> out;
  for (const Factory& e : kFactories) out.push_back(e.format);
  return out;
}

}  // namespace kgforge::exporters
