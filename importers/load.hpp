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

/// A file to load: its name (used in diagnostics), its text, and its format ("yaml",
/// "turtle", "ntriples", "rdfxml"; empty: from the name's extension).
struct SourceText {
  std::string name;
  std::string text;
  std::string format = {};
};

/// Loads every source into one graph. YAML knowledge bases are read together, so a
/// relation in one file may name an entity of another, and an id defined in two
/// files is an error citing both; RDF files are merged in. Returns the graph, or
/// nullopt if any error was reported (then nothing was loaded). The format of each
/// source is its `format`, or comes from its name's extension.
std::optional<graph::KnowledgeGraph> load_sources(const std::vector<SourceText>& sources, Diagnostics& diags,
                                                  const ImportOptions& options = {});

/// Reads the files and calls load_sources(). An unreadable file is an error
/// diagnostic ("cannot-read"), not an exception.
std::optional<graph::KnowledgeGraph> load_files(const std::vector<std::string>& paths, Diagnostics& diags,
                                                const ImportOptions& options = {});

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_LOAD_HPP
