// SPDX-License-Identifier: MIT
#include "importers/rdf_importer.hpp"

#include <raptor2.h>

#include <cstring>
#include <deque>
#include <istream>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/progress.hpp"
#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/vocab.hpp"
#include "importers/xml_prolog.hpp"

namespace kgforge::importers {

namespace {

using graph::KnowledgeGraph;
using graph::Location;
using graph::NodeId;
using graph::Role;
using graph::Sym;
using graph::Value;

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

struct Triple {
  Value subject;
  Sym predicate = 0;
  Value object;
  Location where;
};

// What the Raptor callbacks share. The callbacks never throw: an exception (only
// std::bad_alloc is possible) is remembered and rethrown after parsing.
struct ParseState {
  KnowledgeGraph* graph = nullptr;
  Diagnostics* diags = nullptr;
  std::string source;
  std::string blank_prefix;
  raptor_parser* parser = nullptr;
  std::deque<Triple> triples;  // a deque: no reallocation copies while it grows
  Sym xsd_string = 0;
  Sym rdf_lang_string = 0;
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
    st->graph->add_prefix(view(raptor_namespace_get_prefix(ns)), view(raptor_uri_as_string(uri)));
  } catch (...) {
    if (!st->failure) st->failure = std::current_exception();
  }
}

// Converts a term; a literal that RDF forbids gives a diagnostic and nullopt.
std::optional<Value> convert(ParseState& st, const raptor_term* term, const Location& where) {
  KnowledgeGraph& g = *st.graph;
  switch (term->type) {
    case RAPTOR_TERM_TYPE_URI: {
      const std::string_view iri = view(raptor_uri_as_string(term->value.uri));
      if (iri.substr(0, kNoBaseHost.size()) == kNoBaseHost) {
        std::string_view shown = iri.substr(0, kNoBase.size()) == kNoBase ? iri.substr(kNoBase.size()) : iri;
        st.diags->error(g.text_location(where), "relative-iri",
                        "the relative IRI <" + std::string(shown) +
                            "> has no base: the file sets none (@base, xml:base) and none was given (--base); "
                            "write a full IRI");
        return std::nullopt;
      }
      return Value::iri(g.intern(iri));
    }
    case RAPTOR_TERM_TYPE_BLANK:
      return Value::blank(
          g.intern(st.blank_prefix + std::string(view(term->value.blank.string, term->value.blank.string_len))));
    case RAPTOR_TERM_TYPE_LITERAL: {
      const raptor_term_literal_value& lit = term->value.literal;
      const std::string_view text = view(lit.string, lit.string_len);
      if (text.find('\0') != std::string_view::npos || !graph::is_valid_utf8(text)) {
        st.diags->error(g.text_location(where), "bad-text", "a literal holds a NUL byte or invalid UTF-8");
        return std::nullopt;
      }
      const std::string_view datatype_iri = lit.datatype ? view(raptor_uri_as_string(lit.datatype)) : "";
      if (datatype_iri.substr(0, kNoBaseHost.size()) == kNoBaseHost) {
        st.diags->error(g.text_location(where), "relative-iri",
                        "a literal's datatype is a relative IRI and the file has no base");
        return std::nullopt;
      }
      Sym datatype = lit.datatype ? g.intern(datatype_iri) : 0;
      if (datatype == st.xsd_string) datatype = 0;
      const std::string language = lower(view(lit.language, lit.language_len));
      if (datatype == st.rdf_lang_string && language.empty()) {
        st.diags->error(g.text_location(where), "bad-literal", "an rdf:langString literal needs a language tag");
        return std::nullopt;
      }
      if (!language.empty() && !graph::is_language_tag(language)) {
        st.diags->error(g.text_location(where), "bad-literal", "'" + language + "' is not a language tag (BCP 47)");
        return std::nullopt;
      }
      if (!language.empty()) datatype = 0;
      return Value::literal(g.intern(text), datatype, language.empty() ? 0 : g.intern(language));
    }
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  return std::nullopt;
}

void on_statement(void* data, raptor_statement* statement) {
  auto* st = static_cast<ParseState*>(data);
  try {
    const TextLocation at = locate(*st, nullptr);
    const Location where = st->graph->location(at.path, at.line, at.column);
    std::optional<Value> s = convert(*st, statement->subject, where);
    std::optional<Value> p = convert(*st, statement->predicate, where);
    std::optional<Value> o = convert(*st, statement->object, where);
    if (!s || !p || !o || !p->is_iri()) return;
    st->triples.push_back({*s, p->text, *o, where});
  } catch (...) {
    if (!st->failure) st->failure = std::current_exception();
  }
}

// A short stable tag per source, so that blank node `_:b1` of one file is not
// merged with `_:b1` of another when several files are loaded together.
std::string blank_prefix_for(std::string_view source) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : source) h = (h ^ c) * 16777619u;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "f";
  for (int shift = 28; shift >= 0; shift -= 4) out += kHex[(h >> shift) & 0xF];
  return out + "_";
}

// --- RDF/XML: refusing external entities ---------------------------------------------------
// Raptor lets libxml2 load external parameter entities (and an external DTD) even with
// RAPTOR_OPTION_NO_FILE and without RAPTOR_OPTION_LOAD_EXTERNAL_ENTITIES: a document
// could make kgforge read /etc/passwd, or block on a FIFO. So the prolog is scanned
// before Raptor sees any of it, and a DOCTYPE that names anything external (SYSTEM or
// PUBLIC: an external subset, entity or notation) is refused.

// (scan_xml_prolog and offset_location: importers/xml_prolog.hpp, shared with GraphML.)

// Maps parsed triples into the graph (the mapping the class comment describes).
class Builder {
 public:
  Builder(KnowledgeGraph& g, bool keep_triples) : g_(g), keep_triples_(keep_triples) {
    auto intern = [&](std::string_view iri) { return g_.intern(iri); };
    type_ = intern(vocab::rdf::kType);
    statement_ = intern(vocab::rdf::kStatement);
    subject_ = intern(vocab::rdf::kSubject);
    predicate_ = intern(vocab::rdf::kPredicate);
    object_ = intern(vocab::rdf::kObject);
    label_ = intern(vocab::rdfs::kLabel);
    schema_name_ = intern(vocab::schema::kName);
    alt_label_ = intern(vocab::skos::kAltLabel);
    comment_ = intern(vocab::rdfs::kComment);
    schema_description_ = intern(vocab::schema::kDescription);
    same_as_ = intern(vocab::owl::kSameAs);
    title_ = intern(vocab::dcterms::kTitle);
    source_ = intern(vocab::kgf::kSource);
  }

  void build(const std::deque<Triple>& triples);

 private:
  struct Reification {
    std::vector<std::size_t> triples;  // indexes of every triple about the statement
    std::optional<Value> subject, object;
    Sym predicate = 0;
    bool typed = false;
    bool ambiguous = false;
    bool complete() const { return typed && !ambiguous && subject && object && predicate != 0; }
  };
  static std::uint64_t key(const Value& v) {
    return (static_cast<std::uint64_t>(v.kind) << 32) | static_cast<std::uint64_t>(v.text);
  }
  NodeId node(const Value& v, const Location& where) {
    return v.kind == Value::Kind::kBlank ? g_.add_blank_node(g_.str(v.text), where)
                                         : g_.add_node(g_.str(v.text), where);
  }
  void collect_reifications(const std::deque<Triple>& triples);
  void add(const Triple& t);
  void add_label(NodeId n, const Triple& t);
  bool has_property(NodeId n, Role role, const Value& v) const;
  bool fold(const std::deque<Triple>& triples, const Reification& r);

  KnowledgeGraph& g_;
  bool keep_triples_ = false;
  Sym type_, statement_, subject_, predicate_, object_, label_, schema_name_, alt_label_, comment_, schema_description_,
      same_as_, title_, source_;
  std::unordered_map<std::uint64_t, Reification> reifications_;
  std::vector<std::uint64_t> reification_order_;
  std::vector<bool> edge_used_;
};

void Builder::collect_reifications(const std::deque<Triple>& triples) {
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    if (t.predicate == type_ && t.object.is_iri() && t.object.text == statement_) {
      auto [it, fresh] = reifications_.try_emplace(key(t.subject));
      if (fresh) reification_order_.push_back(key(t.subject));
      it->second.typed = true;
    }
  }
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    if (t.subject.is_literal()) continue;
    auto it = reifications_.find(key(t.subject));
    if (it == reifications_.end()) continue;
    Reification& r = it->second;
    r.triples.push_back(i);
    auto set = [&](std::optional<Value>& slot) {
      if (t.object.is_literal() || (slot && !(*slot == t.object))) r.ambiguous = true;
      slot = t.object;
    };
    if (t.predicate == subject_) set(r.subject);
    if (t.predicate == object_) set(r.object);
    if (t.predicate == predicate_) {
      if (!t.object.is_iri() || (r.predicate != 0 && r.predicate != t.object.text)) r.ambiguous = true;
      r.predicate = t.object.text;
    }
  }
}

bool Builder::has_property(NodeId n, Role role, const Value& v) const {
  bool found = false;
  g_.for_each_property(n, [&](const graph::NodeProperty& p) { found = found || (p.role == role && p.value == v); });
  return found;
}

void Builder::add_label(NodeId n, const Triple& t) {
  const graph::Node& node = g_.node(n);
  if (node.name == 0) {
    g_.set_name(n, g_.str(t.object.text));
    return;
  }
  if (node.name == t.object.text) return;
  const Value alias = Value::literal(t.object.text, t.object.datatype, t.object.language);
  if (!has_property(n, Role::kAlias, alias)) g_.add_property(n, {Role::kAlias, 0, alias, t.where});
}

void Builder::add(const Triple& t) {
  const NodeId s = node(t.subject, t.where);
  const Sym p = t.predicate;
  if (keep_triples_) {
    if (p == type_ && t.object.is_iri()) {
      g_.add_class(s, t.object.text, t.where);
    } else if (t.object.is_literal()) {
      g_.add_property(s, {Role::kAttribute, p, t.object, t.where});
    } else {
      g_.add_edge(s, p, node(t.object, t.where), t.where);
    }
    return;
  }
  if (!t.object.is_literal()) {
    if (p == type_ && t.object.is_iri()) {
      if (!g_.has_class(s, t.object.text)) g_.add_class(s, t.object.text, t.where);
    } else if (p == same_as_ && t.object.is_iri()) {
      g_.add_property(s, {Role::kSameAs, 0, t.object, t.where});
    } else if (p == source_ && t.object.is_iri()) {
      g_.add_property(s, {Role::kAttribute, p, t.object, t.where});  // where a resource is described
    } else {
      g_.add_edge(s, p, node(t.object, t.where), t.where);
    }
    return;
  }
  if (p == label_ || p == schema_name_) return add_label(s, t);
  if (p == alt_label_) {
    if (!has_property(s, Role::kAlias, t.object)) g_.add_property(s, {Role::kAlias, 0, t.object, t.where});
    return;
  }
  if (p == comment_ || p == schema_description_) {
    if (!has_property(s, Role::kDescription, t.object)) g_.add_property(s, {Role::kDescription, 0, t.object, t.where});
    return;
  }
  if (p == title_ && g_.node(s).name == t.object.text) return;
  g_.add_property(s, {Role::kAttribute, p, t.object, t.where});
}

// Attaches the qualifiers of one reified statement to an unused edge it describes.
bool Builder::fold(const std::deque<Triple>& triples, const Reification& r) {
  std::optional<NodeId> subject;
  if (r.subject->kind == Value::Kind::kBlank) {
    subject = g_.add_blank_node(g_.str(r.subject->text));  // existing unless the file never states it
  } else {
    subject = g_.find_node(g_.str(r.subject->text));
  }
  if (!subject) return false;
  std::optional<graph::EdgeRef> match;
  bool stated = false;
  for (graph::EdgeRef e : g_.out_edges(*subject)) {
    const NodeId target = g_.target(e);
    const graph::Node& tn = g_.node(target);
    const bool same_target = tn.iri == r.object->text && tn.blank == (r.object->kind == Value::Kind::kBlank);
    if (g_.edge(e).predicate != r.predicate || !same_target) continue;
    stated = true;
    const std::uint32_t id = g_.edge(e).id;
    if (id < edge_used_.size() && edge_used_[id]) continue;
    match = e;
    break;
  }
  // A relation stated twice with different qualifiers is one triple with two
  // reifications: the second one gets an edge of its own.
  if (!match && stated)
    match = g_.add_edge(*subject, r.predicate, node(*r.object, triples[r.triples.front()].where),
                        triples[r.triples.front()].where);
  if (!match) return false;
  const std::uint32_t id = g_.edge(*match).id;
  if (edge_used_.size() <= id) edge_used_.resize(id + 1, false);
  edge_used_[id] = true;
  for (std::size_t i : r.triples) {
    const Triple& t = triples[i];
    if (t.predicate == subject_ || t.predicate == predicate_ || t.predicate == object_) continue;
    if (t.predicate == type_ && t.object.is_iri() && t.object.text == statement_) continue;
    g_.add_qualifier(*match, {t.predicate, t.object});
  }
  return true;
}

void Builder::build(const std::deque<Triple>& triples) {
  if (keep_triples_) {
    for (const Triple& t : triples) add(t);
    return;
  }
  collect_reifications(triples);
  std::vector<bool> skip(triples.size(), false);
  for (const auto& [k, r] : reifications_) {
    if (!r.complete()) continue;
    for (std::size_t i : r.triples) skip[i] = true;
  }
  for (std::size_t i = 0; i < triples.size(); ++i) {
    if (!skip[i]) add(triples[i]);
  }
  for (std::uint64_t k : reification_order_) {
    const Reification& r = reifications_.at(k);
    if (!r.complete() || fold(triples, r)) continue;
    for (std::size_t i : r.triples) add(triples[i]);  // it describes no stated triple: keep it as data
  }
}

}  // namespace

void RdfImporter::read(std::istream& in, std::string_view source_name, KnowledgeGraph& out, Diagnostics& diags,
                       const ImportOptions& options) const {
  Diagnostics local(options.max_errors);
  ParseState st;
  st.graph = &out;
  st.diags = &local;
  st.source = std::string(source_name);
  st.blank_prefix = blank_prefix_for(source_name);
  st.xsd_string = out.intern(vocab::xsd::kString);
  st.rdf_lang_string = out.intern(vocab::rdf::kLangString);

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
      } else if (!scan.complete && head.size() >= kMaxXmlProlog) {
        local.error({st.source, 1, 1}, "rdf-syntax", "the XML prolog (DOCTYPE) is longer than 1 MiB");
        refused = true;
      } else if (scan.complete || at_end) {
        head_done = true;
        return feed(head.data(), head.size());
      }
      return !refused;
    };
    Progress progress("reading " + st.source, "bytes", 0);
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
      const auto got = static_cast<std::size_t>(in.gcount());
      progress.advance(got);
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
  Builder(out, keep_triples_).build(st.triples);
  diags.merge(local);
}

}  // namespace kgforge::importers
