// SPDX-License-Identifier: MIT
#include "importers/importer.hpp"

#include "core/formats.hpp"
#include "importers/graphml_importer.hpp"
#include "importers/rdf_importer.hpp"
#include "importers/table_importer.hpp"
#include "importers/yaml_importer.hpp"

namespace kgforge::importers {

namespace {

template <class T>
std::unique_ptr<Importer> make() {
  return std::make_unique<T>();
}

struct Factory {
  std::string_view format;  // canonical name in core/formats.cpp
  std::unique_ptr<Importer> (*make)();
};

// Which class reads each readable format of the registry (core/formats.cpp).
constexpr Factory kFactories[] = {
    {"yaml", &make<YamlImporter>},     {"turtle", &make<TurtleImporter>}, {"ntriples", &make<NTriplesImporter>},
    {"nquads", &make<NQuadsImporter>}, {"trig", &make<TriGImporter>},     {"rdfxml", &make<RdfXmlImporter>},
    {"csv", &make<CsvImporter>},       {"tsv", &make<TsvImporter>},       {"graphml", &make<GraphmlImporter>},
};

}  // namespace

std::unique_ptr<Importer> make_importer(std::string_view format) {
  const formats::Format* f = formats::find(format);
  if (f == nullptr || !f->read) return nullptr;
  for (const Factory& e : kFactories) {
    if (e.format == f->name) return e.make();
  }
  return nullptr;
}

std::vector<std::string_view> importer_formats() {
  std::vector<std::string_view> out;
  for (const Factory& e : kFactories) out.push_back(e.format);
  return out;
}

std::optional<std::string> format_for_path(std::string_view path) {
  const formats::Format* f = formats::for_path(path);
  if (f == nullptr || !f->read) return std::nullopt;
  return std::string(f->name);
}

}  // namespace kgforge::importers
