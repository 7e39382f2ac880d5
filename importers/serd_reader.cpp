// SPDX-License-Identifier: MIT
#include "importers/serd_reader.hpp"

#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <exception>
#include <istream>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/ntriples_reader.hpp"

namespace kgforge::importers {

namespace {

const uint8_t* u8(const char* s) { return reinterpret_cast<const uint8_t*>(s); }
std::string_view view(const SerdNode* n) {
  return n != nullptr && n->buf != nullptr ? std::string_view(reinterpret_cast<const char*>(n->buf), n->n_bytes)
                                           : std::string_view();
}

struct FreeReader {
  void operator()(SerdReader* r) const { serd_reader_free(r); }
};
struct FreeEnv {
  void operator()(SerdEnv* e) const { serd_env_free(e); }
};

// A node serd allocated (an expansion), freed when it goes.
struct OwnedNode {
  SerdNode node = SERD_NODE_NULL;
  OwnedNode() = default;
  OwnedNode(const OwnedNode&) = delete;
  OwnedNode& operator=(const OwnedNode&) = delete;
  ~OwnedNode() { serd_node_free(&node); }
  void reset(SerdNode n) {
    serd_node_free(&node);
    node = n;
  }
};

// One parse: serd's callbacks, the environment (base, prefixes), the position.
class Parse {
 public:
  Parse(std::string_view syntax, std::istream& in, std::string_view source, const RdfSink& sink, Diagnostics& diags,
        const ImportOptions& options)
      : in_(in), source_(source), sink_(sink), diags_(diags) {
    if (syntax == "turtle") syntax_ = SERD_TURTLE;
    if (syntax == "trig") syntax_ = SERD_TRIG;
    if (syntax == "ntriples") syntax_ = SERD_NTRIPLES;
    if (syntax == "nquads") syntax_ = SERD_NQUADS;
    line_based_ = syntax_ == SERD_NTRIPLES || syntax_ == SERD_NQUADS;
    SerdNode base = serd_node_from_string(SERD_URI, u8(options.base_iri.c_str()));
    env_.reset(serd_env_new(options.base_iri.empty() || line_based_ ? nullptr : &base));
  }

  void run() {
    if (line_based_) {
      read_lines();
    } else {
      read_document();
    }
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  std::unique_ptr<SerdReader, FreeReader> new_reader() {
    std::unique_ptr<SerdReader, FreeReader> r(
        serd_reader_new(syntax_, this, nullptr, &Parse::on_base, &Parse::on_prefix, &Parse::on_statement, nullptr));
    if (!r) throw Error("cannot start the serd RDF reader");
    serd_reader_set_error_sink(r.get(), &Parse::on_error, this);
    // Strict: serd 0.30's lax mode (which goes on at the next line after an error)
    // loops for ever on some bad Turtle (W3C turtle-syntax-bad-string-03..05,
    // bad-struct-08..13), so Turtle and TriG stop at their first syntax error.
    serd_reader_set_strict(r.get(), true);
    return r;
  }

  // N-Triples, N-Quads: one line at a time, so that an error costs only its line.
  void read_lines() {
    auto reader = new_reader();
    std::string text;
    while (!diags_.full() && std::getline(in_, text)) {
      ++line_;
      if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
        report(line_, static_cast<std::uint32_t>(nul + 1), "a NUL byte (write it as \\u0000 in a literal)");
        continue;
      }
      bool blank = true;
      for (const char c : text) blank = blank && (c == ' ' || c == '\t' || c == '\r');
      if (blank) continue;
      line_error_ = false;
      const SerdStatus st = serd_reader_read_string(reader.get(), u8(text.c_str()));
      if (failure_) return;
      if (st > SERD_FAILURE || line_error_) reader = new_reader();  // a fresh stack after an error
    }
  }

  // Turtle, TriG: the whole stream through serd, byte by byte, so that each statement
  // is located where serd has read to.
  void read_document() {
    auto reader = new_reader();
    column_ = 0;
    line_ = 1;
    serd_reader_read_source(reader.get(), &Parse::read_byte, &Parse::stream_error, this, u8(source_.c_str()), 1);
  }

  static size_t read_byte(void* buf, size_t, size_t, void* handle) {
    auto* self = static_cast<Parse*>(handle);
    // At the end, serd reads the byte it was given (as with its own getc reader): a 0.
    *static_cast<uint8_t*>(buf) = 0;
    if (self->diags_.full() || self->failure_) return 0;  // stop: enough errors
    const std::istream::int_type c = self->in_.rdbuf()->sbumpc();
    if (c == std::istream::traits_type::eof()) return 0;
    const auto byte = static_cast<unsigned char>(c);
    *static_cast<uint8_t*>(buf) = byte;
    if (byte == '\n') {
      ++self->line_;
      self->column_ = 0;
    } else if ((byte & 0xC0) != 0x80) {
      ++self->column_;
    }
    return 1;
  }
  static int stream_error(void*) { return 0; }  // a read error is the InputFile's to report

  void report(std::uint32_t line, std::uint32_t column, std::string message) {
    diags_.error({source_, line, column}, "rdf-syntax", std::move(message));
  }

  static SerdStatus on_error(void* handle, const SerdError* e) {
    auto* self = static_cast<Parse*>(handle);
    try {
      char text[512];
      va_list args;
      va_copy(args, *e->args);
      std::vsnprintf(text, sizeof text, e->fmt, args);
      va_end(args);
      std::string message(text);
      while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
      const std::uint32_t line = self->line_based_ ? self->line_ : e->line;
      // One error a line: serd may report a problem twice ("missing IRI scheme",
      // "expected IRI scheme").
      if (self->line_error_) return SERD_SUCCESS;
      self->line_error_ = true;
      // serd's column is 1-based on its first line, 0-based after a line break.
      self->report(line, e->line <= 1 ? e->col : e->col + 1, std::move(message));
    } catch (...) {
      if (!self->failure_) self->failure_ = std::current_exception();
    }
    return SERD_SUCCESS;
  }

  static SerdStatus on_base(void* handle, const SerdNode* uri) {
    auto* self = static_cast<Parse*>(handle);
    serd_env_set_base_uri(self->env_.get(), uri);
    return SERD_SUCCESS;
  }

  static SerdStatus on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    auto* self = static_cast<Parse*>(handle);
    try {
      serd_env_set_prefix(self->env_.get(), name, uri);
      SerdChunk prefix{};
      SerdChunk suffix{};
      const std::string curie = std::string(view(name)) + ":";
      const SerdNode node = serd_node_from_string(SERD_CURIE, u8(curie.c_str()));
      if (serd_env_expand(self->env_.get(), &node, &prefix, &suffix) == SERD_SUCCESS) {
        const std::string_view iri(reinterpret_cast<const char*>(prefix.buf), prefix.len);
        if (graph::has_iri_scheme(iri) && self->sink_.prefix) self->sink_.prefix(view(name), iri);
      }
    } catch (...) {
      if (!self->failure_) self->failure_ = std::current_exception();
    }
    return SERD_SUCCESS;
  }

  // Resolves an IRI or CURIE node into `out`; false (after a diagnostic) if it cannot be.
  bool iri(const SerdNode* node, OwnedNode& storage, std::string_view& out, bool& relative) {
    if (node->type == SERD_CURIE) {
      storage.reset(serd_env_expand_node(env_.get(), node));
      if (storage.node.buf == nullptr) {
        const std::string_view curie = view(node);
        report(line_, column_,
               "undefined prefix '" + std::string(curie.substr(0, curie.find(':'))) + ":' in " + std::string(curie));
        return false;
      }
      out = view(&storage.node);
    } else {
      out = view(node);
      if (!graph::has_iri_scheme(out) && !line_based_) {
        SerdURI base{};
        serd_env_get_base_uri(env_.get(), &base);
        if (base.scheme.len > 0) {
          storage.reset(serd_env_expand_node(env_.get(), node));
          if (storage.node.buf != nullptr) out = view(&storage.node);
        }
      }
    }
    if (!graph::has_iri_scheme(out)) {
      if (line_based_) {
        report(line_, column_,
               "<" + std::string(out) + "> is not an absolute IRI (N-Triples and N-Quads have no base)");
        return false;
      }
      relative = true;
    }
    return true;
  }

  // The RdfTerm for `node` (and a literal's datatype and language).
  bool term(const SerdNode* node, const SerdNode* datatype, const SerdNode* language, OwnedNode& storage,
            OwnedNode& datatype_storage, RdfTerm& out) {
    switch (node->type) {
      case SERD_URI:
      case SERD_CURIE:
        out.kind = RdfTerm::Kind::kIri;
        return iri(node, storage, out.text, out.relative);
      case SERD_BLANK:
        out.kind = RdfTerm::Kind::kBlank;
        out.text = view(node);
        return true;
      case SERD_LITERAL:
        out.kind = RdfTerm::Kind::kLiteral;
        out.text = view(node);
        out.language = view(language);
        if (datatype != nullptr && datatype->buf != nullptr) {
          bool relative = false;
          if (!iri(datatype, datatype_storage, out.datatype, relative)) return false;
          out.relative = relative;
        }
        return true;
      case SERD_NOTHING:
        break;
    }
    return false;
  }

  static SerdStatus on_statement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                                 const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                                 const SerdNode* language) {
    auto* self = static_cast<Parse*>(handle);
    try {
      OwnedNode s_store, p_store, o_store, dt_store, g_store, unused;
      RdfTerm s, p, o, g;
      const bool has_graph = graph != nullptr && graph->buf != nullptr;
      if (!self->term(subject, nullptr, nullptr, s_store, unused, s) ||
          !self->term(predicate, nullptr, nullptr, p_store, unused, p) ||
          !self->term(object, datatype, language, o_store, dt_store, o) ||
          (has_graph && !self->term(graph, nullptr, nullptr, g_store, unused, g))) {
        return SERD_SUCCESS;
      }
      const std::uint32_t column = self->line_based_ ? 1 : self->column_;
      self->sink_.statement(s, p, o, has_graph ? &g : nullptr, self->line_, column);
    } catch (...) {
      if (!self->failure_) self->failure_ = std::current_exception();
      return SERD_ERR_UNKNOWN;
    }
    return SERD_SUCCESS;
  }

  std::istream& in_;
  std::string source_;
  const RdfSink& sink_;
  Diagnostics& diags_;
  SerdSyntax syntax_ = SERD_TURTLE;
  bool line_based_ = false;
  std::unique_ptr<SerdEnv, FreeEnv> env_;
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 0;
  bool line_error_ = false;
  std::exception_ptr failure_;
};

}  // namespace

bool serd_reads(std::string_view syntax) {
  return syntax == "turtle" || syntax == "trig" || syntax == "ntriples" || syntax == "nquads";
}

void parse_with_serd(std::string_view syntax, std::istream& in, std::string_view source_name, const RdfSink& sink,
                     Diagnostics& diags, const ImportOptions& options) {
  if (!serd_reads(syntax)) throw FormatError("serd does not read '" + std::string(syntax) + "'");
  Parse(syntax, in, source_name, sink, diags, options).run();
}

void read_with_serd(std::string_view syntax, bool keep_triples, std::istream& in, std::string_view source_name,
                    graph::KnowledgeGraph& out, Diagnostics& diags, const ImportOptions& options) {
  Diagnostics local(options.max_errors);
  TripleMapper mapper(out, local, source_name, keep_triples);
  RdfSink sink;
  sink.statement = [&](const RdfTerm& s, const RdfTerm& p, const RdfTerm& o, const RdfTerm* g, std::uint32_t line,
                       std::uint32_t column) { mapper.add(s, p, o, g, line, column); };
  sink.prefix = [&](std::string_view prefix, std::string_view iri) { mapper.add_prefix(prefix, iri); };
  parse_rdf(syntax, in, source_name, sink, local, options);
  mapper.finish();
  diags.merge(local);
}

}  // namespace kgforge::importers
