// SPDX-License-Identifier: MIT
#include "importers/load.hpp"

#include <sstream>
#include <utility>

#include "core/formats.hpp"
#include "importers/yaml_importer.hpp"

namespace kgforge::importers {

graph::KnowledgeGraph load_sources_partial(const std::vector<SourceText>& sources, Diagnostics& diags,
                                           const ImportOptions& options) {
  graph::KnowledgeGraph result;
  // YAML files are one knowledge base, read together (cross-file ids, duplicates).
  std::vector<YamlSource> yaml;
  std::vector<std::pair<const SourceText*, std::string>> others;
  for (const SourceText& source : sources) {
    const std::optional<std::string> format =
        source.format.empty() ? format_for_path(source.name) : std::optional<std::string>(source.format);
    if (format == "yaml") {
      yaml.push_back({source.name, source.text});
    } else if (format && make_importer(*format)) {
      others.emplace_back(&source, *format);
    } else {
      diags.error({source.name, 0, 0}, "unknown-format",
                  "cannot tell the format of this file from its extension (expected " +
                      formats::extensions(formats::readable()) + ")");
    }
  }
  if (!yaml.empty()) read_yaml_kb(yaml, result, diags, options);
  for (const auto& [source, format] : others) {
    graph::KnowledgeGraph part;  // RDF parsers may hand over triples before failing
    std::istringstream in(source->text);
    make_importer(format)->read(in, source->name, part, diags, options);
    if (result.node_count() == 0 && result.prefixes().empty() && result.base_iri().empty()) {
      result = std::move(part);  // the first input: no copy of the whole graph
    } else {
      result.merge(part);
    }
  }
  return result;
}

std::optional<graph::KnowledgeGraph> load_sources(const std::vector<SourceText>& sources, Diagnostics& diags,
                                                  const ImportOptions& options) {
  const std::size_t errors_before = diags.error_count() + diags.dropped();
  graph::KnowledgeGraph result = load_sources_partial(sources, diags, options);
  if (diags.error_count() + diags.dropped() > errors_before) return std::nullopt;
  return result;
}

std::vector<SourceText> read_sources(const std::vector<std::string>& paths, const ImportOptions& options) {
  std::vector<SourceText> sources;
  for (const std::string& path : paths) sources.push_back({path, read_input_file(path, options.max_input_bytes)});
  return sources;
}

std::optional<graph::KnowledgeGraph> load_files(const std::vector<std::string>& paths, Diagnostics& diags,
                                                const ImportOptions& options) {
  return load_sources(read_sources(paths, options), diags, options);
}

}  // namespace kgforge::importers
