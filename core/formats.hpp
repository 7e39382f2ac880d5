// SPDX-License-Identifier: MIT
// The format registry: the one table of every format kgforge reads or writes, with
// its names, file extensions, kind and capabilities. Importers, exporters and the CLI
// all ask it; importers/ and exporters/ only map a Format to a factory.
#ifndef KGFORGE_CORE_FORMATS_HPP
#define KGFORGE_CORE_FORMATS_HPP

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kgforge::formats {

enum class Kind {
  kKb,       ///< a knowledge base written by people (YAML)
  kRdf,      ///< an RDF syntax
  kGraph,    ///< a property-graph exchange format (GraphML)
  kDiagram,  ///< a diagram description for a layout engine (DOT)
  kImage,    ///< a laid-out picture (SVG, PNG, PDF)
  kTable,    ///< rows of values
  kPage,     ///< an interactive page, laid out and self-contained (HTML)
};

/// "kb", "rdf", "graph", "diagram", "image", "table", "page".
std::string_view kind_name(Kind kind);

/// One row of the registry. Unused alias/extension slots are "".
struct Format {
  std::string_view name;                       ///< canonical name: "turtle"
  std::array<std::string_view, 3> aliases;     ///< other names accepted for it: "ttl"
  std::array<std::string_view, 3> extensions;  ///< without the dot; the first is the one written
  Kind kind;
  bool read;           ///< an importer exists (kgforge build/validate/... accept it as input)
  bool write;          ///< an exporter exists
  bool streamed;       ///< the writer streams (memory independent of the number of triples)
  bool qualifiers;     ///< relation qualifiers (since, until, role, ...) survive a write
  bool default_build;  ///< written by `kgforge build` when --formats is not given
  std::string_view media_type;
  std::string_view title;  ///< for help text: "Turtle"
};

/// Every format, in registry order (the order help text lists them in).
std::span<const Format> all();

/// The format whose name or alias is `name` (case-insensitive), or nullptr.
const Format* find(std::string_view name);

/// The format a path's extension names (case-insensitive), or nullptr.
const Format* for_path(std::string_view path);

/// The formats that can be read (`read`) or written (`write`), optionally of some kinds.
struct Filter {
  bool read = false;
  bool write = false;
  std::vector<Kind> kinds;  ///< empty: any kind
  bool matches(const Format& f) const;
};
/// The formats that can be read / written, of `kinds` (empty: any kind).
Filter readable(std::vector<Kind> kinds = {});
Filter writable(std::vector<Kind> kinds = {});
std::vector<const Format*> select(const Filter& filter);

/// The canonical names of the formats `filter` selects, joined with ", ".
std::string names(const Filter& filter);
/// Their extensions (each with its dot), joined with ", ": ".yaml, .yml, .ttl, ...".
std::string extensions(const Filter& filter);

/// True if `name` is a format (name or alias) of this kind.
bool has_kind(std::string_view name, Kind kind);

/// The file extension written for a format ("ttl"); "" if `name` is unknown.
std::string_view extension_for(std::string_view name);

}  // namespace kgforge::formats

#endif  // KGFORGE_CORE_FORMATS_HPP
