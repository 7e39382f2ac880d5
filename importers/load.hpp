// SPDX-License-Identifier: MIT
// Loading a knowledge base from one or more files, all or nothing.
#ifndef KGFORGE_IMPORTERS_LOAD_HPP
#define KGFORGE_IMPORTERS_LOAD_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/importer.hpp"

namespace kgforge::importers {

/// A file to load: its name (used in diagnostics) and its text.
struct SourceText {
  std::string name;
  std::string text;
};

/// Loads every source into one graph. YAML knowledge bases are read together, so a
/// relation in one file may name an entity of another, and an id defined in two
/// files (or two ids that give the same IRI) is an error citing both; RDF files are
/// merged in. Returns the graph, or nullopt if any error was reported (then nothing
/// was loaded). The format of each source comes from its name's extension.
std::optional<graph::KnowledgeGraph> load_sources(const std::vector<SourceText>& sources, Diagnostics& diags,
                                                  const ImportOptions& options = {});

/// As load_sources(), but returns whatever could be read even when errors were
/// reported, so that later checks (the ontology, the writers' rules) still run on
/// it and one run shows every problem. The caller must not use the graph as a
/// result when `diags` has errors.
graph::KnowledgeGraph load_sources_partial(const std::vector<SourceText>& sources, Diagnostics& diags,
                                           const ImportOptions& options = {});

/// Reads each file whole with read_input_file() (regular files and "-" only, at most
/// options.max_input_bytes each). Throws IoError for a file that cannot be read.
std::vector<SourceText> read_sources(const std::vector<std::string>& paths, const ImportOptions& options = {});

/// read_sources(), then load_sources().
std::optional<graph::KnowledgeGraph> load_files(const std::vector<std::string>& paths, Diagnostics& diags,
                                                const ImportOptions& options = {});

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_LOAD_HPP
