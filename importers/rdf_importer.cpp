// SPDX-License-Identifier: MIT
#include "importers/rdf_importer.hpp"

#include <raptor2.h>

#include <cstring>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/vocab.hpp"
#include "importers/rdf_triples.hpp"
#include "importers/serd_reader.hpp"

namespace kgforge::importers {

namespace {

using graph::KnowledgeGraph;

struct Free {
  void operator()(raptor_world* p) const { raptor_free_world(p); }
  void operator()(raptor_parser* p) const { raptor_free_parser(p); }
  void operator()(raptor_uri* p) const { raptor_free_uri(p); }
};
template <class T>
using Ptr = std::unique_ptr<T, Free>;

const unsigned char* u8(const char* s) { return reinterpret_cast<const unsigned char*>(s); }
std::string_view view(const unsigned char* s, std::size_t n) { return {reinterpret_cast<const char*>(s), n}; }
std::string_view view(const unsigned char* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : ""; }

// The base used when neither the file nor the caller gives one. Any IRI resolved
// against it was relative, and is an error: silently taking the file's own
// file:///path would publish a local path. (.invalid is reserved, RFC 2606.)
constexpr std::string_view kNoBase = "http://kgforge.invalid/no-base/";
constexpr std::string_view kNoBaseHost = "http://kgforge.invalid/";

// What the Raptor callbacks share. The callbacks never throw: an exception (only
// std::bad_alloc is possible) is remembered and rethrown after parsing.
struct ParseState {
  TripleMapper* mapper = nullptr;
  Diagnostics* diags = nullptr;
  std::string source;
  raptor_parser* parser = nullptr;
  std::exception_ptr failure;
};

TextLocation locate(const ParseState& st, raptor_locator* locator) {
  if (locator == nullptr && st.parser != nullptr) locator = raptor_parser_get_locator(st.parser);
  TextLocation where{st.source, 0, 0};
  if (locator != nullptr) {
    const int line = raptor_locator_line(locator);
    const int column = raptor_locator_column(locator);
    if (line > 0) where.line = static_cast<unsigned>(line);
    if (line > 0 && column > 0) where.column = static_cast<unsigned>(column);
  }
  return where;
}

void on_log(void* data, raptor_log_message* message) {
  auto* st = static_cast<ParseState*>(data);
  try {
    if (message->level < RAPTOR_LOG_LEVEL_WARN) return;
    std::string text = message->text ? message->text : "unknown problem";
    const TextLocation where = locate(*st, message->locator);
    // rdf:aboutEach / aboutEachPrefix were removed from RDF (RDF/XML Syntax 1.1 §5.4, W3C
    // tests rdfms-abouteach-error00*): Raptor only warns and skips the element.
    const bool removed_syntax = text.find("aboutEach") != std::string::npos;
    if (message->level >= RAPTOR_LOG_LEVEL_ERROR || removed_syntax) {
      st->diags->error(where, "rdf-syntax", std::move(text));
      if (st->diags->full() && st->parser != nullptr) raptor_parser_parse_abort(st->parser);
    } else {
      st->diags->warning(where, "rdf-warning", std::move(text));
    }
  } catch (...) {
    if (!st->failure) st->failure = std::current_exception();
  }
}

void on_namespace(void* data, raptor_namespace* ns) {
  auto* st = static_cast<ParseState*>(data);
  try {
    raptor_uri* uri = raptor_namespace_get_uri(ns);
    if (uri == nullptr) return;
    if (view(raptor_uri_as_string(uri)).substr(0, kNoBaseHost.size()) == kNoBaseHost) return;  // relative: unusable
    st->mapper->add_prefix(view(raptor_namespace_get_prefix(ns)), view(raptor_uri_as_string(uri)));
  } catch (...) {
    if (!st->failure) st->failure = std::current_exception();
  }
}

// A Raptor term as the mapper takes it. IRIs resolved against kNoBase were relative.
RdfTerm term_of(const raptor_term* term) {
  auto iri = [](raptor_uri* uri, RdfTerm& out) {
    std::string_view text = view(raptor_uri_as_string(uri));
    if (text.substr(0, kNoBaseHost.size()) == kNoBaseHost) {
      out.relative = true;
      if (text.substr(0, kNoBase.size()) == kNoBase) text.remove_prefix(kNoBase.size());
    }
    return text;
  };
  RdfTerm out;
  switch (term->type) {
    case RAPTOR_TERM_TYPE_URI:
      out.text = iri(term->value.uri, out);
      break;
    case RAPTOR_TERM_TYPE_BLANK:
      out.kind = RdfTerm::Kind::kBlank;
      out.text = view(term->value.blank.string, term->value.blank.string_len);
      break;
    case RAPTOR_TERM_TYPE_LITERAL:
    case RAPTOR_TERM_TYPE_UNKNOWN: {
      const raptor_term_literal_value& lit = term->value.literal;
      out.kind = RdfTerm::Kind::kLiteral;
      out.text = view(lit.string, lit.string_len);
      if (lit.datatype != nullptr) out.datatype = iri(lit.datatype, out);
      out.language = view(lit.language, lit.language_len);
      break;
    }
  }
  return out;
}

void on_statement(void* data, raptor_statement* statement) {
  auto* st = static_cast<ParseState*>(data);
  try {
    const TextLocation at = locate(*st, nullptr);
    st->mapper->add(term_of(statement->subject), term_of(statement->predicate), term_of(statement->object), nullptr,
                    at.line, at.column);
  } catch (...) {
    if (!st->failure) st->failure = std::current_exception();
  }
}

// --- RDF/XML: refusing external entities ---------------------------------------------------
// Raptor lets libxml2 load external parameter entities (and an external DTD) even with
// RAPTOR_OPTION_NO_FILE and without RAPTOR_OPTION_LOAD_EXTERNAL_ENTITIES: a document
// could make kgforge read /etc/passwd, or block on a FIFO. So the prolog is scanned
// before Raptor sees any of it, and a DOCTYPE that names anything external (SYSTEM or
// PUBLIC: an external subset, entity or notation) is refused.

constexpr std::size_t kMaxProlog = 1 << 20;

struct PrologScan {
  bool complete = false;  // the whole prolog was seen
  std::size_t at = 0;     // where the problem is
  std::string problem;    // non-empty: refuse the file
};

bool is_name_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '-' || c == '.' || c == ':' || u >= 0x80;
}

PrologScan scan_xml_prolog(std::string_view t) {
  constexpr std::size_t npos = std::string_view::npos;
  std::size_t i = t.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  for (;;) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) ++i;
    if (i >= t.size()) return {};
    if (t.compare(i, 2, "<?") == 0) {
      const std::size_t e = t.find("?>", i);
      if (e == npos) return {};
      i = e + 2;
    } else if (t.compare(i, 4, "<!--") == 0) {
      const std::size_t e = t.find("-->", i);
      if (e == npos) return {};
      i = e + 3;
    } else if (t.compare(i, 9, "<!DOCTYPE") == 0) {
      bool subset = false;
      for (std::size_t j = i + 9; j < t.size(); ++j) {
        const char c = t[j];
        if (c == '"' || c == '\'') {
          const std::size_t e = t.find(c, j + 1);
          if (e == npos) return {};
          j = e;
        } else if (t.compare(j, 4, "<!--") == 0) {
          const std::size_t e = t.find("-->", j);
          if (e == npos) return {};
          j = e + 2;
        } else if (c == '[') {
          subset = true;
        } else if (c == ']') {
          subset = false;
        } else if (c == '>' && !subset) {
          return {true, 0, {}};
        } else if ((t.compare(j, 6, "SYSTEM") == 0 || t.compare(j, 6, "PUBLIC") == 0) && !is_name_byte(t[j - 1]) &&
                   (j + 6 >= t.size() || !is_name_byte(t[j + 6]))) {
          return {true, j,
                  "the DOCTYPE refers to an external " + std::string(subset ? "entity" : "DTD") + " (" +
                      std::string(t.substr(j, 6)) +
                      "): kgforge does not read files or URLs named by a document; define entities inline "
                      "or write the text out"};
        }
      }
      return {};
    } else {
      return {true, 0, {}};  // the root element (or something Raptor will report)
    }
  }
}

TextLocation offset_location(const std::string& path, std::string_view text, std::size_t at) {
  TextLocation where{path, 1, 1};
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

}  // namespace

void RdfImporter::read(std::istream& in, std::string_view source_name, KnowledgeGraph& out, Diagnostics& diags,
                       const ImportOptions& options) const {
  if (syntax_ != "rdfxml") return read_with_serd(syntax_, keep_triples_, in, source_name, out, diags, options);
  Diagnostics local(options.max_errors);
  TripleMapper mapper(out, local, source_name, keep_triples_);
  ParseState st;
  st.mapper = &mapper;
  st.diags = &local;
  st.source = std::string(source_name);

  Ptr<raptor_world> world{raptor_new_world()};
  if (!world || raptor_world_open(world.get()) != 0) throw Error("cannot start the Raptor RDF library");
  raptor_world_set_log_handler(world.get(), &st, on_log);
  Ptr<raptor_parser> parser{raptor_new_parser(world.get(), syntax_.c_str())};
  if (!parser) throw FormatError("Raptor has no parser named " + syntax_);
  st.parser = parser.get();
  raptor_parser_set_option(parser.get(), RAPTOR_OPTION_NO_NET, nullptr, 1);
  raptor_parser_set_option(parser.get(), RAPTOR_OPTION_NO_FILE, nullptr, 1);
  raptor_parser_set_statement_handler(parser.get(), &st, on_statement);
  raptor_parser_set_namespace_handler(parser.get(), &st, on_namespace);
  const std::string base_text = options.base_iri.empty() ? std::string(kNoBase) : options.base_iri;
  Ptr<raptor_uri> base{raptor_new_uri(world.get(), u8(base_text.c_str()))};
  if (raptor_parser_parse_start(parser.get(), base.get()) == 0) {
    // Fed in chunks, so the text is never held twice. The return code is not trusted
    // (the N-Triples parser returns 0 after errors): the log handler counts them.
    std::vector<char> chunk(1 << 16);
    // RDF/XML: the prolog is held back until scan_xml_prolog() has passed it.
    std::string head;
    bool head_done = syntax_ != "rdfxml";
    bool refused = false;
    auto feed = [&](const char* data, std::size_t size) {
      return raptor_parser_parse_chunk(parser.get(), u8(data), size, 0) == 0 && !st.failure;
    };
    auto check_head = [&](bool at_end) {
      const PrologScan scan = scan_xml_prolog(head);
      if (!scan.problem.empty()) {
        local.error(offset_location(st.source, head, scan.at), "external-entity", scan.problem);
        refused = true;
      } else if (!scan.complete && head.size() >= kMaxProlog) {
        local.error({st.source, 1, 1}, "rdf-syntax", "the XML prolog (DOCTYPE) is longer than 1 MiB");
        refused = true;
      } else if (scan.complete || at_end) {
        head_done = true;
        return feed(head.data(), head.size());
      }
      return !refused;
    };
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
      const auto got = static_cast<std::size_t>(in.gcount());
      if (!head_done) {
        head.append(chunk.data(), got);
        if (!check_head(false)) break;
        continue;
      }
      if (!feed(chunk.data(), got)) break;
    }
    if (in.bad()) throw IoError(std::string(source_name), "cannot read");
    if (!head_done && !refused) check_head(true);
    if (!refused) raptor_parser_parse_chunk(parser.get(), nullptr, 0, 1);
  } else {
    local.error({st.source, 0, 0}, "rdf-syntax", "cannot start parsing");
  }
  st.parser = nullptr;
  parser.reset();
  if (st.failure) std::rethrow_exception(st.failure);
  mapper.finish();
  diags.merge(local);
}

}  // namespace kgforge::importers
