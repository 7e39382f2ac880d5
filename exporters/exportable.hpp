// SPDX-License-Identifier: MIT
// The rules every writer applies to the text and IRIs it writes, run over a whole
// graph, so that `kgforge validate` refuses what some writer would refuse and a
// valid knowledge base writes every format.
#ifndef KGFORGE_EXPORTERS_EXPORTABLE_HPP
#define KGFORGE_EXPORTERS_EXPORTABLE_HPP

#include "core/diagnostics.hpp"
#include "graph/knowledge_graph.hpp"

namespace kgforge::exporters {

/// Reports, as `not-exportable` errors located where each value was read:
///  - text (names, aliases, descriptions, attribute and qualifier values) and IRIs
///    that XML 1.0 cannot carry (RDF/XML, GraphML, SVG): invalid UTF-8, NUL, C0
///    controls other than TAB/LF/CR, U+FFFE, U+FFFF (markup.hpp xml_char_problem);
///  - IRIs that are not absolute RFC 3987 IRIs (graph::iri_problem): the RDF writers;
///  - U+007F (DEL) in text, which Raptor's RDF/XML writer drops;
///  - predicates that do not end in an XML name, which RDF/XML cannot write;
///  - language tags that are not BCP 47.
/// Each distinct string is checked once.
void check_exportable(const graph::KnowledgeGraph& graph, Diagnostics& diags);

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_EXPORTABLE_HPP
