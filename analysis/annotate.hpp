// SPDX-License-Identifier: MIT
// Writing analysis results into the graph itself, so that every exporter carries them:
// typed node attributes (kgf:pagerank "1.2E-2"^^xsd:double, kgf:degree 7, ...), a
// display weight for diagram writers, and for RDF a PROV-O record of how they were made.
#ifndef KGFORGE_ANALYSIS_ANNOTATE_HPP
#define KGFORGE_ANALYSIS_ANNOTATE_HPP

#include <string>
#include <string_view>

#include "analysis/analysis.hpp"

namespace kgforge::analysis {

/// The attribute a diagram writer maps to node size / pen width: kgf:displayWeight, an
/// xsd:double in [0, 1] (the display measure divided by its maximum).
inline constexpr std::string_view kDisplayWeight = "displayWeight";

struct AnnotateOptions {
  /// The column whose value / max becomes kgf:displayWeight; "" = the first column of
  /// the first measure that is not "components"; "none" = no display weight.
  std::string display_column;
};

/// Adds every column of `result` to its node as a kAttribute with predicate
/// kgf:<column predicate> (xsd:integer or xsd:double, canonical lexical forms), plus
/// kgf:displayWeight. `g` must be the AnalysisGraph `result` was computed on.
/// Returns the column used for the display weight ("" if none).
std::string annotate(graph::KnowledgeGraph& graph, const graph::AnalysisGraph& g, const AnalysisResult& result,
                     const AnnotateOptions& options = {});

struct ProvenanceOptions {
  std::string software = "kgforge";  ///< name and version of the program, for the prov:SoftwareAgent
};

/// Records how the annotations were made, for RDF writers (call after annotate()):
///  - per measure, an activity <base>analysis/<measure> a prov:Activity, with an
///    rdfs:label, kgf:algorithm (description), kgf:networkxEquivalent, prov:used <base>
///    (the knowledge base), prov:wasAssociatedWith kgf:kgforge (a prov:SoftwareAgent),
///    and one kgf:parameter [ rdfs:label "alpha" ; rdf:value 0.85 ] per parameter;
///  - per annotated value, a reified statement [ a rdf:Statement ; rdf:subject <node> ;
///    rdf:predicate kgf:pagerank ; rdf:object value ; prov:wasGeneratedBy <activity> ].
/// It adds nodes and relations, so call it on the graph given to RDF writers only.
void add_provenance(graph::KnowledgeGraph& graph, const graph::AnalysisGraph& g, const AnalysisResult& result,
                    const std::string& display_column, const ProvenanceOptions& options = {});

}  // namespace kgforge::analysis

#endif  // KGFORGE_ANALYSIS_ANNOTATE_HPP
