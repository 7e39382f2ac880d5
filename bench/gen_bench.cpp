// SPDX-License-Identifier: MIT
// gen_bench: writes the benchmark workload (bench/generate.hpp) as N-Triples, and
// optionally as a tab-separated edge list, so that peers (serdi, rapper, rdflib,
// igraph, NetworkX) are fed exactly the data kgforge's benchmarks build.
//
//   gen_bench [-n ENTITIES] [--seed S] [--plain] [--mixed] -o FILE.nt [--edges FILE.tsv]
//             [--nodes-csv FILE.csv --edges-csv FILE.csv]
//
// Each entity gives `rdf:type` and `rdfs:label` triples; each relation the triple
// `<from> kgf:pred <to>`; a relation with dates is also written as a standard
// reification (a blank rdf:Statement with rdf:subject/predicate/object and
// kgf:since/kgf:until), as kgforge's RDF export does, unless --plain. The N-Triples
// are written here, strings escaped by kgforge's N-Triples writer (exporters/rdf_syntax.hpp).
// The edge list has one line `from<TAB>to<TAB>predicate` per relation, ids 0..N-1.
//
// --mixed writes what users bring (issue 12's files): people and organisations as
// schema:Person and schema:Organization, two predicates as schema:memberOf and
// schema:worksFor (terms the ontology aligns), places under a custom class and one
// custom predicate (bench vocabulary, not in the ontology), the rest kgforge terms.
// --nodes-csv/--edges-csv write the same graph as KGX-style tables: `id,category,name`
// and `subject,predicate,object,since,until`, with bare ids and ontology names (the
// custom terms as IRIs).
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "bench/generate.hpp"
#include "exporters/rdf_syntax.hpp"
#include "graph/vocab.hpp"

namespace {

using kgforge::bench::GenEntity;
using kgforge::bench::GenRelation;

constexpr std::string_view kRdf = kgforge::vocab::ns::kRdf;
constexpr std::string_view kRdfs = kgforge::vocab::ns::kRdfs;
constexpr std::string_view kSchema = "http://schema.org/";
constexpr std::string_view kCustom = "https://w3id.org/kgforge/bench/vocab#";

// --mixed: the namespace and local name of kind k and predicate p.
struct Term {
  std::string_view ns;
  std::string_view local;
};
Term kind_term(std::size_t k, bool mixed) {
  const std::string_view name = kgforge::bench::kKinds[k];
  if (mixed && name == "Person") return {kSchema, "Person"};
  if (mixed && name == "Organisation") return {kSchema, "Organization"};
  if (mixed && name == "Place") return {kCustom, "Venue"};
  return {kgforge::bench::kKgf, name};
}
Term predicate_term(std::size_t p, bool mixed) {
  const std::string_view name = kgforge::bench::kPredicates[p];
  if (mixed && name == "memberOf") return {kSchema, "memberOf"};
  if (mixed && name == "worksFor") return {kSchema, "worksFor"};
  if (mixed && name == "supports") return {kCustom, "supports"};
  return {kgforge::bench::kKgf, name};
}
// A table cell: a kgforge term by its bare name, another as its IRI.
std::string cell(const Term& t) {
  if (t.ns == kgforge::bench::kKgf) return std::string(t.local);
  if (t.ns == kSchema) return "schema:" + std::string(t.local);
  return std::string(t.ns) + std::string(t.local);
}
// RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
void append_csv(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// The N-Triples string escaper of kgforge's own writer (ECHAR and UCHAR, canonical).
void append_literal(std::string& out, std::string_view text) {
  kgforge::exporters::rdf::append_ntriples_string(out, text);
}

void append_iri(std::string& out, std::string_view ns, std::string_view local) {
  out += '<';
  out += ns;
  out += local;
  out += '>';
}

class Writer {
 public:
  Writer(std::FILE* nt, std::FILE* edges, bool plain, bool mixed, std::FILE* nodes_csv, std::FILE* edges_csv)
      : nt_(nt), edges_(edges), plain_(plain), mixed_(mixed), nodes_csv_(nodes_csv), edges_csv_(edges_csv) {
    if (nodes_csv_ != nullptr) node_csv_buf_ = "id,category,name\n";
    if (edges_csv_ != nullptr) edge_csv_buf_ = "subject,predicate,object,since,until\n";
  }

  void entity(const GenEntity& e) {
    const Term kind = kind_term(e.kind, mixed_);
    subject(e.id);
    append_iri(buf_, kRdf, "type");
    buf_ += ' ';
    append_iri(buf_, kind.ns, kind.local);
    buf_ += " .\n";
    if (nodes_csv_ != nullptr) {
      node_csv_buf_ += e.id + ',' + cell(kind) + ',';
      append_csv(node_csv_buf_, e.name);
      node_csv_buf_ += '\n';
    }
    subject(e.id);
    append_iri(buf_, kRdfs, "label");
    buf_ += ' ';
    append_literal(buf_, e.name);
    buf_ += " .\n";
    flush_if_full();
  }

  void relation(std::size_t r, const GenRelation& rel) {
    const std::string from = "e" + std::to_string(rel.from);
    const std::string to = "e" + std::to_string(rel.to);
    const Term predicate = predicate_term(rel.predicate, mixed_);
    subject(from);
    triple_tail(predicate, to);
    if (!plain_ && !rel.since.empty()) reification(r, from, predicate, to, rel);
    if (edges_ != nullptr) {
      edge_buf_ += std::to_string(rel.from) + '\t' + std::to_string(rel.to) + '\t' +
                   std::string(kgforge::bench::kPredicates[rel.predicate]) + '\n';
    }
    if (edges_csv_ != nullptr) {
      edge_csv_buf_ += from + ',' + cell(predicate) + ',' + to + ',' + rel.since + ',' + rel.until + '\n';
    }
    flush_if_full();
  }

  bool finish() {
    flush();
    auto ok = [](std::FILE* f) { return f == nullptr || std::ferror(f) == 0; };
    return ok(nt_) && ok(edges_) && ok(nodes_csv_) && ok(edges_csv_);
  }

 private:
  void subject(std::string_view id) {
    append_iri(buf_, kgforge::bench::kBaseIri, id);
    buf_ += ' ';
  }
  void triple_tail(const Term& predicate, std::string_view object_id) {
    append_iri(buf_, predicate.ns, predicate.local);
    buf_ += ' ';
    append_iri(buf_, kgforge::bench::kBaseIri, object_id);
    buf_ += " .\n";
  }
  void reification(std::size_t r, const std::string& from, const Term& predicate, const std::string& to,
                   const GenRelation& rel) {
    const std::string node = "_:r" + std::to_string(r) + ' ';
    buf_ += node;
    append_iri(buf_, kRdf, "type");
    buf_ += ' ';
    append_iri(buf_, kRdf, "Statement");
    buf_ += " .\n" + node;
    append_iri(buf_, kRdf, "subject");
    buf_ += ' ';
    append_iri(buf_, kgforge::bench::kBaseIri, from);
    buf_ += " .\n" + node;
    append_iri(buf_, kRdf, "predicate");
    buf_ += ' ';
    append_iri(buf_, predicate.ns, predicate.local);
    buf_ += " .\n" + node;
    append_iri(buf_, kRdf, "object");
    buf_ += ' ';
    append_iri(buf_, kgforge::bench::kBaseIri, to);
    buf_ += " .\n";
    date(node, "since", rel.since);
    if (!rel.until.empty()) date(node, "until", rel.until);
  }
  void date(const std::string& node, std::string_view property, const std::string& value) {
    const std::string_view type = value.size() == 4 ? "gYear" : value.size() == 7 ? "gYearMonth" : "date";
    buf_ += node;
    append_iri(buf_, kgforge::bench::kKgf, property);
    buf_ += ' ';
    append_literal(buf_, value);
    buf_ += "^^";
    append_iri(buf_, kgforge::bench::kXsd, type);
    buf_ += " .\n";
  }
  void flush_if_full() {
    if (buf_.size() + edge_buf_.size() + node_csv_buf_.size() + edge_csv_buf_.size() > (1u << 20)) flush();
  }
  void flush() {
    std::fwrite(buf_.data(), 1, buf_.size(), nt_);
    buf_.clear();
    if (edges_ != nullptr) std::fwrite(edge_buf_.data(), 1, edge_buf_.size(), edges_);
    edge_buf_.clear();
    if (nodes_csv_ != nullptr) std::fwrite(node_csv_buf_.data(), 1, node_csv_buf_.size(), nodes_csv_);
    node_csv_buf_.clear();
    if (edges_csv_ != nullptr) std::fwrite(edge_csv_buf_.data(), 1, edge_csv_buf_.size(), edges_csv_);
    edge_csv_buf_.clear();
  }

  std::FILE* nt_;
  std::FILE* edges_;
  bool plain_;
  bool mixed_;
  std::FILE* nodes_csv_;
  std::FILE* edges_csv_;
  std::string buf_;
  std::string edge_buf_;
  std::string node_csv_buf_;
  std::string edge_csv_buf_;
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

}  // namespace

int main(int argc, char** argv) {
  kgforge::bench::WorkloadOptions options;
  std::string nt_path, edges_path, nodes_csv_path, edges_csv_path;
  bool plain = false;
  bool mixed = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if ((arg == "-n" || arg == "--entities") && has_value) {
      options.entities = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--seed" && has_value) {
      options.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "-o" && has_value) {
      nt_path = argv[++i];
    } else if (arg == "--edges" && has_value) {
      edges_path = argv[++i];
    } else if (arg == "--nodes-csv" && has_value) {
      nodes_csv_path = argv[++i];
    } else if (arg == "--edges-csv" && has_value) {
      edges_csv_path = argv[++i];
    } else if (arg == "--plain") {
      plain = true;
    } else if (arg == "--mixed") {
      mixed = true;
    } else {
      std::cerr << "usage: gen_bench [-n ENTITIES] [--seed S] [--plain] [--mixed] -o FILE.nt [--edges FILE.tsv]"
                   " [--nodes-csv FILE.csv --edges-csv FILE.csv]\n";
      return 2;
    }
  }
  if (nt_path.empty() || options.entities < 2) {
    std::cerr << "gen_bench: -o FILE.nt is required (and at least 2 entities)\n";
    return 2;
  }
  File nt(std::fopen(nt_path.c_str(), "wb"));
  File edges(edges_path.empty() ? nullptr : std::fopen(edges_path.c_str(), "wb"));
  File nodes_csv(nodes_csv_path.empty() ? nullptr : std::fopen(nodes_csv_path.c_str(), "wb"));
  File edges_csv(edges_csv_path.empty() ? nullptr : std::fopen(edges_csv_path.c_str(), "wb"));
  if (!nt || (!edges_path.empty() && !edges) || (!nodes_csv_path.empty() && !nodes_csv) ||
      (!edges_csv_path.empty() && !edges_csv)) {
    std::cerr << "gen_bench: cannot open an output file\n";
    return 74;
  }
  const kgforge::bench::Workload workload(options);
  Writer writer(nt.get(), edges.get(), plain, mixed, nodes_csv.get(), edges_csv.get());
  for (std::size_t i = 0; i < workload.entity_count(); ++i) writer.entity(workload.entity(i));
  for (std::size_t r = 0; r < workload.relation_count(); ++r) writer.relation(r, workload.relation(r));
  if (!writer.finish()) {
    std::cerr << "gen_bench: write failed\n";
    return 74;
  }
  std::cout << "gen_bench: " << workload.entity_count() << " entities, " << workload.relation_count()
            << " relations (seed " << options.seed << ") -> " << nt_path
            << (edges_path.empty() ? "" : " + " + edges_path) << '\n';
  return 0;
}
