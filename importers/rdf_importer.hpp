// SPDX-License-Identifier: MIT
// Reading RDF (Turtle, TriG, N-Triples, N-Quads with serd; RDF/XML with Raptor2) into the model.
#ifndef KGFORGE_IMPORTERS_RDF_IMPORTER_HPP
#define KGFORGE_IMPORTERS_RDF_IMPORTER_HPP

#include <string>

#include "importers/importer.hpp"

namespace kgforge::importers {

/// Reads one RDF syntax: Turtle, TriG, N-Triples and N-Quads with serd (streamed;
/// importers/serd_reader.hpp), RDF/XML with Raptor2 (network and file access switched
/// off). Both go through one mapping (importers/rdf_triples.hpp). The triples map into
/// the model as the RDF writers map out of it:
/// - `rdf:type` with an IRI object: a class of the subject;
/// - `rdfs:label` / `schema:name`: the name (the first one), further distinct ones aliases;
///   `skos:altLabel`: an alias; `rdfs:comment` / `schema:description`: the description;
///   `owl:sameAs`: a same-as link; `dcterms:title` equal to the name is dropped;
///   `kgf:source`: an IRI-valued attribute (where the resource is described);
/// - any other literal: an attribute with its datatype and language;
/// - any other IRI or blank object: an edge;
/// - an `rdf:Statement` reifying a stated triple becomes that edge's qualifiers (a
///   second reification of the same triple, a second edge); one whose rdf:object is a
///   literal, the qualifiers of that attribute value (its own kgf:source, ...);
/// - a statement in a named graph (N-Quads, TriG): the graph is a source document
///   (kgf:SourceDocument, unless the file gives it a class), an edge gets the qualifier
///   `kgf:source <graph>`, and any other fact gives its subject the attribute
///   `kgf:source <graph>`, except an attribute value whose reification cites that
///   graph: there the graph is the value's own source (docs/rdf-mapping.md).
/// With `keep_triples`, the mapping is exact instead: every literal is an attribute
/// (labels keep their language tags), rdf:type an edge-free class, everything else an
/// edge, and reifications stay as they are (the ontology reads itself this way).
/// Every syntax error is a located diagnostic (`rdf-syntax`), and the graph is then
/// incomplete (load_sources() drops it). serd's errors carry line and column;
/// N-Triples and N-Quads resume at the next line, so one run reports them all (up to
/// max_errors); Turtle and TriG stop at the first syntax error.
class RdfImporter : public Importer {
 public:
  /// `syntax` is the registry name: "turtle", "trig", "ntriples", "nquads" or "rdfxml".
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
class NQuadsImporter : public RdfImporter {
 public:
  NQuadsImporter() : RdfImporter("nquads") {}
};
class TriGImporter : public RdfImporter {
 public:
  TriGImporter() : RdfImporter("trig") {}
};
class RdfXmlImporter : public RdfImporter {
 public:
  RdfXmlImporter() : RdfImporter("rdfxml") {}
};

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_RDF_IMPORTER_HPP
