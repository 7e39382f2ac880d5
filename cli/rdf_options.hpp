// SPDX-License-Identifier: MIT
// The RDF writers' options shared by build, export and convert: --entail[=VOCABULARIES]
// and --qualifiers reify|star (docs/rdf-mapping.md).
#ifndef KGFORGE_CLI_RDF_OPTIONS_HPP
#define KGFORGE_CLI_RDF_OPTIONS_HPP

#include <string>
#include <vector>

#include "exporters/exporter.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace kgforge::cli {

struct RdfCliOptions {
  std::vector<std::string> entail;  ///< --entail's vocabularies (none given: all)
  CLI::Option* entail_option = nullptr;
  std::string qualifiers = "reify";  ///< --qualifiers reify|star
};

/// Adds --entail[=schema,org,foaf,prov,...] and --qualifiers reify|star to `sub`.
void add_rdf_options(CLI::App* sub, RdfCliOptions& options);

/// Copies the parsed options into `out` (throws UsageError for an unknown vocabulary).
void apply_rdf_options(const RdfCliOptions& options, exporters::ExportOptions& out);

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_RDF_OPTIONS_HPP
