// SPDX-License-Identifier: MIT
// The YAML knowledge-base reader (docs/kb-format.md).
#ifndef KGFORGE_IMPORTERS_YAML_IMPORTER_HPP
#define KGFORGE_IMPORTERS_YAML_IMPORTER_HPP

#include <string_view>
#include <vector>

#include "importers/importer.hpp"

namespace kgforge::importers {

/// One YAML file of a knowledge base: its name (for diagnostics) and its text.
struct YamlSource {
  std::string_view name;
  std::string_view text;
};

/// Reads several YAML files as one knowledge base: a relation in one file may name
/// an entity of another, and an id defined twice (in one file or in two) is a
/// `duplicate-id` error citing both places. Every problem goes to `diags` (up to its
/// limit). Adds to `out` even when it reports errors; read into a fresh graph and
/// keep it only if no error was reported (load_sources() does).
void read_yaml_kb(const std::vector<YamlSource>& files, graph::KnowledgeGraph& out, Diagnostics& diags,
                  const ImportOptions& options = {});

/// The "yaml" importer: read_yaml_kb() on one file.
class YamlImporter : public Importer {
 public:
  void read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
            const ImportOptions& options) const override;
};

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_YAML_IMPORTER_HPP
