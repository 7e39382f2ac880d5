// SPDX-License-Identifier: MIT
// gen_bench: writes the benchmark workload (bench/generate.hpp) as N-Triples, and
// optionally as a tab-separated edge list, so that peers (serdi, rapper, rdflib,
// igraph, NetworkX) are fed exactly the data kgforge's benchmarks build.
//
//   gen_bench [-n ENTITIES] [--seed S] [--plain] -o FILE.nt [--edges FILE.tsv]
//
// Each entity gives `rdf:type` and `rdfs:label` triples; each relation the triple
// `<from> kgf:pred <to>`; a relation with dates is also written as a standard
// reification (a blank rdf:Statement with rdf:subject/predicate/object and
// kgf:since/kgf:until), as kgforge's RDF export does, unless --plain. The N-Triples
// are written by hand here, escaped per the N-Triples grammar (ECHAR and UCHAR).
// The edge list has one line `from<TAB>to<TAB>predicate` per relation, ids 0..N-1.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "bench/generate.hpp"

namespace {

using kgforge::bench::GenEntity;
using kgforge::bench::GenRelation;

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";

// STRING_LITERAL_QUOTE body: '"', '\\', LF and CR must be escaped; other control
// characters are written as \uXXXX (valid, and safe for line-based tools); UTF-8
// passes through.
void append_literal(std::string& out, std::string_view text) {
  out += '"';
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void append_iri(std::string& out, std::string_view ns, std::string_view local) {
  out += '<';
  out += ns;
  out += local;
  out += '>';
}

class Writer {
 public:
  Writer(std::FILE* nt, std::FILE* edges, bool plain) : nt_(nt), edges_(edges), plain_(plain) {}

  void entity(const GenEntity& e) {
    subject(e.id);
    append_iri(buf_, kRdf, "type");
    buf_ += ' ';
    append_iri(buf_, kgforge::bench::kKgf, kgforge::bench::kKinds[e.kind]);
    buf_ += " .\n";
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
    const std::string_view predicate = kgforge::bench::kPredicates[rel.predicate];
    subject(from);
    triple_tail(predicate, to);
    if (!plain_ && !rel.since.empty()) reification(r, from, predicate, to, rel);
    if (edges_ != nullptr) {
      edge_buf_ += std::to_string(rel.from) + '\t' + std::to_string(rel.to) + '\t' + std::string(predicate) + '\n';
    }
    flush_if_full();
  }

  bool finish() {
    flush();
    return std::ferror(nt_) == 0 && (edges_ == nullptr || std::ferror(edges_) == 0);
  }

 private:
  void subject(std::string_view id) {
    append_iri(buf_, kgforge::bench::kBaseIri, id);
    buf_ += ' ';
  }
  void triple_tail(std::string_view predicate, std::string_view object_id) {
    append_iri(buf_, kgforge::bench::kKgf, predicate);
    buf_ += ' ';
    append_iri(buf_, kgforge::bench::kBaseIri, object_id);
    buf_ += " .\n";
  }
  void reification(std::size_t r, const std::string& from, std::string_view predicate, const std::string& to,
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
    append_iri(buf_, kgforge::bench::kKgf, predicate);
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
    if (buf_.size() + edge_buf_.size() > (1u << 20)) flush();
  }
  void flush() {
    std::fwrite(buf_.data(), 1, buf_.size(), nt_);
    buf_.clear();
    if (edges_ != nullptr) std::fwrite(edge_buf_.data(), 1, edge_buf_.size(), edges_);
    edge_buf_.clear();
  }

  std::FILE* nt_;
  std::FILE* edges_;
  bool plain_;
  std::string buf_;
  std::string edge_buf_;
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

}  // namespace

int main(int argc, char** argv) {
  kgforge::bench::WorkloadOptions options;
  std::string nt_path, edges_path;
  bool plain = false;
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
    } else if (arg == "--plain") {
      plain = true;
    } else {
      std::cerr << "usage: gen_bench [-n ENTITIES] [--seed S] [--plain] -o FILE.nt [--edges FILE.tsv]\n";
      return 2;
    }
  }
  if (nt_path.empty() || options.entities < 2) {
    std::cerr << "gen_bench: -o FILE.nt is required (and at least 2 entities)\n";
    return 2;
  }
  File nt(std::fopen(nt_path.c_str(), "wb"));
  File edges(edges_path.empty() ? nullptr : std::fopen(edges_path.c_str(), "wb"));
  if (!nt || (!edges_path.empty() && !edges)) {
    std::cerr << "gen_bench: cannot open an output file\n";
    return 74;
  }
  const kgforge::bench::Workload workload(options);
  Writer writer(nt.get(), edges.get(), plain);
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
