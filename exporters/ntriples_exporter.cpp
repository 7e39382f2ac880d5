// SPDX-License-Identifier: MIT
#include "exporters/ntriples_exporter.hpp"

#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "exporters/rdf_mapping.hpp"
#include "exporters/rdf_syntax.hpp"

namespace kgforge::exporters {

void append_ntriples_term(std::string& out, const RdfTerm& t) {
  switch (t.kind) {
    case RdfTerm::Kind::kIri:
      out += '<';
      out += t.text;
      out += '>';
      return;
    case RdfTerm::Kind::kBlank:
      out += "_:";
      out += t.text;
      return;
    case RdfTerm::Kind::kLiteral:
      rdf::append_ntriples_string(out, t.text);
      if (!t.language.empty()) {
        out += '@';
        out += t.language;
      } else if (!t.datatype.empty()) {
        out += "^^<";
        out += t.datatype;
        out += '>';
      }
      return;
  }
}

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

// N-Triples, or with `quads` N-Quads: each triple once per graph it is in, the
// graph's IRI after the object (none for the default graph).
class NTriplesSink : public TripleSink {
 public:
  NTriplesSink(std::ostream& out, bool quads) : out_(out), quads_(quads) { buffer_.reserve(kFlushBytes + 4096); }

  bool wants_graphs() const override { return quads_; }
  void graphs(std::span<const RdfTerm> names) override {
    labels_.clear();
    for (const RdfTerm& g : names) {
      labels_.emplace_back(" ");
      append_ntriples_term(labels_.back(), g);
    }
  }

  void triple(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) override {
    if (s.kind != subject_kind_ || s.text != subject_text_) {  // format a subject once per run of triples
      subject_kind_ = s.kind;
      subject_text_.assign(s.text);
      subject_.clear();
      append_ntriples_term(subject_, s);
      subject_ += ' ';
    }
    if (labels_.empty()) {
      append_line(p, o, {});
    } else {
      for (const std::string& label : labels_) append_line(p, o, label);
    }
    if (buffer_.size() >= kFlushBytes) flush();
  }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    if (!out_) throw Error(quads_ ? "writing N-Quads failed" : "writing N-Triples failed");
  }

 private:
  void append_line(const RdfTerm& p, const RdfTerm& o, std::string_view graph) {
    buffer_ += subject_;
    append_ntriples_term(buffer_, p);
    buffer_ += ' ';
    append_ntriples_term(buffer_, o);
    buffer_ += graph;
    buffer_ += " .\n";
  }

  std::ostream& out_;
  bool quads_ = false;
  std::vector<std::string> labels_;  // " <graph>" for each graph of the next triples
  std::string buffer_;
  RdfTerm::Kind subject_kind_ = RdfTerm::Kind::kLiteral;
  std::string subject_text_;
  std::string subject_;
};

}  // namespace

void NTriplesExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                             std::ostream& out) const {
  const RdfMapping mapping(graph, options);
  NTriplesSink sink(out, /*quads=*/false);
  mapping.run(sink);
  sink.flush();
}

void NQuadsExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  const RdfMapping mapping(graph, options);
  NTriplesSink sink(out, /*quads=*/true);
  mapping.run(sink);
  sink.flush();
}

}  // namespace kgforge::exporters
