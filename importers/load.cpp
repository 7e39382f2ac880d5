// SPDX-License-Identifier: MIT
#include "importers/load.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kgforge::importers {

std::optional<graph::KnowledgeGraph> load_sources(const std::vector<SourceText>& sources, Diagnostics& diags,
                                                  const ImportOptions& options) {
  graph::KnowledgeGraph result;
  const std::size_t errors_before = diags.error_count();
  for (const SourceText& source : sources) {
    const std::optional<std::string> format = format_for_path(source.name);
    std::unique_ptr<Importer> importer = format ? make_importer(*format) : nullptr;
    if (!importer) {
      diags.error({source.name, 0, 0}, "unknown-format",
                  "cannot tell the format of this file from its extension (expected .yaml, .yml, .ttl, .nt, .rdf)");
      continue;
    }
    graph::KnowledgeGraph part;
    std::istringstream in(source.text);
    importer->read(in, source.name, part, diags, options);
    result.merge(part);
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return result;
}

std::optional<graph::KnowledgeGraph> load_files(const std::vector<std::string>& paths, Diagnostics& diags,
                                                const ImportOptions& options) {
  std::vector<SourceText> sources;
  bool ok = true;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      diags.error({path, 0, 0}, "cannot-read", std::string("cannot open file: ") + std::strerror(errno));
      ok = false;
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    sources.push_back({path, text.str()});
  }
  if (!ok) return std::nullopt;
  return load_sources(sources, diags, options);
}

}  // namespace kgforge::importers
