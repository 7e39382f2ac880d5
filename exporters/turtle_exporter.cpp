// SPDX-License-Identifier: MIT
#include "exporters/turtle_exporter.hpp"

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "exporters/rdf_mapping.hpp"
#include "exporters/rdf_syntax.hpp"
#include "graph/iri.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"

namespace kgforge::exporters {

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;
constexpr std::int16_t kUnknown = -2;
constexpr std::int16_t kFullIri = -1;
constexpr std::string_view kRdfType = vocab::rdf::kType;

// Which prefix abbreviates an IRI (rdf::PrefixRule, cached per RdfTerm::key), and which
// prefixes pass 1 declared. The writer abbreviates only with a declared prefix: an IRI
// pass 1 did not see is written in full, never with an undeclared prefix.
class PrefixTable {
 public:
  explicit PrefixTable(const RdfMapping& mapping)
      : prefixes_(mapping.prefixes()), rule_(prefixes_), cache_(mapping.key_limit(), kUnknown) {
    used_.assign(prefixes_.size(), false);
  }

  std::int16_t lookup(std::string_view iri, std::uint32_t key) {
    if (key != 0 && cache_[key] != kUnknown) return cache_[key];
    const std::int16_t found = rule_.match(iri);
    if (key != 0) cache_[key] = found;
    return found;
  }
  void declare(std::int16_t i) {
    if (i >= 0) used_[i] = true;
  }
  /// The prefix to write `iri` with (given the rule's answer `i`), or kFullIri.
  std::int16_t abbreviation(std::int16_t i) const { return i >= 0 && used_[i] ? i : kFullIri; }
  const graph::Prefix& prefix(std::int16_t i) const { return prefixes_[i]; }

  void append_header(std::string& out) const {
    std::vector<std::size_t> used;
    for (std::size_t i = 0; i < prefixes_.size(); ++i) {
      if (used_[i]) used.push_back(i);
    }
    std::sort(used.begin(), used.end(),
              [&](std::size_t a, std::size_t b) { return prefixes_[a].prefix < prefixes_[b].prefix; });
    for (std::size_t i : used) out += "@prefix " + prefixes_[i].prefix + ": <" + prefixes_[i].iri + "> .\n";
    if (!used.empty()) out += '\n';
  }

 private:
  const std::vector<graph::Prefix>& prefixes_;
  rdf::PrefixRule rule_;
  std::vector<std::int16_t> cache_;
  std::vector<bool> used_;
};

// A literal written bare (42, 1.5, 1.0E3, true): its canonical form is a Turtle token.
bool is_bare(const RdfTerm& t) {
  const std::string_view local = xsd::local_name(t.datatype);
  if (local == "integer" || local == "decimal" || local == "boolean") return true;
  return local == "double" && t.text != "INF" && t.text != "-INF" && t.text != "NaN";
}

// Pass 1: which prefixes the output uses (over the mapping's IRIs, not its triples).
class PrefixScan : public IriVisitor {
 public:
  // `raw`: lexical forms as read (ExportOptions::raw_literals), so no literal is bare.
  PrefixScan(PrefixTable& table, bool raw) : table_(table), raw_(raw) {}
  void iri(std::string_view iri, std::uint32_t key, Use use, std::string_view lexical) override {
    if (use == Use::kPredicate && iri == kRdfType) return;  // written as `a`
    if (use == Use::kDatatype) {
      const RdfTerm literal{RdfTerm::Kind::kLiteral, lexical, iri, {}, key};
      if (!raw_ && is_bare(literal) && lexical != "+INF") return;  // INF and NaN are never bare; the rest are
    }
    table_.declare(table_.lookup(iri, key));
  }

 private:
  PrefixTable& table_;
  bool raw_ = false;
};

// Pass 2: the Turtle text of a run of triples, one block per subject, into `text`.
class TurtleText {
 public:
  TurtleText(PrefixTable& table, bool raw) : table_(&table), raw_(raw) {}

  std::string text;

  void triple(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) {
    close_annotation();
    const bool same_subject =
        in_block_ && s.kind == subject_kind_ && (s.key != 0 ? s.key == subject_key_ : s.text == subject_);
    if (!same_subject) {
      if (in_block_) text += " .\n\n";
      in_block_ = true;
      subject_kind_ = s.kind;
      subject_key_ = s.key;
      if (s.key == 0) subject_.assign(s.text);
      append_resource(s);
      text += "\n    ";
      append_predicate(p);
    } else if (p.key != 0 ? p.key == predicate_key_ : p.text == predicate_) {
      text += ",\n        ";
    } else {
      text += " ;\n    ";
      append_predicate(p);
    }
    append_object(o);
  }

  // An RDF-star annotation of the triple just written: ` {| p o ; p2 o2 |}`.
  void annotation(const RdfTerm& p, const RdfTerm& o, bool first) {
    if (first) {
      close_annotation();
      text += " {| ";
      in_annotation_ = true;
    } else if (p.text == annotation_predicate_) {
      text += ", ";
      append_object(o);
      return;
    } else {
      text += " ; ";
    }
    annotation_predicate_.assign(p.text);
    if (p.text == kRdfType) {
      text += 'a';
    } else {
      append_iri(p.text, p.key);
    }
    text += ' ';
    append_object(o);
  }

  // Ends the open subject block, if any.
  void close() {
    close_annotation();
    if (in_block_) text += " .\n";
    in_block_ = false;
  }

 private:
  void close_annotation() {
    if (in_annotation_) text += " |}";
    in_annotation_ = false;
  }
  void append_iri(std::string_view iri, std::uint32_t key, std::int16_t hint = RdfTerm::kNoHint) {
    const std::int16_t i = table_->abbreviation(hint != RdfTerm::kNoHint ? hint : table_->lookup(iri, key));
    if (i < 0) {
      text += '<';
      text += iri;
      text += '>';
      return;
    }
    const graph::Prefix& prefix = table_->prefix(i);
    text += prefix.prefix;
    text += ':';
    text += iri.substr(prefix.iri.size());
  }
  void append_resource(const RdfTerm& t) {
    if (t.kind == RdfTerm::Kind::kBlank) {
      text += "_:";
      text += t.text;
    } else {
      append_iri(t.text, t.key, t.prefix);
    }
  }
  void append_predicate(const RdfTerm& p) {
    predicate_key_ = p.key;
    if (p.key == 0) predicate_.assign(p.text);
    if (p.text.size() == kRdfType.size() && p.text == kRdfType) {
      text += 'a';
    } else {
      append_iri(p.text, p.key);
    }
    text += ' ';
  }
  // is_bare(), with the datatype test cached for the last datatype seen.
  bool bare(const RdfTerm& o) {
    if (raw_ || o.datatype.empty()) return false;  // raw: "01", "x"^^xsd:integer stay quoted
    if (o.key == 0 || o.key != bare_key_) {
      bare_key_ = o.key;
      bare_type_ = is_bare(RdfTerm{RdfTerm::Kind::kLiteral, "0", o.datatype, {}, o.key});
    }
    return bare_type_ && (o.text.empty() || (o.text[0] != 'I' && o.text[0] != 'N' && o.text != "-INF"));
  }
  void append_object(const RdfTerm& o) {
    if (o.kind != RdfTerm::Kind::kLiteral) return append_resource(o);
    if (bare(o)) {
      text += o.text;
      return;
    }
    rdf::append_turtle_string(text, o.text);
    if (!o.language.empty()) {
      text += '@';
      text += o.language;
    } else if (!o.datatype.empty()) {
      text += "^^";
      append_iri(o.datatype, o.key);
    }
  }

  PrefixTable* table_;
  std::uint32_t bare_key_ = 0;
  bool bare_type_ = false;
  bool raw_ = false;
  bool in_block_ = false;
  bool in_annotation_ = false;
  RdfTerm::Kind subject_kind_ = RdfTerm::Kind::kIri;
  std::uint32_t subject_key_ = 0;  // when non-zero, names the subject (subject_ is then stale)
  std::string subject_;
  std::uint32_t predicate_key_ = 0;
  std::string predicate_;
  std::string annotation_predicate_;
};

void write_text(std::ostream& out, std::string& text, const char* what) {
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  text.clear();
  if (!out) throw Error(std::string("writing ") + what + " failed");
}

class TurtleSink : public TripleSink {
 public:
  TurtleSink(PrefixTable& table, std::ostream& out, bool raw) : table_(table), text_(table, raw), out_(out) {
    text_.text.reserve(kFlushBytes + 4096);
  }

  void begin() { table_.append_header(text_.text); }
  bool annotations() const override { return true; }
  void triple(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) override {
    if (text_.text.size() >= kFlushBytes) write_text(out_, text_.text, "Turtle");
    text_.triple(s, p, o);
  }
  void annotation(const RdfTerm& p, const RdfTerm& o, bool first) override { text_.annotation(p, o, first); }
  void end() {
    text_.close();
    write_text(out_, text_.text, "Turtle");
  }

 private:
  PrefixTable& table_;
  TurtleText text_;
  std::ostream& out_;
};

// TriG: each subject's triples, per graph, as Turtle: the default graph's at the top
// level, a named graph's inside `<graph> { ... }`. Memory: one subject's triples.
class TrigSink : public TripleSink {
 public:
  TrigSink(PrefixTable& table, std::ostream& out, bool raw) : table_(table), out_(out), raw_(raw) {}

  void begin() {
    std::string header;
    table_.append_header(header);
    write_text(out_, header, "TriG");
  }
  bool annotations() const override { return true; }
  bool wants_graphs() const override { return true; }
  void graphs(std::span<const RdfTerm> names) override {
    names_.clear();
    for (const RdfTerm& g : names) names_.emplace_back(g.text);
    if (names_.empty()) names_.emplace_back();
    select();
  }
  void triple(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) override {
    if (s.kind != subject_kind_ || s.text != subject_) {
      flush();
      subject_kind_ = s.kind;
      subject_.assign(s.text);
    }
    if (current_.empty()) select();
    for (std::size_t i : current_) blocks_[i].second.triple(s, p, o);
  }
  void annotation(const RdfTerm& p, const RdfTerm& o, bool first) override {
    for (std::size_t i : current_) blocks_[i].second.annotation(p, o, first);
  }
  void end() {
    flush();
    write_text(out_, out_text_, "TriG");
  }

 private:
  // current_: the texts of the graphs in names_ (none given: the default graph).
  void select() {
    current_.clear();
    if (names_.empty()) names_.emplace_back();
    for (const std::string& name : names_) current_.push_back(text_for(name));
  }
  // The index in blocks_ of the text for graph `name` ("" = the default graph).
  std::size_t text_for(std::string_view name) {
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (blocks_[i].first == name) return i;
    }
    blocks_.emplace_back(std::string(name), TurtleText(table_, raw_));
    return blocks_.size() - 1;
  }
  void flush() {
    std::sort(blocks_.begin(), blocks_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [name, text] : blocks_) {
      text.close();
      if (text.text.empty()) continue;
      if (!out_text_.empty()) out_text_ += '\n';
      if (name.empty()) {
        out_text_ += text.text;
        continue;
      }
      out_text_ += '<' + name + "> {\n";
      out_text_ += text.text;
      out_text_ += "}\n";
    }
    blocks_.clear();
    current_.clear();  // select() again before the next triple
    if (out_text_.size() >= kFlushBytes) write_text(out_, out_text_, "TriG");
  }

  PrefixTable& table_;
  std::ostream& out_;
  bool raw_ = false;
  std::vector<std::pair<std::string, TurtleText>> blocks_;
  std::vector<std::string> names_;    // the graphs of the next triples ("" = default)
  std::vector<std::size_t> current_;  // their texts in blocks_
  RdfTerm::Kind subject_kind_ = RdfTerm::Kind::kLiteral;
  std::string subject_;
  std::string out_text_;
};

}  // namespace

namespace {

// Both passes, with the Turtle or the TriG sink.
template <class Sink>
void write_turtle_family(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) {
  RdfMapping mapping(graph, options);
  mapping.compute_prefix_hints();
  PrefixTable table(mapping);
  PrefixScan scan(table, options.raw_literals);
  mapping.for_each_iri(scan);
  Sink sink(table, out, options.raw_literals);
  sink.begin();
  mapping.run(sink);
  sink.end();
}

}  // namespace

void TurtleExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  write_turtle_family<TurtleSink>(graph, options, out);
}

void TrigExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  write_turtle_family<TrigSink>(graph, options, out);
}

}  // namespace kgforge::exporters
