// SPDX-License-Identifier: MIT
#include "exporters/rdfxml_exporter.hpp"

#include <raptor2.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "exporters/markup.hpp"
#include "exporters/rdf_mapping.hpp"
#include "exporters/rdf_syntax.hpp"
#include "graph/iri.hpp"

namespace kgforge::exporters {

namespace {

// Raptor's iostream writes into a std::ostream. (Raptor itself escapes a CR in text
// as &#xD;, so XML readers do not turn it into LF.)
int write_byte(void* context, const int byte) {
  auto* out = static_cast<std::ostream*>(context);
  out->put(static_cast<char>(byte));
  return out->good() ? 0 : 1;
}
int write_bytes(void* context, const void* data, size_t size, size_t count) {
  auto* out = static_cast<std::ostream*>(context);
  out->write(static_cast<const char*>(data), static_cast<std::streamsize>(size * count));
  return out->good() ? static_cast<int>(count) : -1;
}
int write_end(void* context) {
  static_cast<std::ostream*>(context)->flush();
  return 0;
}
// Version 2: Raptor 2.0.15 enables writing only for version >= 2 (notes/dependencies.md §1.4).
const raptor_iostream_handler kOstreamHandler = {2,           nullptr,   nullptr, write_byte,
                                                 write_bytes, write_end, nullptr, nullptr};

struct RaptorFree {
  void operator()(raptor_world* p) const { raptor_free_world(p); }
  void operator()(raptor_serializer* p) const { raptor_free_serializer(p); }
  void operator()(raptor_iostream* p) const { raptor_free_iostream(p); }
  void operator()(raptor_uri* p) const { raptor_free_uri(p); }
};
template <class T>
using RaptorPtr = std::unique_ptr<T, RaptorFree>;

const unsigned char* u8(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

class RaptorSink : public TripleSink {
 public:
  RaptorSink(raptor_world* world, raptor_serializer* serializer, std::uint32_t key_limit)
      : world_(world), serializer_(serializer), checked_(key_limit, false) {}

  void triple(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) override {
    if (p.key == 0 || !checked_[p.key]) {
      if (!rdf::ends_in_ncname(p.text)) {
        throw Error("cannot write RDF/XML: the predicate <" + std::string(p.text) +
                    "> does not end in an XML name (NCName), so RDF/XML cannot express it; use Turtle or N-Triples");
      }
      if (p.key != 0) checked_[p.key] = true;
    }
    if (o.kind == RdfTerm::Kind::kLiteral) {
      std::optional<std::string> problem = xml_char_problem(o.text);
      if (problem) *problem += ", which XML 1.0 cannot carry";
      if (!problem && o.text.find('\x7F') != std::string_view::npos) problem = rdf::kRdfXmlDelProblem;
      if (problem) {
        throw Error("cannot write RDF/XML: the value of <" + std::string(p.text) + "> on " +
                    (s.kind == RdfTerm::Kind::kBlank ? "_:" : "<") + std::string(s.text) +
                    (s.kind == RdfTerm::Kind::kBlank ? "" : ">") + " holds " + *problem + "; use Turtle or N-Triples");
      }
    }
    raptor_statement* st = raptor_new_statement_from_nodes(world_, term(s), term(p), term(o), nullptr);
    const int rc = raptor_serializer_serialize_statement(serializer_, st);
    raptor_free_statement(st);
    if (rc != 0) throw Error("Raptor's RDF/XML serializer failed");
  }

 private:
  raptor_term* term(const RdfTerm& t) {
    const std::string text(t.text);
    switch (t.kind) {
      case RdfTerm::Kind::kIri:
        return raptor_new_term_from_uri_string(world_, u8(text));
      case RdfTerm::Kind::kBlank:
        return raptor_new_term_from_blank(world_, u8(text));
      case RdfTerm::Kind::kLiteral:
        break;
    }
    RaptorPtr<raptor_uri> datatype;
    if (!t.datatype.empty()) datatype.reset(raptor_new_uri(world_, u8(std::string(t.datatype))));
    const std::string language(t.language);
    return raptor_new_term_from_counted_literal(world_, u8(text), text.size(), datatype.get(),
                                                language.empty() ? nullptr : u8(language),
                                                static_cast<unsigned char>(language.size()));
  }

  raptor_world* world_;
  raptor_serializer* serializer_;
  std::vector<bool> checked_;
};

// The prefixes whose namespace some predicate uses (RDF/XML only abbreviates predicates).
class PredicateNamespaces : public IriVisitor {
 public:
  explicit PredicateNamespaces(const std::vector<graph::Prefix>& prefixes)
      : prefixes_(prefixes), used_(prefixes.size()) {}
  void iri(std::string_view iri, std::uint32_t, Use use, std::string_view) override {
    if (use != Use::kPredicate || iri == last_) return;
    last_.assign(iri);
    for (std::size_t i = 0; i < prefixes_.size(); ++i) {
      const std::string& ns = prefixes_[i].iri;
      if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0) used_[i] = true;
    }
  }
  bool used(std::size_t i) const { return used_[i]; }

 private:
  const std::vector<graph::Prefix>& prefixes_;
  std::vector<bool> used_;
  std::string last_;
};

}  // namespace

void RdfXmlExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  const RdfMapping mapping(graph, options);
  RaptorPtr<raptor_world> world{raptor_new_world()};
  if (!world || raptor_world_open(world.get()) != 0) throw Error("cannot start Raptor");
  RaptorPtr<raptor_iostream> stream{raptor_new_iostream_from_handler(world.get(), &out, &kOstreamHandler)};
  RaptorPtr<raptor_serializer> serializer{raptor_new_serializer(world.get(), "rdfxml")};
  if (!stream || !serializer) throw Error("cannot create Raptor's rdfxml serializer");
  PredicateNamespaces namespaces(mapping.prefixes());
  mapping.for_each_iri(namespaces);
  for (std::size_t i = 0; i < mapping.prefixes().size(); ++i) {
    const graph::Prefix& p = mapping.prefixes()[i];
    if (!namespaces.used(i) || p.prefix.empty() || p.prefix.rfind("xml", 0) == 0 || p.prefix == "rdf") continue;
    RaptorPtr<raptor_uri> uri{raptor_new_uri(world.get(), u8(p.iri))};
    raptor_serializer_set_namespace(serializer.get(), uri.get(), u8(p.prefix));
  }
  // No base URI: with one, Raptor writes relative IRIs (notes/dependencies.md R5).
  if (raptor_serializer_start_to_iostream(serializer.get(), nullptr, stream.get()) != 0) {
    throw Error("cannot start Raptor's rdfxml serializer");
  }
  RaptorSink sink(world.get(), serializer.get(), mapping.key_limit());
  mapping.run(sink);
  if (raptor_serializer_serialize_end(serializer.get()) != 0) throw Error("Raptor's RDF/XML serializer failed");
  serializer.reset();
  stream.reset();
  if (!out) throw Error("writing RDF/XML failed");
}

}  // namespace kgforge::exporters
