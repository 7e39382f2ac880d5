// SPDX-License-Identifier: MIT
#include "importers/importer.hpp"

#include <algorithm>
#include <cctype>

#include "importers/rdf_importer.hpp"
#include "importers/yaml_importer.hpp"

namespace kgforge::importers {

namespace {

template <class T>
std::unique_ptr<Importer> make() {
  return std::make_unique<T>();
}

struct Entry {
  std::string_view name;
  std::unique_ptr<Importer> (*make)();
};

// The one table that knows every input format. Add a row per importer.
constexpr Entry kImporters[] = {
    {"yaml", &make<YamlImporter>},
    {"turtle", &make<TurtleImporter>},
    {"ntriples", &make<NTriplesImporter>},
    {"rdfxml", &make<RdfXmlImporter>},
};

struct Extension {
  std::string_view extension;
  std::string_view format;
};
constexpr Extension kExtensions[] = {
    {".yaml", "yaml"}, {".yml", "yaml"}, {".ttl", "turtle"}, {".nt", "ntriples"}, {".rdf", "rdfxml"}, {".owl", "rdfxml"},
};

}  // namespace

std::unique_ptr<Importer> make_importer(std::string_view format) {
  for (const Entry& e : kImporters) {
    if (e.make != nullptr && e.name == format) return e.make();
  }
  return nullptr;
}

std::optional<std::string> format_for_path(std::string_view path) {
  const std::size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string ext(path.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const Extension& e : kExtensions) {
    if (e.extension == ext) return std::string(e.format);
  }
  return std::nullopt;
}

}  // namespace kgforge::importers
