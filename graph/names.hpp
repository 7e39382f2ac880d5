// SPDX-License-Identifier: MIT
// Class and property names as users write them (in a KB file or in --classes):
// the one rule that turns a name into an IRI, and the short form back.
#ifndef KGFORGE_GRAPH_NAMES_HPP
#define KGFORGE_GRAPH_NAMES_HPP

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kgforge::graph {

/// Why a name stands for no IRI.
enum class NameProblem { kNone, kUnknownPrefix, kBadLocalPart, kBadBareName, kBadIri };

/// The IRI a name stands for, or why it stands for none.
struct NameExpansion {
  std::string iri;  ///< the IRI (with kBadIri: the IRI that is bad)
  NameProblem problem = NameProblem::kNone;
  std::string detail;  ///< kUnknownPrefix: the prefix; kBadIri: what is wrong with it
  bool ok() const { return problem == NameProblem::kNone; }
  /// "unknown prefix 'foo'", "bad IRI '...': ...": the problem in words ("" if ok).
  std::string message() const;
};

/// The namespace IRI of `prefix`: the last declaration of it in `declared`, else the
/// well-known one (graph/vocab.hpp), else "".
std::string_view prefix_iri(std::string_view prefix, const std::vector<Prefix>& declared);

/// Expands a class or property name:
///   `<IRI>`          the IRI;
///   `scheme://...`   an absolute IRI, as it is;
///   `prefix:local`   a prefix of `declared` (a later declaration wins) or a well-known
///                    one (graph/vocab.hpp); the local part holds letters, digits, `_`,
///                    `-`, `.` or non-ASCII;
///   `Name`           an XML name: kgf:Name.
/// The IRI must pass iri_problem().
NameExpansion expand_name(std::string_view name, const std::vector<Prefix>& declared);

/// How compact_name() writes what it cannot shorten, and kgf: terms.
struct CompactStyle {
  bool bare_kgf = true;  ///< a kgf: term as its bare local name ("Person"), else "kgf:Person"
  bool brackets = true;  ///< an IRI no prefix fits as `<iri>`, else as it is
};

/// The one short form of an IRI for people (messages, labels, stats, GraphML keys,
/// the ontology's Markdown): a kgf: term as its bare local name ("Person"), else
/// prefix:local for a declared (a later declaration wins) or well-known prefix whose
/// local part is an XML name, else `<iri>`. With the default style,
/// expand_name(compact_name(i)) == i.
std::string compact_name(std::string_view iri, const std::vector<Prefix>& declared, CompactStyle style = {});

/// A node's id for people: its IRI without the graph's base when what is left holds
/// no ':' (so it cannot collide with a full IRI) and does not start with '%' (Graphviz
/// reads "%20" as an internal object number), `_:label` for a blank node, else the IRI. Distinct nodes always get
/// distinct display ids. Every command and writer that shows an id (path, neighbours, analyze, DOT, error messages)
/// uses this one.
std::string display_id(const KnowledgeGraph& graph, NodeId n);

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_NAMES_HPP
