// SPDX-License-Identifier: MIT
// The importer interface and registry: one file pair per input format.
#ifndef KGFORGE_IMPORTERS_IMPORTER_HPP
#define KGFORGE_IMPORTERS_IMPORTER_HPP

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/input_file.hpp"

namespace kgforge::graph {
class KnowledgeGraph;
}

namespace kgforge::importers {

struct ImportOptions {
  std::size_t max_errors = 100;  ///< stop collecting after this many errors
  std::string base_iri;          ///< RDF: base IRI for relative IRIs ("" = none: a relative IRI is an error)
  std::uint64_t max_input_bytes = kDefaultMaxInputBytes;  ///< load_files(): files read whole, piped stdin
};

/// Reads one input format into a graph. Problems go to `diags`, located by
/// `source_name`. `in` may be a file of gigabytes (load_files() streams every format
/// but YAML from an InputFile, core/input_file.hpp): read it incrementally and never
/// hold its text whole. A read error or an over-long stdin ends `in` early; the
/// caller reports it (InputFile::throw_if_failed()). An importer adds to `out`, which
/// may already hold other files, straight away, even when it reports errors; callers
/// that need all-or-nothing drop the whole graph on error (load_files() does), so no
/// importer needs a graph of its own.
class Importer {
 public:
  virtual ~Importer() = default;
  virtual void read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
                    const ImportOptions& options) const = 0;
};

/// The importer for a format name or alias of core/formats.hpp ("yaml", "ttl", ...),
/// or nullptr if no importer reads it.
std::unique_ptr<Importer> make_importer(std::string_view format);
/// The canonical names of the formats that have an importer (must be the registry's
/// readable formats; a unit test checks).
std::vector<std::string_view> importer_formats();
/// The canonical format name for a file, from its extension as the registry knows it
/// (.yaml, .ttl, .nt, .rdf, ...), or nullopt if no importer reads that format.
std::optional<std::string> format_for_path(std::string_view path);

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_IMPORTER_HPP
