// SPDX-License-Identifier: MIT
// Loading a knowledge base from one or more files (or texts in memory), all or nothing.
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

/// A file to load: its path ("-" = standard input) and its format (as SourceText).
struct SourceFile {
  std::string path;
  std::string format = {};
};

/// Loads every source into one graph. YAML knowledge bases are read together, so a
/// relation in one file may name an entity of another, and an id defined in two
/// files (or two ids that give the same IRI) is an error citing both; the other
/// formats are read straight into the same graph, one after the other. Returns the
/// graph, or nullopt if any error was reported (then nothing was loaded: the graph is
/// dropped). The format of each source is its `format`, or comes from its name's
/// extension.
std::optional<graph::KnowledgeGraph> load_sources(const std::vector<SourceText>& sources, Diagnostics& diags,
                                                  const ImportOptions& options = {});

/// As load_sources(), but returns whatever could be read even when errors were
/// reported, so that later checks (the ontology, the writers' rules) still run on
/// it and one run shows every problem. The caller must not use the graph as a
/// result when `diags` has errors.
graph::KnowledgeGraph load_sources_partial(const std::vector<SourceText>& sources, Diagnostics& diags,
                                           const ImportOptions& options = {});

/// As load_sources_partial(), reading files. Every file is opened first (InputFile:
/// regular files and "-" only), so one that cannot be opened throws IoError before
/// anything is parsed. YAML files are read whole (at most options.max_input_bytes
/// each); every other format is streamed from the file, so its text is never held
/// (only standard input from a pipe is bounded, by options.max_input_bytes). Throws
/// IoError for a file that cannot be read.
graph::KnowledgeGraph load_files_partial(const std::vector<SourceFile>& files, Diagnostics& diags,
                                         const ImportOptions& options = {});

/// load_files_partial(), all or nothing as load_sources().
std::optional<graph::KnowledgeGraph> load_files(const std::vector<std::string>& paths, Diagnostics& diags,
                                                const ImportOptions& options = {});

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_LOAD_HPP
