// SPDX-License-Identifier: MIT
#include "exporters/rdf_stream_writer.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"
#include "exporters/ntriples_exporter.hpp"
#include "exporters/rdf_syntax.hpp"
#include "graph/iri.hpp"
#include "graph/vocab.hpp"

namespace kgforge::exporters {

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;
constexpr std::string_view kRdfType = vocab::rdf::kType;
constexpr std::string_view kXsdString = vocab::xsd::kString;

enum class Syntax : std::uint8_t { kNTriples, kNQuads, kTurtle, kTrig };

std::optional<Syntax> syntax_of(std::string_view format) {
  if (format == "ntriples") return Syntax::kNTriples;
  if (format == "nquads") return Syntax::kNQuads;
  if (format == "turtle") return Syntax::kTurtle;
  if (format == "trig") return Syntax::kTrig;
  return std::nullopt;
}

// Serd, reading Turtle or TriG, renames a label `b<digit>...` to `B<digit>...` (to keep it
// apart from the labels it makes up for `[]`), then refuses a later `B<digit>...` label as a
// clash, or merges it with an earlier one silently. So the Turtle family writes no label of
// that form: `_:b1` stays (serd reads it as B1) and `_:B1` is escaped like any other.
bool serd_clash_label(std::string_view label) {
  return label.size() > 1 && label[0] == 'B' && label[1] >= '0' && label[1] <= '9';
}

// A term as written: its blank label made safe, its language lower-cased, xsd:string dropped.
// A label is written as it is when it is a plain [A-Za-z][A-Za-z0-9]* name, and otherwise as
// `z` and the hex of its bytes (one to one: a plain label starting with `z` is escaped too).
class Normal {
 public:
  explicit Normal(bool turtle_family) : turtle_family_(turtle_family) {}

  const RdfTerm& of(const RdfTerm& t) {
    term_ = t;
    if (t.kind == RdfTerm::Kind::kBlank) {
      if (!rdf::is_blank_label(t.text) || t.text[0] == 'z' || (turtle_family_ && serd_clash_label(t.text))) {
        static constexpr char kHex[] = "0123456789abcdef";
        text_.assign(1, 'z');
        for (const char c : t.text) {
          text_ += kHex[static_cast<unsigned char>(c) >> 4];
          text_ += kHex[static_cast<unsigned char>(c) & 0xF];
        }
        term_.text = text_;
      }
    } else if (t.kind == RdfTerm::Kind::kLiteral) {
      if (!t.language.empty()) {
        language_ = lower(t.language);
        term_.language = language_;
        term_.datatype = {};
      } else if (t.datatype == kXsdString) {
        term_.datatype = {};
      }
    }
    return term_;
  }

 private:
  bool turtle_family_;
  RdfTerm term_;
  std::string text_;
  std::string language_;
};

}  // namespace

struct RdfStreamWriter::Impl {
  Impl(Syntax syntax, std::ostream& out)
      : syntax(syntax), out(out), s_norm(turtle_family()), o_norm(turtle_family()), g_norm(turtle_family()) {
    for (const graph::WellKnownPrefix& p : graph::kWellKnownPrefixes) {
      candidates.push_back({std::string(p.prefix), std::string(p.iri)});
      declared.emplace_back();
    }
    rule.emplace(candidates);
  }

  Syntax syntax;
  std::ostream& out;
  std::string buffer;
  Normal s_norm, o_norm, g_norm;

  // Turtle and TriG: the prefixes, and what the open block is.
  std::vector<graph::Prefix> candidates;
  std::vector<std::string> declared;  // the namespace each candidate was declared with ("" = not yet)
  std::optional<rdf::PrefixRule> rule;
  bool in_block = false;  // a subject's block is open
  bool in_graph = false;  // TriG: a named graph's `{` is open
  bool gap = false;       // a blank line goes before the next block
  std::string subject;    // the open block's subject: kind, then text
  std::string predicate;  // its last predicate
  std::string graph;      // TriG: the open graph: kind, then text

  bool turtle_family() const { return syntax == Syntax::kTurtle || syntax == Syntax::kTrig; }

  void flush_if_full() {
    if (buffer.size() >= kFlushBytes) flush();
  }
  void flush() {
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
    if (!out) throw Error("writing RDF failed");
  }

  void add_prefix(std::string_view name, std::string_view iri) {
    if (!turtle_family() || iri.empty() || !rdf::is_turtle_prefix(name) || graph::iri_problem(iri)) return;
    for (graph::Prefix& p : candidates) {
      if (p.prefix != name) continue;
      if (p.iri != iri) p.iri = std::string(iri);  // a rebinding: declared again before its next use
      rule.emplace(candidates);
      return;
    }
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      if (candidates[i].iri != iri) continue;
      if (declared[i].empty()) {
        candidates[i].prefix = std::string(name);  // the input's name for a well-known namespace
        rule.emplace(candidates);
      }
      return;
    }
    candidates.push_back({std::string(name), std::string(iri)});
    declared.emplace_back();
    rule.emplace(candidates);
  }

  std::int16_t match(const RdfTerm& t) const {
    if (t.kind == RdfTerm::Kind::kIri) return rule->match(t.text);
    if (t.kind == RdfTerm::Kind::kLiteral && !t.datatype.empty()) return rule->match(t.datatype);
    return -1;
  }
  bool undeclared(std::int16_t i) const { return i >= 0 && declared[i] != candidates[i].iri; }

  void close_block() {
    if (in_block) {
      buffer += " .\n";
      gap = true;
    }
    in_block = false;
  }
  void close_graph() {
    close_block();
    if (in_graph) {
      buffer += "}\n";
      gap = true;
    }
    in_graph = false;
    graph.clear();
  }
  void open_gap() {
    if (gap) buffer += '\n';
    gap = false;
  }

  void append_iri(std::string_view iri, std::int16_t i) {
    if (i >= 0) {
      const graph::Prefix& p = candidates[i];
      buffer += p.prefix;
      buffer += ':';
      buffer.append(iri.substr(p.iri.size()));
      return;
    }
    buffer += '<';
    buffer += iri;
    buffer += '>';
  }
  void append_resource(const RdfTerm& t, std::int16_t i) {
    if (t.kind == RdfTerm::Kind::kBlank) {
      buffer += "_:";
      buffer += t.text;
    } else {
      append_iri(t.text, i);
    }
  }
  void append_object(const RdfTerm& o, std::int16_t i) {
    if (o.kind != RdfTerm::Kind::kLiteral) return append_resource(o, i);
    rdf::append_turtle_string(buffer, o.text);
    if (!o.language.empty()) {
      buffer += '@';
      buffer += o.language;
    } else if (!o.datatype.empty()) {
      buffer += "^^";
      append_iri(o.datatype, i);
    }
  }
  void append_predicate(const RdfTerm& p, std::int16_t i) {
    predicate.assign(p.text);
    if (p.text == kRdfType) {
      buffer += 'a';
    } else {
      append_iri(p.text, i);
    }
    buffer += ' ';
  }
  static void key(std::string& out, const RdfTerm& t) {
    out.assign(1, static_cast<char>('0' + static_cast<int>(t.kind)));
    out.append(t.text);
  }
  bool same(const std::string& k, const RdfTerm& t) const {
    return !k.empty() && k[0] == static_cast<char>('0' + static_cast<int>(t.kind)) &&
           std::string_view(k).substr(1) == t.text;
  }

  void line(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o, const RdfTerm* g) {
    append_ntriples_term(buffer, s);
    buffer += ' ';
    append_ntriples_term(buffer, p);
    buffer += ' ';
    append_ntriples_term(buffer, o);
    if (g != nullptr && syntax == Syntax::kNQuads) {
      buffer += ' ';
      append_ntriples_term(buffer, *g);
    }
    buffer += " .\n";
  }

  void turtle(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o, const RdfTerm* g) {
    if (syntax != Syntax::kTrig) g = nullptr;
    std::int16_t is = match(s);
    std::int16_t ip = p.text == kRdfType ? -1 : match(p);
    std::int16_t io = match(o);
    const std::int16_t ig = g != nullptr ? match(*g) : -1;
    const bool graph_same = g != nullptr ? in_graph && same(graph, *g) : !in_graph;
    if (graph_same && in_block && same(subject, s)) {
      // A prefix first needed inside a subject's block: this statement writes the full
      // IRI, and the prefix is declared before the next block that uses it, so the
      // block stays whole (nothing is held back).
      for (std::int16_t* i : {&is, &ip, &io}) {
        if (undeclared(*i)) *i = -1;
      }
    }
    if (undeclared(is) || undeclared(ip) || undeclared(io) || undeclared(ig)) {
      close_graph();  // TriG has no directives inside a graph
      open_gap();
      for (const std::int16_t i : {is, ip, io, ig}) {
        if (!undeclared(i)) continue;
        declared[i] = candidates[i].iri;
        buffer += "@prefix " + candidates[i].prefix + ": <" + candidates[i].iri + "> .\n";
      }
      gap = true;
    }
    const bool graph_changes = g != nullptr ? !in_graph || !same(graph, *g) : in_graph;  // after any prefix
    if (graph_changes) {
      close_graph();
      if (g != nullptr) {
        open_gap();
        append_resource(*g, ig);
        buffer += " {\n";
        in_graph = true;
        key(graph, *g);
      }
    }
    if (in_block && same(subject, s)) {
      if (p.text == predicate) {
        buffer += ",\n        ";
      } else {
        buffer += " ;\n    ";
        append_predicate(p, ip);
      }
    } else {
      close_block();
      open_gap();
      in_block = true;
      key(subject, s);
      append_resource(s, is);
      buffer += "\n    ";
      append_predicate(p, ip);
    }
    append_object(o, io);
  }
};

bool RdfStreamWriter::writes(std::string_view format) { return syntax_of(format).has_value(); }

RdfStreamWriter::RdfStreamWriter(std::string_view format, std::ostream& out) {
  const std::optional<Syntax> syntax = syntax_of(format);
  if (!syntax) throw FormatError("the streaming RDF writer does not write '" + std::string(format) + "'");
  impl_ = std::make_unique<Impl>(*syntax, out);
}

RdfStreamWriter::~RdfStreamWriter() = default;

void RdfStreamWriter::prefix(std::string_view name, std::string_view iri) { impl_->add_prefix(name, iri); }

void RdfStreamWriter::statement(const RdfTerm& subject, const RdfTerm& predicate, const RdfTerm& object,
                                const RdfTerm* graph) {
  Impl& w = *impl_;
  const RdfTerm& s = w.s_norm.of(subject);
  const RdfTerm& o = w.o_norm.of(object);
  const RdfTerm* g = graph != nullptr ? &w.g_norm.of(*graph) : nullptr;
  if (w.turtle_family()) {
    w.turtle(s, predicate, o, g);
  } else {
    w.line(s, predicate, o, g);
  }
  w.flush_if_full();
}

void RdfStreamWriter::finish() {
  if (impl_->turtle_family()) impl_->close_graph();
  impl_->flush();
}

}  // namespace kgforge::exporters
