// SPDX-License-Identifier: MIT
#include "exporters/ntriples_exporter.hpp"

#include <ostream>
#include <string>

#include "core/error.hpp"
#include "exporters/rdf_mapping.hpp"
#include "exporters/rdf_syntax.hpp"

namespace kgforge::exporters {

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

void append_term(std::string& out, const RdfTerm& t) {
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

class NTriplesSink : public TripleSink {
 public:
  explicit NTriplesSink(std::ostream& out) : out_(out) { buffer_.reserve(kFlushBytes + 4096); }

  void triple(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) override {
    if (s.kind != subject_kind_ || s.text != subject_text_) {  // format a subject once per run of triples
      subject_kind_ = s.kind;
      subject_text_.assign(s.text);
      subject_.clear();
      append_term(subject_, s);
      subject_ += ' ';
    }
    buffer_ += subject_;
    append_term(buffer_, p);
    buffer_ += ' ';
    append_term(buffer_, o);
    buffer_ += " .\n";
    if (buffer_.size() >= kFlushBytes) flush();
  }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    if (!out_) throw Error("writing N-Triples failed");
  }

 private:
  std::ostream& out_;
  std::string buffer_;
  RdfTerm::Kind subject_kind_ = RdfTerm::Kind::kLiteral;
  std::string subject_text_;
  std::string subject_;
};

}  // namespace

void NTriplesExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                             std::ostream& out) const {
  const RdfMapping mapping(graph, options);
  NTriplesSink sink(out);
  mapping.run(sink);
  sink.flush();
}

}  // namespace kgforge::exporters
