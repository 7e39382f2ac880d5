// SPDX-License-Identifier: MIT
#include "exporters/jsonld_exporter.hpp"

#include <algorithm>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "exporters/markup.hpp"
#include "exporters/rdf_mapping.hpp"
#include "exporters/rdf_syntax.hpp"
#include "graph/vocab.hpp"

namespace kgforge::exporters {

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

// How IRIs are compacted against the context: schema.org terms by "@vocab" where a key
// or a type may be relative to it, declared prefixes elsewhere, else the full IRI.
class Compactor {
 public:
  explicit Compactor(const std::vector<graph::Prefix>& prefixes) : prefixes_(prefixes), rule_(prefixes) {}

  // A key or an "@type" value (expanded against "@vocab").
  void vocab(std::string& out, std::string_view iri) const {
    const std::string_view schema = vocab::ns::kSchema;
    if (iri.size() > schema.size() && iri.compare(0, schema.size(), schema) == 0 && bare(iri.substr(schema.size()))) {
      append_json_string(out, iri.substr(schema.size()));
      return;
    }
    id(out, iri);
  }
  // An "@id" value (compact IRIs expand; nothing is taken relative to "@vocab").
  void id(std::string& out, std::string_view iri) const {
    const std::int16_t i = rule_.match(iri);
    if (i >= 0) {
      const graph::Prefix& p = prefixes_[static_cast<std::size_t>(i)];
      append_json_string(out, p.prefix + ":" + std::string(iri.substr(p.iri.size())));
      return;
    }
    // An absolute IRI whose scheme is a term would be read as a compact IRI.
    const std::string_view scheme = iri.substr(0, iri.find(':'));
    if (is_term(scheme)) {
      throw Error("cannot write JSON-LD: the IRI <" + std::string(iri) +
                  "> would read as a compact IRI of the prefix '" + std::string(scheme) + "'");
    }
    append_json_string(out, iri);
  }

 private:
  // A bare term: a plain name that is not one of the context's terms or a keyword.
  bool bare(std::string_view local) const {
    if (local.empty() || !((local[0] >= 'A' && local[0] <= 'Z') || (local[0] >= 'a' && local[0] <= 'z'))) return false;
    for (char c : local) {
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return !is_term(local);
  }
  bool is_term(std::string_view name) const {
    return std::any_of(prefixes_.begin(), prefixes_.end(), [&](const graph::Prefix& p) { return p.prefix == name; });
  }

  const std::vector<graph::Prefix>& prefixes_;
  rdf::PrefixRule rule_;
};

class JsonLdSink : public TripleSink {
 public:
  JsonLdSink(const std::vector<graph::Prefix>& prefixes, std::ostream& out)
      : prefixes_(prefixes), c_(prefixes), out_(out) {}

  void begin() {
    text_ += "{\n  \"@context\": {\n    \"@vocab\": ";
    append_json_string(text_, vocab::ns::kSchema);
    for (const graph::Prefix& p : prefixes_) {
      if (p.prefix.empty()) continue;
      text_ += ",\n    ";
      append_json_string(text_, p.prefix);
      text_ += ": ";
      append_json_string(text_, p.iri);
    }
    text_ += "\n  },\n  \"@graph\": [";
  }

  void triple(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o) override {
    if (!open_ || s.kind != subject_kind_ || s.text != subject_) {
      flush_subject();
      open_ = true;
      subject_kind_ = s.kind;
      subject_.assign(s.text);
    }
    const bool type = p.text == vocab::rdf::kType && o.kind == RdfTerm::Kind::kIri;
    key_.clear();
    if (type) {
      key_ = "\"@type\"";
    } else {
      c_.vocab(key_, p.text);
    }
    value_.clear();
    if (type) {
      c_.vocab(value_, o.text);
    } else {
      append_value(value_, o);
    }
    auto it = std::find_if(values_.begin(), values_.end(), [&](const auto& kv) { return kv.first == key_; });
    if (it == values_.end()) {
      values_.emplace_back(key_, std::vector<std::string>{});
      it = values_.end() - 1;
    }
    it->second.push_back(value_);
  }

  void end() {
    flush_subject();
    text_ += first_ ? "]\n}\n" : "\n  ]\n}\n";
    write();
  }

 private:
  void append_value(std::string& out, const RdfTerm& o) const {
    switch (o.kind) {
      case RdfTerm::Kind::kIri:
        out += "{\"@id\": ";
        c_.id(out, o.text);
        out += '}';
        return;
      case RdfTerm::Kind::kBlank:
        out += "{\"@id\": ";
        append_json_string(out, "_:" + std::string(o.text));
        out += '}';
        return;
      case RdfTerm::Kind::kLiteral:
        if (o.language.empty() && o.datatype.empty()) {
          append_json_string(out, o.text);
          return;
        }
        out += "{\"@value\": ";
        append_json_string(out, o.text);
        if (!o.language.empty()) {
          out += ", \"@language\": ";
          append_json_string(out, o.language);
        } else {
          out += ", \"@type\": ";
          c_.vocab(out, o.datatype);
        }
        out += '}';
        return;
    }
  }

  void flush_subject() {
    if (!open_) return;
    text_ += first_ ? "\n    {\n      \"@id\": " : ",\n    {\n      \"@id\": ";
    first_ = false;
    if (subject_kind_ == RdfTerm::Kind::kBlank) {
      append_json_string(text_, "_:" + subject_);
    } else {
      c_.id(text_, subject_);
    }
    for (const auto& [key, values] : values_) {
      text_ += ",\n      ";
      text_ += key;
      text_ += ": ";
      if (values.size() == 1) {
        text_ += values.front();
        continue;
      }
      text_ += '[';
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) text_ += ", ";
        text_ += values[i];
      }
      text_ += ']';
    }
    text_ += "\n    }";
    values_.clear();
    open_ = false;
    if (text_.size() >= kFlushBytes) write();
  }

  void write() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
    if (!out_) throw Error("writing JSON-LD failed");
  }

  const std::vector<graph::Prefix>& prefixes_;
  Compactor c_;
  std::ostream& out_;
  std::string text_, key_, value_;
  bool open_ = false, first_ = true;
  RdfTerm::Kind subject_kind_ = RdfTerm::Kind::kIri;
  std::string subject_;
  std::vector<std::pair<std::string, std::vector<std::string>>> values_;  // key -> values, in first-seen order
};

}  // namespace

void JsonLdExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  const RdfMapping mapping(graph, options);
  JsonLdSink sink(mapping.prefixes(), out);
  sink.begin();
  mapping.run(sink);
  sink.end();
}

}  // namespace kgforge::exporters
