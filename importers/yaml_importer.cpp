// SPDX-License-Identifier: MIT
// Reads a YAML knowledge base in two passes over located trees (yaml_tree.hpp):
// the first collects every id of every file (so references may cross files and
// duplicates are found wherever they are), the second builds nodes and edges.
#include "importers/yaml_importer.hpp"

#include <algorithm>
#include <cctype>
#include <istream>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>

#include "core/progress.hpp"
#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"
#include "importers/lexical.hpp"
#include "importers/yaml_tree.hpp"

namespace kgforge::importers {

namespace {

using graph::KnowledgeGraph;
using graph::NodeId;
using yaml::YNode;

using Keys = std::span<const std::string_view>;
constexpr std::string_view kTopKeys[] = {"kgforge", "base", "prefixes", "sources", "entities", "relations"};
constexpr std::string_view kSourceKeys[] = {"id", "title", "url", "date", "publisher", "sections", "retrieved"};
constexpr std::string_view kSectionKeys[] = {"id", "title"};
constexpr std::string_view kEntityKeys[] = {"id",      "type",       "types",  "name",      "aliases", "description",
                                            "same_as", "attributes", "source", "relations", "pages"};
constexpr std::string_view kRelationKeys[] = {"from", "predicate", "to",   "since", "until",
                                              "date", "source",    "role", "note",  "qualifiers"};
constexpr std::string_view kValueKeys[] = {"value", "datatype", "lang"};
constexpr std::string_view kAttributeValueKeys[] = {"value", "datatype", "lang", "source"};

// Where ids go when a file's base is missing or bad (already reported): the graph
// is discarded anyway, but reading on finds the file's other problems.
constexpr std::string_view kInvalidBase = "urn:kgforge:invalid-base/";

using vocab::kgf_term;

struct Definition {
  std::string iri;
  bool source = false;  // a source document rather than an entity
  TextLocation where;
};

struct SectionDecl {
  const YNode* node;
  std::string iri;
};

struct SourceDecl {
  const YNode* node;
  std::string iri;
  std::vector<SectionDecl> sections;
};

struct EntityDecl {
  const YNode* node;
  std::string iri;
};

struct FileKb {
  std::string path;
  YNode root;
  std::string base{kInvalidBase};
  std::vector<graph::Prefix> prefixes;  // declared in this file
  std::vector<SourceDecl> sources;
  std::vector<EntityDecl> entities;
};

class KbReader {
 public:
  KbReader(KnowledgeGraph& g, Diagnostics& diags) : g_(g), diags_(diags) {}
  void read(const std::vector<YamlSource>& files);

 private:
  // --- diagnostics and small readers ---
  TextLocation at(const FileKb& f, const YNode& n) const { return {f.path, n.line, n.column}; }
  graph::Location loc(const FileKb& f, const YNode& n) { return g_.location(f.path, n.line, n.column); }
  void error(const FileKb& f, const YNode& n, const char* code, std::string message) {
    diags_.error(at(f, n), code, std::move(message));
  }
  bool expect(const FileKb& f, const YNode& n, YNode::Kind kind, const std::string& what);
  void check_keys(const FileKb& f, const YNode& map, Keys allowed, const std::string& what, bool from_implied = false);
  std::optional<std::string> text(const FileKb& f, const YNode& owner, std::string_view key, const std::string& what,
                                  bool required);
  template <class F>
  void each_scalar(const FileKb& f, const YNode& owner, std::string_view key, F&& fn);
  std::optional<std::string> read_id(const FileKb& f, const YNode& map, const std::string& what);

  // --- pass 1: headers and ids ---
  void declare_file(FileKb& f);
  void read_header(FileKb& f);
  void read_prefixes(FileKb& f, const YNode& map);
  void declare_sources(FileKb& f, const YNode& list);
  void declare_sections(FileKb& f, SourceDecl& source, const std::string& source_id);
  void declare_entities(FileKb& f, const YNode& list);
  bool define(std::unordered_map<std::string, Definition>& table, const std::string& key, const std::string& shown,
              Definition def);

  // --- names, references, values ---
  std::optional<std::string> expand_name(const FileKb& f, const YNode& n, const std::string& what);
  std::optional<std::string> expand_iri(const FileKb& f, const YNode& n);
  std::optional<NodeId> resolve_entity(const FileKb& f, const YNode& n);
  std::optional<std::string> resolve_source(const FileKb& f, const YNode& n);
  std::string suggest_id(std::string_view id, bool sources_only);
  // With `sources`, a value may be {value: ..., source: REF}: its own sources go there
  // (kgf:source qualifiers), checked even when the value is not.
  std::optional<graph::Value> read_value(const FileKb& f, const YNode& v,
                                         std::vector<graph::Qualifier>* sources = nullptr);
  std::optional<graph::Value> read_explicit_value(const FileKb& f, const YNode& map,
                                                  std::vector<graph::Qualifier>* sources);
  std::optional<graph::Value> read_date(const FileKb& f, const YNode& v, std::string_view key);
  template <class F>
  void each_value(const FileKb& f, const YNode& key, const YNode& v, F&& fn, bool with_sources = false);

  // --- pass 2: the graph ---
  void build_file(FileKb& f);
  void build_source(FileKb& f, const SourceDecl& s);
  void build_sections(FileKb& f, const SourceDecl& s, NodeId doc);
  void build_entity(FileKb& f, const EntityDecl& e);
  void build_entity_types(FileKb& f, const YNode& map, NodeId n);
  void build_entity_texts(FileKb& f, const YNode& map, NodeId n);
  void build_attributes(FileKb& f, const YNode& map, NodeId n);
  void build_relations(FileKb& f, const YNode* list, std::optional<NodeId> subject);
  void build_relation(FileKb& f, const YNode& rel, std::optional<NodeId> subject);
  void read_qualifiers(FileKb& f, const YNode& rel, std::vector<graph::Qualifier>& out);
  void read_more_qualifiers(FileKb& f, const YNode& map, std::vector<graph::Qualifier>& out);
  void check_period(const FileKb& f, const YNode& rel);

  KnowledgeGraph& g_;
  Diagnostics& diags_;
  Progress* progress_ = nullptr;  // the build pass, by entity and relation
  std::vector<FileKb> files_;
  std::unordered_map<std::string, Definition> ids_;                             // entity and source ids
  std::unordered_map<std::string, Definition> sections_;                        // "source\0section"
  std::unordered_map<std::string, std::pair<std::string, TextLocation>> iris_;  // minted IRI -> (id, where)
  // lower-case name -> (id, name), for suggestions
  std::unordered_map<std::string, std::pair<std::string, std::string>> names_;
};

// --- diagnostics and small readers -------------------------------------------------------

bool KbReader::expect(const FileKb& f, const YNode& n, YNode::Kind kind, const std::string& what) {
  if (n.kind == kind) return true;
  if (n.is_invalid()) return false;
  const char* wanted = kind == YNode::Kind::kMapping    ? "a mapping"
                       : kind == YNode::Kind::kSequence ? "a list"
                                                        : "a string";
  error(f, n, "wrong-kind", what + " must be " + wanted + ", not " + yaml::kind_name(n));
  return false;
}

void KbReader::check_keys(const FileKb& f, const YNode& map, Keys allowed, const std::string& what, bool from_implied) {
  std::vector<std::string_view> candidates(allowed.begin(), allowed.end());
  for (std::size_t i = 0; i < map.pair_count(); ++i) {
    const YNode& key = map.key(i);
    if (from_implied && key.text == "from") {
      error(f, key, "unknown-key", "'from' is implied for a relation listed under an entity; remove it");
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), key.text) != allowed.end()) continue;
    error(f, key, "unknown-key", "unknown key '" + key.text + "' in " + what + did_you_mean(key.text, candidates));
  }
}

std::optional<std::string> KbReader::text(const FileKb& f, const YNode& owner, std::string_view key,
                                          const std::string& what, bool required) {
  const YNode* v = owner.find(key);
  if (v == nullptr) {
    if (required) error(f, owner, "missing-key", what + " has no '" + std::string(key) + "'");
    return std::nullopt;
  }
  if (v->is_null()) {
    error(f, *v, "wrong-kind", "'" + std::string(key) + "' has no value");
    return std::nullopt;
  }
  if (!expect(f, *v, YNode::Kind::kScalar, "'" + std::string(key) + "'")) return std::nullopt;
  return v->text;
}

// Calls fn(node) for the scalar value of `key`, or for each scalar of its list.
template <class F>
void KbReader::each_scalar(const FileKb& f, const YNode& owner, std::string_view key, F&& fn) {
  const YNode* v = owner.find(key);
  if (v == nullptr) return;
  const std::string what = "'" + std::string(key) + "'";
  if (v->is_null()) {
    error(f, *v, "wrong-kind", what + " has no value");
  } else if (v->is_scalar()) {
    fn(*v);
  } else if (expect(f, *v, YNode::Kind::kSequence, what)) {
    for (const YNode& item : v->items) {
      if (expect(f, item, YNode::Kind::kScalar, "each item of " + what)) fn(item);
    }
  }
}

std::optional<std::string> KbReader::read_id(const FileKb& f, const YNode& map, const std::string& what) {
  std::optional<std::string> id = text(f, map, "id", what, true);
  if (!id) return std::nullopt;
  const YNode& node = *map.find("id");
  if (id->empty()) {
    error(f, node, "bad-id", "an id must not be empty");
    return std::nullopt;
  }
  const auto control = std::find_if(id->begin(), id->end(), [](unsigned char c) { return c < 0x20 || c == 0x7F; });
  if (control != id->end()) {
    error(f, node, "bad-id", "the id '" + *id + "' holds a control character");
    return std::nullopt;
  }
  return id;
}

// --- pass 1: headers and ids ----------------------------------------------------------------

void KbReader::declare_file(FileKb& f) {
  const YNode& root = f.root;
  if (!root.is_mapping()) {
    if (!root.is_invalid()) {
      error(
          f, root, "wrong-kind",
          std::string("a knowledge-base file must be a mapping (base:, entities:, ...), not ") + yaml::kind_name(root));
    }
    return;
  }
  check_keys(f, root, kTopKeys, "the file");
  read_header(f);
  if (const YNode* v = root.find("sources"); v && !v->is_null() && expect(f, *v, YNode::Kind::kSequence, "'sources'")) {
    declare_sources(f, *v);
  }
  if (const YNode* v = root.find("entities");
      v && !v->is_null() && expect(f, *v, YNode::Kind::kSequence, "'entities'")) {
    declare_entities(f, *v);
  }
}

void KbReader::read_header(FileKb& f) {
  const YNode& root = f.root;
  if (const YNode* v = root.find("kgforge"); v && !v->is_invalid() && !(v->is_scalar() && v->text == "1")) {
    error(f, *v, "bad-version", "unsupported format version '" + v->text + "' (the only version is 1)");
  }
  if (const std::optional<std::string> base = text(f, root, "base", "the file", true)) {
    if (const std::optional<std::string> why = graph::iri_problem(*base)) {
      error(f, *root.find("base"), "bad-iri", "bad base IRI '" + *base + "': " + *why);
    } else {
      f.base = *base;
    }
  }
  if (const YNode* v = root.find("prefixes");
      v && !v->is_null() && expect(f, *v, YNode::Kind::kMapping, "'prefixes'")) {
    read_prefixes(f, *v);
  }
}

void KbReader::read_prefixes(FileKb& f, const YNode& map) {
  for (std::size_t i = 0; i < map.pair_count(); ++i) {
    const YNode& key = map.key(i);
    const YNode& value = map.value(i);
    const std::string& prefix = key.text;
    if (!graph::is_ncname(prefix) || prefix[0] == '_' || prefix.back() == '.') {
      error(f, key, "bad-name", "bad prefix '" + prefix + "': a prefix is a name such as 'wd' or 'ex2'");
      continue;
    }
    if (!expect(f, value, YNode::Kind::kScalar, "the namespace of prefix '" + prefix + "'")) continue;
    if (const std::optional<std::string> why = graph::iri_problem(value.text)) {
      error(f, value, "bad-iri", "bad namespace IRI '" + value.text + "': " + *why);
      continue;
    }
    f.prefixes.push_back({prefix, value.text});
  }
}

bool KbReader::define(std::unordered_map<std::string, Definition>& table, const std::string& key,
                      const std::string& shown, Definition def) {
  const auto [it, fresh] = table.emplace(key, def);
  if (fresh) {
    // Two ids may still give one IRI (https://x.org/ + ab, https://x.org/a + b): they
    // would silently become one node, so that is an error citing both places.
    const auto [other, new_iri] = iris_.emplace(def.iri, std::make_pair(shown, def.where));
    if (new_iri) return true;
    const auto& [first_id, first_where] = other->second;
    diags_.error(def.where, "duplicate-iri",
                 "id '" + shown + "' gives the IRI <" + def.iri + ">, which id '" + first_id + "' (at " +
                     to_string(first_where) + ") already gives; change one id or one file's base");
    diags_.note(
        first_where, "duplicate-iri",
        "'" + first_id + "' gives <" + def.iri + "> here (and '" + shown + "' again at " + to_string(def.where) + ")");
    return false;
  }
  const Definition& first = it->second;
  diags_.error(def.where, "duplicate-id",
               "duplicate id '" + shown + "' (first defined at " + to_string(first.where) + ")");
  diags_.note(first.where, "duplicate-id",
              "'" + shown + "' is first defined here (and again at " + to_string(def.where) + ")");
  return false;
}

void KbReader::declare_sources(FileKb& f, const YNode& list) {
  for (const YNode& item : list.items) {
    if (!expect(f, item, YNode::Kind::kMapping, "a source")) continue;
    SourceDecl decl{&item, std::string(kInvalidBase) + "invalid-source", {}};
    if (const std::optional<std::string> id = read_id(f, item, "a source")) {
      decl.iri = f.base + graph::mint_iri_suffix(*id);
      define(ids_, *id, *id, {decl.iri, true, at(f, *item.find("id"))});
      declare_sections(f, decl, *id);
    }
    f.sources.push_back(std::move(decl));
  }
}

void KbReader::declare_sections(FileKb& f, SourceDecl& source, const std::string& source_id) {
  const YNode* list = source.node->find("sections");
  if (list == nullptr || !list->is_sequence()) return;  // the wrong kind is reported in pass 2
  for (const YNode& item : list->items) {
    if (!item.is_mapping()) continue;
    const std::optional<std::string> id = read_id(f, item, "a section");
    if (!id) continue;
    SectionDecl decl{&item, source.iri + "/" + graph::mint_iri_suffix(*id)};
    if (define(sections_, source_id + '\0' + *id, source_id + "#" + *id, {decl.iri, true, at(f, *item.find("id"))})) {
      source.sections.push_back(std::move(decl));
    }
  }
}

void KbReader::declare_entities(FileKb& f, const YNode& list) {
  std::size_t invalid = 0;
  for (const YNode& item : list.items) {
    if (!expect(f, item, YNode::Kind::kMapping, "an entity")) continue;
    EntityDecl decl{&item, std::string(kInvalidBase) + "invalid-entity-" + std::to_string(++invalid)};
    if (const std::optional<std::string> id = read_id(f, item, "an entity")) {
      decl.iri = f.base + graph::mint_iri_suffix(*id);
      define(ids_, *id, *id, {decl.iri, false, at(f, *item.find("id"))});
      if (const YNode* name = item.find("name"); name && name->is_scalar())
        names_.emplace(lower(name->text), std::make_pair(*id, name->text));
    }
    f.entities.push_back(std::move(decl));
  }
}

// --- names, references, values -------------------------------------------------------------

// A class or property name: NCName (kgf:), prefix:local, or <IRI> (graph/names.hpp).
std::optional<std::string> KbReader::expand_name(const FileKb& f, const YNode& n, const std::string& what) {
  const std::string& t = n.text;
  graph::NameExpansion e = graph::expand_name(t, f.prefixes);
  switch (e.problem) {
    case graph::NameProblem::kNone:
      return std::move(e.iri);
    case graph::NameProblem::kUnknownPrefix:
      error(f, n, "bad-name",
            e.message() + " in " + what + " '" + t + "' (declare it under 'prefixes:', or write a full IRI as <...>)");
      break;
    case graph::NameProblem::kBadIri:
      error(f, n, "bad-iri", "bad IRI '" + e.iri + "' in " + what + ": " + e.detail);
      break;
    case graph::NameProblem::kBadLocalPart:
    case graph::NameProblem::kBadBareName:
      error(f, n, "bad-name", "bad " + what + " '" + t + "': " + e.message());
      break;
  }
  return std::nullopt;
}

// A Wikipedia article (http(s)://*.wikipedia.org/wiki/...): a page about a thing,
// never the thing, so `same_as` (owl:sameAs) is the wrong place for it.
bool is_reference_page(std::string_view iri) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (!iri.starts_with(scheme)) continue;
    const std::string_view rest = iri.substr(scheme.size());
    const std::size_t slash = rest.find('/');
    const std::string_view host = rest.substr(0, slash);
    return (host == "wikipedia.org" || host.ends_with(".wikipedia.org")) && slash != std::string_view::npos &&
           rest.substr(slash).starts_with("/wiki/");
  }
  return false;
}

// An IRI value (same_as, pages): <IRI>, prefix:local with a known prefix, or a full IRI.
std::optional<std::string> KbReader::expand_iri(const FileKb& f, const YNode& n) {
  std::string iri = n.text;
  if (iri.size() >= 2 && iri.front() == '<' && iri.back() == '>') {
    iri = iri.substr(1, iri.size() - 2);
  } else if (const std::size_t colon = iri.find(':'); colon != std::string::npos && iri.compare(colon, 3, "://") != 0) {
    if (const std::string_view ns = graph::prefix_iri(iri.substr(0, colon), f.prefixes); !ns.empty()) {
      iri = std::string(ns) + iri.substr(colon + 1);
    }
  }
  if (const std::optional<std::string> why = graph::iri_problem(iri)) {
    error(f, n, "bad-iri", "bad IRI '" + n.text + "': " + *why);
    return std::nullopt;
  }
  return iri;
}

// Reading goes on past the error limit (so the count of dropped errors is right),
// but the costly search for a suggestion stops there.
std::string KbReader::suggest_id(std::string_view id, bool sources_only) {
  if (diags_.full()) return "";
  if (!sources_only) {
    if (const auto it = names_.find(lower(id)); it != names_.end()) {
      return " (did you mean '" + it->second.first + "', the id of the entity named '" + it->second.second + "'?)";
    }
  }
  std::vector<std::string_view> candidates;
  for (const auto& [key, def] : ids_) {
    if (!sources_only || def.source) candidates.push_back(key);
  }
  return did_you_mean(id, candidates);
}

// An entity or source id, or SOURCE#SECTION: the node it names.
std::optional<NodeId> KbReader::resolve_entity(const FileKb& f, const YNode& n) {
  if (const auto it = ids_.find(n.text); it != ids_.end()) return g_.add_node(it->second.iri);
  if (const std::size_t hash = n.text.find('#'); hash != std::string::npos) {
    const std::string key = n.text.substr(0, hash) + '\0' + n.text.substr(hash + 1);
    if (const auto it = sections_.find(key); it != sections_.end()) return g_.add_node(it->second.iri);
  }
  error(f, n, "unknown-id", "unknown id '" + n.text + "'" + suggest_id(n.text, false));
  return std::nullopt;
}

// A source reference SOURCE or SOURCE#SECTION: the IRI of the document or section.
std::optional<std::string> KbReader::resolve_source(const FileKb& f, const YNode& n) {
  const std::string& t = n.text;
  const std::size_t hash = t.find('#');
  const std::string doc = t.substr(0, hash);
  const auto it = ids_.find(doc);
  if (it == ids_.end() || !it->second.source) {
    const std::string why = it == ids_.end() ? "" : " ('" + doc + "' is an entity, not a source)";
    error(f, n, "unknown-id", "unknown source '" + doc + "'" + why + (why.empty() ? suggest_id(doc, true) : ""));
    return std::nullopt;
  }
  if (hash == std::string::npos) return it->second.iri;
  const std::string section = t.substr(hash + 1);
  if (const auto s = sections_.find(doc + '\0' + section); s != sections_.end()) return s->second.iri;
  std::vector<std::string_view> candidates;
  const std::string prefix = doc + '\0';
  for (const auto& [key, def] : sections_) {
    if (key.compare(0, prefix.size(), prefix) == 0) candidates.push_back(std::string_view(key).substr(prefix.size()));
  }
  error(f, n, "unknown-id",
        "source '" + doc + "' has no section '" + section + "'" + did_you_mean(section, candidates));
  return std::nullopt;
}

// A scalar (typed by how it is written) or an explicit {value, datatype, lang}
// (and, for an attribute, `source`).
std::optional<graph::Value> KbReader::read_value(const FileKb& f, const YNode& v,
                                                 std::vector<graph::Qualifier>* sources) {
  if (v.is_mapping()) return read_explicit_value(f, v, sources);
  if (!expect(f, v, YNode::Kind::kScalar, "a value")) return std::nullopt;
  const graph::Sym lexical = g_.intern(v.text);
  if (!v.plain) return graph::Value::literal(lexical);
  switch (classify_plain(v.text)) {
    case PlainType::kString:
      return graph::Value::literal(lexical);
    case PlainType::kDate:
      return graph::Value::literal(lexical, g_.intern(vocab::xsd::kDate));
    case PlainType::kYearMonth:
      return graph::Value::literal(lexical, g_.intern(vocab::xsd::kGYearMonth));
    case PlainType::kInteger:
      return graph::Value::literal(lexical, g_.intern(vocab::xsd::kInteger));
    case PlainType::kDecimal:
      return graph::Value::literal(lexical, g_.intern(vocab::xsd::kDecimal));
    case PlainType::kBoolean:
      return graph::Value::literal(lexical, g_.intern(vocab::xsd::kBoolean));
    case PlainType::kBadDate:
      error(f, v, "bad-date", "'" + v.text + "' is not a real date (quote it to keep it as text)");
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<graph::Value> KbReader::read_explicit_value(const FileKb& f, const YNode& map,
                                                          std::vector<graph::Qualifier>* sources) {
  if (sources != nullptr) {
    check_keys(f, map, kAttributeValueKeys, "a value");
    each_scalar(f, map, "source", [&](const YNode& ref) {
      if (const std::optional<std::string> iri = resolve_source(f, ref)) {
        sources->push_back({g_.intern(vocab::kgf::kSource), graph::Value::iri(g_.intern(*iri))});
      }
    });
  } else {
    check_keys(f, map, kValueKeys, "a value");
  }
  const std::optional<std::string> value = text(f, map, "value", "a value", true);
  std::optional<std::string> datatype;
  if (const YNode* d = map.find("datatype"); d && expect(f, *d, YNode::Kind::kScalar, "'datatype'")) {
    datatype = expand_name(f, *d, "datatype");
    if (!datatype) return std::nullopt;
  }
  const std::optional<std::string> lang = text(f, map, "lang", "a value", false);
  if (!value) return std::nullopt;
  if (!datatype && !lang) return read_value(f, *map.find("value"));  // typed as the bare scalar is
  if (datatype && lang) {
    error(f, map, "bad-literal", "a value has a 'datatype' or a 'lang', not both");
    return std::nullopt;
  }
  if (lang) {
    if (!graph::is_language_tag(*lang)) {
      std::string fixed = *lang;
      std::replace(fixed.begin(), fixed.end(), '_', '-');
      const std::string hint = graph::is_language_tag(fixed) ? " (did you mean '" + fixed + "'?)" : "";
      error(f, *map.find("lang"), "bad-literal", "'" + *lang + "' is not a language tag" + hint);
      return std::nullopt;
    }
    return graph::Value::literal(g_.intern(*value), 0, g_.intern(lower(*lang)));
  }
  if (!datatype) return graph::Value::literal(g_.intern(*value));
  if (const std::optional<std::string> why = xsd::lexical_problem(*datatype, *value)) {
    error(f, *map.find("value"), "bad-literal", *why);
    return std::nullopt;
  }
  if (*datatype == vocab::rdf::kLangString) {
    error(f, *map.find("datatype"), "bad-literal", "rdf:langString needs a 'lang', not a 'datatype'");
    return std::nullopt;
  }
  const graph::Sym dt = *datatype == vocab::xsd::kString ? 0 : g_.intern(*datatype);
  return graph::Value::literal(g_.intern(*value), dt);
}

std::optional<graph::Value> KbReader::read_date(const FileKb& f, const YNode& v, std::string_view key) {
  if (v.is_null()) {
    error(f, v, "wrong-kind", "'" + std::string(key) + "' has no value");
    return std::nullopt;
  }
  if (!expect(f, v, YNode::Kind::kScalar, "'" + std::string(key) + "'")) return std::nullopt;
  const std::optional<xsd::DateKind> kind = xsd::parse_plain_date(v.text);
  if (!kind) {
    error(f, v, "bad-date", "'" + v.text + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, a real one");
    return std::nullopt;
  }
  return graph::Value::literal(g_.intern(v.text), g_.intern(xsd::datatype_of(*kind)));
}

// Calls fn(value, node, sources) for each value of an attribute or qualifier: one
// value, or a list of them; `sources` are the value's own (with_sources: attributes).
// An empty value is a warning and adds nothing.
template <class F>
void KbReader::each_value(const FileKb& f, const YNode& key, const YNode& v, F&& fn, bool with_sources) {
  if (v.is_null()) {
    diags_.warning(at(f, key), "empty-value", "'" + key.text + "' has no value; it is left out");
    return;
  }
  std::vector<graph::Qualifier> sources;
  auto one = [&](const YNode& item) {
    sources.clear();
    if (const std::optional<graph::Value> value = read_value(f, item, with_sources ? &sources : nullptr)) {
      fn(*value, item, sources);
    }
  };
  if (!v.is_sequence()) return one(v);
  for (const YNode& item : v.items) {
    if (item.is_sequence()) {
      error(f, item, "wrong-kind", "a value of '" + key.text + "' must be a string or a mapping, not a list");
    } else {
      one(item);
    }
  }
}

// --- pass 2: the graph ----------------------------------------------------------------------

void KbReader::build_file(FileKb& f) {
  if (!f.root.is_mapping()) return;
  for (const SourceDecl& s : f.sources) build_source(f, s);
  for (const EntityDecl& e : f.entities) {
    build_entity(f, e);
    progress_->advance();
  }
  const YNode* relations = f.root.find("relations");
  if (relations && !relations->is_null() && expect(f, *relations, YNode::Kind::kSequence, "'relations'")) {
    build_relations(f, relations, std::nullopt);
  }
}

void KbReader::build_source(FileKb& f, const SourceDecl& s) {
  const YNode& map = *s.node;
  check_keys(f, map, kSourceKeys, "a source");
  const NodeId doc = g_.add_node(s.iri, loc(f, map));
  g_.set_where(doc, loc(f, map));
  g_.add_class(doc, g_.intern(vocab::kgf::kSourceDocument), loc(f, map));
  if (const std::optional<std::string> title = text(f, map, "title", "a source", true)) g_.set_name(doc, *title);
  if (const std::optional<std::string> url = text(f, map, "url", "a source", false)) {
    const YNode& node = *map.find("url");
    if (const std::optional<std::string> why = graph::iri_problem(*url)) {
      error(f, node, "bad-iri", "bad URL '" + *url + "': " + *why);
    } else {
      g_.add_property(doc, {graph::Role::kAttribute, g_.intern(vocab::kgf::kUrl),
                            graph::Value::literal(g_.intern(*url), g_.intern(vocab::xsd::kAnyUri)), loc(f, node)});
    }
  }
  if (const YNode* date = map.find("date")) {
    if (const std::optional<graph::Value> v = read_date(f, *date, "date")) {
      g_.add_property(doc, {graph::Role::kAttribute, g_.intern(vocab::kgf::kDate), *v, loc(f, *date)});
    }
  }
  if (const YNode* retrieved = map.find("retrieved")) {  // when it was read: the date of a named graph's facts
    if (const std::optional<graph::Value> v = read_date(f, *retrieved, "retrieved")) {
      g_.add_property(doc, {graph::Role::kAttribute, g_.intern(vocab::kgf::kRetrieved), *v, loc(f, *retrieved)});
    }
  }
  if (const std::optional<std::string> publisher = text(f, map, "publisher", "a source", false)) {
    g_.add_property(doc, {graph::Role::kAttribute, g_.intern(vocab::kgf::kPublisher),
                          graph::Value::literal(g_.intern(*publisher)), loc(f, *map.find("publisher"))});
  }
  build_sections(f, s, doc);
}

void KbReader::build_sections(FileKb& f, const SourceDecl& s, NodeId doc) {
  const YNode* list = s.node->find("sections");
  if (list == nullptr || list->is_null() || !expect(f, *list, YNode::Kind::kSequence, "'sections'")) return;
  for (const YNode& item : list->items) {
    if (expect(f, item, YNode::Kind::kMapping, "a section")) check_keys(f, item, kSectionKeys, "a section");
  }
  const graph::Sym part_of = g_.intern(vocab::kgf::kSectionOf);  // the ontology's sub-property of dcterms:isPartOf
  for (const SectionDecl& section : s.sections) {
    const YNode& map = *section.node;
    const NodeId n = g_.add_node(section.iri, loc(f, map));
    g_.set_where(n, loc(f, map));
    g_.add_class(n, g_.intern(vocab::kgf::kDocumentSection), loc(f, map));
    if (const std::optional<std::string> title = text(f, map, "title", "a section", false)) g_.set_name(n, *title);
    g_.add_edge(n, part_of, doc, loc(f, map));
  }
}

void KbReader::build_entity(FileKb& f, const EntityDecl& e) {
  const YNode& map = *e.node;
  check_keys(f, map, kEntityKeys, "an entity");
  const NodeId n = g_.add_node(e.iri, loc(f, map));
  g_.set_where(n, loc(f, map));
  build_entity_types(f, map, n);
  build_entity_texts(f, map, n);
  if (const YNode* attributes = map.find("attributes");
      attributes && !attributes->is_null() && expect(f, *attributes, YNode::Kind::kMapping, "'attributes'")) {
    build_attributes(f, *attributes, n);
  }
  each_scalar(f, map, "source", [&](const YNode& ref) {
    if (const std::optional<std::string> iri = resolve_source(f, ref)) {
      g_.add_property(n, {graph::Role::kAttribute, g_.intern(vocab::kgf::kSource), graph::Value::iri(g_.intern(*iri)),
                          loc(f, ref)});
    }
  });
  const YNode* relations = map.find("relations");
  if (relations && !relations->is_null() && expect(f, *relations, YNode::Kind::kSequence, "'relations'")) {
    build_relations(f, relations, n);
  }
}

void KbReader::build_entity_types(FileKb& f, const YNode& map, NodeId n) {
  bool typed = false;
  for (const std::string_view key : {std::string_view("type"), std::string_view("types")}) {
    const YNode* v = map.find(key);
    if (v == nullptr) continue;
    typed = typed || v->is_invalid() || v->is_null() || !v->is_sequence() || !v->items.empty();
    each_scalar(f, map, key, [&](const YNode& name) {
      if (const std::optional<std::string> iri = expand_name(f, name, "class name")) {
        g_.add_class(n, g_.intern(*iri), loc(f, name));
      }
    });
  }
  if (!typed) error(f, map, "missing-key", "an entity has no 'type' (or 'types'): it needs at least one class");
}

void KbReader::build_entity_texts(FileKb& f, const YNode& map, NodeId n) {
  if (const std::optional<std::string> name = text(f, map, "name", "an entity", true)) {
    if (name->empty()) {  // the model has no empty name: it would be lost silently
      error(f, *map.find("name"), "bad-name", "a name must not be empty");
    } else {
      g_.set_name(n, *name);
    }
  }
  each_scalar(f, map, "aliases", [&](const YNode& alias) {
    g_.add_property(n, {graph::Role::kAlias, 0, graph::Value::literal(g_.intern(alias.text)), loc(f, alias)});
  });
  if (const std::optional<std::string> description = text(f, map, "description", "an entity", false)) {
    g_.add_property(n, {graph::Role::kDescription, 0, graph::Value::literal(g_.intern(*description)),
                        loc(f, *map.find("description"))});
  }
  each_scalar(f, map, "same_as", [&](const YNode& link) {
    if (const std::optional<std::string> iri = expand_iri(f, link)) {
      if (is_reference_page(*iri)) {
        diags_.warning(at(f, link), "page-as-same-as",
                       "'" + link.text +
                           "' is a web page about the entity, not the entity: owl:sameAs would make them one "
                           "thing; list it under 'pages' (written schema:sameAs)");
      }
      g_.add_property(n, {graph::Role::kSameAs, 0, graph::Value::iri(g_.intern(*iri)), loc(f, link)});
    }
  });
  // Reference pages (a Wikipedia article, an official site): schema:sameAs, an attribute.
  each_scalar(f, map, "pages", [&](const YNode& link) {
    if (const std::optional<std::string> iri = expand_iri(f, link)) {
      g_.add_property(n, {graph::Role::kAttribute, g_.intern(vocab::schema::kSameAs),
                          graph::Value::iri(g_.intern(*iri)), loc(f, link)});
    }
  });
}

void KbReader::build_attributes(FileKb& f, const YNode& map, NodeId n) {
  for (std::size_t i = 0; i < map.pair_count(); ++i) {
    const YNode& key = map.key(i);
    const std::optional<std::string> property = expand_name(f, key, "property name");
    each_value(
        f, key, map.value(i),
        [&](const graph::Value& value, const YNode& node, const std::vector<graph::Qualifier>& sources) {
          if (!property) return;
          const graph::PropertyRef p =
              g_.add_property(n, {graph::Role::kAttribute, g_.intern(*property), value, loc(f, node)});
          for (const graph::Qualifier& q : sources) g_.add_qualifier(p, q);
        },
        true);
  }
}

void KbReader::build_relations(FileKb& f, const YNode* list, std::optional<NodeId> subject) {
  for (const YNode& item : list->items) {
    build_relation(f, item, subject);
    if (!subject) progress_->advance();  // top-level relations are counted; nested ones belong to their entity
  }
}

void KbReader::build_relation(FileKb& f, const YNode& rel, std::optional<NodeId> subject) {
  if (!expect(f, rel, YNode::Kind::kMapping, "a relation")) return;
  check_keys(f, rel, kRelationKeys, "a relation", subject.has_value());
  std::optional<NodeId> from = subject;
  if (!subject) {
    if (text(f, rel, "from", "a relation", true)) from = resolve_entity(f, *rel.find("from"));
  }
  std::optional<std::string> predicate;
  if (text(f, rel, "predicate", "a relation", true)) predicate = expand_name(f, *rel.find("predicate"), "predicate");
  std::optional<NodeId> to;
  if (text(f, rel, "to", "a relation", true)) to = resolve_entity(f, *rel.find("to"));
  std::vector<graph::Qualifier> qualifiers;
  read_qualifiers(f, rel, qualifiers);
  if (!from || !predicate || !to) return;
  const graph::EdgeRef e = g_.add_edge(*from, g_.intern(*predicate), *to, loc(f, rel));
  for (const graph::Qualifier& q : qualifiers) g_.add_qualifier(e, q);
}

void KbReader::read_qualifiers(FileKb& f, const YNode& rel, std::vector<graph::Qualifier>& out) {
  for (const std::string_view key : {"since", "until", "date"}) {
    if (const YNode* v = rel.find(key)) {
      if (const std::optional<graph::Value> date = read_date(f, *v, key))
        out.push_back({g_.intern(kgf_term(key)), *date});
    }
  }
  check_period(f, rel);
  each_scalar(f, rel, "source", [&](const YNode& ref) {
    if (const std::optional<std::string> iri = resolve_source(f, ref)) {
      out.push_back({g_.intern(vocab::kgf::kSource), graph::Value::iri(g_.intern(*iri))});
    }
  });
  for (const std::string_view key : {"role", "note"}) {
    if (const std::optional<std::string> t = text(f, rel, key, "a relation", false)) {
      out.push_back({g_.intern(kgf_term(key)), graph::Value::literal(g_.intern(*t))});
    }
  }
  const YNode* more = rel.find("qualifiers");
  if (more && !more->is_null() && expect(f, *more, YNode::Kind::kMapping, "'qualifiers'"))
    read_more_qualifiers(f, *more, out);
}

void KbReader::read_more_qualifiers(FileKb& f, const YNode& map, std::vector<graph::Qualifier>& out) {
  for (std::size_t i = 0; i < map.pair_count(); ++i) {
    const YNode& key = map.key(i);
    const std::optional<std::string> property = expand_name(f, key, "qualifier name");
    each_value(f, key, map.value(i),
               [&](const graph::Value& value, const YNode&, const std::vector<graph::Qualifier>&) {
                 if (property) out.push_back({g_.intern(*property), value});
               });
  }
}

// 'until' before 'since' is a mistake; partial dates compare on their common part.
void KbReader::check_period(const FileKb& f, const YNode& rel) {
  const YNode* since = rel.find("since");
  const YNode* until = rel.find("until");
  if (!since || !until || !since->is_scalar() || !until->is_scalar()) return;
  if (!xsd::parse_plain_date(since->text) || !xsd::parse_plain_date(until->text)) return;
  const std::size_t common = std::min(since->text.size(), until->text.size());
  if (until->text.compare(0, common, since->text, 0, common) < 0) {
    error(f, *until, "bad-date", "'until' (" + until->text + ") is before 'since' (" + since->text + ")");
  }
}

// --- the whole KB ------------------------------------------------------------------------------

void KbReader::read(const std::vector<YamlSource>& files) {
  for (const YamlSource& source : files) {
    std::optional<YNode> root = yaml::parse_yaml(source.text, std::string(source.name), diags_);
    if (!root) continue;  // unreadable: reported
    FileKb& f = files_.emplace_back();
    f.path = std::string(source.name);
    f.root = std::move(*root);
  }
  for (FileKb& f : files_) declare_file(f);
  for (const vocab::WellKnownPrefix& p : vocab::kWellKnownPrefixes) g_.add_prefix(p.prefix, p.iri);
  for (const FileKb& f : files_) {
    for (const graph::Prefix& p : f.prefixes) g_.add_prefix(p.prefix, p.iri);
    if (g_.base_iri().empty() && f.base != kInvalidBase) g_.set_base_iri(f.base);
  }
  std::uint64_t units = 0;
  for (const FileKb& f : files_) {
    units += f.entities.size();
    const YNode* relations = f.root.is_mapping() ? f.root.find("relations") : nullptr;
    if (relations && relations->is_sequence()) units += relations->items.size();
  }
  Progress progress("loading " + (files_.empty() ? std::string("YAML") : files_.front().path), "items", units);
  progress_ = &progress;
  for (FileKb& f : files_) build_file(f);
  progress_ = nullptr;
}

}  // namespace

void read_yaml_kb(const std::vector<YamlSource>& files, graph::KnowledgeGraph& out, Diagnostics& diags,
                  const ImportOptions& /*options*/) {
  KbReader reader(out, diags);
  reader.read(files);
}

void YamlImporter::read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
                        const ImportOptions& options) const {
  const std::string text(std::istreambuf_iterator<char>(in), {});
  read_yaml_kb({{source_name, text}}, out, diags, options);
}

}  // namespace kgforge::importers
