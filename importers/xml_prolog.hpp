// SPDX-License-Identifier: MIT
// The XML prolog (XML declaration, comments, processing instructions, DOCTYPE) checked
// before an XML parser sees any of it: the readers of XML formats (RDF/XML, GraphML)
// read no file or URL a document names, and GraphML takes no entity declarations.
#ifndef KGFORGE_IMPORTERS_XML_PROLOG_HPP
#define KGFORGE_IMPORTERS_XML_PROLOG_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kgforge::importers {

/// How long a prolog may be before the document is refused.
inline constexpr std::size_t kMaxXmlProlog = 1 << 20;

struct PrologScan {
  bool complete = false;  ///< the whole prolog was seen
  std::size_t at = 0;     ///< byte offset of the problem
  std::string problem;    ///< non-empty: refuse the document
};

/// What a format's reader refuses in a DOCTYPE.
struct PrologRules {
  /// Any `<!ENTITY` in the internal subset (GraphML: its parser is told to load nothing,
  /// and entities have no use in it).
  bool refuse_entities = false;
  /// An external DTD (`<!DOCTYPE graphml SYSTEM "graphml.dtd">`) is allowed: only for a
  /// parser that is told not to load it (GraphML: no XML_PARSE_DTDLOAD).
  bool allow_external_dtd = false;
};

/// Scans the start of an XML document. A DOCTYPE naming anything external (SYSTEM or
/// PUBLIC: an external subset, entity or notation) is a problem, but for what `rules`
/// allow; so is an entity declaration when `rules` refuse them. Incomplete (more text
/// needed) when `text` ends inside the prolog.
PrologScan scan_xml_prolog(std::string_view text, PrologRules rules = {});

/// The 1-based line and column (in characters) of byte `at` of `text`.
TextLocation offset_location(const std::string& path, std::string_view text, std::size_t at);

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_XML_PROLOG_HPP
