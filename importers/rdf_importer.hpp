// SPDX-License-Identifier: MIT
// Reading RDF (Turtle, N-Triples, RDF/XML) with Raptor2 into the model.
#ifndef KGFORGE_IMPORTERS_RDF_IMPORTER_HPP
#define KGFORGE_IMPORTERS_RDF_IMPORTER_HPP

#include <string>

#include "importers/importer.hpp"

namespace kgforge::importers {

/// Reads one RDF syntax with Raptor2 (network and file access switched off). The
/// triples map into the model as the RDF writers map out of it:
/// - `rdf:type` with an IRI object: a class of the subject;
/// - `rdfs:label` / `schema:name`: the name (the first one), further distinct ones aliases;
///   `skos:altLabel`: an alias; `rdfs:comment` / `schema:description`: the description;
///   `owl:sameAs`: a same-as link; `dcterms:title` equal to the name is dropped;
///   `kgf:source`: an IRI-valued attribute (where the resource is described);
/// - any other literal: an attribute with its datatype and language;
/// - any other IRI or blank object: an edge;
/// - an `rdf:Statement` reifying a stated triple becomes that edge's qualifiers (a
///   second reification of the same triple, a second edge).
/// With `keep_triples`, the mapping is exact instead: every literal is an attribute
/// (labels keep their language tags), rdf:type an edge-free class, everything else an
/// edge, and reifications stay as they are (the ontology reads itself this way).
/// Every syntax error Raptor reports is a located diagnostic (`rdf-syntax`), and the
/// graph is then incomplete (callers read into a fresh graph; see load_sources()).
/// Raptor's Turtle parser stops at its first error and gives no column; N-Triples
/// errors carry line and column.
class RdfImporter : public Importer {
 public:
  /// `syntax` is Raptor's parser name: "turtle", "ntriples" or "rdfxml".
  explicit RdfImporter(std::string syntax, bool keep_triples = false)
      : syntax_(std::move(syntax)), keep_triples_(keep_triples) {}
  void read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
            const ImportOptions& options) const override;

 private:
  std::string syntax_;
  bool keep_triples_ = false;
};

class TurtleImporter : public RdfImporter {
 public:
  TurtleImporter() : RdfImporter("turtle") {}
};
class NTriplesImporter : public RdfImporter {
 public:
  NTriplesImporter() : RdfImporter("ntriples") {}
};
class RdfXmlImporter : public RdfImporter {
 public:
  RdfXmlImporter() : RdfImporter("rdfxml") {}
};

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_RDF_IMPORTER_HPP
