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
  NTriplesSink(std::ostream& out, bool quads) : out_(&out), quads_(quads) { buffer_.reserve(kFlushBytes + 4096); }
  /// Sharded: statements go to `shards`, `per_shard` lines each.
  NTriplesSink(ShardOutput& shards, std::uint64_t per_shard, bool quads)
      : out_(nullptr), quads_(quads), shards_(&shards), per_shard_(per_shard) {
    buffer_.reserve(kFlushBytes + 4096);
  }

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
    if (out_ == nullptr) return;
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    if (!*out_) throw Error(quads_ ? "writing N-Quads failed" : "writing N-Triples failed");
  }

  /// The end of a sharded export: closes the last shard (an empty graph gets one, empty).
  void finish_shards() {
    if (!started_) {
      out_ = &shards_->open(0);
      started_ = true;
    }
    if (out_ == nullptr) return;
    flush();
    shards_->close(index_, in_shard_);
    out_ = nullptr;
  }

 private:
  void append_line(const RdfTerm& p, const RdfTerm& o, std::string_view graph) {
    if (shards_ != nullptr && out_ == nullptr) {
      if (started_) ++index_;
      out_ = &shards_->open(index_);
      started_ = true;
      in_shard_ = 0;
    }
    buffer_ += subject_;
    append_ntriples_term(buffer_, p);
    buffer_ += ' ';
    append_ntriples_term(buffer_, o);
    buffer_ += graph;
    buffer_ += " .\n";
    if (shards_ != nullptr && ++in_shard_ == per_shard_) {  // full: the next line opens the next shard
      flush();
      shards_->close(index_, in_shard_);
      out_ = nullptr;
    }
  }

  std::ostream* out_;  // null while sharded and between shards
  bool quads_ = false;
  ShardOutput* shards_ = nullptr;
  std::uint64_t per_shard_ = 0;
  std::size_t index_ = 0;  // the shard being written
  bool started_ = false;   // a shard has been opened
  std::uint64_t in_shard_ = 0;
  std::vector<std::string> labels_;  // " <graph>" for each graph of the next triples
  std::string buffer_;
  RdfTerm::Kind subject_kind_ = RdfTerm::Kind::kLiteral;
  std::string subject_text_;
  std::string subject_;
};

}  // namespace

namespace {

// Every N-Triples / N-Quads export: one file, or shards of `per_shard` lines.
void write_lines(const graph::KnowledgeGraph& graph, const ExportOptions& options, bool quads, std::ostream* out,
                 std::uint64_t per_shard, ShardOutput* shards) {
  const RdfMapping mapping(graph, options);
  if (shards == nullptr) {
    NTriplesSink sink(*out, quads);
    mapping.run(sink);
    sink.flush();
  } else {
    NTriplesSink sink(*shards, per_shard, quads);
    mapping.run(sink);
    sink.finish_shards();
  }
}

}  // namespace

void NTriplesExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                             std::ostream& out) const {
  write_lines(graph, options, /*quads=*/false, &out, 0, nullptr);
}

void NQuadsExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  write_lines(graph, options, /*quads=*/true, &out, 0, nullptr);
}

void NTriplesExporter::write_shards(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                                    std::uint64_t per_shard, ShardOutput& out) const {
  write_lines(graph, options, /*quads=*/false, nullptr, per_shard, &out);
}

void NQuadsExporter::write_shards(const graph::KnowledgeGraph& graph, const ExportOptions& options,
                                  std::uint64_t per_shard, ShardOutput& out) const {
  write_lines(graph, options, /*quads=*/true, nullptr, per_shard, &out);
}

}  // namespace kgforge::exporters
